/** Hover in CUDA C++ files: the PTX inside inline `asm(...)` strings, and CUDA built-ins. */
import { asmAt, asmStatementAt, type AsmBlock } from '../cuda/inlineAsm';
import {
  findCudaBuiltin,
  findDirective,
  findInstruction,
  findSpecialRegister,
  findTerm,
  type CudaBuiltinDoc,
} from '../knowledge';
import { directivePage, instructionHover, specialRegisterPage, termPage } from './docMarkdown';

/** What the CUDA features read: parsed once per document version. */
export interface CudaModel {
  text: string;
  asmBlocks: AsmBlock[];
}

export interface HoverText {
  markdown: string;
  /** Source offsets the hover is about. */
  start: number;
  end: number;
}

export function hoverCuda(model: CudaModel, offset: number): HoverText | undefined {
  return hoverInlineAsm(model, offset) ?? hoverBuiltin(model.text, offset);
}

function hoverInlineAsm(model: CudaModel, offset: number): HoverText | undefined {
  const found = asmAt(model.asmBlocks, offset);
  if (!found) return undefined;
  const statement = asmStatementAt(found.block.template, found.index);
  if (!statement) return undefined;
  const span = { start: offset, end: offset };
  const { at } = statement;
  if (at.kind === 'operand' && at.text.startsWith('%')) {
    const register = findSpecialRegister(at.text);
    if (register) return { markdown: specialRegisterPage(register, at.text), ...span };
    if (/^%\d+$|^%\[\w+\]$/.test(at.text)) {
      return { markdown: `${'`'}${at.text}${'`'} — operand ${at.text.slice(1)} of this asm statement, bound to the C++ expression in the same position after the colons.`, ...span };
    }
  }
  if (at.kind === 'directive') {
    const word = at.text.split(/\s/)[0];
    const directive = findDirective(word);
    if (directive) return { markdown: directivePage(directive), ...span };
    const term = findTerm(word);
    if (term) return { markdown: termPage(term, word), ...span };
  }
  if (!statement.mnemonic) return undefined;
  const entry = findInstruction(statement.mnemonic);
  const focus = at.kind === 'mnemonic' ? partAt(statement.mnemonic, at.offset ?? 0) : undefined;
  return {
    markdown: instructionHover(entry, { mnemonic: statement.mnemonic, guard: statement.guard, operands: statement.operands }, focus),
    ...span,
  };
}

/** The modifier (`.nc`) of a mnemonic that character `offset` falls in; undefined on the first part. */
function partAt(mnemonic: string, offset: number): string | undefined {
  let end = 0;
  const parts = mnemonic.split('.');
  for (let i = 0; i < parts.length; i++) {
    end += parts[i].length + (i > 0 ? 1 : 0);
    if (offset <= end) return i > 0 ? `.${parts[i]}` : undefined;
  }
  return undefined;
}

function builtinMarkdown(builtin: CudaBuiltinDoc): string {
  const ptx = builtin.ptx.map((line) => `    ${line}`).join('\n');
  const target = builtin.minTarget ? ` · needs ${builtin.minTarget} or newer` : '';
  return [
    `**${builtin.name}** — ${builtin.summary}`,
    '',
    '```cuda',
    builtin.signature,
    '```',
    builtin.description,
    '',
    'Typically becomes PTX:',
    '',
    ptx,
    '',
    `[CUDA Programming Guide](${builtin.link})${target}`,
  ].join('\n');
}

function hoverBuiltin(text: string, offset: number): HoverText | undefined {
  const isWord = (c: string | undefined) => c !== undefined && /[\w]/.test(c);
  let start = offset;
  while (start > 0 && isWord(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && isWord(text[end])) end++;
  if (start === end) return undefined;
  const builtin = findCudaBuiltin(text.slice(start, end));
  return builtin ? { markdown: builtinMarkdown(builtin), start, end } : undefined;
}
