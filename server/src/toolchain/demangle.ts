/**
 * Batch demangling through the system `c++filt`: one process per batch, names on stdin, one
 * result per line. Results are cached for the life of the process. When c++filt is missing or
 * fails, `demangle` quietly resolves to `undefined` (callers show mangled names).
 */
import { spawnSync } from 'node:child_process';
import { runTool, type RunResult } from './run';

export interface DemanglerOptions {
  /** Program to run; default `c++filt` looked up on PATH. */
  cxxfilt?: string;
  timeoutMs?: number;
}

export class Demangler {
  private readonly cache = new Map<string, string>();
  private missing = false;
  constructor(private readonly options: DemanglerOptions = {}) {}

  /**
   * Starts c++filt now and feeds it later: the process start-up overlaps other work (nvcc).
   * Call the returned function exactly once (with [] to just let it go).
   */
  prestart(signal?: AbortSignal): (names: readonly string[]) => Promise<Map<string, string> | undefined> {
    if (this.missing) return (names) => this.demangle(names);
    let feed!: (text: string) => void;
    const input = new Promise<string>((r) => (feed = r));
    const run = runTool(this.options.cxxfilt ?? 'c++filt', [], { timeoutMs: this.options.timeoutMs ?? 10_000, stdin: input, signal });
    return async (names) => {
      const { result, todo } = this.fromCache(names);
      feed(todo.length ? todo.join('\n') + '\n' : '');
      const done = await run;
      if (todo.length === 0) return result;
      return this.collect(done, todo, result);
    };
  }

  private fromCache(names: readonly string[]): { result: Map<string, string>; todo: string[] } {
    const result = new Map<string, string>();
    const todo: string[] = [];
    for (const n of new Set(names)) {
      const hit = this.cache.get(n);
      if (hit !== undefined) result.set(n, hit);
      else if (!looksMangled(n) || n.includes('\n')) result.set(n, n);
      else todo.push(n);
    }
    return { result, todo };
  }

  private collect(run: RunResult, todo: string[], result: Map<string, string>): Map<string, string> | undefined {
    if (run.spawnError || run.code !== 0) {
      if (run.spawnError) this.missing = true;
      return undefined;
    }
    const lines = run.stdout.split(/\r?\n/);
    todo.forEach((n, i) => {
      const d = lines[i]?.trim() || n;
      this.cache.set(n, d);
      result.set(n, d);
    });
    return result;
  }

  /** The cached demangled name (the name itself when not mangled); undefined when not yet known. */
  cached(name: string): string | undefined {
    return looksMangled(name) ? this.cache.get(name) : name;
  }

  /**
   * Blocking variant for synchronous callers (e.g. document symbols): cached names are free,
   * the rest costs one short c++filt run. Undefined when c++filt is unavailable.
   */
  demangleSync(names: readonly string[]): Map<string, string> | undefined {
    const { result, todo } = this.fromCache(names);
    if (todo.length === 0) return result;
    if (this.missing) return undefined;
    const r = spawnSync(this.options.cxxfilt ?? 'c++filt', [], { input: todo.join('\n') + '\n', encoding: 'utf8', timeout: this.options.timeoutMs ?? 5000, shell: false, maxBuffer: 16 * 1024 * 1024 });
    const run: RunResult = {
      code: r.status,
      signal: r.signal,
      stdout: r.stdout ?? '',
      stderr: r.stderr ?? '',
      timedOut: false,
      cancelled: false,
      spawnError: r.error?.message,
      droppedStdout: 0,
      droppedStderr: 0,
      durationMs: 0,
    };
    return this.collect(run, todo, result);
  }

  /** Demangled names for `names` (a Map over every input), or undefined when c++filt is unavailable. */
  async demangle(names: readonly string[]): Promise<Map<string, string> | undefined> {
    const { result, todo } = this.fromCache(names);
    if (todo.length === 0) return result;
    if (this.missing) return undefined;
    const run = await runTool(this.options.cxxfilt ?? 'c++filt', [], {
      timeoutMs: this.options.timeoutMs ?? 10_000,
      stdin: todo.join('\n') + '\n',
    });
    return this.collect(run, todo, result);
  }
}

/** Itanium (`_Z…`) mangled names; everything else is already readable. */
export function looksMangled(name: string): boolean {
  return /^_{1,2}Z/.test(name);
}

const shared = new Demangler();

/** Demangles with the shared, cached c++filt demangler; undefined when c++filt is missing. */
export function demangle(names: readonly string[]): Promise<Map<string, string> | undefined> {
  return shared.demangle(names);
}

/** One name through the shared demangler, synchronously (cache first, else a blocking c++filt run); undefined when c++filt is missing or the name is not mangled. */
export function demangleOneSync(name: string): string | undefined {
  if (!looksMangled(name)) return undefined;
  return shared.cached(name) ?? shared.demangleSync([name])?.get(name);
}

/**
 * The name without return type, parameters or template arguments, for matching with source:
 * `void fill<float>(float*, float, int)` → `fill`; `ns::k(int)` → `ns::k`.
 */
export function baseName(demangled: string): string {
  // Drop the parameter list: the last top-level '(' … ')' group.
  let s = demangled.trim();
  let depth = 0;
  let cut = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    const ch = s[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      depth--;
      if (depth === 0) {
        cut = i;
        break;
      }
    }
  }
  if (cut > 0) s = s.slice(0, cut);
  // Strip template argument lists (balanced <>), except in operator names.
  let out = '';
  depth = 0;
  for (const ch of s) {
    if (ch === '<') depth++;
    else if (ch === '>') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  // Drop a return type: the last space-separated word at top level is the name.
  const parts = out.trim().split(/\s+/);
  return parts[parts.length - 1] ?? out.trim();
}
