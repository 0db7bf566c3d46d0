/**
 * `ptxas` as a PTX checker: assembles an open PTX document (unsaved text included) for the
 * target its `.target` names, and returns ptxas's errors and warnings for that document.
 * One run per document at a time; a newer revision cancels the older run.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseToolOutput } from './toolchain/diagnostics';
import { parsePtxasVerbose, type FunctionResources } from './toolchain/ptxasInfo';
import { runTool } from './toolchain/run';
import type { ToolDiagnostic } from './toolchain/types';

/** The target ptxas should assemble for: the module's `.target`, made concrete. */
export function ptxasArch(target: string | undefined, fallback: string): string {
  const first = target?.split(/[\s,]+/).find((word) => /^sm_\d+[af]?$/.test(word));
  return first ?? (/^sm_\d+[af]?$/.test(fallback) ? fallback : 'sm_90');
}

export interface PtxasCheckResult {
  /** Diagnostics for the checked document (1-based lines), or undefined when ptxas could not run. */
  diagnostics: ToolDiagnostic[] | undefined;
  /** Per-function resource use from `ptxas -v`, by (mangled) function name. */
  resources?: Map<string, FunctionResources>;
  message?: string;
}

export class PtxasChecker {
  private readonly running = new Map<string, AbortController>();

  async check(key: string, ptxas: string, text: string, arch: string, timeoutMs: number): Promise<PtxasCheckResult> {
    this.running.get(key)?.abort();
    const controller = new AbortController();
    this.running.set(key, controller);
    const dir = await mkdtemp(join(tmpdir(), 'ptx-lens-ptxas-'));
    try {
      const file = join(dir, 'input.ptx');
      await writeFile(file, text);
      const run = await runTool(ptxas, ['-v', '-arch', arch, '-o', join(dir, 'out.cubin'), file], { cwd: dir, timeoutMs, signal: controller.signal });
      if (run.cancelled) return { diagnostics: undefined, message: 'superseded' };
      if (run.spawnError) return { diagnostics: undefined, message: `ptxas could not start: ${run.spawnError}` };
      if (run.timedOut) return { diagnostics: undefined, message: `ptxas took longer than ${Math.round(timeoutMs / 1000)} s and was stopped` };
      const output = `${run.stderr}\n${run.stdout}`;
      const found = parseToolOutput(output, { cwd: dir, mainFile: file }).filter((d) => d.severity !== 'info');
      const located = found.filter((d) => d.file === file && d.line > 0);
      if (located.length > 0 || run.code === 0) return { diagnostics: located, resources: parsePtxasVerbose(output) };
      // ptxas failed without saying where: show its message on the first line.
      const summary = found.map((d) => d.message).join('\n') || run.stderr.trim() || `ptxas exited with code ${run.code}`;
      return { diagnostics: [{ file, line: 1, severity: 'error', message: summary, source: 'ptxas' }] };
    } finally {
      if (this.running.get(key) === controller) this.running.delete(key);
      await rm(dir, { recursive: true, force: true });
    }
  }

  dispose(): void {
    for (const controller of this.running.values()) controller.abort();
  }
}
