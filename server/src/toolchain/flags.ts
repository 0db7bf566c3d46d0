/**
 * nvcc flags: reading `compile_commands.json`, keeping only the flags that change what the
 * device code means (includes, defines, language standard, architecture, math modes), and
 * building the full `--ptx -lineinfo` argument list. Everything but `loadCompileCommands`
 * and `findCompileCommands` is pure.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { ToolchainSettings } from './types';

/** Splits a command string into argv like a POSIX shell would for words and quotes, without running one. */
export function splitCommandLine(command: string): string[] {
  const args: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < command.length; i++) {
    const ch = command[i];
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else current += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '\\' && i + 1 < command.length && '"\\$`\n'.includes(command[i + 1])) current += command[++i];
      else current += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < command.length) {
      current += command[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) args.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (inWord) args.push(current);
  return args;
}

export interface CompileCommand {
  directory: string;
  file: string;
  arguments?: string[];
  command?: string;
  output?: string;
}

/** Parses compile_commands.json text; malformed entries are skipped. */
export function parseCompileCommands(text: string): CompileCommand[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.filter(
    (e): e is CompileCommand =>
      typeof e === 'object' && e !== null && typeof e.directory === 'string' && typeof e.file === 'string' &&
      (Array.isArray(e.arguments) || typeof e.command === 'string'),
  );
}

/** The entry for `file` (absolute), matching on the resolved path. */
export function findEntry(entries: readonly CompileCommand[], file: string): CompileCommand | undefined {
  const target = resolve(file);
  return entries.find((e) => resolve(e.directory, e.file) === target);
}

// Flags whose value is a path, in separate-argument, `=` and glued forms.
const PATH_FLAGS = ['-I', '-isystem', '-iquote', '-idirafter', '-include', '--include-path', '--system-include', '--pre-include'];
// Flags whose value is kept as is.
const VALUE_FLAGS = ['-D', '-U', '--define-macro', '--undefine-macro', '-std', '--std', '-x', '--x', '-maxrregcount', '--maxrregcount',
  '-ftz', '--ftz', '-prec-div', '--prec-div', '-prec-sqrt', '--prec-sqrt', '-fmad', '--fmad', '-rdc', '--relocatable-device-code',
  '-diag-suppress', '--diag-suppress', '-Xcudafe', '--cudafe-options', '-default-stream', '--default-stream'];
const ARCH_FLAGS = ['-arch', '--gpu-architecture', '-gencode', '--generate-code', '-code', '--gpu-code'];
const BOOL_FLAGS = new Set(['--expt-relaxed-constexpr', '-expt-relaxed-constexpr', '--expt-extended-lambda', '-expt-extended-lambda',
  '--extended-lambda', '-extended-lambda', '-use_fast_math', '--use_fast_math', '-G', '--device-debug', '-Wno-deprecated-gpu-targets',
  '-rdc=true', '-dc', '--device-c', '-restrict', '--restrict']);
// Host-only flags that take a value in the next argument: dropped together with it.
const DROP_WITH_VALUE = new Set(['-o', '--output-file', '-MF', '--dependency-output', '-MT', '-MQ', '-Xcompiler', '--compiler-options',
  '-Xlinker', '--linker-options', '-ccbin', '--compiler-bindir', '-Xptxas', '--ptxas-options', '-Xnvlink', '--nvlink-options',
  '-L', '-l', '--library', '--library-path', '-odir', '--output-directory']);

export interface EntryFlags {
  /** Flags to pass to nvcc (paths made absolute). No arch flags. */
  flags: string[];
  /** Architectures named by the entry, real ones preferred, e.g. ['sm_86']. */
  archs: string[];
}

/** `arch=compute_86,code=[compute_86,sm_86]` or `sm_90a` or `compute_90` → real arch names. */
export function archsFromValue(value: string): string[] {
  const reals = value.match(/\bsm_\d+[a-z]?\b/g) ?? [];
  if (reals.length) return [...new Set(reals)];
  const virt = value.match(/\bcompute_(\d+[a-z]?)\b/g) ?? [];
  return [...new Set(virt.map((v) => v.replace('compute_', 'sm_')))];
}

/**
 * Splices response files (`--options-file f`, `-optf f`, `@f`, as CMake writes on Windows)
 * into argv, one level deep. Unreadable files are dropped.
 */
export function expandResponseFiles(argv: readonly string[], dir: string, readText: (path: string) => string | undefined): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let file: string | undefined;
    if ((a === '--options-file' || a === '-optf') && i + 1 < argv.length) file = argv[++i];
    else if (a.startsWith('--options-file=')) file = a.slice('--options-file='.length);
    else if (a.startsWith('@') && a.length > 1) file = a.slice(1);
    if (file === undefined) {
      out.push(a);
      continue;
    }
    const text = readText(isAbsolute(file) ? file : resolve(dir, file));
    if (text !== undefined) out.push(...splitCommandLine(text));
  }
  return out;
}

function readTextOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Keeps the device-relevant flags of one compile_commands entry; see the module comment. */
export function flagsFromEntry(entry: CompileCommand, readText: (path: string) => string | undefined = readTextOrUndefined): EntryFlags {
  const dir = entry.directory;
  const argv = expandResponseFiles(entry.arguments ? [...entry.arguments] : splitCommandLine(entry.command ?? ''), dir, readText);
  const flags: string[] = [];
  const archs: string[] = [];
  const abs = (p: string): string => (isAbsolute(p) ? p : resolve(dir, p));

  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-')) continue; // the source file, output names, stray words
    if (DROP_WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    const eq = arg.indexOf('=');
    const head = eq > 0 ? arg.slice(0, eq) : arg;

    const pathFlag = PATH_FLAGS.find((f) => arg === f || head === f || (f.length === 2 && arg.startsWith(f)) || (f === '-isystem' && arg.startsWith(f)));
    if (pathFlag) {
      let value: string | undefined;
      if (arg === pathFlag) value = argv[++i];
      else if (head === pathFlag) value = arg.slice(eq + 1);
      else value = arg.slice(pathFlag.length);
      if (value !== undefined && value !== '') flags.push(pathFlag, abs(value));
      continue;
    }
    const archFlag = ARCH_FLAGS.find((f) => arg === f || head === f);
    if (archFlag) {
      const value = arg === archFlag ? argv[++i] : arg.slice(eq + 1);
      if (value) archs.push(...archsFromValue(value));
      continue;
    }
    if (BOOL_FLAGS.has(arg)) {
      // `-dc` is `-rdc=true` plus "compile to an object": only the first half matters for the PTX.
      flags.push(arg === '-dc' || arg === '--device-c' ? '-rdc=true' : arg);
      continue;
    }
    const valueFlag = VALUE_FLAGS.find((f) => arg === f || head === f || (f.length === 2 && arg.startsWith(f)));
    if (valueFlag) {
      if (arg === valueFlag) {
        const value = argv[++i];
        if (value !== undefined) flags.push(arg, value);
      } else {
        flags.push(arg);
      }
      continue;
    }
    // Everything else (-c, -MD, -fPIC, -O2, -g, -Xcompiler=…, -forward-unknown-to-host-compiler …) is host-only or unknown: dropped.
  }
  return { flags, archs: [...new Set(archs)] };
}

export interface NvccArgsInput {
  /** Path nvcc compiles (the file itself, or its temp copy). */
  sourceFile: string;
  outputPtx: string;
  /** Where the dependency list is written (in the same run). */
  depFile?: string;
  /** How to obtain dependencies: through the host preprocessor nvcc already runs (`-Xcompiler -MD,-MF,…`, no extra pass) or nvcc's own `-MD -MF` (an extra preprocessing pass). */
  depMode?: 'host' | 'nvcc';
  settings: Pick<ToolchainSettings, 'arch' | 'extraArgs' | 'trusted'>;
  /** Flags of the compile_commands entry, when one applies. */
  entry?: EntryFlags;
  /** Wins over everything (CLI `--arch`). */
  archOverride?: string;
  /**
   * Folders for `#include "…"` only, searched right after the including file's own folder:
   * the original folder when a temp copy is compiled. Passed as `-Xcompiler -iquote,<dir>` to
   * the preprocessor nvcc runs (so `<…>` includes are not shadowed), else as `-I`.
   */
  quoteDirs?: string[];
  /** Appended last (CLI `-- args`). */
  trailingArgs?: string[];
}

export interface NvccArgs {
  args: string[];
  /** The single arch passed with -arch ('' when none: nvcc's default). */
  arch: string;
}

/** The full nvcc argument list: always `--ptx -lineinfo`, one `-arch`, then the file. */
export function buildNvccArgs(input: NvccArgsInput): NvccArgs {
  const args: string[] = [];
  for (const dir of input.quoteDirs ?? []) {
    if (input.depMode !== 'nvcc' && xcompilerSafe(dir)) args.push('-Xcompiler', `-iquote,${dir}`);
    else args.push('-I', dir);
  }
  let arch = input.archOverride?.trim() || '';
  if (input.entry) {
    args.push(...input.entry.flags);
    if (!arch) arch = pickArch(input.entry.archs, input.settings.arch);
  } else if (input.settings.trusted) {
    args.push(...input.settings.extraArgs);
  }
  if (!arch) arch = input.settings.arch.trim();
  if (arch) args.push(`-arch=${arch}`);
  args.push(...(input.trailingArgs ?? []));
  // -G carries full debug line info; nvcc warns when -lineinfo is given with it.
  const debug = args.includes('-G') || args.includes('--device-debug');
  args.push('--ptx', ...(debug ? [] : ['-lineinfo']));
  // A header (.cuh/.h) opened on its own: nvcc only knows .cu by its extension.
  if (!/\.cu$/i.test(input.sourceFile) && !args.some((a) => a === '-x' || a === '--x')) args.push('-x', 'cu');
  if (input.depFile) {
    if (input.depMode === 'nvcc' || !xcompilerSafe(input.depFile)) args.push('-MD', '-MF', input.depFile);
    else args.push('-Xcompiler', `-MD,-MF,${input.depFile}`);
  }
  args.push('-o', input.outputPtx, input.sourceFile);
  return { args, arch };
}

/**
 * nvcc splits `-Xcompiler` values on commas and re-joins the host command with spaces, so a
 * path holding either (or quotes) cannot go through it; nvcc's own options take it whole.
 */
function xcompilerSafe(path: string): boolean {
  return !/[\s,"'\\]/.test(path);
}

/** One arch out of an entry's list: the setting's if listed, else the newest. */
function pickArch(archs: readonly string[], preferred: string): string {
  if (archs.length === 0) return '';
  if (archs.includes(preferred)) return preferred;
  return [...archs].sort((a, b) => Number(/\d+/.exec(b)?.[0] ?? 0) - Number(/\d+/.exec(a)?.[0] ?? 0))[0];
}

/** Candidate compile_commands.json locations: the setting, else `<root>/` and `<root>/build/`. */
export function compileCommandsCandidates(setting: string, workspaceRoot: string | undefined): string[] {
  if (setting.trim()) return [workspaceRoot ? resolve(workspaceRoot, setting.trim()) : resolve(setting.trim())];
  if (!workspaceRoot) return [];
  return [join(workspaceRoot, 'compile_commands.json'), join(workspaceRoot, 'build', 'compile_commands.json')];
}

const dbCache = new Map<string, { stamp: string; entries: CompileCommand[] }>();

/** Reads (cached by mtime and size) a compile_commands.json; undefined when absent or unreadable. */
export function loadCompileCommands(path: string): CompileCommand[] | undefined {
  let stamp: string;
  try {
    const s = statSync(path);
    stamp = `${s.mtimeMs}:${s.size}`;
  } catch {
    return undefined;
  }
  const hit = dbCache.get(path);
  if (hit && hit.stamp === stamp) return hit.entries;
  try {
    const entries = parseCompileCommands(readFileSync(path, 'utf8'));
    dbCache.set(path, { stamp, entries });
    return entries;
  } catch {
    return undefined;
  }
}

/** The entry flags for `file` from the first compile_commands.json candidate that has one. */
export function findCompileCommands(file: string, setting: string, workspaceRoot: string | undefined): (EntryFlags & { database: string }) | undefined {
  for (const path of compileCommandsCandidates(setting, workspaceRoot)) {
    const entries = loadCompileCommands(path);
    if (!entries) continue;
    const entry = findEntry(entries, file);
    if (entry) return { ...flagsFromEntry(entry), database: path };
  }
  return undefined;
}
