/** `ptx-lens check <file.ptx>`: the parser's problems and, when ptxas is installed, ptxas's. */
import { readFile } from 'node:fs/promises';
import { parsePtx } from '../ptx';
import { PtxasChecker, ptxasArch } from '../ptxasCheck';
import { DEFAULT_SETTINGS } from '../toolchain/types';
import { locateNvcc } from '../toolchain/discovery';
import type { Io } from './io';

interface Problem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  source: 'ptx-lens' | 'ptxas';
  message: string;
}

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const noPtxas = args.includes('--no-ptxas');
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (files.length !== 1) {
    io.err('Usage: ptx-lens check <file.ptx> [--json] [--no-ptxas]\n');
    return 2;
  }
  const [file] = files;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`ptx-lens check: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  const model = parsePtx(text);
  const problems: Problem[] = model.diagnostics.map((d) => ({
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity: d.severity,
    source: 'ptx-lens',
    message: d.message,
  }));
  let ptxasNote: string | undefined;
  const ptxas = noPtxas ? undefined : locateNvcc(DEFAULT_SETTINGS)?.ptxas;
  if (ptxas) {
    const result = await new PtxasChecker().check(file, ptxas, text, ptxasArch(model.target, DEFAULT_SETTINGS.arch), DEFAULT_SETTINGS.timeoutMs);
    if (result.diagnostics) {
      for (const d of result.diagnostics) {
        problems.push({ line: d.line, column: d.column ?? 1, severity: d.severity === 'error' ? 'error' : 'warning', source: 'ptxas', message: d.message });
      }
    } else ptxasNote = result.message;
  } else if (!noPtxas) {
    ptxasNote = 'ptxas not found: only PTX Lens\'s own checks ran';
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (json) {
    io.out(`${JSON.stringify({ file, errors, warnings: problems.length - errors, problems, note: ptxasNote ?? null }, null, 2)}\n`);
  } else {
    for (const p of problems) io.out(`${file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.source}]\n`);
    if (ptxasNote) io.err(`note: ${ptxasNote}\n`);
    io.out(`${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}\n`);
  }
  return errors > 0 ? 1 : 0;
}
