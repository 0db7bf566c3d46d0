/**
 * Reading many statements at once (`analyses`) gives what reading each alone gives, also when
 * statements repeat the same template with other C++ operands (each view is parsed once, and
 * each statement keeps its own operands).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyseStatement, inlineAsmModel, type AsmAnalysis } from '../../../server/src/inlineAsm';

const FIXTURES = join(__dirname, '../../fixtures/cuda');

/** What an analysis says, without where its module was parsed. */
const reading = (a: AsmAnalysis) => ({
  template: a.statement.template,
  refs: a.refs.map((r) => ({ ...r, operand: r.operand?.expression })),
  instructions: a.instructions.map(({ ptxStart: _ptxStart, ...i }) => ({ ...i, operands: i.operands.map((o) => ({ ...o, refs: o.refs.map((r) => r.operand?.expression) })) })),
  view: a.view,
});

function agree(text: string): number {
  const together = inlineAsmModel(text);
  const batch = together.analyses();
  together.statements.forEach((statement, k) => assert.deepEqual(reading(batch[k]), reading(analyseStatement(statement)), `statement ${k}: ${statement.template}`));
  return batch.length;
}

test('on the fixtures, reading together equals reading alone', () => {
  let n = 0;
  for (const name of ['inline_asm.cu', 'asm_defects.cu', 'header_kernels.cuh']) n += agree(readFileSync(join(FIXTURES, name), 'utf8'));
  assert.ok(n > 15, `${n} statements`);
});

test('a repeated template binds each statement to its own operands', () => {
  const load = (ptr: string, out: string) => `asm volatile("ld.global.nc.b32 %0, [%1];" : "=r"(${out}) : "l"(${ptr}));\n`;
  const text = `__device__ void f(const int* a, const int* b, int& x, int& y) {\n${load('a', 'x')}${load('b + 4', 'y')}}\n`;
  const model = inlineAsmModel(text);
  const [first, second] = model.analyses();
  assert.equal(first.view, second.view, 'same view');
  assert.deepEqual(first.instructions[0].operands.map((o) => o.refs.map((r) => r.operand?.expression)), [['x'], ['a']]);
  assert.deepEqual(second.instructions[0].operands.map((o) => o.refs.map((r) => r.operand?.expression)), [['y'], ['b + 4']]);
  assert.equal(first.model, second.model, 'parsed once');
});

test('in groups, in any order, with repeats: the same readings', () => {
  const templates = ['add.s32 %0, %1, %2;', 'mov.b32 %0, %1;', '{ .reg .pred p; setp.ne.b32 p, %1, 0; selp.b32 %0, 1, 0, p; }', 'ld.global.nc.v4.s32 {%0, %1, %2, %3}, [%4];', 'bar.sync 0;'];
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.nat({ max: templates.length - 1 }), fc.nat({ max: 9 })), { minLength: 1, maxLength: 12 }), fc.nat({ max: 4 }), (picks, group) => {
      const body = picks.map(([t, v]) => `asm volatile("${templates[t]}" : "=r"(o${v}) : "r"(i${v}), "r"(j${v}), "r"(k${v}), "l"(p${v}));`).join('\n');
      const model = inlineAsmModel(`__device__ void f() {\n${body}\n}\n`);
      // Ask in groups first (as the checks do), then for all.
      const size = group + 1;
      for (let k = 0; k < model.statements.length; k += size) model.analyses(model.statements.slice(k, k + size));
      model.analyses().forEach((analysis, k) => assert.deepEqual(reading(analysis), reading(analyseStatement(model.statements[k]))));
    }),
    { numRuns: 150 },
  );
});
