/** Register widths against an arithmetic instruction's type. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerWidthSteps } from '../../../server/src/checks';
import { findingsOnWorkedExamples } from './support';
import { finish, parsePtx } from '../../../server/src/ptx';

const check = (text: string) => finish(registerWidthSteps(parsePtx(text)));
const kernel = (body: string) => `.version 8.0\n.target sm_90\n.address_size 64\n\n.visible .entry k()\n{\n  .reg .b32 %r<4>;\n  .reg .b64 %rd<4>;\n  .reg .f64 %fd<4>;\n  .reg .b32 %one;\n${body}\n  ret;\n}\n`;

test('a 32-bit register in a 64-bit add is marked on that register', () => {
  const text = kernel('  add.f64 %fd1, %r1, %fd2;\n  add.s64 %rd1, %rd2, %one;');
  const found = check(text);
  assert.equal(found.length, 2, JSON.stringify(found.map((d) => d.message)));
  assert.equal(text.slice(found[0].start, found[0].end), '%r1');
  assert.match(found[0].message, /%r1 is a 32-bit register; add\.f64 needs 64 bits there/);
  assert.equal(text.slice(found[1].start, found[1].end), '%one', 'single declarations count too');
  assert.equal(found[0].code, 'ptx-register-width');
});

test('what ptxas accepts is left alone: .wide, immediates, addresses, vectors, other opcodes', () => {
  const text = kernel('  mul.wide.s32 %rd1, %r1, %r2;\n  add.s64 %rd1, %rd2, 8;\n  add.f64 %fd1, %fd2, 0d3FF0000000000000;\n  mov.b64 %rd1, {%r1, %r2};\n  cvt.u64.u32 %rd1, %r1;\n  shl.b64 %rd1, %rd2, %r1;');
  assert.deepEqual(check(text), []);
});

test('setp compares, mov copies, ld and st move data of the type’s width', () => {
  const text = kernel('  .reg .pred %p<2>;\n  setp.lt.f64 %p1, %r1, %fd1;\n  mov.f64 %r2, %fd1;\n  ld.global.f64 %r3, [%rd1];\n  st.global.v2.f64 [%rd1], {%fd1, %r1};');
  const marked = check(text).map((d) => `${text.slice(d.start, d.end)}@${text.slice(0, d.start).split('\n').length}`);
  assert.deepEqual(marked, ['%r1@12', '%r2@13', '%r3@14', '%r1@15']);
  // Wider data registers are allowed for loads and stores, and a vector packs into mov.
  assert.deepEqual(check(kernel('  ld.global.u32 %rd1, [%rd2];\n  st.global.u16 [%rd2], %r1;\n  mov.b64 %rd1, {%r1, %r2};\n  setp.eq.s32 %p1, %r1, 0;'.replace('setp', '.reg .pred %p<2>;\n  setp'))), []);
});

test('integer data in a float register is marked for loads and stores; bit-size registers go with anything', () => {
  const text = kernel('  .reg .f32 %f<2>;\n  ld.global.s8 %f1, [%rd1];\n  ld.global.b32 %f1, [%rd1];\n  ld.global.f32 %r1, [%rd1];\n  shr.u16 %r1, %r1, 4;');
  const found = check(text);
  assert.deepEqual(found.map((d) => `${text.slice(d.start, d.end)}@${text.slice(0, d.start).split('\n').length}`), ['%f1@12', '%r1@15', '%r1@15']);
  assert.match(found[0].message, /%f1 is a \.f32 register; ld\.global\.s8 needs an integer or bit-size register there/);
});

test('silent on every worked example', () => {
  assert.deepEqual(findingsOnWorkedExamples(check), []);
});

test('float functions, video instructions, mbarrier waits and suq take registers of their width', () => {
  // Each refused by ptxas 13 with "Arguments mismatch" (put to it when the rules were written).
  const text = kernel('  .reg .f32 %f<3>;\n  .reg .pred %p<2>;\n  .shared .b64 bar;\n  sin.approx.ftz.f32 %f2, %rd1;\n  vset2.s32.s32.lt.add %r3, %r1, %rd2, %r3;\n  mbarrier.try_wait.parity.shared.b64 %p1, [bar], %rd1;\n  mbarrier.test_wait.shared.b64 %p1, [bar], %r1;\n  suq.width.b32 %rd1, [%rd2];');
  const marked = check(text).map((d) => `${text.slice(d.start, d.end)}@${text.slice(0, d.start).split('\n').length}`);
  assert.deepEqual(marked, ['%rd1@14', '%rd2@15', '%rd1@16', '%r1@17', '%rd1@18']);
  // What ptxas accepts: a .b32 register for .f32, a 64-bit state, a 32-bit parity, selectors on video operands.
  assert.deepEqual(check(kernel('  .reg .f32 %f<3>;\n  .reg .pred %p<2>;\n  .shared .b64 bar;\n  sin.approx.f32 %f2, %r1;\n  mbarrier.test_wait.shared.b64 %p1, [bar], %rd1;\n  mbarrier.try_wait.parity.shared.b64 %p1, [bar], %r1;\n  vadd.s32.s32.s32 %r1, %r2.b0, %r3;')), []);
});
