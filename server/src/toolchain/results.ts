/** Helpers that assemble results from tool output: kernels, placed diagnostics, source lines. */
import { readFileSync } from 'node:fs';
import { baseName } from './demangle';
import type { FunctionResources } from './ptxasInfo';
import type { PtxScan } from './ptxScan';
import type { RunResult } from './run';
import type { KernelInfo, ToolDiagnostic } from './types';

export function generalDiagnostic(file: string, message: string, source: 'nvcc' | 'ptxas'): ToolDiagnostic {
  return { file, line: 1, severity: 'error', message, source };
}

export function firstLines(r: RunResult): string {
  const text = (r.stderr.trim() || r.stdout.trim()).split(/\r?\n/).slice(0, 5).join('\n');
  return text || '(no output)';
}

/** Source-line lookup for caret columns: the request's text for the compiled file, disk otherwise. */
export function lineReader(file: string, text: string | undefined): (path: string, line: number) => string | undefined {
  const cache = new Map<string, string[] | undefined>();
  if (text !== undefined) cache.set(file, text.split(/\r?\n/));
  return (path, line) => {
    if (!cache.has(path)) {
      try {
        cache.set(path, readFileSync(path, 'utf8').split(/\r?\n/));
      } catch {
        cache.set(path, undefined);
      }
    }
    return cache.get(path)?.[line - 1];
  };
}

/** Functions of a scanned PTX joined with ptxas figures and demangled names. */
export function buildKernels(scan: PtxScan, names: Map<string, string> | undefined, resources: Map<string, FunctionResources>): KernelInfo[] {
  return scan.functions.map((f) => {
    const name = names?.get(f.mangledName) ?? f.mangledName;
    const r = resources.get(f.mangledName);
    const k: KernelInfo = {
      mangledName: f.mangledName,
      name,
      baseName: baseName(name),
      isEntry: f.isEntry,
      ptxRange: { startLine: f.startLine, endLine: f.endLine },
      instructions: f.instructions,
      resourcesKnown: r?.hasUsage ?? false,
      registers: r?.registers ?? 0,
      spillStoreBytes: r?.spillStoreBytes ?? 0,
      spillLoadBytes: r?.spillLoadBytes ?? 0,
      stackBytes: r?.stackBytes ?? 0,
      sharedBytes: r?.sharedBytes ?? 0,
      constBytes: r?.constBytes ?? 0,
      barriers: r?.barriers ?? 0,
    };
    if (f.launch) k.launch = f.launch;
    if (f.sourceFile !== undefined) k.sourceFile = f.sourceFile;
    if (f.sourceLine !== undefined) k.sourceLine = f.sourceLine;
    return k;
  });
}

/**
 * ptxas messages without a PTX line that name a function (`Entry function '_Z3bigPf' uses too
 * much shared data`) go to that function's definition line, with its readable name.
 */
export function placeOnKernels(diags: ToolDiagnostic[], kernels: readonly KernelInfo[], file: string): void {
  for (const d of diags) {
    if (d.source !== 'ptxas' || d.file !== file || d.line !== 1 || d.column !== undefined) continue;
    for (const m of d.message.matchAll(/'([^']+)'/g)) {
      const k = kernels.find((x) => x.mangledName === m[1]);
      if (!k?.sourceFile || !k.sourceLine) continue;
      d.file = k.sourceFile;
      d.line = k.sourceLine;
      if (k.name !== k.mangledName) d.message = d.message.replace(m[0], `'${k.name}'`);
      break;
    }
  }
}
