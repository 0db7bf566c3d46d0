/** `ptx-lens check <file.ptx>`: the parser's problems and, when ptxas is installed, ptxas's. */
import { readFile } from 'node:fs/promises';
import { parsePtx } from '../ptx';
import { ptxDiagnostics } from '../features/diagnostics';
import { resolve } from 'node:path';
import { CompileService } from '../toolchain/compileService';
import { needsLinking } from '../toolchain/linking';
import { DEFAULT_SETTINGS } from '../toolchain/types';
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
  const problems: Problem[] = ptxDiagnostics(model).map((d) => ({
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity: d.severity,
    source: 'ptx-lens',
    message: d.message,
  }));
  let ptxasNote: string | undefined;
  if (!noPtxas) {
    const service = new CompileService();
    const file_ = resolve(file);
    const result = await service.checkPtx({ key: file_, file: file_, text, settings: DEFAULT_SETTINGS, relocatable: needsLinking(model) });
    await service.idle();
    if (result.kind === 'missing' || result.kind === 'error') ptxasNote = result.message;
    for (const group of result.diagnostics.filter((g) => g.file === file_)) {
      for (const d of group.diagnostics) {
        if (d.severity === 'info') continue;
        problems.push({ line: Math.max(1, d.line), column: d.column ?? 1, severity: d.severity, source: 'ptxas', message: d.message });
      }
    }
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
