/**
 * Completion in PTX documents: opcodes at the start of a statement, the modifiers and types an
 * instruction accepts after a dot, registers declared in the function and special registers
 * after `%`, and directives where a directive may stand.
 */
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver';
import { directives, explainModifier, findInstruction, instructions, specialRegisters, syntaxModifiers } from '../knowledge';
import type { PtxModel } from '../ptx';
import type { Position } from '../ptx/types';
import { instructionPage } from './docMarkdown';

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
  const statement = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('{'), before.lastIndexOf('}')) + 1);

  const register = /%[\w$]*$/.exec(statement);
  if (register) return registerItems(model, model.offsetAt(position));

  if (/^\s*$/.test(statement)) return [...allOpcodes(), ...directiveItems(false)];
  const head = /^\s*(?:[$\w]+:\s*)?(?:@!?%[\w$]+\s+)?([a-z][\w.:]*)$/.exec(statement);
  if (head) {
    const mnemonic = head[1];
    const lastDot = mnemonic.lastIndexOf('.');
    if (lastDot < 0) return allOpcodes();
    const stem = mnemonic.slice(0, lastDot);
    const entry = findInstruction(stem);
    return modifiersOf(stem).map((token) => ({
      label: token,
      insertText: token.slice(1),
      filterText: token.slice(1),
      kind: CompletionItemKind.EnumMember,
      detail: explainModifier(entry, token)?.description.split('\n')[0],
    }));
  }

  if (/^\s*\.[\w]*$/.test(statement)) return directiveItems(true);
  return [];
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
