/**
 * Operand kinds against the instruction type. Every statement here is also put to ptxas (where
 * it is installed): what the check marks, ptxas refuses; what it leaves alone, ptxas accepts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { operandClassSteps } from '../../../server/src/checks';
import { finish, parsePtx } from '../../../server/src/ptx';
import { assemble, findPtxas } from '../../support/ptxExample';
import { findingsOnWorkedExamples } from './support';

const check = (text: string) => finish(operandClassSteps(parsePtx(text)));
const kernel = (line: string) =>
  `.version 8.5\n.target sm_90\n.address_size 64\n\n.visible .entry k(.param .u64 p)\n{\n  .reg .pred %p<3>;\n  .reg .b16 %h<3>;\n  .reg .b32 %r<5>;\n  .reg .u32 %u<3>;\n  .reg .f32 %f<5>;\n  .reg .b64 %rd<4>;\n  .reg .f64 %fd<3>;\n  .shared .b64 bar;\n  ld.param.u64 %rd1, [p];\n  ${line}\n  ret;\n}\n`;

/** Refused by ptxas, with the token the check must mark. */
const REFUSED: Array<[string, string]> = [
  ['add.f32 %f1, %f2, 1;', '1'],
  ['setp.lt.f32 %p1, %f1, 0;', '0'],
  ['st.global.f64 [%rd1], 7;', '7'],
  ['mul.f32 %f1, %f2, -1;', '-1'],
  ['selp.f32 %f1, 0, %f2, %p1;', '0'],
  ['add.s32 %r1, %r2, 0f3F800000;', '0f3F800000'],
  ['st.global.s8 [%rd1], 0f3F800000;', '0f3F800000'],
  ['mov.b16 %h1, 0f3F800000;', '0f3F800000'],
  ['cvt.rzi.s32.f32 %f1, %f2;', '%f1'],
  ['cvt.u32.u8 %r1, %f1;', '%f1'],
  ['cvt.rn.f32.s32 %u1, %r1;', '%u1'],
  ['add.f16x2 %r1, %f1, %r2;', '%f1'],
  ['add.f16x2 %r1, %r2, %u1;', '%u1'],
  ['setp.ne.u32 %r1, %r2, 0;', '%r1'],
  ['setp.ne.and.s32 %p2, %r3, 0, %r1;', '%r1'],
  ['selp.b32 %r1, %r2, %r3, %r4;', '%r4'],
  ['not.pred %p1, %r1;', '%r1'],
  ['add.s32 %r1, %p1, 1;', '%p1'],
  ['st.global.u32 [%rd1], %p1;', '%p1'],
  ['cvta.to.global.u64 %rd2, %r1;', '%r1'],
  ['st.global.v2.f32 [%rd1], {%f1, %rd1};', '%rd1'],
  ['atom.global.add.v2.f32 {%f1, %f2}, [%rd1], {%rd2, %f2};', '%f2'],
  ['mbarrier.test_wait.shared.b64 %r1, [bar], %rd1;', '%r1'],
];

/** Accepted by ptxas: nothing to mark. */
const ACCEPTED = [
  'mov.b32 %r1, 0f3F800000;',
  'mov.b64 %rd1, 0d3FF0000000000000;',
  'mov.f64 %fd1, 0f3F800000;',
  'and.b32 %r1, %r2, 0f3F800000;',
  'add.f32 %f1, %f2, 0f3F800000;',
  'add.s32 %r1, %r2, -1;',
  'cvt.rn.f32.s32 %r1, %r2;',
  'cvt.rn.f32.s32 %f1, %u1;',
  'cvt.f64.f32 %rd1, %f1;',
  'cvt.rn.f16.f32 %h1, %f1;',
  'st.global.v2.f32 [%rd1], {%r1, %f1};',
  'mov.b64 %rd1, {%r1, %f1};',
  'setp.ne.and.s32 %p2, %r3, 0, !%p1;',
  'setp.lt.s32 %p1|%p2, %r1, %r2;',
  'ex2.approx.f16x2 %r2, %r1;',
  'sin.approx.f32 %f2, %r1;',
  'mov.u32 %r1, %tid.x;',
  'mbarrier.try_wait.parity.shared.b64 %p1, [bar], %r1;',
];

test('each refused form is marked on the token at fault', () => {
  for (const [line, token] of REFUSED) {
    const text = kernel(line);
    const found = check(text);
    assert.equal(found.length, 1, `${line}: ${JSON.stringify(found.map((d) => d.message))}`);
    assert.equal(text.slice(found[0].start, found[0].end), token, line);
    assert.equal(found[0].code, 'ptx-operand-class');
  }
});

test('what ptxas accepts is left alone', () => {
  for (const line of ACCEPTED) assert.deepEqual(check(kernel(line)).map((d) => d.message), [], line);
});

test('silent on every worked example', () => {
  assert.deepEqual(findingsOnWorkedExamples(check), []);
});

const ptxas = findPtxas();
if (!ptxas) console.error('SKIPPED: ptxas is not installed, so the operand-kind rules were not put to it.');
test('ptxas agrees: it refuses each marked form and accepts the others', { skip: ptxas ? false : 'ptxas not installed' }, async () => {
  for (const [line] of REFUSED) assert.equal((await assemble(ptxas!, kernel(line), 'sm_90')).ok, false, `ptxas accepts ${line}`);
  for (const line of ACCEPTED) {
    const verdict = await assemble(ptxas!, kernel(line), 'sm_90');
    assert.equal(verdict.ok, true, `ptxas refuses ${line}: ${verdict.output}`);
  }
});
