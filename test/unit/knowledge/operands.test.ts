/**
 * Written operands are paired with their documentation through the entry's syntax forms, not
 * by counting: composite operands, optional operands, vectors and predicate pairs each land on
 * the right name, and no input makes the matcher throw.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findInstruction, instructions, matchOperands, type OperandMatch } from '../../../server/src/knowledge';
import { instructionHover } from '../../../server/src/features/docMarkdown';
import { ptxHover } from '../../../server/src/features/hover';
import { forEachInstruction, materializeInstruction, parsePtx } from '../../../server/src/ptx';
import { wrapExample } from '../../support/ptxExample';

function match(mnemonic: string, operands: string[]): OperandMatch[] {
  return matchOperands(findInstruction(mnemonic), mnemonic, operands);
}

/** The doc name of each operand (`?` when none), and of each part in parentheses. */
function names(matches: OperandMatch[]): string[] {
  return matches.map(({ doc, parts }) => `${doc?.name ?? '?'}${parts ? `(${parts.map((part) => part.doc?.name ?? '?').join(' ')})` : ''}`);
}

const TMA_LOAD = 'cp.async.bulk.tensor.2d.shared::cluster.global.tile.mbarrier::complete_tx::bytes';
const TMA_STORE = 'cp.async.bulk.tensor.2d.global.shared::cta.tile.bulk_group';

describe('matchOperands: cp.async.bulk.tensor', () => {
  it('names the tensor map and coordinates inside one operand, and the mbarrier after it', () => {
    const matches = match(TMA_LOAD, ['[%0]', '[%1, {%2, %3}]', '[%4]']);
    assert.deepEqual(names(matches), ['[dstMem]', '?(tensorMap tensorCoords)', '[mbar]']);
    const parts = matches[1].parts!;
    assert.deepEqual(
      parts.map(({ start, end, text }) => ({ start, end, text })),
      [
        { start: 1, end: 3, text: '%1' },
        { start: 5, end: 13, text: '{%2, %3}' },
      ],
    );
    for (const part of parts) assert.equal(matches[1].text.slice(part.start, part.end), part.text);
  });

  it('reads the store form: coordinates first, shared-memory source second', () => {
    assert.deepEqual(names(match(TMA_STORE, ['[%rd1, {%r1, %r2}]', '[%r3]'])), ['?(tensorMap tensorCoords)', '[srcMem]']);
    assert.deepEqual(names(match(`${TMA_STORE}.L2::cache_hint`, ['[%rd1, {%r1, %r2}]', '[%r3]', '%rd2'])), [
      '?(tensorMap tensorCoords)',
      '[srcMem]',
      'cache-policy',
    ]);
  });

  it('tells optional operands apart by the modifiers that bring them', () => {
    const base = ['[%0]', '[%1, {%2, %3}]', '[%4]'];
    assert.equal(match(`${TMA_LOAD}.L2::cache_hint`, [...base, '%rd9'])[3].doc?.name, 'cache-policy');
    assert.equal(match(`${TMA_LOAD}.multicast::cluster`, [...base, '%rs1'])[3].doc?.name, 'ctaMask');
    const im2col = 'cp.async.bulk.tensor.4d.shared::cluster.global.im2col.mbarrier::complete_tx::bytes.multicast::cluster.L2::cache_hint';
    assert.deepEqual(names(match(im2col, ['[%0]', '[%1, {%2, %3, %5, %6}]', '[%4]', '{%rs2, %rs3}', '%rs1', '%rd1'])), [
      '[dstMem]',
      '?(tensorMap tensorCoords)',
      '[mbar]',
      'im2colInfo(? ?)',
      'ctaMask',
      'cache-policy',
    ]);
  });
});

describe('matchOperands: vectors, fragments and pairs', () => {
  it('takes a vector destination of ld as one operand', () => {
    const matches = match('ld.global.nc.v4.s32', ['{%r1, %r2, %r3, %r4}', '[%rd1+16]']);
    assert.deepEqual(names(matches), ['d(? ? ? ?)', '[a]']);
    assert.deepEqual(
      matches[0].parts!.map((part) => part.text),
      ['%r1', '%r2', '%r3', '%r4'],
    );
  });

  it('picks the wgmma form by whether A comes from a descriptor or from registers', () => {
    const mnemonic = 'wgmma.mma_async.sync.aligned.m64n8k16.f32.f16.f16';
    const d = '{%f1, %f2, %f3, %f4}';
    assert.deepEqual(names(match(mnemonic, [d, '%rd1', '%rd2', '%p1', '1', '1', '0', '1'])).slice(1), [
      'a-desc',
      'b-desc',
      'scale-d',
      'imm-scale-a',
      'imm-scale-b',
      'imm-trans-a',
      'imm-trans-b',
    ]);
    assert.deepEqual(names(match(mnemonic, [d, '{%r1, %r2, %r3, %r4}', '%rd2', '%p1', '1', '1', '1'])).slice(1, 3), ['a(? ? ? ?)', 'b-desc']);
    assert.equal(match(mnemonic, [d, '{%r1, %r2, %r3, %r4}', '%rd2', '%p1', '1', '1', '1'])[6].doc?.name, 'imm-trans-b');
    const tf32 = 'wgmma.mma_async.sync.aligned.m64n8k8.f32.tf32.tf32';
    assert.equal(match(tf32, [d, '{%r1, %r2, %r3, %r4}', '%rd2', '%p1', '1', '1'])[1].doc?.name, 'a');
    assert.equal(match(tf32, [d, '%rd1', '%rd2', '%p1', '1', '1'])[1].doc?.name, 'a-desc');
  });

  it('names mma fragments and the block-scale selectors', () => {
    assert.deepEqual(names(match('mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32', ['{%f1, %f2, %f3, %f4}', '{%r1, %r2, %r3, %r4}', '{%r5, %r6}', '{%f1, %f2, %f3, %f4}'])), [
      'd(? ? ? ?)',
      'a(? ? ? ?)',
      'b(? ?)',
      'c(? ? ? ?)',
    ]);
    const scaled = match('mma.sync.aligned.m16n8k64.row.col.kind::mxf4.block_scale.f32.e2m1.e2m1.f32.ue8m0', [
      '{%f1, %f2, %f3, %f4}',
      '{%r1, %r2, %r3, %r4}',
      '{%r5, %r6}',
      '{%f5, %f6, %f7, %f8}',
      '%r7',
      '{%rs1, %rs2}',
      '%r8',
      '{%rs3, %rs4}',
    ]);
    assert.deepEqual(
      scaled.slice(4).map((item) => item.doc?.name),
      ['scale-a-data', '{byte-id-a, thread-id-a}', 'scale-b-data', '{byte-id-b, thread-id-b}'],
    );
  });

  it('splits a predicate pair of setp into p and q', () => {
    const matches = match('setp.lt.and.s32', ['%p1|%p2', '%r1', '%r2', '!%p3']);
    assert.deepEqual(names(matches), ['?(p q)', 'a', 'b', 'c']);
    assert.deepEqual(
      matches[0].parts!.map(({ start, end }) => [start, end]),
      [
        [0, 3],
        [4, 7],
      ],
    );
    assert.deepEqual(names(match('setp.lt.s32', ['%p1', '%r1', '%r2'])), ['p', 'a', 'b']);
  });

  it('names the elements of a texture address and the pair in front of it', () => {
    assert.deepEqual(names(match('tex.2d.v4.f32.f32', ['{%f1, %f2, %f3, %f4}|%p1', '[tex, samp, {%f5, %f6}]'])), ['?(d p)', '?(a b c)']);
  });
});

describe('matchOperands: optional operands and literals', () => {
  it('leaves out optional operands that are not written', () => {
    assert.deepEqual(names(match('mbarrier.arrive.shared::cta.b64', ['%rd1', '[%r1]'])), ['state', '[addr]']);
    assert.deepEqual(names(match('cp.async.bulk.shared::cta.global.mbarrier::complete_tx::bytes', ['[%r1]', '[%rd1]', '%r2', '[%r3]'])), [
      '[dstMem]',
      '[srcMem]',
      'size',
      '[mbar]',
    ]);
    assert.deepEqual(names(match('ld.global.L2::cache_hint.u32', ['%r1', '[%rd1]', '%rd2'])), ['d', '[a]', 'cache-policy']);
  });

  it('still names the operands after one the form lists but the code leaves out', () => {
    // `{ disable-output-lane }` is often not written.
    assert.deepEqual(names(match('tcgen05.mma.cta_group::1.kind::f16', ['[%r1]', '%rd1', '%rd2', '%r3', '0'])), [
      '[d-tmem]',
      'a-desc',
      'b-desc',
      'idesc',
      'enable-input-d',
    ]);
    assert.equal(match('tcgen05.mma.cta_group::1.kind::f16', ['[%r1]', '[%r2]', '%rd2', '%r3', '0'])[1].doc?.name, '[a-tmem]');
  });

  it('names a value the form fixes after the name another form gives it', () => {
    assert.equal(match('mbarrier.arrive.shared::cluster.b64', ['_', '[%r1]'])[0].doc?.name, 'state');
    assert.equal(match('cp.async.cg.shared.global', ['[%r1]', '[%rd1]', '16'])[2].doc?.name, 'cp-size');
  });
});

describe('matchOperands: robustness', () => {
  it('returns one match per operand for unknown instructions, nothing for none', () => {
    assert.deepEqual(matchOperands(undefined, 'frobnicate.u32', ['%r1', '[%r2]']), [{ text: '%r1' }, { text: '[%r2]' }]);
    assert.deepEqual(match('add.s32', []), []);
    assert.deepEqual(names(match('exit', ['%r1'])), ['?']);
  });

  it('survives unbalanced brackets and junk', () => {
    const junk = ['[%r1', '{%r2,', ']]]', '}{', '|', '', '   ', '[{(', '%a|%b|%c', '[,,]', '{}'];
    for (const entry of instructions) {
      const result = matchOperands(entry, entry.opcode, junk);
      assert.equal(result.length, junk.length, entry.opcode);
    }
    assert.equal(matchOperands(findInstruction('ld.u32'), '', junk).length, junk.length);
    assert.deepEqual(matchOperands(findInstruction('ld.u32'), 'ld.u32', undefined as unknown as string[]), []);
  });

  it('never throws on random operand lists for any entry', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = ['%r1', '[', ']', '{', '}', '(', ')', ',', '|', '!', '-', '+', '_', '16', ' ', 'x'];
    for (const entry of instructions) {
      for (let round = 0; round < 8; round++) {
        const operands = Array.from({ length: Math.floor(random() * 12) }, () =>
          Array.from({ length: 1 + Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
        );
        const result = matchOperands(entry, entry.opcode, operands);
        assert.equal(result.length, operands.length, entry.opcode);
      }
    }
  });

  it("matches every operand of every entry's worked example, one match each, parts inside their operand", () => {
    let checked = 0;
    for (const entry of instructions) {
      const model = parsePtx(wrapExample(entry.example));
      forEachInstruction(model, (stmt) => {
        const instruction = materializeInstruction(model, stmt);
        if (!instruction) return;
        const written = instruction.operands.map((operand) => operand.text);
        const result = matchOperands(findInstruction(instruction.mnemonic), instruction.mnemonic, written);
        assert.equal(result.length, written.length, instruction.text);
        result.forEach((item, i) => {
          assert.equal(item.text, written[i]);
          for (const part of item.parts ?? []) assert.equal(item.text.slice(part.start, part.end), part.text, instruction.text);
        });
        checked++;
      });
    }
    assert.ok(checked > 500, `only ${checked} instructions in the examples`);
  });
});

describe('hover uses the matched roles', () => {
  it('lists the parts of a composite operand and the mbarrier after it', () => {
    const entry = findInstruction(TMA_LOAD);
    const markdown = instructionHover(entry, { mnemonic: TMA_LOAD, operands: ['[%0]', '[%1, {%2, %3}]', '[%4]'] });
    assert.match(markdown, /^- `\[%1, \{%2, %3\}\]`$/m);
    assert.match(markdown, /^ {2}- `%1` — \*address\* `tensorMap`:/m);
    assert.match(markdown, /^ {2}- `\{%2, %3\}` — \*source\* `tensorCoords`:/m);
    assert.match(markdown, /^- `\[%4\]` — \*address\* `\[mbar\]`:/m);
  });

  it('names the element under the cursor inside a composite operand', () => {
    const text = wrapExample({
      target: 'sm_90a',
      caption: '',
      code: ['.visible .entry k(.param .u64 map) {', '  .reg .b32 %r<5>;', '  .reg .b64 %rd<2>;', `  ${TMA_LOAD} [%r3], [%rd1, {%r1, %r2}], [%r4];`, '}'].join('\n'),
    });
    const model = parsePtx(text);
    const line = text.split('\n').findIndex((row) => row.includes('cp.async.bulk.tensor'));
    const row = text.split('\n')[line];
    const roleAt = (needle: string) => ptxHover(model, { line, character: row.indexOf(needle) + 1 })?.markdown.split('---').pop() ?? '';
    assert.match(roleAt('%rd1'), /`tensorMap`/);
    assert.match(roleAt('%r2}'), /`tensorCoords`/);
    assert.match(roleAt('%r4]'), /`\[mbar\]`/);
  });
});
