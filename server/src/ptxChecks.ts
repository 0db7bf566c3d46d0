/**
 * Diagnostics of open PTX documents: PTX Lens's own checks on every change, ptxas's on open
 * and save (for files over 4 MiB in the background, after the own checks, with a progress
 * notice), published together: ptxas's messages on the token they name, and not where an own
 * check already says the same. The own checks run in short slices (see `runInSlices`), so a
 * 16 MB file being checked never holds up a hover or a definition: requests are answered
 * between slices. A newer version of the document stops the old run. Quick fixes of the own
 * checks are served from the same results.
 */
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Connection, type Diagnostic, type Range, type WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import { basename } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ptxDiagnosticSteps } from './features/diagnostics';
import type { PtxDiagnostic, PtxModel } from './ptx';
import { quotedTokenSpan, saidByOwnCheck } from './checks';
import type { CudaCompiles } from './cudaCompiles';
import type { Settings } from './settings';
import { runInSlices, type RequestActivity } from './slices';
import { EditPacer } from './editPacer';
import type { KernelInfo } from './toolchain/types';

/** Above this size ptxas takes many seconds: it runs in the background, after the own checks, with a progress notice. */
const PTXAS_MAX_BYTES = 4 * 1024 * 1024;
/** How long the client must have been quiet before a background ptxas run starts. */
const BACKGROUND_QUIET_MS = 1000;
/** Longest stretch of checking between two chances to answer requests. */
const SLICE_MS = 1;

export interface PtxDocuments {
  get(uri: string): TextDocument | undefined;
  model(document: TextDocument): PtxModel;
}

export class PtxChecks {
  private readonly own = new WeakMap<PtxModel, PtxDiagnostic[]>();
  private readonly running = new WeakMap<PtxModel, Promise<PtxDiagnostic[] | undefined>>();
  /** ptxas's diagnostics of each document, each with the span of the token it names when found. */
  private readonly ptxas = new Map<string, Array<{ diagnostic: Diagnostic; message: string; span?: { start: number; end: number } }>>();
  private readonly figures = new Map<string, KernelInfo[]>();
  private readonly pacer = new EditPacer();

  constructor(
    private readonly connection: Connection,
    private readonly documents: PtxDocuments,
    private readonly compiles: CudaCompiles,
    private readonly settings: () => Settings,
    private readonly refreshLenses: () => void,
    private readonly activity?: RequestActivity,
  ) {}

  /** ptxas's figures per function of the document's last ptxas run. */
  figuresOf(uri: string): KernelInfo[] | undefined {
    return this.figures.get(uri);
  }

  /** Checks a document just opened once `parsed` (its model being made in the background) resolves. */
  opened(document: TextDocument, parsed: Promise<void> = Promise.resolve()): void {
    this.pacer.opened(document.uri, document.version);
    void parsed.then(() => {
      // An edit since then is checked once typing pauses; a closed document not at all.
      if (this.documents.get(document.uri)?.version !== document.version) return;
      void this.publish(document);
      void this.runPtxas(document);
    });
  }

  changed(document: TextDocument): void {
    this.pacer.changed(document.uri, document.version, () => {
      const current = this.documents.get(document.uri);
      if (current) void this.publish(current);
    });
  }

  saved(document: TextDocument): void {
    void this.runPtxas(document);
  }

  closed(uri: string): void {
    this.pacer.closed(uri);
    this.ptxas.delete(uri);
    this.figures.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Own checks of this version (computed once per model, in slices), then publishes them with ptxas's. */
  private async publish(document: TextDocument): Promise<void> {
    try {
      const model = this.documents.model(document);
      const own = await this.ownDiagnostics(document, model);
      const current = this.documents.get(document.uri);
      if (!own || current?.version !== document.version) return;
      // A ptxas message on a token an own check already marks is shown once, as the own one.
      const ptxas = (this.ptxas.get(document.uri) ?? []).filter((p) => !p.span || !saidByOwnCheck(own, p.span, p.message, model)).map((p) => p.diagnostic);
      void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [...own.map(toDiagnostic), ...ptxas] });
    } catch (error) {
      this.connection.console.error(`diagnostics failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  /** Quick fixes of the own diagnostics that touch `range`. */
  codeActions(document: TextDocument, range: Range): CodeAction[] {
    const own = this.own.get(this.documents.model(document));
    if (!own) return [];
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    return own
      .filter((d) => d.fix && d.start <= end && d.end >= start)
      .map((d) => ({
        title: d.fix!.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: [toDiagnostic(d)],
        edit: { changes: { [document.uri]: d.fix!.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText })) } },
      }));
  }

  private ownDiagnostics(document: TextDocument, model: PtxModel): Promise<PtxDiagnostic[] | undefined> {
    const done = this.own.get(model);
    if (done) return Promise.resolve(done);
    let run = this.running.get(model);
    if (!run) {
      const wanted = () => this.documents.get(document.uri)?.version === document.version;
      run = runInSlices(ptxDiagnosticSteps(model), SLICE_MS, wanted, this.activity).then((found) => {
        this.running.delete(model);
        if (!found) return undefined;
        this.own.set(model, found);
        return found;
      });
      this.running.set(model, run);
    }
    return run;
  }

  private async runPtxas(document: TextDocument): Promise<void> {
    const text = document.getText();
    const settings = this.settings();
    if (!settings.ptxasValidate) {
      this.ptxas.delete(document.uri);
      return;
    }
    const model = this.documents.model(document);
    const large = text.length > PTXAS_MAX_BYTES;
    let progress: WorkDoneProgressServerReporter | undefined;
    if (large) {
      // ptxas needs many seconds (and a core) on a file this size: it runs after the own checks,
      // once the client has been quiet for a moment, with a progress notice.
      await this.ownDiagnostics(document, model);
      await this.activity?.whenQuiet(BACKGROUND_QUIET_MS);
      if (this.documents.get(document.uri)?.version !== document.version) return;
      const size = `${(text.length / 1e6).toFixed(1)} MB`;
      this.connection.console.info(`ptxas runs in the background on ${document.uri} (${size}, over the ${PTXAS_MAX_BYTES / 2 ** 20} MiB of checks on open and save)`);
      progress = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
      progress?.begin('ptxas', undefined, `checking ${basename(document.uri)} (${size}) in the background`);
    }
    const result = await this.compiles.checkPtx(document.uri, text, document.version, model).finally(() => progress?.done());
    if (large && !this.documents.get(document.uri)) return;
    if (!result) return;
    if (result.message) this.connection.console.info(`ptxas: ${result.message}`);
    this.figures.set(document.uri, result.kernels);
    this.ptxas.set(
      document.uri,
      result.diagnostics.map((diagnostic) => {
        const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
        const span = quotedTokenSpan(model, diagnostic.range.start.line, message);
        return span ? { diagnostic: { ...diagnostic, range: model.rangeOf(span.start, span.end) }, message, span } : { diagnostic, message };
      }),
    );
    const current = this.documents.get(document.uri);
    if (current) await this.publish(current);
    this.refreshLenses();
  }
}

function toDiagnostic(d: PtxDiagnostic): Diagnostic {
  return {
    range: d.range,
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : d.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    source: 'ptx-lens',
    ...(d.code ? { code: d.code } : {}),
    message: d.message,
  };
}
