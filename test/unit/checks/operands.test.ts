/** Operand counts read off the syntax forms, and the check that holds instructions to them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { operandCountSteps, readCount } from '../../../server/src/checks';
import { findingsOnWorkedExamples } from './support';
import { finish, parsePtx } from '../../../server/src/ptx';

const check = (text: string) => finish(operandCountSteps(parsePtx(text)));
const kernel = (body: string) => `.version 8.0\n.target sm_90\n.address_size 64\n\n.visible .entry k()\n{\n  .reg .b32 %r<4>;\n  .reg .b64 %rd<4>;\n${body}\n  ret;\n}\n`;

test('readCount: required, optional groups, prefixes and suffixes that are not operands', () => {
  assert.deepEqual(readCount('d, a, b'), { min: 3, max: 3 });
  assert.deepEqual(readCount('d, [a]{.unified}{, cache-policy}'), { min: 2, max: 3 });
  assert.deepEqual(readCount('d, a, b, {!}c'), { min: 4, max: 4 });
  assert.deepEqual(readCount('[dst], [src], cp-size{, src-size}{, cache-policy}'), { min: 3, max: 5 });
  assert.deepEqual(readCount('d[|p], [a, {b,} c], dPdx, dPdy{, e}{, f}'), { min: 4, max: 6 });
  assert.deepEqual(readCount(''), { min: 0, max: 0 });
  // A brace group of its own is taken as optional: loose notation never counts against code.
  assert.deepEqual(readCount('[d-tmem], a-desc, b-desc, idesc, { disable-output-lane }, enable-input-d {, scale-input-d}'), { min: 5, max: 7 });
});

test('too few and too many operands are marked on the operands, with what the form takes', () => {
  const text = kernel('  add.s32 %r1, %r2;\n  mov.u32 %r1, %r2, %r3;\n  add.s32 %r1, %r2, %r3;');
  const found = check(text);
  assert.equal(found.length, 2, JSON.stringify(found.map((d) => d.message)));
  assert.equal(text.slice(found[0].start, found[0].end), '%r1, %r2');
  assert.match(found[0].message, /add\.s32 takes 3 operands \(d, a, b\); 2 are written/);
  assert.equal(found[0].code, 'ptx-operand-count');
  assert.match(found[1].message, /3 are written/);
});

test('vectors, addresses and calls count as written; comments end the statement', () => {
  const text = kernel('  ld.global.v2.u32 {%r1, %r2}, [%rd1+8];\n  st.global.u32 [%rd1], %r1; // a, b, c\n  ret;');
  assert.deepEqual(check(text), []);
});

test('silent on every worked example', () => {
  assert.deepEqual(findingsOnWorkedExamples(check), []);
});
