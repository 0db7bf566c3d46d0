/**
 * CompileService: CUDA document → PTX, line map, per-kernel resources and diagnostics
 * (`compile`), and PTX document → ptxas diagnostics and figures (`checkPtx`).
 *
 * - At most one run per document key: a newer request cancels the older run (its promise
 *   resolves `cancelled`/'superseded'); after a cancellation the newest request waits until no
 *   newer one arrived for `settleMs`, so a burst of edits costs at most two compiles.
 * - At most `maxConcurrent` (2) runs at once over all documents.
 * - A temp directory per run, always removed (timeout, cancel, crash included) right after the
 *   answer; `idle()` waits for removals still under way.
 * - Results cached by text hash + nvcc arguments + nvcc identity, validated on the included
 *   headers (dependency list written by the same nvcc run, through the host preprocessor
 *   nvcc runs anyway: no second pass).
 * - Never throws for tool problems: every outcome is a typed result.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { LruMap, ResultCache, isSystemPath, sha256, statDeps, writeText, type DepState } from './cache';
import { Demangler } from './demangle';
import { parsePtx } from '../ptx';
import { parseDepFile } from './deps';
import { groupByFile, parseToolOutput } from './diagnostics';
import { discoverToolchain, locateNvcc, nvccVersion, whichSync } from './discovery';
import { buildNvccArgs, findCompileCommands, type EntryFlags } from './flags';
import { buildPtxasArgs, needsLinking } from './linking';
import { parsePtxasVerbose, type FunctionResources } from './ptxasInfo';
import { scanModel, scanPtx, type PtxScan } from './ptxScan';
import { decodeOutput, describeFailure, runTool } from './run';
import { buildKernels, firstLines, generalDiagnostic, lineReader, placeOnKernels } from './results';
import { Slots, sleep } from './scheduling';
import {
  NVCC_MISSING_MESSAGE,
  type CompileFailed,
  type CompileMissing,
  type CompileOk,
  type CompileRequest,
  type CompileResult,
  type PtxCheckRequest,
  type PtxCheckResult,
  PTXAS_MISSING_MESSAGE,
  type ToolDiagnostic,
  type ToolchainSettings,
} from './types';

export interface CompileServiceOptions {
  maxConcurrent?: number;
  /** Quiet time a request waits after it cancelled an older run of the same document. */
  settleMs?: number;
  /** Bytes of stdout/stderr kept per stream per run. */
  maxOutputBytes?: number;
  /** Time between SIGTERM and SIGKILL. */
  killGraceMs?: number;
  cacheEntries?: number;
  /** Where per-run temp directories are made (default: the OS temp dir). */
  tmpRoot?: string;
  env?: NodeJS.ProcessEnv;
  /** c++filt program (tests); default from PATH. */
  cxxfilt?: string;
  /** A demangler to share with the rest of the server (one cache of names); default: a new one. */
  demangler?: Demangler;
  /** How the dependency list is obtained; 'host' (default) costs no extra preprocessing pass. */
  depMode?: 'host' | 'nvcc';
  /** Last-resort folders searched for nvcc after CUDA_PATH/CUDA_HOME/PATH (default /usr/local/cuda/bin). */
  searchDirs?: readonly string[];
  /** Diagnostic log line (the server forwards it to the connection). */
  log?: (message: string) => void;
}

interface Active {
  controller: AbortController;
  finished: Promise<void>;
}

interface Prepared {
  nvcc: string;
  ptxas: string | undefined;
  version: string;
  text: string | undefined;
  entry: EntryFlags | undefined;
  cacheKey: string;
  cwd: string;
}

export class CompileService {
  private readonly active = new Map<string, Active>();
  private readonly cleanups = new Set<Promise<void>>();
  private readonly slots: Slots;
  private readonly cache: ResultCache<CompileOk>;
  /** PTX documents: keyed by text, arch and ptxas; nothing outside the text can change the answer. */
  private readonly ptxCache = new LruMap<string, PtxCheckResult & { kind: 'ok' }>(32);
  private readonly demangler: Demangler;
  private readonly opts: Required<Omit<CompileServiceOptions, 'cxxfilt' | 'demangler' | 'log' | 'env' | 'searchDirs'>> & Pick<CompileServiceOptions, 'log' | 'env' | 'searchDirs'>;
  /** Number of nvcc processes started (for tests and status). */
  nvccRuns = 0;

  constructor(options: CompileServiceOptions = {}) {
    this.opts = {
      maxConcurrent: options.maxConcurrent ?? 2,
      settleMs: options.settleMs ?? 150,
      maxOutputBytes: options.maxOutputBytes ?? 1024 * 1024,
      killGraceMs: options.killGraceMs ?? 2000,
      cacheEntries: options.cacheEntries ?? 32,
      tmpRoot: options.tmpRoot ?? tmpdir(),
      depMode: options.depMode ?? (process.platform === 'win32' ? 'nvcc' : 'host'),
      log: options.log,
      env: options.env,
      searchDirs: options.searchDirs,
    };
    this.slots = new Slots(this.opts.maxConcurrent);
    this.cache = new ResultCache<CompileOk>(this.opts.cacheEntries);
    this.demangler = options.demangler ?? new Demangler({ cxxfilt: options.cxxfilt });
  }

  /** Cancels every run in progress. */
  dispose(): void {
    for (const a of this.active.values()) a.controller.abort();
    this.clearCache();
  }

  /** The toolchain these settings select (for the status bar), or why there is none. */
  toolchain(settings: ToolchainSettings): ReturnType<typeof discoverToolchain> {
    return discoverToolchain(settings, this.opts.env ?? process.env, this.opts.searchDirs);
  }

  /**
   * Removes a run's temp directory without holding up its answer (the processes that used it
   * have exited by then). `idle()` waits for every removal still under way.
   */
  private removeLater(dir: string): void {
    const removal: Promise<void> = rm(dir, { recursive: true, force: true, maxRetries: 3 })
      .catch((e: Error) => this.opts.log?.(`could not remove ${dir}: ${e.message}`))
      .finally(() => this.cleanups.delete(removal));
    this.cleanups.add(removal);
  }

  /** Resolves when no background work is pending: temp directory removals, header stats and hashes (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.cleanups.size) await Promise.all([...this.cleanups]);
    await this.cache.hashed();
  }

  clearCache(): void {
    this.cache.clear();
    this.ptxCache.clear();
  }

  async compile(request: CompileRequest, signal?: AbortSignal): Promise<CompileResult> {
    const started = performance.now();
    const file = resolve(request.file);
    let prepared: Prepared | undefined;
    return this.schedule<CompileResult>(request.key, signal, {
      cancelled: (reason) => ({ kind: 'cancelled', reason, key: request.key, file, version: request.version, diagnostics: [], nvccArgs: [], durationMs: performance.now() - started }),
      fast: async () => {
        const p = await this.prepare(request);
        if ('kind' in p) return { ...p, durationMs: performance.now() - started };
        prepared = p;
        const hit = await this.cache.get(p.cacheKey);
        return hit ? { ...hit, key: request.key, version: request.version, fromCache: true, durationMs: performance.now() - started } : undefined;
      },
      slow: (s) => this.execute(request, prepared!, s, started),
      crashed: (e) => this.failed(request, 'crash', `internal error: ${e.message}`, [], [], started),
    });
  }

  /**
   * One run per key (a newer request cancels the older), a settle pause after a cancellation,
   * the global slot cap, and never a throw.
   */
  private async schedule<R extends { kind: string }>(
    key: string,
    signal: AbortSignal | undefined,
    steps: {
      cancelled: (reason: 'superseded' | 'aborted') => R;
      /** Cheap work (discovery, cache): a result here skips the run. */
      fast: () => Promise<R | undefined>;
      slow: (signal: AbortSignal) => Promise<R>;
      crashed: (e: Error) => R;
    },
  ): Promise<R> {
    if (signal?.aborted) return steps.cancelled('aborted'); // and leave the key's current run alone
    const prev = this.active.get(key);
    prev?.controller.abort();
    const controller = new AbortController();
    let markDone!: () => void;
    const mine: Active = { controller, finished: new Promise<void>((r) => (markDone = r)) };
    this.active.set(key, mine);
    const onCallerAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    const cancelled = (): R => steps.cancelled(signal?.aborted ? 'aborted' : 'superseded');
    try {
      const quick = await steps.fast();
      if (controller.signal.aborted) return cancelled();
      if (quick) return quick;
      if (prev) {
        await prev.finished;
        await sleep(this.opts.settleMs, controller.signal);
      }
      if (controller.signal.aborted) return cancelled();
      if (!(await this.slots.acquire(controller.signal))) return cancelled();
      try {
        const result = await steps.slow(controller.signal);
        return result.kind === 'cancelled' || controller.signal.aborted ? cancelled() : result;
      } finally {
        this.slots.release();
      }
    } catch (e) {
      // Defensive: a bug here must not take the server down.
      this.opts.log?.(`toolchain run failed unexpectedly: ${(e as Error).stack ?? e}`);
      return steps.crashed(e as Error);
    } finally {
      signal?.removeEventListener('abort', onCallerAbort);
      markDone();
      if (this.active.get(key) === mine) this.active.delete(key);
    }
  }

  /** Assembles a PTX document with `ptxas -v`: diagnostics on its lines and per-function figures. */
  async checkPtx(request: PtxCheckRequest, signal?: AbortSignal): Promise<PtxCheckResult> {
    const started = performance.now();
    const file = resolve(request.file);
    const base = { key: request.key, file, version: request.version };
    const done = (): number => performance.now() - started;
    const found = locateNvcc(request.settings, this.opts.env ?? process.env, this.opts.searchDirs);
    const ptxas = found?.ptxas ?? whichSync('ptxas', (this.opts.env ?? process.env).PATH);
    const arch = request.arch?.trim() || /^\s*\.target\s+(\w+)/m.exec(request.text)?.[1] || request.settings.arch || 'sm_75';
    // A module that calls into another is assembled for the device linker (see linking.ts).
    const compileOnly = request.relocatable ?? needsLinking(request.model ?? parsePtx(request.text));
    // The text is hashed as it is (no JSON copy of a file that may be many megabytes).
    const cacheKey = sha256(JSON.stringify(['ptxas', ptxas ?? '', arch, compileOnly, request.kernels !== false]), request.text);
    return this.schedule<PtxCheckResult>(request.key, signal, {
      cancelled: (reason) => ({ kind: 'cancelled', reason, ...base, diagnostics: [], durationMs: done() }),
      fast: async () => {
        if (!ptxas) return { kind: 'missing', ...base, message: PTXAS_MISSING_MESSAGE, diagnostics: [], durationMs: done() };
        const hit = this.ptxCache.get(cacheKey);
        return hit ? { ...hit, ...base, fromCache: true, durationMs: done() } : undefined;
      },
      slow: async (s) => {
        const tmp = await mkdtemp(join(this.opts.tmpRoot, 'ptx-lens-'));
        try {
          const ptxPath = join(tmp, 'input.ptx');
          await writeText(ptxPath, request.text);
          const { args } = buildPtxasArgs({ ptxFile: ptxPath, cubinFile: join(tmp, 'out.cubin'), arch, relocatable: compileOnly });
          const run = await runTool(ptxas!, args, {
            timeoutMs: request.settings.timeoutMs,
            signal: s,
            maxOutputBytes: this.opts.maxOutputBytes,
            killGraceMs: this.opts.killGraceMs,
            env: this.opts.env,
            cwd: tmp,
          });
          if (run.cancelled) return { kind: 'cancelled', reason: 'superseded', ...base, diagnostics: [], durationMs: done() };
          if (run.spawnError || run.timedOut || run.signal) {
            const message = describeFailure('ptxas', run, request.settings.timeoutMs);
            return { kind: 'error', ...base, reason: run.spawnError ? 'spawn-failed' : run.timedOut ? 'timeout' : 'crash', message, diagnostics: groupByFile([generalDiagnostic(file, message, 'ptxas')], [file]), durationMs: done() };
          }
          const diags = parseToolOutput(run.stderr + '\n' + run.stdout, { cwd: tmp, mainFile: file, mapFile: (path) => (path === ptxPath ? file : path) });
          if (run.code !== 0 && !diags.some((d) => d.severity === 'error')) diags.push(generalDiagnostic(file, `ptxas exited with code ${run.code}: ${firstLines(run)}`, 'ptxas'));
          const scan = request.kernels === false ? undefined : scanModel(request.model ?? parsePtx(request.text), { functionsOnly: true });
          const names = scan ? await this.demangler.demangle(scan.functions.map((f) => f.mangledName)) : new Map<string, string>();
          const kernels = scan ? buildKernels(scan, names, parsePtxasVerbose(run.stderr + '\n' + run.stdout)) : [];
          // In a PTX document, a message naming a function goes on the function's first line.
          placeOnKernels(diags, kernels.map((k) => ({ ...k, sourceFile: file, sourceLine: k.ptxRange.startLine })), file);
          const result: PtxCheckResult = {
            kind: 'ok',
            ...base,
            arch,
            assembled: run.code === 0,
            compileOnly,
            kernels,
            diagnostics: groupByFile(diags.map((d) => (d.file === ptxPath ? { ...d, file } : d)), [file]),
            fromCache: false,
            durationMs: done(),
          };
          if (!s.aborted) this.ptxCache.set(cacheKey, result);
          return result;
        } finally {
          this.removeLater(tmp);
        }
      },
      crashed: (e) => ({ kind: 'error', ...base, reason: 'crash', message: `internal error: ${e.message}`, diagnostics: [], durationMs: done() }),
    });
  }

  private async prepare(request: CompileRequest): Promise<Prepared | Omit<CompileMissing, 'durationMs'>> {
    const settings = request.settings;
    const env = this.opts.env ?? process.env;
    const file = resolve(request.file);
    const found = locateNvcc(settings, env, this.opts.searchDirs);
    if (!found) return { kind: 'missing', message: NVCC_MISSING_MESSAGE, key: request.key, file, version: request.version, diagnostics: [], nvccArgs: [] };
    const version = await nvccVersion(found.nvcc, Math.min(settings.timeoutMs, 15_000), env);
    const text = request.text;
    let contentHash: string;
    if (text !== undefined) contentHash = sha256(text);
    else {
      try {
        contentHash = sha256(await readFile(file));
      } catch {
        contentHash = 'unreadable';
      }
    }
    const entry = settings.trusted ? findCompileCommands(file, settings.compileCommands, request.workspaceRoot) : undefined;
    const logical = buildNvccArgs({
      sourceFile: file,
      outputPtx: '<ptx>',
      settings,
      entry,
      archOverride: request.arch,
      trailingArgs: request.extraArgs,
    });
    const cacheKey = sha256(JSON.stringify([found.nvcc, found.ptxas ?? '', version, file, text !== undefined, contentHash, logical.args]));
    return { nvcc: found.nvcc, ptxas: found.ptxas, version, text, entry, cacheKey, cwd: dirname(file) };
  }

  private failed(
    request: CompileRequest,
    reason: CompileFailed['reason'],
    message: string,
    diagnostics: ToolDiagnostic[],
    nvccArgs: string[],
    started: number,
  ): CompileFailed {
    const file = resolve(request.file);
    return {
      kind: 'error',
      reason,
      message,
      key: request.key,
      file,
      version: request.version,
      diagnostics: groupByFile(diagnostics, [file]),
      nvccArgs,
      durationMs: performance.now() - started,
    };
  }

  private async execute(request: CompileRequest, p: Prepared, signal: AbortSignal, started: number): Promise<CompileResult> {
    const file = resolve(request.file);
    const timeoutMs = request.settings.timeoutMs;
    const runOpts = { timeoutMs, signal, maxOutputBytes: this.opts.maxOutputBytes, killGraceMs: this.opts.killGraceMs, env: this.opts.env };
    const tmp = await mkdtemp(join(this.opts.tmpRoot, 'ptx-lens-'));
    let demangleLater: ((names: readonly string[]) => Promise<Map<string, string> | undefined>) | undefined;
    let demangling: Promise<Map<string, string> | undefined> | undefined;
    try {
      let source = file;
      const quoteDirs: string[] = [];
      if (p.text !== undefined) {
        source = join(tmp, basename(file));
        await writeFile(source, p.text);
        quoteDirs.push(dirname(file));
      }
      const ptxPath = join(tmp, 'out.ptx');
      const depPath = join(tmp, 'deps.d');
      const { args } = buildNvccArgs({
        sourceFile: source,
        outputPtx: ptxPath,
        depFile: depPath,
        depMode: this.opts.depMode,
        settings: request.settings,
        entry: p.entry,
        archOverride: request.arch,
        quoteDirs,
        trailingArgs: request.extraArgs,
      });
      const tmpPrefix = tmp + sep;
      const mapFile = (path: string): string => {
        const abs = resolve(p.cwd, path); // absolute and normalised (`bin/../targets` → `targets`)
        return abs === source ? file : abs;
      };
      const sourceLine = lineReader(file, p.text);

      this.nvccRuns++;
      const nvccRun = runTool(p.nvcc, args, { ...runOpts, cwd: p.cwd });
      // c++filt starts while nvcc works (spawning costs the event loop milliseconds); it is fed the names afterwards.
      demangleLater = this.demangler.prestart(signal);
      const nvcc = await nvccRun;
      if (nvcc.cancelled) return { kind: 'cancelled', reason: 'superseded', key: request.key, file, diagnostics: [], nvccArgs: args, durationMs: 0 };
      if (nvcc.spawnError || nvcc.timedOut || nvcc.signal) {
        const reason = nvcc.spawnError ? 'spawn-failed' : nvcc.timedOut ? 'timeout' : 'crash';
        const message = describeFailure('nvcc', nvcc, timeoutMs);
        const diags = parseToolOutput(nvcc.stderr + '\n' + nvcc.stdout, { cwd: p.cwd, mainFile: file, mapFile, sourceLine });
        return this.failed(request, reason, message, [...diags, generalDiagnostic(file, message, 'nvcc')], args, started);
      }

      const [ptxBytes, depText] = await Promise.all([readFile(ptxPath).catch(() => undefined), readFile(depPath, 'utf8').catch(() => undefined)]);
      const ptx = ptxBytes ? decodeOutput(ptxBytes) : undefined;

      // ptxas starts first (it needs only the file and its .target); the scan, the diagnostics
      // and c++filt overlap with it.
      const target = (ptx ? /^\s*\.target\s+(\w+)/m.exec(ptx)?.[1] : undefined) ?? 'sm_75';
      const ptxasStart = performance.now();
      // Compile-only under -rdc=true, as nvcc itself runs ptxas (without it nvcc leaves no extern unresolved).
      const ptxasArgs = nvcc.code === 0 && ptx && p.ptxas ? buildPtxasArgs({ ptxFile: ptxPath, cubinFile: join(tmp, 'out.cubin'), arch: target, nvccArgs: args }) : undefined;
      const ptxasRun = ptxasArgs ? runTool(p.ptxas!, ptxasArgs.args, { ...runOpts, cwd: tmp }) : Promise.resolve(undefined);
      const scan: PtxScan | undefined = ptx ? scanPtx(ptx, { mapFile }) : undefined;
      const diags = parseToolOutput(nvcc.stderr + '\n' + nvcc.stdout, {
        cwd: p.cwd,
        mainFile: file,
        mapFile,
        sourceLine,
        ptxFile: ptxPath,
        ptxLineSource: (line) => scan?.lineMap.byPtx[line],
      }).filter((d) => !/^#pragma once in main file$/.test(d.message)); // a header compiled on its own

      if (nvcc.code !== 0) {
        const message = `nvcc exited with code ${nvcc.code}`;
        if (!diags.some((d) => d.severity === 'error')) diags.push(generalDiagnostic(file, `${message}: ${firstLines(nvcc)}`, 'nvcc'));
        return this.failed(request, 'compile-error', message, diags, args, started);
      }
      if (!ptx || !scan) {
        const message = 'nvcc exited successfully but wrote no PTX';
        return this.failed(request, 'no-output', message, [...diags, generalDiagnostic(file, message, 'nvcc')], args, started);
      }

      demangling = demangleLater(scan.functions.map((f) => f.mangledName));
      const [ptxas, names] = await Promise.all([ptxasRun, demangling]);
      if (ptxas?.cancelled) return { kind: 'cancelled', reason: 'superseded', key: request.key, file, diagnostics: [], nvccArgs: args, durationMs: 0 };
      const ptxasMs = performance.now() - ptxasStart;

      let ptxasMessage: string | undefined;
      let resources = new Map<string, FunctionResources>();
      if (!ptxas) ptxasMessage = 'ptxas not found: no register figures';
      else {
        resources = parsePtxasVerbose(ptxas.stderr + '\n' + ptxas.stdout);
        diags.push(
          ...parseToolOutput(ptxas.stderr, {
            cwd: tmp,
            mainFile: file,
            mapFile,
            ptxFile: ptxPath,
            ptxLineSource: (line) => scan.lineMap.byPtx[line],
          }).filter((d) => d.source === 'ptxas'),
        );
        if (ptxas.code !== 0 || ptxas.timedOut || ptxas.signal || ptxas.spawnError) ptxasMessage = describeFailure('ptxas', ptxas, timeoutMs);
      }

      const kernels = buildKernels(scan, names, resources);
      placeOnKernels(diags, kernels, file);
      const depList = depText === undefined ? undefined : parseDepFile(depText, p.cwd).filter((d) => !d.startsWith(tmpPrefix) && d !== file);

      const result: CompileOk = {
        kind: 'ok',
        key: request.key,
        file,
        version: request.version,
        ptx,
        arch: target,
        lineMap: scan.lineMap,
        kernels,
        nvccVersion: p.version,
        ...(ptxasMessage ? { ptxasMessage } : {}),
        ...(ptxasArgs?.compileOnly ? { ptxasCompileOnly: true } : {}),
        fromCache: false,
        diagnostics: groupByFile(diags, [file]),
        nvccArgs: args,
        durationMs: performance.now() - started,
        timings: { nvccMs: nvcc.durationMs, ptxasMs },
        includes: (depList ?? []).filter((d) => !isSystemPath(d)),
      };
      if (depList && !signal.aborted) {
        // The headers are stat'ed after the answer is out: a cache lookup waits for it, the compile does not.
        const deps = new Promise<DepState[] | undefined>((done) => setImmediate(() => done(statDeps(p.text === undefined ? [file, ...depList] : depList))));
        this.cache.set(p.cacheKey, result, deps);
      }
      return result;
    } finally {
      if (!demangling && demangleLater) void demangleLater([]);
      this.removeLater(tmp);
    }
  }
}
