/**
 * `ptx-lens check <file.ptx>`: the parser's problems and, when ptxas is installed, ptxas's.
 * On a C++ file (`.cu`, `.cuh`, `.hpp` …) it checks the file's inline assembly (checkAsm.ts).
 */
import { readFile } from 'node:fs/promises';
import { parsePtx } from '../ptx';
import { ptxDiagnostics } from '../features/diagnostics';
import { resolve } from 'node:path';
import { CompileService } from '../toolchain/compileService';
import { needsLinking } from '../toolchain/linking';
import { DEFAULT_SETTINGS } from '../toolchain/types';
import type { Io } from './io';
import { checkAsmText, CXX_FILE } from './checkAsm';
import { quotedTokenSpan, saidByOwnCheck } from '../checks';

interface Problem {
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'information';
  source: 'ptx-lens' | 'ptxas';
  message: string;
  code?: string;
  /** The obvious repair, in words (`Change .target to sm_90a`). */
  fix?: string;
}

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const json = args.includes('--json');
  const noPtxas = args.includes('--no-ptxas');
  const archAt = args.indexOf('--arch');
  const arch = archAt >= 0 ? args[archAt + 1] : undefined;
  const files = args.filter((arg, i) => !arg.startsWith('--') && !(archAt >= 0 && i === archAt + 1));
  if (files.length !== 1 || (archAt >= 0 && !/^sm_\d+[af]?$/.test(arch ?? ''))) {
    io.err('Usage: ptx-lens check <file.ptx|file.cu> [--json] [--no-ptxas] [--arch sm_90a]\n');
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
  if (CXX_FILE.test(file)) return checkCxx(file, text, { json, ptxas: !noPtxas, arch: arch ?? DEFAULT_SETTINGS.arch }, io);
  const model = parsePtx(text);
  const own = ptxDiagnostics(model);
  const problems: Problem[] = own.map((d) => ({
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    severity: d.severity,
    source: 'ptx-lens',
    message: d.message,
    ...(d.code ? { code: d.code } : {}),
    ...(d.fix ? { fix: d.fix.title } : {}),
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
        // On the token the message names; not at all when an own check already says so there.
        const span = quotedTokenSpan(model, d.line - 1, d.message);
        if (span && saidByOwnCheck(own, span, d.message, model)) continue;
        const at = span ? model.positionAt(span.start) : undefined;
        problems.push({ line: Math.max(1, d.line), column: at ? at.character + 1 : (d.column ?? 1), severity: d.severity, source: 'ptxas', message: d.message });
      }
    }
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const notes = problems.length - errors - warnings;
  if (json) {
    io.out(`${JSON.stringify({ file, errors, warnings, notes, problems, note: ptxasNote ?? null }, null, 2)}\n`);
  } else {
    for (const p of problems) {
      io.out(`${file}:${p.line}:${p.column}: ${p.severity}: ${p.message} [${p.code ?? p.source}]\n`);
      if (p.fix) io.out(`  fix: ${p.fix}\n`);
    }
    if (ptxasNote) io.err(`note: ${ptxasNote}\n`);
    io.out(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${notes > 0 ? `, ${notes} note${notes === 1 ? '' : 's'}` : ''}\n`);
  }
  return errors > 0 ? 1 : 0;
}

async function checkCxx(file: string, text: string, options: { json: boolean; ptxas: boolean; arch: string }, io: Io): Promise<number> {
  const { problems, statements, note } = await checkAsmText(text, options);
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (options.json) {
    io.out(`${JSON.stringify({ file, statements, errors, warnings, problems, note: note ?? null }, null, 2)}\n`);
  } else {
    for (const p of problems) io.out(`${file}:${p.line}:${p.column}: ${p.severity === 'information' ? 'note' : p.severity}: ${p.message} [${p.code}]\n`);
    if (note) io.err(`note: ${note}\n`);
    io.out(`${statements} asm statement${statements === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  }
  return errors > 0 ? 1 : 0;
}
