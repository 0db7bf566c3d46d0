/** Hover in CUDA C++ files: inline assembly (see `asmHover.ts`) and CUDA built-ins. */
import type { InlineAsmModel } from '../inlineAsm';
import { findCudaBuiltin, type CudaBuiltinDoc } from '../knowledge';
import { hoverInlineAsm } from './asmHover';

/** What the CUDA features read: made once per document version. */
export interface CudaModel {
  text: string;
  asm: InlineAsmModel;
}

export interface HoverText {
  markdown: string;
  /** Source offsets the hover is about. */
  start: number;
  end: number;
}

export function hoverCuda(model: CudaModel, offset: number): HoverText | undefined {
  return hoverInlineAsm(model.asm, offset) ?? hoverBuiltin(model.text, offset);
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
