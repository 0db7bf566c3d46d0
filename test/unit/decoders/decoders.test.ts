/**
 * Decoders: each value read as the PTX ISA lays it out. lop3 expressions are checked on all 256
 * tables by evaluating them; the others against hand-worked values (the arithmetic is in the
 * comments); the hover on the fixture (which ptxas assembles) decodes immediates, values traced
 * through `mov`, and gives the layout for a value read from memory.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeOperand, laneList, lop3Expression, lop3Rows, prmtBytes, shflControl, tcgen05InstructionDescriptor, tcgen05SmemDescriptor, wgmmaDescriptor } from '../../../server/src/decoders';
import { materializeInstruction, parsePtx, StatementKind } from '../../../server/src/ptx';
import { ptxHover } from '../../../server/src/features/hover';
import { fixture, pos, ptxasAccepts } from '../ptx/support';

/** Evaluates a lop3 expression on the ISA's constants a = 0xF0, b = 0xCC, c = 0xAA. */
function evaluate(expression: string): number {
  const js = expression.replace(/\ba\b/g, '0xF0').replace(/\bb\b/g, '0xCC').replace(/\bc\b/g, '0xAA');
  return Number(new Function(`return (${js}) & 0xFF;`)()) & 0xff;
}

test('every lop3 table reads as an expression that computes it', () => {
  for (let lut = 0; lut < 256; lut++) assert.equal(evaluate(lop3Expression(lut)), lut, `0x${lut.toString(16)}: ${lop3Expression(lut)}`);
  // The ISA's own examples.
  assert.equal(lop3Expression(0x80), 'a & b & c');
  assert.equal(lop3Expression(0xfe), 'a | b | c');
  assert.equal(lop3Expression(0x40), 'a & b & ~c');
  assert.equal(lop3Expression(0x96), 'a ^ b ^ c');
  assert.deepEqual(lop3Rows(0x80).filter((r) => r.value).map((r) => [r.a, r.b, r.c]), [[1, 1, 1]]);
});

test('prmt: the generic selector, sign replication and the modes', () => {
  // 0x8901: d.b0 ← byte 1 (a.b1), d.b1 ← byte 0 (a.b0), d.b2 ← byte 1 with bit 3 set → a.b1's sign, d.b3 ← byte 0, bit 3 set.
  assert.deepEqual(prmtBytes(0x8901), [
    { target: 0, source: 1, signReplicated: false },
    { target: 1, source: 0, signReplicated: false },
    { target: 2, source: 1, signReplicated: true },
    { target: 3, source: 0, signReplicated: true },
  ]);
  assert.deepEqual(prmtBytes(0x3210)!.map((b) => b.source), [0, 1, 2, 3], 'identity');
  assert.deepEqual(prmtBytes(0x7654)!.map((b) => b.source), [4, 5, 6, 7], 'all of b');
  // .ecl with c[1:0] = 2: d.b3..d.b0 = 3, 2, 2, 2.
  assert.deepEqual(prmtBytes(2, '.ecl')!.map((b) => b.source), [2, 2, 2, 3]);
  // .b4e with 1: d.b3..d.b0 = 6, 7, 0, 1; only the two low bits count.
  assert.deepEqual(prmtBytes(0xfd, '.b4e')!.map((b) => b.source), [1, 0, 7, 6]);
  assert.equal(prmtBytes(0, '.nope'), undefined);
});

test('shfl.sync c: clamp and segment width as CUDA packs them', () => {
  // __shfl_down_sync(mask, v, 4, 8): c = ((32 - 8) << 8) | 0x1f = 0x181f.
  assert.deepEqual(shflControl(0x181f), { clamp: 31, segmentMask: 24, segmentWidth: 8, unusedBits: 0 });
  // __shfl_up_sync(mask, v, 1, 16): c = (32 - 16) << 8 = 0x1000.
  assert.deepEqual(shflControl(0x1000), { clamp: 0, segmentMask: 16, segmentWidth: 16, unusedBits: 0 });
  assert.equal(shflControl(0x1f).segmentWidth, 32);
  assert.equal(shflControl(0x0a1f).segmentWidth, undefined, 'a mask that is not a segment width');
  assert.equal(shflControl(0x2001f).unusedBits, 0x20000);
});

test('member masks as lanes', () => {
  assert.equal(laneList(0xffffffff).text, 'all 32 lanes');
  assert.equal(laneList(0xffff).text, 'lanes 0–15');
  assert.equal(laneList(0x80000001).text, 'lanes 0, 31');
  assert.equal(laneList(0).text, 'no lane');
  assert.match(laneList(0x55555555).text, /every 2nd lane/);
  assert.equal(laneList(0x55555555).count, 16);
});

const raw = (fields: Array<{ name: string; raw: number }>) => Object.fromEntries(fields.map((f) => [f.name, f.raw]));

test('wgmma matrix descriptor, field by field', () => {
  // start 1024 B → (1024 & 0x3FFFF) >> 4 = 64; leading 16 B → 1; stride 1024 B → 64 at bit 32; 128-byte swizzle: 1 at bit 62.
  const value = 64n | (1n << 16n) | (64n << 32n) | (1n << 62n);
  assert.equal(value, 0x4000004000010040n);
  assert.deepEqual(raw(wgmmaDescriptor(value)), { 'start address': 64, 'leading-dimension byte offset': 1, 'stride-dimension byte offset': 64, 'base offset': 0, swizzle: 1 });
  assert.match(wgmmaDescriptor(value)[4].meaning, /128-byte/);
  assert.match(wgmmaDescriptor(value)[0].meaning, /1024 bytes/);
});

test('tcgen05 shared-memory descriptor: fixed fields are checked', () => {
  // Required 0b001 at bits 48–46; 128-byte swizzle is 2 at bits 63–61.
  const good = 64n | (1n << 46n) | (2n << 61n);
  assert.ok(tcgen05SmemDescriptor(good).every((f) => !f.wrong));
  assert.match(tcgen05SmemDescriptor(good).find((f) => f.name === 'swizzle')!.meaning, /^128-byte swizzle$/);
  const missing = tcgen05SmemDescriptor(64n | (3n << 61n));
  assert.deepEqual(missing.filter((f) => f.wrong).map((f) => f.name), ['fixed 0b001', 'swizzle'], 'no 0b001, and 3 is not a swizzle mode');
});

test('tcgen05 instruction descriptor for .kind::f16: bf16 × bf16 → f32, M 128, N 256', () => {
  // D f32: 1 at bits 5–4; A, B bf16: 1 at 9–7 and 12–10; N 256 → 32 at 22–17; M 128 → 8 at 28–24.
  const value = (1 << 4) | (1 << 7) | (1 << 10) | (32 << 17) | (8 << 24);
  const fields = tcgen05InstructionDescriptor(value, 'f16');
  const meaning = Object.fromEntries(fields.map((f) => [f.name, f.meaning]));
  assert.equal(meaning['D type'], 'f32');
  assert.equal(meaning['A type'], 'bf16');
  assert.equal(meaning['B type'], 'bf16');
  assert.equal(meaning.N, 'N = 256');
  assert.equal(meaning.M, 'M = 128');
  assert.ok(fields.every((f) => !f.wrong));
  // .kind::mxf8f6f4 puts M in bits 28–27 (M >> 7) and wants the ue8m0 scale type (bit 23).
  const mx = tcgen05InstructionDescriptor((1 << 23) | (1 << 27) | (16 << 17), 'mxf8f6f4');
  assert.equal(mx.find((f) => f.name === 'M')!.meaning, 'M = 128');
  assert.ok(mx.every((f) => !f.wrong));
});

test('any 64-bit value reads as fields within their widths', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), (value) => {
      for (const fields of [wgmmaDescriptor(value), tcgen05SmemDescriptor(value), tcgen05InstructionDescriptor(Number(value & 0xffffffffn), 'f16')]) {
        for (const f of fields) {
          const [hi, lo] = f.bits.split('–').map(Number);
          assert.ok(f.raw >= 0 && f.raw < 2 ** ((lo === undefined ? 0 : hi - lo) + 1), `${f.name} ${f.raw}`);
        }
      }
    }),
  );
});

/** The decoded section of the hover on `needle` (the nth) in the fixture. */
function decodedAt(needle: string, nth = 0, delta = 0): string {
  const text = fixture('decoders.ptx');
  const hover = ptxHover(parsePtx(text), pos(text, needle, delta, nth));
  const markdown = hover?.markdown ?? '';
  return markdown.slice(markdown.indexOf('**Decoded**'));
}

test('the hover decodes immediates, values traced through mov, and gives the layout of values read from memory', () => {
  const verdict = ptxasAccepts(fixture('decoders.ptx'));
  if (verdict === undefined) console.error('SKIPPED: ptxas is not installed, so the decoders fixture was not assembled.');
  else assert.equal(verdict, true, 'ptxas assembles the fixture');
  assert.match(decodedAt('0xCA'), /select: a \? b : c/);
  assert.match(decodedAt('0x8901'), /d\.b2 ← a\.b1 \(its sign bit, repeated\)/);
  assert.match(decodedAt('%r3;'), /0x3210/, 'traced through mov.b32');
  assert.match(decodedAt('2;'), /with \.ecl/);
  assert.match(decodedAt('0x181f'), /clamp lane 31, segments of 8 lanes/);
  assert.match(decodedAt('0xffff;'), /lanes 0–15/);
  assert.match(decodedAt('0x55555555'), /every 2nd lane/);
  // %rd1 = {0x10040, 0x40000040}: start 0x40 → 1024 bytes, leading 1 → 16, stride 0x40 → 1024, swizzle 1.
  const descriptor = decodedAt('%rd1, %rd3');
  assert.match(descriptor, /0x4000004000010040: wgmma matrix descriptor/);
  assert.match(descriptor, /\| 63–62 \| swizzle \| 1 \| 128-byte swizzle \|/);
  assert.match(decodedAt('%rd3, %p1'), /laid out as below\n\n\| bits \| field \|/, 'read from memory: the layout');
});

test('decoding never throws on random operands of the decoded instructions', () => {
  const forms = ['lop3.b32 %r1, %r2, %r3, %r4, X;', 'prmt.b32 %r1, %r2, %r3, X;', 'prmt.b32.rc16 %r1, %r2, %r3, X;', 'shfl.sync.idx.b32 %r1, %r2, 0, X, X;', 'vote.sync.any.pred %p1, %p1, X;', 'tcgen05.mma.cta_group::1.kind::i8 [%r1], X, X, X, %p1;'];
  fc.assert(
    fc.property(fc.constantFrom(...forms), fc.oneof(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String), fc.constantFrom('%r5', '0x', '-0', '077', '0b102', '%rd1')), (form, value) => {
      const text = `.version 8.6\n.target sm_100a\n.address_size 64\n.entry k()\n{\n.reg .b32 %r<9>;\n.reg .b64 %rd<3>;\n.reg .pred %p<3>;\nmov.b32 %r5, 7;\n${form.replaceAll('X', value)}\nret;\n}\n`;
      const model = parsePtx(text);
      for (let stmt = 0; stmt < model.statementCount; stmt++) {
        if (model.stmtKind[stmt] !== StatementKind.Instruction) continue;
        const instruction = materializeInstruction(model, stmt)!;
        instruction.operands.forEach((_, k) => decodeOperand(model, instruction, k));
      }
    }),
    { numRuns: 300 },
  );
});

test('the FP8 example: the wgmma descriptor operands show the descriptor layout (they are built from a shared address)', () => {
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const text = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'fp8_wgmma.ptx'), 'utf8');
  const line = text.split('\n').findIndex((l) => l.includes('wgmma.mma_async'));
  assert.ok(line > 0);
  const character = text.split('\n')[line].indexOf('%rd', text.split('\n')[line].indexOf('}')) + 1;
  const markdown = ptxHover(parsePtx(text), { line, character })?.markdown ?? '';
  assert.match(markdown, /\*a-desc\*|`a-desc`/);
  assert.match(markdown, /wgmma matrix descriptor: a 64-bit value, laid out as below/);
  assert.match(markdown, /\| 29–16 \| leading-dimension byte offset \|/);
});
