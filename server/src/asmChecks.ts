/**
 * Diagnostics for the inline assembly of open CUDA documents: PTX Lens's own checks on every
 * change, and ptxas's judgement of each statement on open and save. ptxas runs once per
 * document on a module synthesised from the statements it has not judged yet (its verdicts
 * are kept per statement text and target), so a file whose C++ does not compile here still
 * gets its assembly checked. Nothing runs in an untrusted workspace.
 */
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CudaCompiles } from './cudaCompiles';
import type { DiagnosticsBoard } from './diagnosticsBoard';
import {
  checkInlineAsm,
  checkInlineAsmSteps,
  judgeStatements,
  newFindings,
  placePtxasMessages,
  statementKey,
  synthesisable,
  type AsmDiagnostic,
  type InlineAsmModel,
  type StatementMessage,
} from './inlineAsm';
import type { Settings } from './settings';
import { runInSlices, type RequestActivity } from './slices';
import { EditPacer } from './editPacer';

/** Longest stretch of checking between two chances to answer requests. */
const SLICE_MS = 2;
/** Verdicts kept (statement text and target → ptxas messages); the oldest go first. */
const VERDICTS_KEPT = 5000;

export interface AsmDocuments {
  get(uri: string): TextDocument | undefined;
  asm(document: TextDocument): InlineAsmModel;
}

export class AsmChecks {
  private readonly own = new WeakMap<InlineAsmModel, AsmDiagnostic[]>();
  private readonly running = new WeakMap<InlineAsmModel, Promise<AsmDiagnostic[] | undefined>>();
  private readonly verdicts = new Map<string, StatementMessage[]>();
  private readonly pacer = new EditPacer();

  constructor(
    private readonly board: DiagnosticsBoard,
    private readonly documents: AsmDocuments,
    private readonly compiles: CudaCompiles,
    private readonly settings: () => Settings,
    private readonly activity?: RequestActivity,
  ) {}

  /** The own checks of a document version (made once), at once: for a quick fix asked before they were published. */
  ownOf(model: InlineAsmModel): AsmDiagnostic[] {
    let found = this.own.get(model);
    if (!found) this.own.set(model, (found = checkInlineAsm(model)));
    return found;
  }

  /** The own checks of a document version, made in slices between requests; undefined once the version is gone. */
  private ownInSlices(document: TextDocument, model: InlineAsmModel): Promise<AsmDiagnostic[] | undefined> {
    const known = this.own.get(model);
    if (known) return Promise.resolve(known);
    let run = this.running.get(model);
    if (!run) {
      const wanted = () => !this.own.has(model) && this.documents.get(document.uri)?.version === document.version;
      run = runInSlices(checkInlineAsmSteps(model), SLICE_MS, wanted, this.activity).then((found) => {
        this.running.delete(model);
        if (found && !this.own.has(model)) this.own.set(model, found);
        return this.own.get(model);
      });
      this.running.set(model, run);
    }
    return run;
  }

  opened(document: TextDocument): void {
    this.pacer.opened(document.uri, document.version);
    this.publishOwn(document);
    void this.runPtxas(document);
  }

  changed(document: TextDocument): void {
    this.pacer.changed(document.uri, document.version, () => {
      const current = this.documents.get(document.uri);
      if (!current) return;
      // ptxas's places belong to the saved text: they come back on save.
      this.board.set(current.uri, 'ptxas-asm', []);
      this.publishOwn(current);
    });
  }

  saved(document: TextDocument): void {
    void this.runPtxas(document);
  }

  closed(uri: string): void {
    this.pacer.closed(uri);
    this.board.set(uri, 'inline-asm', []);
    this.board.set(uri, 'ptxas-asm', []);
  }

  /** Quick fixes for the own diagnostics that touch `range`. */
  codeActions(document: TextDocument, range: Range): CodeAction[] {
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    return this.ownOf(this.documents.asm(document))
      .filter((d) => d.fix && d.start <= end && d.end >= start)
      .map((d) => ({
        title: d.fix!.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: [toDiagnostic(document, d)],
        edit: { changes: { [document.uri]: d.fix!.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText })) } },
      }));
  }

  private publishOwn(document: TextDocument): void {
    void this.ownInSlices(document, this.documents.asm(document)).then((found) => {
      const current = this.documents.get(document.uri);
      if (!found || current?.version !== document.version) return;
      this.board.set(document.uri, 'inline-asm', found.map((d) => toDiagnostic(current, d)));
    });
  }

  /** ptxas on every statement of the document, reusing verdicts already known. */
  async runPtxas(document: TextDocument): Promise<void> {
    if (!this.settings().toolchain.trusted) return;
    const model = this.documents.asm(document);
    // The own checks read every statement in slices; ptxas's work starts from their readings.
    const own = await this.ownInSlices(document, model);
    if (!own) return;
    const configured = this.settings().toolchain.arch.replace(/^compute_/, 'sm_');
    const keyed = model
      .analyses()
      .filter((a) => !synthesisable(a))
      .map((analysis) => ({ analysis, key: `${configured} ${statementKey(analysis)}` }));
    const unknown = keyed.filter((item) => !this.verdicts.has(item.key));
    if (unknown.length > 0) {
      let unavailable = false;
      const verdicts = await judgeStatements(unknown.map((u) => u.analysis), configured, async (text, target) => {
        // Starting ptxas holds the event loop for a moment: not in the middle of a run of requests.
        await this.activity?.whenQuiet();
        const result = await this.compiles.assemble(`${document.uri}#asm`, text, target);
        if (!result || 'unavailable' in result) {
          unavailable = true;
          return undefined;
        }
        return result.messages.map((m) => ({ ...m, severity: m.severity === 'info' ? 'information' : m.severity }));
      }, async () => this.activity?.whenQuiet());
      verdicts.forEach((verdict, k) => verdict && this.remember(unknown[k].key, verdict.messages));
      if (unavailable && verdicts.every((v) => !v)) return;
    }
    await this.activity?.whenQuiet();
    const current = this.documents.get(document.uri);
    if (!current || current.version !== document.version) return;
    const placed = keyed.flatMap((item) => placePtxasMessages(model.text, item.analysis, this.verdicts.get(item.key) ?? []));
    const diagnostics = newFindings(placed, own);
    this.board.set(document.uri, 'ptxas-asm', diagnostics.map((d) => toDiagnostic(current, d)));
  }

  private remember(key: string, messages: StatementMessage[]): void {
    this.verdicts.delete(key);
    this.verdicts.set(key, messages);
    if (this.verdicts.size > VERDICTS_KEPT) this.verdicts.delete(this.verdicts.keys().next().value!);
  }
}

function toDiagnostic(document: TextDocument, d: AsmDiagnostic): Diagnostic {
  return {
    range: { start: document.positionAt(d.start), end: document.positionAt(d.end) },
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : d.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
    code: d.code,
    source: d.code === 'asm-ptxas' ? 'ptxas' : 'ptx-lens',
    message: d.message,
  };
}
