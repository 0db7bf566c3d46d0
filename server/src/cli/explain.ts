/**
 * `ptx-lens explain <file.cu> [--arch sm_XX] [--nvcc <path>] [--json] [-- extra nvcc args]`
 *
 * Compiles the file to PTX and prints, per function, its resource figures (ptxas -v) and which
 * PTX lines each source line became. Lines are 1-based. Exit codes: 0 ok, 1 compile errors,
 * 2 usage error or tool missing/failed.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CompileService } from '../toolchain/compileService';
import { DEFAULT_SETTINGS, type CompileResult, type KernelInfo, type LineMap, type ToolDiagnostic } from '../toolchain/types';

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

const USAGE = 'usage: ptx-lens explain <file.cu> [--arch sm_XX] [--nvcc <path>] [--timeout <seconds>] [--json] [-- extra nvcc args]';

export interface ExplainOptions {
  file: string;
  arch?: string;
  nvcc?: string;
  json: boolean;
  timeoutMs: number;
  extraArgs: string[];
}

/** Parses explain's arguments; a string is a usage error. */
export function parseExplainArgs(argv: readonly string[]): ExplainOptions | string {
  const opts: Partial<ExplainOptions> & { json: boolean; extraArgs: string[]; timeoutMs: number } = { json: false, extraArgs: [], timeoutMs: 120_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      opts.extraArgs = argv.slice(i + 1);
      break;
    } else if (a === '--json') opts.json = true;
    else if (a === '--arch' || a === '--nvcc' || a === '--timeout') {
      const v = argv[++i];
      if (v === undefined) return `${a} needs a value`;
      if (a === '--arch') opts.arch = v;
      else if (a === '--nvcc') opts.nvcc = v;
      else {
        const s = Number(v);
        if (!(s > 0)) return `--timeout needs a positive number of seconds`;
        opts.timeoutMs = s * 1000;
      }
    } else if (a.startsWith('--arch=')) opts.arch = a.slice(7);
    else if (a.startsWith('--nvcc=')) opts.nvcc = a.slice(7);
    else if (a === '-h' || a === '--help') return '';
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (opts.file === undefined) opts.file = a;
    else return `unexpected argument ${a}`;
  }
  if (!opts.file) return 'missing <file.cu>';
  return opts as ExplainOptions;
}

/** A kernel's source lines → PTX lines inside its PTX range. */
export function kernelLineMap(kernel: KernelInfo, lineMap: LineMap): Array<{ file: string; line: number; ptxLines: number[] }> {
  const rows: Array<{ file: string; line: number; ptxLines: number[] }> = [];
  const { startLine, endLine } = kernel.ptxRange;
  for (const [file, lines] of Object.entries(lineMap.bySource)) {
    for (const [line, ptxLines] of Object.entries(lines)) {
      const inside = ptxLines.filter((p) => p >= startLine && p <= endLine);
      if (inside.length) rows.push({ file, line: Number(line), ptxLines: inside });
    }
  }
  return rows.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file === kernel.sourceFile ? -1 : b.file === kernel.sourceFile ? 1 : a.file.localeCompare(b.file)));
}

/** "84-88, 90" */
export function formatRanges(lines: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (j + 1 < lines.length && lines[j + 1] === lines[j] + 1) j++;
    parts.push(j > i ? `${lines[i]}-${lines[j]}` : `${lines[i]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

function formatDiagnostic(d: ToolDiagnostic, cwd: string): string {
  const where = `${relative(cwd, d.file) || d.file}:${d.line}${d.column ? `:${d.column}` : ''}`;
  return `${where}: ${d.severity}: ${d.message}${d.code ? ` [${d.code}]` : ''} (${d.source})`;
}

export async function explainCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseExplainArgs(argv);
  if (typeof parsed === 'string') {
    if (parsed) io.err(`ptx-lens explain: ${parsed}\n`);
    io.err(USAGE + '\n');
    return 2;
  }
  const file = resolve(parsed.file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    io.err(`ptx-lens explain: cannot read ${parsed.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const cwd = process.cwd();
  const service = new CompileService({ settleMs: 0 });
  const result: CompileResult = await service.compile({
    key: file,
    file,
    settings: { ...DEFAULT_SETTINGS, nvccPath: parsed.nvcc ?? '', timeoutMs: parsed.timeoutMs, trusted: true },
    workspaceRoot: cwd,
    arch: parsed.arch,
    extraArgs: parsed.extraArgs,
  });
  await service.idle();
  service.dispose();

  const diagnostics = result.diagnostics.flatMap((g) => g.diagnostics);
  for (const d of diagnostics) io.err(formatDiagnostic(d, cwd) + '\n');

  if (result.kind !== 'ok') {
    if (parsed.json) io.out(JSON.stringify({ file, kind: result.kind, message: 'message' in result ? result.message : result.kind, diagnostics }, null, 2) + '\n');
    if (result.kind === 'missing') io.err(`ptx-lens explain: ${result.message}\n`);
    else if (result.kind === 'error') io.err(`ptx-lens explain: ${result.message}\n`);
    return result.kind === 'error' && result.reason === 'compile-error' ? 1 : 2;
  }

  const kernels = result.kernels.map((k) => ({ ...k, lines: kernelLineMap(k, result.lineMap) }));
  if (parsed.json) {
    io.out(
      JSON.stringify({ file, arch: result.arch, nvccVersion: result.nvccVersion, ptxasMessage: result.ptxasMessage, kernels, diagnostics, nvccArgs: result.nvccArgs }, null, 2) + '\n',
    );
    return 0;
  }

  const sourceLines = new Map<string, string[]>([[file, text.split(/\r?\n/)]]);
  const lineText = (f: string, line: number): string => {
    if (!sourceLines.has(f)) {
      try {
        sourceLines.set(f, readFileSync(f, 'utf8').split(/\r?\n/));
      } catch {
        sourceLines.set(f, []);
      }
    }
    const t = (sourceLines.get(f)?.[line - 1] ?? '').trim();
    return t.length > 60 ? t.slice(0, 57) + '...' : t;
  };
  const rel = (f: string): string => relative(cwd, f) || f;
  const ptxLineCount = result.ptx.split('\n').length;
  io.out(`${rel(file)}: nvcc ${result.nvccVersion}, ${result.arch}, ${ptxLineCount} PTX lines\n`);
  if (result.ptxasMessage) io.out(`(${result.ptxasMessage})\n`);
  for (const k of kernels) {
    io.out(`\n${k.isEntry ? '__global__' : 'function'} ${k.name}${k.name !== k.mangledName ? `  [${k.mangledName}]` : ''}\n`);
    const def = k.sourceFile ? `${rel(k.sourceFile)}:${k.sourceLine}` : 'unknown';
    io.out(`  defined at ${def}; PTX lines ${k.ptxRange.startLine}-${k.ptxRange.endLine}; ${k.instructions} instructions\n`);
    if (k.resourcesKnown) {
      io.out(
        `  registers ${k.registers}, spill stores ${k.spillStoreBytes} B, spill loads ${k.spillLoadBytes} B, stack ${k.stackBytes} B, shared ${k.sharedBytes} B, constant ${k.constBytes} B, barriers ${k.barriers}\n`,
      );
    } else io.out('  resources: not reported by ptxas\n');
    for (const row of k.lines) {
      io.out(`    ${rel(row.file)}:${row.line}`.padEnd(30) + ` ${lineText(row.file, row.line).padEnd(60)} -> PTX ${formatRanges(row.ptxLines)}\n`);
    }
  }
  return 0;
}
