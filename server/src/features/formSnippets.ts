/**
 * Whole instruction forms as completion snippets: typing an opcode's first word (`wgmma`,
 * `cp`) offers each syntax form of the instructions it starts, with the required parts as
 * choices (`.${1|s32,u32,…|}`) and the operands as placeholders to tab through. Optional parts
 * are left out; dot completion offers them where they may go. Pure; items are made once per
 * first word.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver';
import { instructions } from '../knowledge';
import { syntaxForms, type SyntaxForm } from '../knowledge/syntaxForms';

/** Escapes text outside placeholders (and a placeholder's default text). */
const literal = (text: string) => text.replace(/[\\$}]/g, (c) => `\\${c}`);
/** Escapes one element of a `${n|a,b|}` choice. */
const choice = (text: string) => text.replace(/[\\,|$}]/g, (c) => `\\${c}`);

/**
 * The form as a snippet: `add.${1|s32,u32|} ${2:d}, ${3:a}, ${4:b};`. Undefined when the
 * form's operands are not all written on its line (the snippet would be wrong).
 */
export function formSnippet(form: SyntaxForm): string | undefined {
  if (!form.complete) return undefined;
  let next = 1;
  let mnemonic = '';
  form.slots.forEach((slot, k) => {
    if (slot.optional) return;
    const options = slot.options;
    // The opcode's first word has no dot before it (`vop` may stand for vadd, vsub, …).
    const dot = k === 0 ? '' : '.';
    if (options.length === 0) mnemonic += `${dot}\${${next++}:part}`;
    else if (options.length === 1) {
      const only = k === 0 ? options[0].replace(/^\./, '') : options[0];
      // A family of shapes (`.m64nNk16`): N is to be filled in.
      mnemonic += /^\.m\d+nNk\d+$/.test(only) ? literal(only).replace('N', `\${${next++}:N}`) : literal(only);
    } else mnemonic += `${dot}\${${next++}|${options.map((o) => choice(o.replace(/^\./, ''))).join(',')}|}`;
  });
  const operands = operandSnippet(form.operands, () => next++);
  return operands ? `${mnemonic} ${operands};` : `${mnemonic};`;
}

/** The operand list with optional groups (`{, cache-policy}`, `{!}`, `{.unified}`, `[|q]`) left out and each name a placeholder. */
function operandSnippet(written: string, number: () => number): string {
  let text = written;
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/\{\s*[,.!][^{}]*\}/g, '').replace(/\[\|[^\]]*\]/g, '');
  }
  let out = '';
  let at = 0;
  for (const m of text.matchAll(/[A-Za-z_][\w-]*/g)) {
    const start = m.index!;
    // Not a name: part of a number (`0x…`), a special register (`%tid`), a type (`.u32`).
    if (/[\w%.]/.test(text[start - 1] ?? '')) continue;
    out += literal(text.slice(at, start)) + `\${${number()}:${literal(m[0])}}`;
    at = start + m[0].length;
  }
  return (out + literal(text.slice(at))).trim();
}

const itemsByWord = new Map<string, CompletionItem[]>();

/** Snippet items for the forms of every instruction whose first word starts with `prefix` (at least one letter). */
export function formSnippetItems(prefix: string): CompletionItem[] {
  if (!/^[a-z]/.test(prefix)) return [];
  const out: CompletionItem[] = [];
  for (const word of firstWords()) if (word.startsWith(prefix)) out.push(...itemsFor(word));
  return out;
}

let words: string[] | undefined;
function firstWords(): string[] {
  words ??= [...new Set(instructions.flatMap((entry) => [entry.opcode, ...(entry.aliases ?? [])].map((o) => o.split('.')[0])))];
  return words;
}

function itemsFor(word: string): CompletionItem[] {
  let items = itemsByWord.get(word);
  if (items) return items;
  const seen = new Set<string>();
  items = [];
  for (const entry of instructions) {
    if (entry.opcode.split('.')[0] !== word) continue;
    for (const form of syntaxForms(entry)) {
      if (form.slots[0]?.options[0] !== `.${word}`) continue;
      const snippet = formSnippet(form);
      if (!snippet || seen.has(snippet)) continue;
      seen.add(snippet);
      items.push({
        label: form.operands ? `${form.mnemonic} ${form.operands};` : `${form.mnemonic};`,
        kind: CompletionItemKind.Snippet,
        insertText: snippet,
        insertTextFormat: InsertTextFormat.Snippet,
        filterText: word,
        // After the opcodes themselves.
        sortText: `~${word}${String(items.length).padStart(4, '0')}`,
        detail: `syntax form — ${entry.summary}`,
        data: { opcode: entry.opcode },
      });
    }
  }
  itemsByWord.set(word, items);
  return items;
}
