/**
 * Completion in PTX documents: opcodes at the start of a statement, and once a first word is
 * typed its instructions' whole syntax forms as snippets (`formSnippets.ts`); after a dot, what the
 * instruction's syntax forms allow next given the parts already written (shapes after
 * `wgmma.mma_async.sync.aligned.`, then types in order); in operand positions the registers in
 * scope (those of the instruction's width first), labels after a branch, parameters and
 * variables inside `[…]`; special registers after `%`; directives where a directive may stand.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { directives, explainModifier, findInstruction, instructions, specialRegisters, syntaxModifiers } from '../knowledge';
import { nextParts } from '../knowledge/syntaxForms';
import type { PtxFunction, PtxModel } from '../ptx';
import type { Position } from '../ptx/types';
import { operandsBeingTyped, typedStatement } from './typedStatement';
import { instructionPage } from './docMarkdown';
import { formSnippetItems } from './formSnippets';

let opcodeItems: CompletionItem[] | undefined;

/** Every opcode once, with its summary; built on first use. */
function allOpcodes(): CompletionItem[] {
  if (!opcodeItems) {
    const seen = new Map<string, CompletionItem>();
    for (const entry of instructions) {
      for (const opcode of [entry.opcode, ...(entry.aliases ?? [])]) {
        if (seen.has(opcode)) continue;
        seen.set(opcode, { label: opcode, kind: CompletionItemKind.Keyword, detail: entry.summary, data: { opcode } });
      }
    }
    opcodeItems = [...seen.values()];
  }
  return opcodeItems;
}

/** Modifiers and types the instruction accepts that `mnemonic` does not already have. */
function modifiersOf(mnemonic: string): string[] {
  const entry = findInstruction(mnemonic);
  if (!entry) return [];
  const offered = new Set([...syntaxModifiers(entry), ...entry.modifiers.filter((m) => !m.pattern).map((m) => m.name)]);
  const written = new Set(mnemonic.split('.').slice(1).map((p) => `.${p}`));
  return [...offered].filter((token) => !written.has(token));
}

export function ptxCompletions(model: PtxModel, position: Position): CompletionItem[] {
  const lineStart = model.offsetAt({ line: position.line, character: 0 });
  const before = model.text.slice(lineStart, model.offsetAt(position));
  const statement = typedStatement(before);

  const register = /%[\w$]*$/.exec(statement);
  if (register) return registerItems(model, model.offsetAt(position));

  if (/^\s*$/.test(statement)) return [...allOpcodes(), ...directiveItems(false)];
  const head = /^\s*(?:[$\w]+:\s*)?(?:@!?%[\w$]+\s+)?([a-z][\w.:]*)$/.exec(statement);
  if (head) {
    const mnemonic = head[1];
    const lastDot = mnemonic.lastIndexOf('.');
    if (lastDot < 0) return [...allOpcodes(), ...formSnippetItems(mnemonic)];
    const stem = mnemonic.slice(0, lastDot);
    const entry = findInstruction(stem);
    const next = entry ? nextParts(entry, stem.split('.')) : undefined;
    return (next ?? modifiersOf(stem)).map((token, i) => partItem(entry, token, i));
  }

  if (/^\s*\.[\w]*$/.test(statement)) return directiveItems(true);
  const operands = operandsBeingTyped(statement);
  if (operands) return operandItems(model, model.offsetAt(position), operands.mnemonic, operands.written);
  return [];
}

/** One spelling that may come next; the order of the syntax forms is kept. A family (`.m64nNk16`) becomes a snippet. */
function partItem(entry: ReturnType<typeof findInstruction>, token: string, order: number): CompletionItem {
  const family = /N/.test(token) && /^\.m\d+nNk\d+$/.test(token);
  return {
    label: token,
    insertText: family ? token.slice(1).replace('N', '${1:N}') : token.slice(1),
    ...(family ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
    filterText: token.slice(1),
    sortText: String(order).padStart(4, '0'),
    kind: CompletionItemKind.EnumMember,
    detail: explainModifier(entry, token)?.description.split('\n')[0],
  };
}

/** Register widths by the type suffix of an instruction (`.u32` → 32), for ranking registers. */
function typeBits(mnemonic: string): number | undefined {
  const parts = mnemonic.split('.');
  for (let i = parts.length - 1; i > 0; i--) {
    if (parts[i] === 'pred') return 1;
    const m = /^[usbf](\d+)$/.exec(parts[i]);
    if (m) return Number(m[1]);
  }
  return undefined;
}

const declBits = (type: string): number | undefined => (type === '.pred' ? 1 : Number(/\d+/.exec(type)?.[0]) || undefined);

/** Operand position: labels after a branch, names inside `[…]`, otherwise registers (the instruction's width first). */
function operandItems(model: PtxModel, offset: number, mnemonic: string, written: string): CompletionItem[] {
  const fn = model.functionAt(offset);
  const opcode = mnemonic.split('.')[0];
  if (opcode === 'bra' || opcode === 'brx') return (fn?.labels ?? []).map((l) => ({ label: l.name, kind: CompletionItemKind.Reference, detail: 'label' }));
  if (opcode === 'call') return model.functions.filter((f) => f.name).map((f) => ({ label: f.name, kind: CompletionItemKind.Function, detail: `.${f.kind}` }));
  const open = written.lastIndexOf('[');
  if (open >= 0 && written.indexOf(']', open) < 0) return addressItems(model, fn);
  const bits = typeBits(mnemonic);
  return (fn?.decls ?? [])
    .filter((d) => d.space === 'reg')
    .map((d) => {
      const fits = bits !== undefined && declBits(d.type) === bits;
      return { label: d.name, kind: CompletionItemKind.Variable, detail: `.reg ${d.type}${d.count >= 0 ? ` ${d.name}<${d.count}>` : ''}`, sortText: `${fits ? 0 : 1}${d.name}` };
    });
}

/** Inside `[…]`: the function's parameters and the module's variables. */
function addressItems(model: PtxModel, fn: PtxFunction | undefined): CompletionItem[] {
  const items: CompletionItem[] = [];
  for (const p of fn?.params ?? []) items.push({ label: p.name, kind: CompletionItemKind.Field, detail: `.${p.space} ${p.type}` });
  for (const d of fn?.decls ?? []) if (d.space !== 'reg') items.push({ label: d.name, kind: CompletionItemKind.Variable, detail: `.${d.space} ${d.type}` });
  for (const g of model.globals) if (g.name) items.push({ label: g.name, kind: CompletionItemKind.Variable, detail: `.${g.space} ${g.type}` });
  return items;
}

/** Directives; after a typed `.` the editor's word starts past the dot, so the dot is not inserted again. */
function directiveItems(afterDot: boolean): CompletionItem[] {
  return directives.map((d) => {
    const text = afterDot ? d.name.slice(1) : d.name;
    return { label: d.name, insertText: text, filterText: text, kind: CompletionItemKind.Keyword, detail: d.summary };
  });
}

function registerItems(model: PtxModel, offset: number): CompletionItem[] {
  const items: CompletionItem[] = [];
  const fn = model.functionAt(offset);
  for (const decl of fn?.decls ?? []) {
    if (decl.space !== 'reg') continue;
    const label = decl.count >= 0 ? `${decl.name}<${decl.count}>` : decl.name;
    items.push({ label: decl.name, insertText: decl.name.slice(1), filterText: decl.name.slice(1), kind: CompletionItemKind.Variable, detail: `.reg ${decl.type} ${label}` });
  }
  for (const p of fn?.params ?? []) {
    if (p.space === 'reg') items.push({ label: p.name, kind: CompletionItemKind.Variable, detail: `.reg ${p.type}` });
  }
  for (const sreg of specialRegisters) {
    for (const name of [sreg.name, ...(sreg.aliases ?? [])]) {
      items.push({ label: name, insertText: name.slice(1), filterText: name.slice(1), kind: CompletionItemKind.Constant, detail: sreg.summary });
    }
  }
  return items;
}

/** Fills in the documentation of an opcode item when the editor asks for it. */
export function resolveCompletion(item: CompletionItem): CompletionItem {
  const opcode = (item.data as { opcode?: string } | undefined)?.opcode;
  const entry = opcode ? findInstruction(opcode) : undefined;
  if (entry) item.documentation = { kind: 'markdown', value: instructionPage(entry) };
  return item;
}
