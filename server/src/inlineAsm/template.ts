/**
 * What an inline-asm template says as PTX: its `%N` / `%[name]` references bound to the C++
 * operands, and its instructions read by the PTX parser. The template is turned into a PTX
 * view (`%%` → `%`, `%[name]` → `%N`) and parsed inside a wrapper function; every offset the
 * parser reports is mapped back through the view to the template and from there to the source.
 */
import { firstAtOrAfter, instructionOutline, lastAtOrBefore, parsePtx, StatementKind, type PtxModel } from '../ptx';
import type { AsmOperand, AsmStatement, Span } from './scan';

/** One `%N` or `%[name]` written in the template. */
export interface OperandRef {
  /** Template offsets of the whole reference (`%4`, `%[addr]`). */
  start: number;
  end: number;
  /** The operand number it names (named references resolved); -1 when the name is unknown. */
  index: number;
  operand?: AsmOperand;
}

/** One operand of a PTX instruction in the template. */
export interface AsmInstructionOperand {
  /** As it reads after substitution of `%%`, e.g. `[%4]`, `{%0, %1}`. */
  text: string;
  /** Template offsets. */
  start: number;
  end: number;
  refs: OperandRef[];
}

export interface AsmInstruction {
  mnemonic: string;
  guard?: string;
  /** Template offsets of the mnemonic and of the whole instruction. */
  mnemonicStart: number;
  mnemonicEnd: number;
  start: number;
  end: number;
  operands: AsmInstructionOperand[];
  /** Where the instruction starts in `AsmAnalysis.ptx`. */
  ptxStart: number;
}

export interface AsmAnalysis {
  statement: AsmStatement;
  refs: OperandRef[];
  instructions: AsmInstruction[];
  /** The template as PTX: `%%` → `%`, `%[name]` → `%N`. */
  view: string;
  /** The module the view was parsed in (shared by statements read together), and where the view starts in it. */
  ptx: string;
  model: PtxModel;
  viewStart: number;
  /** `viewTemplate[i]`: template offset of view character i. */
  viewTemplate: Int32Array;
}

/** The wrapper around a template's view, so that the parser reads it as a function body. */
const WRAP_HEAD = '.version 9.0\n.target sm_100a\n.address_size 64\n.func __inline_asm()\n{\n';
const WRAP_TAIL = '\n}\n';

/** Every `%N` / `%[name]` of a template (not `%%`, not a PTX special register like `%tid`). */
export function operandRefs(statement: AsmStatement): OperandRef[] {
  const refs: OperandRef[] = [];
  const { template, operands } = statement;
  const named = (name: string) => operands.find((o) => o.name === name);
  for (let i = template.indexOf('%'); i >= 0 && i < template.length; i = template.indexOf('%', i)) {
    const next = template[i + 1];
    if (next === '%') {
      i += 2;
      continue;
    }
    if (next === '[') {
      const close = template.indexOf(']', i);
      if (close < 0) break;
      const operand = named(template.slice(i + 2, close).trim());
      refs.push({ start: i, end: close + 1, index: operand?.index ?? -1, operand });
      i = close + 1;
      continue;
    }
    let end = i + 1;
    let index = 0;
    while (end < template.length && end < i + 8 && template.charCodeAt(end) >= 48 && template.charCodeAt(end) <= 57) index = index * 10 + template.charCodeAt(end++) - 48;
    if (end > i + 1) {
      refs.push({ start: i, end, index, operand: operands[index] });
      i = end;
      continue;
    }
    i++;
  }
  return refs;
}

/** The PTX view of a template and the template offset of each of its characters. */
export function ptxView(statement: AsmStatement, refs: OperandRef[]): { view: string; viewTemplate: Int32Array } {
  const { template } = statement;
  if (refs.length === 0 && !template.includes('%%')) return { view: template, viewTemplate: identity(template.length) };
  const parts: string[] = [];
  // The view is never longer than the template: every replacement is at most as long as what it replaces.
  const map = new Int32Array(template.length);
  let length = 0;
  const keep = (from: number, to: number) => {
    parts.push(template.slice(from, to));
    for (let k = from; k < to; k++) map[length++] = k;
  };
  // A replacement's last character stands for the last character it replaces.
  const replace = (text: string, from: number, width: number) => {
    parts.push(text);
    for (let k = 0; k < text.length - 1; k++) map[length++] = from + Math.min(k, width - 1);
    map[length++] = from + width - 1;
  };
  let at = 0;
  let r = 0;
  for (let i = template.indexOf('%'); i >= 0; ) {
    const ref = refs[r];
    if (ref && ref.start === i) {
      keep(at, i);
      replace(ref.index >= 0 ? `%${ref.index}` : '%_', i, ref.end - i);
      at = ref.end;
      r++;
      i = template.indexOf('%', at);
      continue;
    }
    if (template.charCodeAt(i + 1) === PERCENT) {
      keep(at, i + 1);
      at = i + 2;
      i = template.indexOf('%', at);
      continue;
    }
    i = template.indexOf('%', i + 1);
  }
  keep(at, template.length);
  return { view: parts.join(''), viewTemplate: map.slice(0, length) };
}

const PERCENT = 37;

function identity(length: number): Int32Array {
  const map = new Int32Array(length);
  for (let k = 0; k < length; k++) map[k] = k;
  return map;
}

/** Reads a statement's template as PTX. */
export function analyseStatement(statement: AsmStatement): AsmAnalysis {
  const refs = operandRefs(statement);
  const { view, viewTemplate } = ptxView(statement, refs);
  const ptx = WRAP_HEAD + view + WRAP_TAIL;
  const model = parsePtx(ptx);
  return readInstructions(statement, refs, view, viewTemplate, ptx, model, WRAP_HEAD.length, ptx.length);
}

/**
 * Reads many statements' templates at once: the views that stand on their own (balanced
 * braces, no block comment, the last instruction closed) go into one module, a function each,
 * and are parsed together; the others are read alone. Same result as `analyseStatement` on each.
 */
export function analyseStatements(statements: readonly AsmStatement[], parsedViews: Map<string, ParsedView> = new Map()): AsmAnalysis[] {
  const out = new Array<AsmAnalysis>(statements.length);
  const batch: Array<{ k: number; refs: OperandRef[]; view: string; viewTemplate: Int32Array; at?: ParsedView }> = [];
  const parts: string[] = [WRAP_HEAD.slice(0, WRAP_HEAD.indexOf('.func'))];
  const placed = new Map<string, { start: number; end: number }>();
  let length = parts[0].length;
  statements.forEach((statement, k) => {
    const refs = operandRefs(statement);
    const { view, viewTemplate } = ptxView(statement, refs);
    if (!standsAlone(view)) {
      out[k] = analyseStatement(statement);
      return;
    }
    // A view read before (headers repeat their statements, templates instantiate them) is not parsed again.
    const at = parsedViews.get(view);
    batch.push({ k, refs, view, viewTemplate, at });
    if (at || placed.has(view)) return;
    const head = `.func __inline_asm_${k}()\n{\n`;
    placed.set(view, { start: length + head.length, end: length + head.length + view.length });
    parts.push(head, view, WRAP_TAIL);
    length += head.length + view.length + WRAP_TAIL.length;
  });
  if (batch.length === 0) return out;
  const ptx = placed.size > 0 ? parts.join('') : '';
  const model = placed.size > 0 ? parsePtx(ptx) : undefined;
  for (const [view, { start, end }] of placed) parsedViews.set(view, { ptx, model: model!, start, end });
  for (const { k, refs, view, viewTemplate, at } of batch) {
    const where = at ?? parsedViews.get(view)!;
    out[k] = readInstructions(statements[k], refs, view, viewTemplate, where.ptx, where.model, where.start, where.end + WRAP_TAIL.length);
  }
  return out;
}

/** Where a view was parsed: the module and the view's place in it. */
export interface ParsedView {
  ptx: string;
  model: PtxModel;
  start: number;
  end: number;
}

/** True when a view can share a module with others without reaching into them. */
function standsAlone(view: string): boolean {
  if (view.includes('/*') || /\.(func|entry|version|target)\b/.test(view)) return false;
  let depth = 0;
  let last = '';
  for (let i = 0; i < view.length; i++) {
    const c = view[i];
    if (c === '/' && view[i + 1] === '/') {
      while (i < view.length && view[i] !== '\n') i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') last = c;
  }
  return depth === 0 && (last === '' || last === ';' || last === '}' || last === ':');
}

/** The instructions of one statement's view, which occupies `[viewStart, limit)` of the parsed module. */
function readInstructions(statement: AsmStatement, refs: OperandRef[], view: string, viewTemplate: Int32Array, ptx: string, model: PtxModel, viewStart: number, limit: number): AsmAnalysis {
  const toTemplate = (offset: number) => {
    const k = offset - viewStart;
    if (k < 0) return 0;
    if (k >= viewTemplate.length) return statement.template.length;
    return viewTemplate[k];
  };
  const toTemplateEnd = (offset: number) => (offset - viewStart <= 0 ? 0 : toTemplate(offset - 1) + 1);
  const instructions: AsmInstruction[] = [];
  const starts = model.stmtStart;
  for (let stmt = firstAtOrAfter(starts, viewStart); stmt < starts.length && starts[stmt] < limit; stmt++) {
    if (model.stmtKind[stmt] !== StatementKind.Instruction) continue;
    const parsed = instructionOutline(model, stmt);
    if (!parsed) continue;
    let r = 0;
    const operands = parsed.operands.map((operand) => {
      const start = toTemplate(operand.start);
      const end = toTemplateEnd(operand.end);
      while (r < refs.length && refs[r].start < start) r++;
      const first = r;
      while (r < refs.length && refs[r].start < end) r++;
      return { text: operand.text, start, end, refs: refs.slice(first, r) };
    });
    instructions.push({
      mnemonic: parsed.mnemonic,
      guard: parsed.guard ? `@${parsed.guard.negated ? '!' : ''}${parsed.guard.register}` : undefined,
      mnemonicStart: toTemplate(parsed.mnemonicStart),
      mnemonicEnd: toTemplateEnd(parsed.mnemonicEnd),
      start: toTemplate(parsed.start),
      end: toTemplateEnd(parsed.end),
      operands,
      ptxStart: parsed.start,
    });
  }
  return { statement, refs, instructions, view, ptx, model, viewStart, viewTemplate };
}

/** Source span of a template span (a macro's text maps to its name; an escape covers its backslash). */
export function sourceSpan(source: string, statement: AsmStatement, start: number, end: number): Span {
  const offsets = statement.templateSource;
  if (offsets.length === 0) return { start: statement.span.start, end: statement.span.start };
  const clamp = (k: number) => Math.min(Math.max(k, 0), offsets.length - 1);
  const first = offsets[clamp(start)];
  const last = offsets[clamp(Math.max(end - 1, start))];
  const width = source[last] === '\\' ? 2 : /[A-Za-z_]/.test(source[last] ?? '') && !isInLiteral(statement, last) ? macroWidth(source, last) : 1;
  return { start: first, end: Math.max(first, last + width) };
}

function isInLiteral(statement: AsmStatement, offset: number): boolean {
  return statement.literals.some((literal) => offset > literal.start && offset < literal.end);
}

/** Length of the macro name at `offset`. */
function macroWidth(source: string, offset: number): number {
  let end = offset;
  while (end < source.length && /[A-Za-z0-9_$]/.test(source[end])) end++;
  return Math.max(1, end - offset);
}

/** Template offset of a source offset inside one of the statement's literals, or -1. */
export function templateOffsetAt(statement: AsmStatement, offset: number): number {
  const offsets = statement.templateSource;
  const best = lastAtOrBefore(offsets, offset);
  if (best < 0) return -1;
  // Inside a literal: the character there, or the second character of an escape.
  if (!isInLiteral(statement, offset) || offset === statement.literals.find((l) => offset < l.end)!.end - 1) return -1;
  return offsets[best] === offset || offsets[best] + 1 === offset ? best : -1;
}
