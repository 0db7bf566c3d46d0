/**
 * Inline-asm input from anywhere: random and mutated C++ never makes the scanner, the
 * analysis, the checks, the synthesis or the hover throw, and every span they report lies
 * inside the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkInlineAsm, inlineAsmModel, synthesiseModule } from '../../../server/src/inlineAsm';
import { hoverCuda } from '../../../server/src/features/cudaHover';

const FIXTURES = join(__dirname, '../../fixtures/cuda');
const SEEDS = ['inline_asm.cu', 'asm_defects.cu'].map((name) => readFileSync(join(FIXTURES, name), 'utf8'));

const PIECES = ['asm', 'asm volatile', '__asm__ __volatile__', '(', ')', '"', '\\"', '\\n', '\\t', '%', '%%', '%0', '%12', '%[x]', '[', ']', '{', '}', ':', '::', ':::', ',', ';', '"r"', '"=l"', '"+f"', '"n"', '"memory"', '(x)', 'ld.global.nc.v4.s32', 'st.global.b32', 'mbarrier.try_wait.parity.shared::cta.b64', 'bra L;', 'L:', '.reg .pred p;', '@p', '#if X\n', '#else\n', '#endif\n', '#define M "add.s32 "\n', 'M', '//', '/*', '*/', '\\\n', '\n', ' ', "'", 'x'];
const cxx = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));

const mutated = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom('', '"', '%', ')', '(', ':', '\\', '\n', '{', ';', '%9')), { maxLength: 6 }))
  .map(([seed, edits]) => edits.reduce((text, [at, length, insert]) => {
    const start = at % (text.length + 1);
    return text.slice(0, start) + insert + text.slice(start + length);
  }, seed));

function exercise(text: string): void {
  const model = inlineAsmModel(text);
  const inside = (start: number, end: number, what: string) => assert.ok(start >= 0 && end >= start && end <= text.length, `${what} ${start}-${end} outside 0-${text.length}`);
  for (const statement of model.statements) {
    inside(statement.span.start, statement.span.end, 'statement');
    for (const operand of statement.operands) inside(operand.expressionSpan.start, operand.expressionSpan.end, 'operand');
    model.analysis(statement);
  }
  for (const d of checkInlineAsm(model)) {
    inside(d.start, d.end, d.code);
    for (const edit of d.fix?.edits ?? []) inside(edit.start, edit.end, `${d.code} fix`);
  }
  synthesiseModule(model.statements.map((s) => model.analysis(s)), { target: 'sm_90a' });
  for (let offset = 0; offset <= text.length; offset += Math.max(1, Math.floor(text.length / 200))) {
    const hover = hoverCuda({ text, asm: model }, offset);
    if (hover) inside(hover.start, hover.end, 'hover');
  }
}

test('random C++-ish text with asm pieces never throws', () => {
  fc.assert(fc.property(cxx, (text) => exercise(text)), { numRuns: 400 });
});

test('mutated real-style fixtures never throw', () => {
  fc.assert(fc.property(mutated, (text) => exercise(text)), { numRuns: 200 });
});
