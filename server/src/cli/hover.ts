/** `ptx-lens hover <file> <line>:<col>`: what the editor's hover shows there (1-based). */
import { readFile } from 'node:fs/promises';
import { inlineAsmModel } from '../inlineAsm';
import { hoverCuda } from '../features/cudaHover';
import { namesToDemangle, ptxHover } from '../features/hover';
import { parsePtx } from '../ptx';
import { Demangler } from '../toolchain/demangle';
import type { Io } from './io';

const USAGE = 'Usage: ptx-lens hover <file.ptx|file.cu> <line>:<col> [--json]   (1-based line and column)\n';

export async function hoverCommand(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const [file, where, ...extra] = args.filter((arg) => arg !== '--json');
  const place = where ? /^(\d+):(\d+)$/.exec(where) : null;
  if (!file || !place || extra.length > 0) {
    io.err(USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`ptx-lens hover: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  const position = { line: Number(place[1]) - 1, character: Number(place[2]) - 1 };
  let markdown: string | undefined;
  if (/\.(cu|cuh|h|hpp|cpp)$/i.test(file)) {
    const lines = text.split('\n');
    const offset = lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
    markdown = hoverCuda({ text, asm: inlineAsmModel(text) }, offset)?.markdown;
  } else {
    const model = parsePtx(text);
    const names = namesToDemangle(model, position);
    const demangled = names.length > 0 ? await new Demangler().demangle(names) : undefined;
    markdown = ptxHover(model, position, (name) => demangled?.get(name))?.markdown;
  }
  if (json) {
    io.out(`${JSON.stringify({ file, line: position.line + 1, column: position.character + 1, markdown: markdown ?? null })}\n`);
  } else {
    io.out(markdown ? `${markdown}\n` : `Nothing to explain at ${file}:${where}\n`);
  }
  return markdown ? 0 : 1;
}
