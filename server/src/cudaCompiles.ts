/**
 * Compiles CUDA documents in the background and keeps the newest result of each: the code
 * lenses, the Show PTX view and nvcc's diagnostics all read from here. Compiles run on open
 * and on save (never on every keystroke); the toolchain module dedups, caches and cancels.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { PtxView, ToolchainStatus } from './protocol';
import { toPtxView } from './features/ptxView';
import type { Settings } from './settings';
import { CompileService } from './toolchain/compileService';
import type { Demangler } from './toolchain/demangle';
import { discoverToolchain, listArchs } from './toolchain/discovery';
import { needsLinking } from './toolchain/linking';
import type { PtxModel } from './ptx';
import type { CompileResult, KernelInfo, ToolDiagnostic } from './toolchain/types';
import type { DiagnosticsBoard } from './diagnosticsBoard';

/** Why nothing compiles in an untrusted workspace: shown in the status bar, the lenses and Show PTX. */
export const UNTRUSTED_MESSAGE =
  'This workspace is not trusted, so PTX Lens runs neither nvcc nor ptxas here. Trust the workspace to see kernels\' PTX and their cost; hovers and navigation work as usual.';

export function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

export function toDiagnostic(diagnostic: ToolDiagnostic): Diagnostic {
  const line = Math.max(0, diagnostic.line - 1);
  const character = Math.max(0, (diagnostic.column ?? 1) - 1);
  return {
    range: { start: { line, character }, end: { line, character: diagnostic.column ? character + 1 : Number.MAX_SAFE_INTEGER } },
    severity: diagnostic.severity === 'error' ? DiagnosticSeverity.Error : diagnostic.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: diagnostic.source,
    code: diagnostic.code,
    message: diagnostic.message,
  };
}

export interface CompileInput {
  uri: string;
  text: string | undefined;
  version: number | undefined;
}

export class CudaCompiles {
  private readonly service: CompileService;
  private readonly latest = new Map<string, CompileResult>();
  /** For each compiled document, the files its last compile published diagnostics on. */
  private readonly published = new Map<string, Set<string>>();
  private status: ToolchainStatus | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly board: DiagnosticsBoard,
    private readonly settings: () => Settings,
    private readonly workspaceRoot: () => string | undefined,
    demangler: Demangler,
  ) {
    this.service = new CompileService({ log: (message) => connection.console.info(message), demangler });
  }

  /**
   * The newest finished compile of a document; for a header, the newest compile of a file
   * that includes it (its line map mentions the header), with that file's uri.
   */
  resultFor(uri: string): { uri: string; result: CompileResult } | undefined {
    const own = this.latest.get(uri);
    if (own) return { uri, result: own };
    const path = pathOf(uri);
    if (!path) return undefined;
    for (const [including, result] of this.latest) {
      if (result.kind === 'ok' && result.lineMap.bySource[path]) return { uri: including, result };
    }
    return undefined;
  }

  async compile(input: CompileInput): Promise<CompileResult | undefined> {
    const file = pathOf(input.uri);
    if (!file || !this.settings().toolchain.trusted) return undefined;
    const result = await this.service.compile({
      key: input.uri,
      file,
      text: input.text,
      version: input.version,
      settings: this.settings().toolchain,
      workspaceRoot: this.workspaceRoot(),
    });
    if (result.kind === 'cancelled') return result;
    this.latest.set(input.uri, result);
    this.publish(input.uri, result);
    return result;
  }

  /** Compiles for the Show PTX view; a header is shown through a file that includes it. */
  async view(input: CompileInput): Promise<PtxView> {
    if (!pathOf(input.uri)) {
      return { kind: 'error', sourceUri: input.uri, sourcePath: '', message: 'Save the file first: nvcc compiles files on disk.' };
    }
    if (!this.settings().toolchain.trusted) {
      return { kind: 'error', sourceUri: input.uri, sourcePath: pathOf(input.uri)!, message: UNTRUSTED_MESSAGE };
    }
    const including = this.latest.has(input.uri) ? undefined : this.resultFor(input.uri);
    const target = including && including.uri !== input.uri ? { uri: including.uri, text: undefined, version: undefined } : input;
    const result = await this.compile(target);
    return toPtxView(result!, target.uri);
  }

  private publish(uri: string, result: CompileResult): void {
    const now = new Set<string>();
    for (const { file, diagnostics } of result.diagnostics) {
      const target = uriOf(file);
      now.add(target);
      this.board.set(target, 'nvcc', diagnostics.map(toDiagnostic));
    }
    for (const old of this.published.get(uri) ?? []) {
      if (!now.has(old)) this.board.set(old, 'nvcc', []);
    }
    this.published.set(uri, now);
  }

  /**
   * Runs ptxas on an open PTX document: its diagnostics (for that document only) and ptxas's
   * figures per function. Undefined when superseded by a newer revision. With the document's
   * model, whether the module needs the device linker (ptxas `--compile-only`) is read off it
   * instead of a scan of the text.
   */
  async checkPtx(uri: string, text: string, version: number, model?: PtxModel): Promise<{ diagnostics: Diagnostic[]; kernels: KernelInfo[]; message?: string } | undefined> {
    if (!this.settings().toolchain.trusted) return { diagnostics: [], kernels: [] };
    const file = pathOf(uri) ?? `/${uri.replace(/[^\w.-]+/g, '_')}.ptx`;
    const relocatable = model ? needsLinking(model) : undefined;
    const result = await this.service.checkPtx({ key: uri, file, text, version, settings: this.settings().toolchain, relocatable, model });
    if (result.kind === 'cancelled') return undefined;
    const own = result.diagnostics.filter((group) => group.file === result.file).flatMap((group) => group.diagnostics.map(toDiagnostic));
    if (result.kind === 'ok') return { diagnostics: own, kernels: result.kernels };
    return { diagnostics: own, kernels: [], message: result.message };
  }

  /**
   * Assembles a module synthesised from inline assembly (see inlineAsm/synthesis.ts): ptxas's
   * messages by line of that module. Undefined when superseded; `unavailable` when ptxas cannot
   * run here (untrusted workspace, not installed, failed).
   */
  async assemble(key: string, text: string, arch: string): Promise<{ messages: Array<{ line: number; severity: ToolDiagnostic['severity']; message: string }> } | { unavailable: string } | undefined> {
    if (!this.settings().toolchain.trusted) return { unavailable: UNTRUSTED_MESSAGE };
    const file = `/inline-asm/${key.replace(/[^\w.-]+/g, '_')}.ptx`;
    const result = await this.service.checkPtx({ key, file, text, settings: this.settings().toolchain, arch, relocatable: false, kernels: false });
    if (result.kind === 'cancelled') return undefined;
    if (result.kind === 'missing' || result.kind === 'error') return { unavailable: result.message };
    const own = result.diagnostics.filter((group) => group.file === result.file).flatMap((group) => group.diagnostics);
    return { messages: own.map((d) => ({ line: d.line, severity: d.severity, message: d.message })) };
  }

  forget(uri: string): void {
    this.latest.delete(uri);
  }

  /** Finds nvcc again (settings or trust changed) and tells the client. */
  async refreshStatus(): Promise<ToolchainStatus> {
    const { toolchain } = this.settings();
    this.service.clearCache();
    // Untrusted: not even `nvcc --version` runs.
    const found = toolchain.trusted ? await discoverToolchain(toolchain) : undefined;
    const status: ToolchainStatus = !found
      ? { state: 'untrusted', arch: toolchain.arch, message: UNTRUSTED_MESSAGE }
      : 'kind' in found
        ? { state: 'missing', arch: toolchain.arch, message: found.message }
        : { state: 'found', arch: toolchain.arch, nvccPath: found.nvcc, version: found.version };
    this.status = status;
    void this.connection.sendNotification('ptxLens/toolchainStatus', status);
    this.connection.console.info(status.state === 'found' ? `nvcc ${status.version} at ${status.nvccPath}, compiling for ${status.arch}` : `nvcc: ${status.message}`);
    return status;
  }

  async archs(): Promise<string[]> {
    const status = this.status ?? (await this.refreshStatus());
    if (status.state !== 'found' || !status.nvccPath) return [];
    const { real, virtual } = await listArchs(status.nvccPath);
    return [...real, ...virtual].reverse();
  }

  dispose(): void {
    this.service.dispose();
  }
}
