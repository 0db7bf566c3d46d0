/**
 * Version and target gating, and the module header checks: what they flag, where, and that
 * their fixes repair what they flag. Silence on valid modules is checked on every worked
 * example of the knowledge base (each one assembles with ptxas, see examples.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gatingSteps, moduleHeader } from '../../../server/src/checks';
import { ptxDiagnostics } from '../../../server/src/features/diagnostics';
import { PTX_VERSIONS, TARGET_MIN_VERSION, targetOffers, parseTarget } from '../../../server/src/knowledge/targets';
import { findingsOnWorkedExamples } from './support';
import { finish, parsePtx, type PtxDiagnostic, type PtxEdit } from '../../../server/src/ptx';

const gating = (text: string) => finish(gatingSteps(parsePtx(text)));

function module(version: string, target: string, body: string): string {
  return `.version ${version}\n.target ${target}\n.address_size 64\n\n.visible .entry k()\n{\n${body}\n  ret;\n}\n`;
}

/** Applies a fix's edits (from the last, so offsets stay valid). */
function apply(text: string, edits: readonly PtxEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

const only = (found: PtxDiagnostic[], code: string) => found.filter((d) => d.code === code);

test('setmaxnreg under sm_90: an error on the opcode, fixed by moving to sm_90a', () => {
  const text = module('8.0', 'sm_90', '  setmaxnreg.inc.sync.aligned.u32 64;');
  const found = gating(text);
  assert.equal(found.length, 1, JSON.stringify(found));
  const [d] = found;
  assert.equal(d.code, 'ptx-needs-target');
  assert.equal(d.severity, 'error');
  assert.equal(text.slice(d.start, d.end), 'setmaxnreg');
  assert.match(d.message, /sm_90a/);
  assert.match(d.message, /targets sm_90\b/);
  assert.equal(d.fix?.title, 'Change .target to sm_90a');
  const fixed = apply(text, d.fix!.edits);
  assert.match(fixed, /^\.target sm_90a$/m);
  assert.deepEqual(gating(fixed), []);
});

test('tcgen05 under .version 7.8 / sm_90a: version, target and the header, each with its fix', () => {
  const text = module('7.8', 'sm_90a', '  .reg .b32 %r<2>;\n  tcgen05.alloc.cta_group::1.sync.aligned.shared::cta.b32 [%r1], 32;');
  const found = gating(text);
  const version = only(found, 'ptx-needs-version');
  const target = only(found, 'ptx-needs-target');
  const header = only(found, 'ptx-target-needs-version');
  assert.equal(version.length, 1);
  assert.equal(text.slice(version[0].start, version[0].end), 'tcgen05');
  assert.match(version[0].message, /PTX ISA 8\.6/);
  assert.equal(target.length, 1);
  assert.equal(target[0].fix?.title, 'Change .target to sm_100a (and .version to 8.6)');
  assert.equal(header.length, 1);
  assert.equal(text.slice(header[0].start, header[0].end), 'sm_90a');
  assert.equal(header[0].fix?.title, 'Raise .version to 8.0');
  // Retargeting raises the version with it: nothing is left to flag.
  assert.deepEqual(gating(apply(text, target[0].fix!.edits)), []);
});

test('an instruction newer than the module: flagged on the opcode, fixed by raising .version', () => {
  const text = module('7.0', 'sm_80', '  .reg .b64 %rd<2>;\n  .shared .b64 bar;\n  mbarrier.init.shared.b64 [bar], 32;');
  const found = only(gating(text), 'ptx-needs-version');
  assert.equal(found.length, 0, 'mbarrier.init is PTX 7.0: not flagged at 7.0');
  const older = module('6.5', 'sm_80', '  .shared .b64 bar;\n  mbarrier.init.shared.b64 [bar], 32;');
  const flagged = gating(older);
  const version = only(flagged, 'ptx-needs-version');
  assert.equal(version.length, 1, JSON.stringify(flagged));
  assert.equal(version[0].fix?.title, 'Raise .version to 7.0');
  assert.deepEqual(only(gating(apply(older, version[0].fix!.edits)), 'ptx-needs-version'), []);
});

test('a part of the mnemonic that needs a newer target is marked on that part', () => {
  const text = module('8.0', 'sm_89', '  .reg .b32 %r<4>;\n  add.u16x2 %r1, %r2, %r3;\n  add.u32 %r1, %r2, %r3;');
  const found = gating(text);
  assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
  assert.equal(text.slice(found[0].start, found[0].end), '.u16x2');
  assert.equal(found[0].code, 'ptx-needs-target');
  assert.equal(found[0].fix?.title, 'Change .target to sm_90');
  assert.deepEqual(gating(apply(text, found[0].fix!.edits)), []);
  // A note with a condition in words ("as destination") is not checked here.
  assert.deepEqual(gating(module('8.0', 'sm_90a', '  .reg .b64 %rd<4>;\n  cp.async.bulk.tensor.1d.shared::cta.global.tile.mbarrier::complete_tx::bytes [%rd1], [%rd2, {%r1}], [%rd3];'.replace('%rd<4>;', '%rd<4>;\n  .reg .b32 %r<2>;'))), []);
});

test('the plain items of a note with several are checked on their own: vector atomics need sm_90', () => {
  // ptxas: "Feature 'atom instruction with vector types' requires .target sm_90 or higher".
  const text = module('8.5', 'sm_89', '  .reg .b64 %rd<2>;\n  .reg .f32 %f<5>;\n  atom.global.add.v4.f32 {%f1, %f2, %f3, %f4}, [%rd1], {%f1, %f2, %f3, %f4};');
  const found = gating(text);
  assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
  assert.equal(text.slice(found[0].start, found[0].end), '.v4');
  assert.equal(found[0].fix?.title, 'Change .target to sm_90');
  // An item the note qualifies in words (fence's one-sided orders, which ptxas takes on sm_89) is not.
  assert.deepEqual(gating(module('8.5', 'sm_89', '  fence.release.gpu;')), []);
});

test('a module without .version or .target: flagged, and the two fixes in either order give a valid header', () => {
  const text = '// hand-written\n.visible .entry k()\n{\n  ret;\n}\n';
  const found = gating(text);
  assert.ok(only(found, 'ptx-missing-version')[0]?.fix && only(found, 'ptx-missing-target')[0]?.fix, JSON.stringify(found));
  for (const order of [
    ['ptx-missing-version', 'ptx-missing-target'],
    ['ptx-missing-target', 'ptx-missing-version'],
  ]) {
    // As in an editor: each fix is taken from the diagnostics of the text as it is then.
    let fixed = text;
    for (const code of order) fixed = apply(fixed, only(gating(fixed), code)[0].fix!.edits);
    const header = moduleHeader(parsePtx(fixed));
    assert.equal(header.version?.value, '9.0');
    assert.equal(header.target?.value, 'sm_75');
    assert.ok(fixed.indexOf('.version') < fixed.indexOf('.target'), fixed);
    assert.deepEqual(gating(fixed), []);
  }
  // With .version present, .target goes right after it; the suggestion covers what the code needs.
  const withVersion = '.version 8.0\n.visible .entry k()\n{\n  setmaxnreg.dec.sync.aligned.u32 40;\n  ret;\n}\n';
  const missing = only(gating(withVersion), 'ptx-missing-target')[0];
  assert.equal(missing.fix?.title, 'Add .target sm_90a');
  assert.equal(apply(withVersion, missing.fix!.edits).split('\n')[1], '.target sm_90a');
  // An empty file is not flagged: nothing has been written yet.
  assert.deepEqual(gating(''), []);
  assert.deepEqual(gating('// notes\n'), []);
});

test('a register past its range: the fix extends the range', () => {
  const text = module('8.0', 'sm_90', '  .reg .b32 %r<2>;\n  mov.u32 %r1, %r9;');
  const found = ptxDiagnostics(parsePtx(text)).filter((d) => d.code === 'ptx-register-range');
  assert.equal(found.length, 1);
  assert.equal(found[0].fix?.title, 'Extend %r<2> to %r<10>');
  const fixed = apply(text, found[0].fix!.edits);
  assert.match(fixed, /\.reg \.b32 %r<10>;/);
  assert.deepEqual(ptxDiagnostics(parsePtx(fixed)), []);
});

test('every diagnostic of the own checks carries a code', () => {
  const text = module('7.8', 'sm_90', '  .reg .b32 %r<2>;\n  bra $L__nowhere;\n  frobnicate.u32 %r1;\n  setmaxnreg.inc.sync.aligned.u32 64;\n  add.s32 %r1, %r1 %r1;');
  const found = ptxDiagnostics(parsePtx(text));
  assert.ok(found.length >= 4, JSON.stringify(found));
  for (const d of found) assert.match(d.code ?? '', /^ptx-[a-z-]+$/, d.message);
});

test('silent on every worked example of the knowledge base, at its own .version and .target', () => {
  assert.deepEqual(findingsOnWorkedExamples(gating), []);
});

test('targetOffers: plain, family and architecture-specific requirements', () => {
  const t = (name: string) => parseTarget(name)!;
  assert.equal(targetOffers(t('sm_80'), 'all'), true);
  assert.equal(targetOffers(t('sm_80'), 'sm_90'), false);
  assert.equal(targetOffers(t('sm_120'), 'sm_90'), true);
  assert.equal(targetOffers(t('sm_90'), 'sm_90a'), false);
  assert.equal(targetOffers(t('sm_100'), 'sm_90a'), false);
  assert.equal(targetOffers(t('sm_90a'), 'sm_90a'), true);
  assert.equal(targetOffers(t('sm_90a'), 'sm_100a'), false);
  assert.equal(targetOffers(t('sm_103f'), 'sm_100f'), true);
  assert.equal(targetOffers(t('sm_100'), 'sm_100f'), false);
  assert.equal(targetOffers(t('sm_90'), 'not a target'), undefined);
});

test('the version table is ordered and every target minimum is a known version', () => {
  for (let i = 1; i < PTX_VERSIONS.length; i++) assert.ok(Number(PTX_VERSIONS[i]) > Number(PTX_VERSIONS[i - 1]), PTX_VERSIONS[i]);
  for (const [target, version] of Object.entries(TARGET_MIN_VERSION)) {
    assert.ok(parseTarget(target), target);
    assert.ok(PTX_VERSIONS.includes(version), `${target}: ${version}`);
  }
});

test('property: any .version/.target pair over a real instruction mix never throws, and each fix removes its finding', () => {
  const body = [
    '  .reg .b32 %r<4>;',
    '  .reg .b64 %rd<2>;',
    '  .shared .b64 bar;',
    '  cp.async.ca.shared.global [%rd1], [%rd1], 16;',
    '  setmaxnreg.inc.sync.aligned.u32 64;',
    '  mbarrier.init.shared.b64 [bar], 32;',
    '  tcgen05.alloc.cta_group::1.sync.aligned.shared::cta.b32 [%r1], 32;',
    '  add.s32 %r1, %r2, %r3;',
  ].join('\n');
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  const versions = [...PTX_VERSIONS, '10.0', 'x', ''];
  const targets = [...Object.keys(TARGET_MIN_VERSION), 'sm_50', 'sm_90a, texmode_independent', 'compute_90', 'sm_', ''];
  for (let i = 0; i < 300; i++) {
    const text = module(versions[next(versions.length)], targets[next(targets.length)], body);
    const found = gating(text);
    for (const d of found) {
      assert.ok(d.start >= 0 && d.end <= text.length && d.start <= d.end, d.message);
      if (!d.fix || (d.code !== 'ptx-needs-version' && d.code !== 'ptx-target-needs-version')) continue;
      const after = gating(apply(text, d.fix.edits));
      const same = after.filter((a) => a.code === d.code && a.start === d.start);
      assert.deepEqual(same, [], `${d.message} → ${d.fix.title}`);
    }
  }
});
