/**
 * Operand counts: an instruction written with more or fewer operands than any of its syntax
 * forms takes (`add.s32 %r1, %r2;`), marked on its operands.
 */
import { findInstruction } from '../knowledge';
import { formsMatching } from '../knowledge/syntaxForms';
import type { PtxDiagnostic, PtxModel } from '../ptx';
import { eachInstruction } from './walk';

/** How many operands a form takes: at least `min`, at most `max`; the form's operand list for messages. */
interface Count {
  min: number;
  max: number;
  operands: string;
}

export function* operandCountSteps(model: PtxModel): Generator<void, PtxDiagnostic[]> {
  const out: PtxDiagnostic[] = [];
  const text = model.text;
  yield* eachInstruction(model, formCounts, (stmt, allowed, at) => {
    const mnemonic = model.names[model.stmtAux[stmt]];
    const from = at + mnemonic.length;
    const end = model.stmtEnd[stmt];
    const written = countWritten(text, from, end);
    if (written < 0 || allowed.some((c) => written >= c.min && written <= c.max)) return;
    let s = from;
    while (s < end && /\s/.test(text[s])) s++;
    let e = end;
    while (e > s && /[\s;]/.test(text[e - 1])) e--;
    if (e <= s) (s = at), (e = from);
    out.push({
      start: s,
      end: e,
      range: model.rangeOf(s, e),
      severity: 'error',
      code: 'ptx-operand-count',
      message: `${mnemonic} takes ${describe(allowed)}; ${written} ${written === 1 ? 'is' : 'are'} written.`,
    });
  }, 4096);
  return out;
}

/** The operand counts the forms fitting `mnemonic` allow; null when they cannot be read with confidence. */
function formCounts(mnemonic: string): Count[] | null {
  const entry = findInstruction(mnemonic);
  // `call`'s operands are parenthesised lists whose length the callee decides.
  if (!entry || entry.opcode === 'call') return null;
  const forms = formsMatching(entry, mnemonic.split('.'));
  if (forms.length === 0) return null;
  const counts: Count[] = [];
  for (const form of forms) {
    const count = form.complete ? readCount(form.operands) : undefined;
    if (!count) return null;
    counts.push({ ...count, operands: form.operands });
  }
  return counts;
}

/** `d, [a]{, cache-policy}` → 2 to 3. Undefined for lists this reading does not handle (`...` at the top level). */
export function readCount(operands: string): { min: number; max: number } | undefined {
  const list = operands.replace(/\{[!-]\}/g, '').replace(/\{\.[\w:]+\}/g, '').replace(/\/\/.*$/, '').trim();
  if (list === '') return { min: 0, max: 0 };
  let required = 0;
  let optional = 0;
  let depth = 0;
  let inOptional = -1;
  let sawItem = false;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '{' && depth === 0 && /^\{\s*,/.test(list.slice(i))) {
      inOptional = depth;
      depth++;
      continue;
    }
    if (c === '{' && depth === 0) {
      // A brace group of its own (`{ disable-output-lane }`, `{d0, d1, ...}`): read as optional, so
      // that forms the notation leaves loose are never held against what is written.
      const close = list.indexOf('}', i);
      if (close < 0) return undefined;
      optional++;
      i = close;
      while (i + 1 < list.length && list[i + 1] !== ',') i++;
      continue;
    }
    if (c === '[' || c === '{' || c === '(') depth++;
    else if (c === ']' || c === '}' || c === ')') {
      depth--;
      if (depth === inOptional) inOptional = -1;
    } else if (c === ',' && depth === 1 && inOptional === 0) optional++;
    else if (c === ',' && depth === 0) {
      if (sawItem) required++;
      sawItem = false;
      continue;
    } else if (depth === 0 && c === '.' && list.startsWith('...', i)) return undefined;
    if (depth === 0 && /[\w\]}\-%|]/.test(c)) sawItem = true;
  }
  if (sawItem) required++;
  return { min: required, max: required + optional };
}

/** Operands written between `from` and `end`: commas at depth 0, plus one; 0 for none; -1 when unsure. */
function countWritten(text: string, from: number, end: number): number {
  let depth = 0;
  let commas = 0;
  let any = false;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 /* ; */) break;
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) return -1;
    if (c === 91 || c === 123 || c === 40) depth++;
    else if (c === 93 || c === 125 || c === 41) depth--;
    else if (c === 44 && depth === 0) commas++;
    if (c > 32) any = true;
  }
  return depth !== 0 ? -1 : any ? commas + 1 : 0;
}

function describe(counts: Count[]): string {
  const min = Math.min(...counts.map((c) => c.min));
  const max = Math.max(...counts.map((c) => c.max));
  const n = min === max ? `${min}` : `${min} to ${max}`;
  const lists = new Set(counts.map((c) => c.operands.replace(/\s+/g, ' ')));
  const shown = lists.size === 1 ? ` (${[...lists][0]})` : '';
  return `${n} operand${max === 1 ? '' : 's'}${shown}`;
}
