/**
 * Types of the CUDA → PTX toolchain module. Everything here is plain data (JSON-serialisable),
 * so results can cross the LSP wire or be printed by the CLI unchanged.
 *
 * Conventions: every line number in this module is 1-based (as nvcc, ptxas and `.loc` print
 * them); columns are 1-based with 0 meaning "unknown". File paths are absolute and normalised
 * (`path.resolve`), so they compare equal to a document's `fsPath`.
 */
import type { PtxModel } from '../ptx';

/** The settings that decide which compiler runs and how. Read by the server from `ptxLens.*`. */
export interface ToolchainSettings {
  /** `ptxLens.nvcc.path`; empty: discover. Ignored when `trusted` is false. */
  nvccPath: string;
  /** `ptxLens.nvcc.arch`, e.g. `sm_90`; used when no compile_commands entry names one. */
  arch: string;
  /** `ptxLens.nvcc.extraArgs`; ignored when `trusted` is false or a compile_commands entry applies. */
  extraArgs: string[];
  /** `ptxLens.compileCommands`: path to a compile_commands.json; empty: workspace root, then `build/`. */
  compileCommands: string;
  /** Milliseconds one nvcc or ptxas run may take before it is stopped. */
  timeoutMs: number;
  /** Workspace trust. When false, only env/PATH discovery and the `arch` setting are used. */
  trusted: boolean;
}

export const DEFAULT_SETTINGS: ToolchainSettings = {
  nvccPath: '',
  arch: 'sm_90',
  extraArgs: [],
  compileCommands: '',
  timeoutMs: 60_000,
  trusted: true,
};

/** A found toolchain. */
export interface Toolchain {
  nvcc: string;
  /** ptxas beside nvcc, else on PATH; undefined when none was found (no resource figures then). */
  ptxas: string | undefined;
  /** e.g. "13.0.88"; "unknown" when `nvcc --version` could not be parsed. */
  version: string;
  /** Where nvcc was found: 'setting' | 'CUDA_PATH' | 'CUDA_HOME' | 'PATH' | '/usr/local/cuda/bin'. */
  foundVia: string;
}

export interface ToolchainMissing {
  kind: 'missing';
  message: string;
}

/** One request to compile a CUDA document to PTX. */
export interface CompileRequest {
  /** Identity of the document (the LSP uri); at most one run per key, newer requests cancel older. */
  key: string;
  /** Absolute path of the `.cu` file on disk (relative includes are resolved from its folder). */
  file: string;
  /** Current (possibly unsaved) text; when absent the file on disk is compiled. */
  text?: string;
  /** Document version, echoed in the result. */
  version?: number;
  settings: ToolchainSettings;
  /** Workspace root, where `compile_commands.json` (and `build/compile_commands.json`) is looked for. */
  workspaceRoot?: string;
  /** Overrides every other arch source (the CLI's `--arch`). */
  arch?: string;
  /** Extra nvcc arguments appended last (the CLI's `-- args`). Used regardless of trust: the caller chose them. */
  extraArgs?: string[];
}

export interface SourceLoc {
  file: string;
  line: number;
  column: number;
}

/** Where one PTX line came from: its own location and, for inlined code, the call sites outward. */
export interface PtxLineSource extends SourceLoc {
  /** Innermost call site first; empty when the code was not inlined. */
  inlinedAt: SourceLoc[];
}

/**
 * Source ↔ PTX line map built from `.file`/`.loc`. Per-file: a header's lines are only ever
 * keys of the header's own map. Inlined code is listed under its own line *and* under every
 * call site on the inlined_at chain, so the caller's line in the user's file shows it.
 */
export interface LineMap {
  /** `.file` index → absolute path. */
  files: Record<number, string>;
  /** source file → source line → PTX lines (ascending, unique). */
  bySource: Record<string, Record<number, number[]>>;
  /** PTX line → source location. Only instruction lines appear. */
  byPtx: Record<number, PtxLineSource>;
}

export interface KernelInfo {
  mangledName: string;
  /** Demangled with c++filt (full signature, e.g. `void fill<float>(float*, float, int)`); the mangled name when c++filt is missing or the name is not mangled. */
  name: string;
  /** The unqualified-by-signature name for matching with source, e.g. `fill` for `void fill<float>(float*, float, int)`, `ns::k` for `ns::k(int)`. */
  baseName: string;
  /** `.entry` (a kernel) rather than `.func`. */
  isEntry: boolean;
  ptxRange: { startLine: number; endLine: number };
  /** Instruction statements in the body (no directives, labels, braces, comments). */
  instructions: number;
  /** False when ptxas did not run or gave no figures for this function; the numbers are then 0. */
  resourcesKnown: boolean;
  registers: number;
  spillStoreBytes: number;
  spillLoadBytes: number;
  stackBytes: number;
  sharedBytes: number;
  constBytes: number;
  barriers: number;
  /** The block size the function declares (`.reqntid` / `.maxntid`), if it does. */
  launch?: { threads: number; directive: '.reqntid' | '.maxntid' };
  /** File and line of the function's definition (from its opening `.loc`). */
  sourceFile?: string;
  sourceLine?: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface ToolDiagnostic {
  file: string;
  line: number;
  column?: number;
  severity: Severity;
  message: string;
  source: 'nvcc' | 'ptxas';
  /** e.g. "177-D" for nvcc front-end warnings. */
  code?: string;
}

export interface FileDiagnostics {
  file: string;
  diagnostics: ToolDiagnostic[];
}

interface ResultBase {
  key: string;
  file: string;
  version?: number;
  /** Diagnostics grouped by file. The compiled file always has an entry (maybe empty) so it can be cleared. */
  diagnostics: FileDiagnostics[];
  /** Full nvcc argument list used (empty when nothing ran). */
  nvccArgs: string[];
  durationMs: number;
}

export interface CompileOk extends ResultBase {
  kind: 'ok';
  ptx: string;
  /** The `.target` of the PTX (what ptxas was run for). */
  arch: string;
  lineMap: LineMap;
  /** Every function in the PTX, in PTX order. Template instantiations are separate entries. */
  kernels: KernelInfo[];
  nvccVersion: string;
  /** ptxas' own problem (missing, failed, timed out) when resource figures are absent. */
  ptxasMessage?: string;
  /** ptxas ran with `--compile-only` (`-rdc=true`, or the PTX needs the device linker), not as a whole program. */
  ptxasCompileOnly?: boolean;
  fromCache: boolean;
  /** Headers this compile read, outside system and toolkit folders (recompile when one is saved). */
  includes: string[];
  /** Wall times of the tool runs of the compile that produced this result. */
  timings?: { nvccMs: number; ptxasMs: number };
}

export interface CompileFailed extends ResultBase {
  kind: 'error';
  reason: 'compile-error' | 'timeout' | 'crash' | 'no-output' | 'spawn-failed';
  message: string;
}

export interface CompileMissing extends ResultBase {
  kind: 'missing';
  message: string;
}

export interface CompileCancelled extends ResultBase {
  kind: 'cancelled';
  /** 'superseded' when a newer request for the same key replaced it. */
  reason: 'superseded' | 'aborted';
}

export type CompileResult = CompileOk | CompileFailed | CompileMissing | CompileCancelled;

/** A PTX document to assemble with `ptxas -v` (diagnostics and per-function figures). */
export interface PtxCheckRequest {
  key: string;
  /** Path reported in diagnostics (the document's path; it need not exist on disk). */
  file: string;
  text: string;
  version?: number;
  settings: ToolchainSettings;
  /** ptxas -arch; default: the PTX's `.target`, else `settings.arch`. */
  arch?: string;
  /**
   * The module leaves functions or variables to the device linker (`needsLinking` of the
   * caller's document model): ptxas runs with `--compile-only`. Default: read off the text.
   */
  relocatable?: boolean;
  /** Read the kernels' resources (and demangle their names) from ptxas's report; default true. */
  kernels?: boolean;
  /** The caller's model of `text`, when it has one: the text is then not parsed again. */
  model?: PtxModel;
}

export interface PtxCheckOk {
  kind: 'ok';
  key: string;
  file: string;
  version?: number;
  arch: string;
  /** ptxas exited 0 (no errors). */
  assembled: boolean;
  /** ptxas ran with `--compile-only` (the module needs the device linker), not as a whole program. */
  compileOnly: boolean;
  /** Functions of the PTX with ptxas' figures (resourcesKnown false when it stopped on errors). */
  kernels: KernelInfo[];
  diagnostics: FileDiagnostics[];
  fromCache: boolean;
  durationMs: number;
}

export interface PtxCheckFailed {
  kind: 'error';
  key: string;
  file: string;
  version?: number;
  reason: 'timeout' | 'crash' | 'spawn-failed';
  message: string;
  diagnostics: FileDiagnostics[];
  durationMs: number;
}

export type PtxCheckResult =
  | PtxCheckOk
  | PtxCheckFailed
  | { kind: 'missing'; key: string; file: string; version?: number; message: string; diagnostics: FileDiagnostics[]; durationMs: number }
  | { kind: 'cancelled'; key: string; file: string; version?: number; reason: 'superseded' | 'aborted'; diagnostics: FileDiagnostics[]; durationMs: number };

export const PTXAS_MISSING_MESSAGE = 'ptxas not found — set ptxLens.nvcc.path (ptxas is taken from the same folder)';

/** Message for a missing nvcc, shared by server, CLI and tests. */
export const NVCC_MISSING_MESSAGE = 'nvcc not found — set ptxLens.nvcc.path';
