/**
 * Hover inside inline assembly: on `%N` / `%[name]`, the C++ expression bound to it, its
 * constraint and the role it fills in the instruction; on the C++ operand, which `%N` it is
 * and where the template uses it; on anything else in the template, what PTX Lens says about
 * that PTX (instruction, modifier, special register, directive).
 */
import { describeConstraint, sourceSpan, statementAt, templateOffsetAt, type AsmAnalysis, type AsmInstructionOperand, type AsmOperand, type InlineAsmModel, type OperandRef } from '../inlineAsm';
import { findInstruction, matchOperands } from '../knowledge';
import { firstAtOrAfter, materializeInstruction } from '../ptx';
import { cxxIntegerLiteral, decodeOperand } from '../decoders';
import { decodedMarkdown } from './decodedHover';
import { code } from './docMarkdown';
import { ptxHover } from './hover';

export interface AsmHover {
  markdown: string;
  /** Source offsets the hover is about. */
  start: number;
  end: number;
}

export function hoverInlineAsm(model: InlineAsmModel, offset: number): AsmHover | undefined {
  const statement = statementAt(model.statements, offset);
  if (!statement) return undefined;
  const analysis = model.analysis(statement);
  const operand = statement.operands.find((o) => offset >= o.span.start && offset <= o.span.end);
  if (operand) return { markdown: cxxOperandHover(analysis, operand), ...operand.expressionSpan };
  const t = templateOffsetAt(statement, offset);
  if (t < 0) return undefined;
  const ref = analysis.refs.find((r) => t >= r.start && t < r.end);
  if (ref) return { markdown: referenceHover(analysis, ref), ...sourceSpan(model.text, statement, ref.start, ref.end) };
  return ptxHoverAt(model.text, analysis, t);
}

/** `%4` → the C++ operand, its constraint, and its role in the instruction that uses it here. */
function referenceHover(analysis: AsmAnalysis, ref: OperandRef): string {
  const written = analysis.statement.template.slice(ref.start, ref.end);
  const { operand } = ref;
  if (!operand) {
    const count = analysis.statement.operands.length;
    return `${code(written)} — no such operand: this statement has ${count === 0 ? 'none' : `${count} (%0 to %${count - 1})`}.`;
  }
  const lines = [`${code(written)} → ${code(operand.expression)} — ${operand.output ? 'output' : 'input'} operand ${operand.index}${operand.name ? ` (${code(`[${operand.name}]`)})` : ''}`, '', describeConstraint(operand.constraint)];
  const use = roleOf(analysis, ref);
  if (use) lines.push('', use);
  const decoded = decodedMarkdown(decodeReference(analysis, ref));
  if (decoded) lines.push('', decoded);
  return lines.join('\n');
}

/** The decoded value of the operand a reference fills (a C++ constant bound with `"n"` is read; otherwise the layout). */
function decodeReference(analysis: AsmAnalysis, ref: OperandRef) {
  // Only an operand that is the reference alone (`%4`, not `[%4]` or `{%0, %1}`).
  const use = useOf(analysis, ref, (o) => o.refs.length === 1 && o.refs[0] === ref && /^%\w+$/.test(o.text.trim()));
  if (!use) return undefined;
  const parsed = materializeInstruction(analysis.model, analysis.model.statementIndexAt(use.instruction.ptxStart));
  if (!parsed) return undefined;
  const known = ref.operand ? cxxIntegerLiteral(ref.operand.expression) : undefined;
  return decodeOperand(analysis.model, parsed, use.index, known);
}

/** The first instruction with an operand that uses the reference (as `fits` asks), and which operand. */
function useOf(analysis: AsmAnalysis, ref: OperandRef, fits = (o: AsmInstructionOperand) => o.refs.includes(ref)) {
  for (const instruction of analysis.instructions) {
    const index = instruction.operands.findIndex(fits);
    if (index >= 0) return { instruction, index, operand: instruction.operands[index] };
  }
  return undefined;
}

/** On the C++ side: which `%N` this operand is, and every place the template uses it. */
function cxxOperandHover(analysis: AsmAnalysis, operand: AsmOperand): string {
  const names = [`%${operand.index}`, ...(operand.name ? [`%[${operand.name}]`] : [])].map(code).join(' / ');
  const lines = [`${code(operand.expression)} — ${operand.output ? 'output' : 'input'} operand ${names} of this asm statement`, '', describeConstraint(operand.constraint)];
  const uses = analysis.refs.filter((r) => r.operand === operand).map((r) => roleOf(analysis, r)).filter((u): u is string => !!u);
  if (uses.length === 0) lines.push('', analysis.statement.hidden.length > 0 ? 'Its uses are in template text defined elsewhere.' : 'The template never uses it.');
  else lines.push('', 'Used by:', ...uses.map((u) => `- ${u}`));
  return lines.join('\n');
}

/** "operand `[%4]` of `ld.global.nc.v4.s32`: *address* `[a]` — …", for the instruction that uses a reference. */
function roleOf(analysis: AsmAnalysis, ref: OperandRef): string | undefined {
  const use = useOf(analysis, ref);
  if (!use) return undefined;
  const { instruction, index, operand } = use;
  const match = matchOperands(findInstruction(instruction.mnemonic), instruction.mnemonic, instruction.operands.map((o) => o.text))[index];
  const part = match?.parts?.find((p) => ref.start - operand.start >= p.start && ref.start - operand.start < p.end);
  const doc = part?.doc ?? match?.doc;
  const where = `${code(operand.text)} of ${code(instruction.mnemonic)}`;
  return doc ? `${where}: *${doc.role}* ${code(doc.name)} — ${doc.description.replace(/\s*\n+\s*/g, ' ')}` : where;
}

/** Everything else in the template: the PTX hover of the parsed view, placed back in the source. */
function ptxHoverAt(source: string, analysis: AsmAnalysis, t: number): AsmHover | undefined {
  const view = viewOffsetOf(analysis, t);
  if (view < 0) return undefined;
  const position = analysis.model.positionAt(analysis.viewStart + view);
  const hover = ptxHover(analysis.model, position);
  if (!hover) return undefined;
  const start = analysis.model.offsetAt(hover.range.start) - analysis.viewStart;
  const end = analysis.model.offsetAt(hover.range.end) - analysis.viewStart;
  const at = (k: number) => analysis.viewTemplate[Math.max(0, Math.min(k, analysis.viewTemplate.length - 1))];
  const span = start >= 0 && end > start ? sourceSpan(source, analysis.statement, at(start), at(end - 1) + 1) : sourceSpan(source, analysis.statement, t, t + 1);
  // Line numbers in the hover would be those of the parsing wrapper: leave them out.
  return { markdown: hover.markdown.replace(/ defined on line \d+/g, ' defined in this asm statement').replace(/\n\nLocal to the `\{ \}` block on lines [^\n]*/g, ''), ...span };
}

/** The view offset of template offset `t` (the first view character that stands for it). */
function viewOffsetOf(analysis: AsmAnalysis, t: number): number {
  const found = firstAtOrAfter(analysis.viewTemplate, t);
  return found < analysis.viewTemplate.length ? found : -1;
}
