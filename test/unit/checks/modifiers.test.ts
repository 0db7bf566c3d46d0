/**
 * Unknown modifiers: marked on the modifier, with the nearest known spelling as the fix;
 * silent on everything the knowledge base's worked examples write.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modifierSteps } from '../../../server/src/checks';
import { findingsOnWorkedExamples } from './support';
import { finish, parsePtx } from '../../../server/src/ptx';

const check = (text: string) => finish(modifierSteps(parsePtx(text)));
const kernel = (body: string) => `.version 8.0\n.target sm_90\n.address_size 64\n\n.visible .entry k(.param .u64 p)\n{\n  .reg .b32 %r<4>;\n  .reg .b64 %rd<4>;\n${body}\n  ret;\n}\n`;

test('a misspelled modifier is marked where it is written, and the fix spells it right', () => {
  const text = kernel('  ld.global.nc.L1::no_alocate.u32 %r1, [%rd1];\n  add.sta.s32 %r2, %r1, %r1;\n  add.sta.s32 %r3, %r1, %r1;');
  const found = check(text);
  assert.equal(found.length, 3, JSON.stringify(found.map((d) => d.message)));
  assert.equal(text.slice(found[0].start, found[0].end), '.L1::no_alocate');
  assert.equal(found[0].fix?.edits[0].newText, '.L1::no_allocate');
  assert.equal(found[0].code, 'ptx-unknown-modifier');
  // A swap of two letters is one edit: `.sat`, not a type at the same distance otherwise.
  assert.equal(found[1].fix?.title, "Change to '.sat'");
  assert.equal(text.slice(found[2].start, found[2].end), '.sta', 'each instruction is marked, not only the first');
});

test('a modifier far from every known one is marked without a fix', () => {
  const [d] = check(kernel('  add.frobnicate.s32 %r2, %r1, %r1;'));
  assert.ok(d);
  assert.equal(d.fix, undefined);
});

test('a type the instruction does not take is marked, as ptxas does ("Unexpected instruction types")', () => {
  const text = kernel('  setmaxnreg.dec.sync.aligned.f64 40;\n  fma.rn.f64 %rd1, %rd1, %rd1, %rd1;');
  const found = check(text);
  assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
  assert.equal(found[0].code, 'ptx-unexpected-type');
  assert.equal(text.slice(found[0].start, found[0].end), '.f64');
  assert.match(found[0].message, /setmaxnreg does not take the type '\.f64' \(it takes \.u32/);
});

test('silent on every instruction of every worked example', () => {
  assert.deepEqual(findingsOnWorkedExamples(check), []);
});
