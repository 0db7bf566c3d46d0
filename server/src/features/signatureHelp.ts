/**
 * Signature help in PTX documents: while the operands of an instruction are typed, the syntax
 * forms its mnemonic fits, each operand named and described, the one under the cursor marked.
 */
import type { ParameterInformation, SignatureHelp, SignatureInformation } from 'vscode-languageserver';
import { findInstruction } from '../knowledge';
import { formsMatching, syntaxForms } from '../knowledge/syntaxForms';
import type { PtxModel } from '../ptx';
import type { Position } from '../ptx/types';
import { operandsBeingTyped, typedStatement } from './typedStatement';

/** At most this many forms are shown. */
const MAX_SIGNATURES = 8;

export function ptxSignatureHelp(model: PtxModel, position: Position): SignatureHelp | null {
  const lineStart = model.offsetAt({ line: position.line, character: 0 });
  const before = model.text.slice(lineStart, model.offsetAt(position));
  const statement = typedStatement(before);
  const typed = operandsBeingTyped(statement);
  if (!typed) return null;
  const { mnemonic, written } = typed;
  const entry = findInstruction(mnemonic);
  if (!entry) return null;
  const fitting = formsMatching(entry, mnemonic.split('.'));
  const forms = (fitting.length > 0 ? fitting : syntaxForms(entry)).filter((f) => f.operands.length > 0).slice(0, MAX_SIGNATURES);
  if (forms.length === 0) return null;
  const active = topLevelCommas(written);
  const signatures: SignatureInformation[] = forms.map((form) => {
    const label = `${form.mnemonic} ${form.operands}`;
    const parameters: ParameterInformation[] = operandSpans(form.operands).map(([start, end]) => {
      const text = form.operands.slice(start, end);
      const doc = entry.operands.find((o) => o.name === text || o.name === text.replace(/^\[|\]$/g, '') || text.includes(o.name));
      const offset = form.mnemonic.length + 1;
      return { label: [offset + start, offset + end] as [number, number], ...(doc ? { documentation: { kind: 'markdown' as const, value: `\`${doc.name}\` (${doc.role}): ${doc.description}` } } : {}) };
    });
    return { label, documentation: { kind: 'markdown', value: entry.summary }, parameters };
  });
  return { signatures, activeSignature: 0, activeParameter: active };
}

/** Commas written at depth 0 (not inside `[…]` or `{…}`): the index of the operand being typed. */
function topLevelCommas(text: string): number {
  let depth = 0;
  let commas = 0;
  for (const c of text) {
    if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === ',' && depth === 0) commas++;
  }
  return commas;
}

/** Each operand of a form's operand list (`d, [a]{, cache-policy}`), as [start, end) in that text. */
function operandSpans(operands: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    // Braces here mark optional operands (`{, cache-policy}`) or vector groups: not part of the name.
    while (s < e && /[\s{},]/.test(operands[s])) s++;
    while (e > s && /[\s{},]/.test(operands[e - 1])) e--;
    if (e > s) spans.push([s, e]);
  };
  for (let i = 0; i < operands.length; i++) {
    const c = operands[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(operands.length);
  return spans;
}
