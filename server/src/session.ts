/**
 * One language-server session: wires the connection, the open documents and the feature
 * handlers. Handlers stay thin: they fetch the document's model (parsed once per version) and
 * call a pure feature function; compiling and checking run in the background.
 */
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  type Connection,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompileRequest, ConceptRequest, ListArchsRequest, ServerInfoRequest, TrustChangedNotification } from './protocol';
import { conceptAnswer } from './features/concepts';
import { SERVER_VERSION } from './version';
import { DEFAULTS, readSettings, type Settings } from './settings';
import { ModelCache, parseOutline, PtxModelCache, type PtxModel } from './ptx';
import { inlineAsmModel } from './inlineAsm';
import { hoverCuda, type CudaModel } from './features/cudaHover';
import { allNamesToDemangleSteps, namesToDemangle, ptxHover } from './features/hover';
import { documentSymbols } from './features/symbols';
import { documentHighlights, findDefinition, findReferences, prepareRename, rename } from './features/navigation';
import { foldingRanges } from './features/folding';
import { ptxCompletions, resolveCompletion } from './features/completion';
import { ptxSignatureHelp } from './features/signatureHelp';
import { warmUp } from './features/warmUp';
import { ptxLenses } from './features/ptxLens';
import { cudaLenses } from './features/cudaLens';
import { CudaCompiles, pathOf } from './cudaCompiles';
import { PtxChecks } from './ptxChecks';
import { AsmChecks } from './asmChecks';
import { DiagnosticsBoard } from './diagnosticsBoard';
import { RequestActivity, runInSlices } from './slices';
import { Demangler } from './toolchain/demangle';


export interface SessionOptions {
  /** Bytes written to the client but not yet gone (stdio: stdout's buffer); background work waits for them. */
  unsentBytes?: () => number;
}

export function startSession(connection: Connection, options: SessionOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const ptxModels = new PtxModelCache();
  /** Top-level-only models, for the outline of a document not yet parsed in full. */
  const outlineModels = new ModelCache<PtxModel>(4, parseOutline);
  const cudaModels = new ModelCache<CudaModel>(32, (text) => ({ text, asm: inlineAsmModel(text) }));
  const demangler = new Demangler();
  let settings: Settings = DEFAULTS;
  let trusted = true;
  let workspaceRoot: string | undefined;
  let canPullConfiguration = false;
  let canRegisterConfigurationChanges = false;
  let canRefreshLenses = false;
  const board = new DiagnosticsBoard(connection);
  const compiles = new CudaCompiles(connection, board, () => settings, () => workspaceRoot, demangler);

  const ptxModel = (document: TextDocument): PtxModel => ptxModels.get(document.uri, document.version, () => document.getText());
  const cudaModel = (document: TextDocument): CudaModel => cudaModels.get(document.uri, document.version, () => document.getText());
  const ptxDocument = (uri: string) => {
    const document = documents.get(uri);
    return document?.languageId === 'ptx' ? document : undefined;
  };
  /** C++ documents whose inline assembly PTX Lens reads: CUDA sources and C++ headers. */
  const isCxx = (document: TextDocument | undefined) => document?.languageId === 'cuda-cpp' || document?.languageId === 'cpp';
  const isCompiled = (document: TextDocument) => document.languageId === 'cuda-cpp' && /\.cu$/i.test(document.uri);
  const activity = new RequestActivity(options.unsentBytes);
  const asmChecks = new AsmChecks(board, { get: (uri) => documents.get(uri), asm: (document) => cudaModel(document).asm }, compiles, () => settings, activity);
  const checks = new PtxChecks(connection, { get: (uri) => documents.get(uri), model: ptxModel }, compiles, () => settings, () => refreshLenses(), activity);

  /** Runs a handler, logging instead of crashing on a bug; a failed request answers `fallback`. */
  function guard<A extends unknown[], R>(name: string, fallback: R, handler: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      activity.noteRequest();
      try {
        return handler(...args);
      } catch (error) {
        connection.console.error(`${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        return fallback;
      } finally {
        // The quiet time counts from the end of the answer: the client's next request follows it.
        activity.noteRequest();
      }
    };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as { workspaceTrusted?: boolean };
    trusted = options.workspaceTrusted !== false;
    settings = readSettings(null, trusted);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
    workspaceRoot = folder ? pathOf(folder) : undefined;
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canRegisterConfigurationChanges = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['.', '%', '['], resolveProvider: true },
        signatureHelpProvider: { triggerCharacters: [' ', ','], retriggerCharacters: [','] },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        documentHighlightProvider: true,
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'ptx-lens', version: SERVER_VERSION },
    };
  });

  /** Settings pulled from the client when it can be asked; otherwise those it pushed (`pushed`), if any. */
  async function reloadSettings(pushed?: unknown): Promise<void> {
    let raw: Record<string, unknown> | null = null;
    if (canPullConfiguration) {
      raw = ((await connection.workspace.getConfiguration('ptxLens').catch(() => null)) ?? null) as Record<string, unknown> | null;
    } else if (pushed && typeof pushed === 'object') {
      raw = pushed as Record<string, unknown>;
    }
    settings = readSettings(raw, trusted);
    await compiles.refreshStatus();
    refreshLenses();
  }

  connection.onInitialized(() => {
    if (canPullConfiguration && canRegisterConfigurationChanges) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ptxLens' });
    void reloadSettings();
    // First-use costs are paid now, while the client opens its first document, not in its first requests.
    setImmediate(() => guard('warm-up', 0, warmUp)());
  });
  connection.onDidChangeConfiguration((params) => void reloadSettings((params.settings as { ptxLens?: unknown } | null | undefined)?.ptxLens));
  connection.onNotification(TrustChangedNotification, (params) => {
    trusted = params.trusted;
    void reloadSettings();
  });

  function refreshLenses(): void {
    if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
  }

  // ---- CUDA: compile on open and save, lenses and diagnostics from the newest compile ----

  async function compileCuda(document: TextDocument): Promise<void> {
    const result = await compiles.compile({ uri: document.uri, text: undefined, version: document.version });
    if (result && result.kind !== 'cancelled') refreshLenses();
  }

  /**
   * c++filt runs started when a PTX document opened (while the process is small, starting one
   * is cheap), fed in turn: the outline's names first, then every name a hover may show.
   */
  const prestarted = new Map<string, Array<(names: readonly string[]) => Promise<Map<string, string> | undefined>>>();
  const demangleFor = (uri: string) => {
    const feeds = prestarted.get(uri);
    const feed = feeds?.shift();
    if (feeds?.length === 0) prestarted.delete(uri);
    return feed ?? ((names: readonly string[]) => demangler.demangle(names));
  };
  /** Demangled function names per model (full or outline-only). */
  const functionNames = new WeakMap<PtxModel, Promise<Map<string, string> | undefined>>();
  const demangledFunctions = (uri: string, model: PtxModel) => {
    let names = functionNames.get(model);
    if (!names) functionNames.set(model, (names = demangleFor(uri)(model.functions.map((fn) => fn.name))));
    return names;
  };

  /**
   * Every name a hover in the document may show, demangled in one batch so that no hover waits
   * for c++filt; the names are read (a large file holds megabytes of them) in short slices, once
   * requests pause.
   */
  async function demangleAll(uri: string): Promise<unknown> {
    const stillOpen = () => documents.get(uri) !== undefined;
    let names: string[] | undefined;
    try {
      if (stillOpen()) names = await runInSlices(allNamesToDemangleSteps(ptxModel(documents.get(uri)!)), 1, stillOpen, activity);
    } catch (error) {
      connection.console.error(`demangling failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    return demangleFor(uri)(names ?? []);
  }

  documents.onDidOpen(({ document }) => {
    if (document.languageId === 'ptx') {
      prestarted.set(document.uri, [demangler.prestart(), demangler.prestart()]);
      // The outline needs only the top level (read many times faster than the whole) and its
      // demangled names: both start now. The full parse runs in slices, so that the requests an
      // editor sends right behind didOpen are answered meanwhile.
      const top = outlineModels.get(document.uri, document.version, () => document.getText());
      demangledFunctions(document.uri, top).catch(() => undefined);
      const parsed = ptxModels.prepare(document.uri, document.version, () => document.getText(), () => activity.whenQuiet());
      checks.opened(document, parsed);
      void parsed.then(() => demangleAll(document.uri)).catch(() => undefined);
    } else if (isCxx(document)) {
      asmChecks.opened(document);
      if (isCompiled(document)) void compileCuda(document);
    }
  });
  documents.onDidChangeContent(({ document }) => {
    if (document.languageId === 'ptx') checks.changed(document);
    else if (isCxx(document)) asmChecks.changed(document);
  });
  documents.onDidSave(({ document }) => {
    if (document.languageId === 'ptx') checks.saved(document);
    else if (isCxx(document)) {
      asmChecks.saved(document);
      if (isCompiled(document)) void compileCuda(document);
    }
  });
  documents.onDidClose(({ document }) => {
    ptxModels.delete(document.uri);
    outlineModels.delete(document.uri);
    for (const feed of prestarted.get(document.uri) ?? []) void feed([]);
    prestarted.delete(document.uri);
    cudaModels.delete(document.uri);
    compiles.forget(document.uri);
    if (document.languageId === 'ptx') checks.closed(document.uri);
    else if (isCxx(document)) asmChecks.closed(document.uri);
  });

  // ---- Requests ----

  connection.onRequest(ServerInfoRequest, () => ({ pid: process.pid, version: SERVER_VERSION }));
  connection.onRequest(ListArchsRequest, () => compiles.archs());
  connection.onRequest(ConceptRequest, ({ name }) => conceptAnswer(name));
  connection.onRequest(CompileRequest, async ({ uri }) => {
    const document = documents.get(uri);
    return compiles.view({ uri, text: undefined, version: document?.version });
  });

  connection.onHover(async ({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return null;
    if (document.languageId === 'ptx') {
      const model = ptxModel(document);
      const names = guard('hover', [] as string[], namesToDemangle)(model, position);
      const demangled = names.length > 0 ? await activity.during(() => demangler.demangle(names)) : undefined;
      const hover = guard('hover', undefined, ptxHover)(model, position, (name) => demangled?.get(name));
      return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: hover.range } : null;
    }
    if (isCxx(document)) {
      const hover = guard('hover', undefined, hoverCuda)(cudaModel(document), document.offsetAt(position));
      return hover
        ? { contents: { kind: 'markdown', value: hover.markdown }, range: { start: document.positionAt(hover.start), end: document.positionAt(hover.end) } }
        : null;
    }
    return null;
  });

  connection.onCompletion(({ textDocument, position }) => {
    const document = ptxDocument(textDocument.uri);
    return document ? guard('completion', [], ptxCompletions)(ptxModel(document), position) : [];
  });
  connection.onSignatureHelp(({ textDocument, position }) => {
    const document = ptxDocument(textDocument.uri);
    return document ? guard('signature help', null, ptxSignatureHelp)(ptxModel(document), position) : null;
  });
  connection.onCompletionResolve((item) => guard('completion', item, resolveCompletion)(item));

  connection.onDefinition(({ textDocument, position }) => {
    const document = ptxDocument(textDocument.uri);
    return document ? guard('definition', [], findDefinition)(ptxModel(document), document.uri, position) : null;
  });
  connection.onReferences(({ textDocument, position, context }) => {
    const document = ptxDocument(textDocument.uri);
    return document ? guard('references', [], findReferences)(ptxModel(document), document.uri, position, context.includeDeclaration) : null;
  });
  connection.onDocumentHighlight(({ textDocument, position }) => {
    const document = ptxDocument(textDocument.uri);
    return document ? guard('highlight', [], documentHighlights)(ptxModel(document), position) : null;
  });
  connection.onPrepareRename(({ textDocument, position }) => {
    const document = ptxDocument(textDocument.uri);
    if (!document) return null;
    const result = guard('rename', { error: 'Nothing to rename here.' }, prepareRename)(ptxModel(document), position);
    if ('error' in result) throw new Error(result.error);
    return result;
  });
  connection.onRenameRequest(({ textDocument, position, newName }) => {
    const document = ptxDocument(textDocument.uri);
    if (!document) return null;
    const result = guard('rename', { error: 'Rename failed.' }, rename)(ptxModel(document), document.uri, position, newName);
    if ('error' in result) throw new Error(result.error);
    return result.edit;
  });
  /** The outline of each model, made once: editors ask again on every focus and edit. */
  const outlines = new WeakMap<PtxModel, DocumentSymbol[]>();
  connection.onDocumentSymbol(async ({ textDocument }) => {
    const document = ptxDocument(textDocument.uri);
    if (!document) return null;
    // Until the full parse has run, the top level is enough (and many times faster to read).
    const model = ptxModels.peek(document.uri, document.version) ?? outlineModels.get(document.uri, document.version, () => document.getText());
    let outline = outlines.get(model);
    if (!outline) {
      const demangled = await activity.during(() => demangledFunctions(document.uri, model));
      outline = guard('symbols', [], documentSymbols)(model, (name) => demangled?.get(name));
      outlines.set(model, outline);
    }
    return outline;
  });
  connection.onCodeAction(({ textDocument, range }) => {
    const document = documents.get(textDocument.uri);
    if (isCxx(document)) return guard('code action', [], (d: TextDocument) => asmChecks.codeActions(d, range))(document!);
    const ptx = ptxDocument(textDocument.uri);
    return ptx ? guard('code action', [], (d: TextDocument) => checks.codeActions(d, range))(ptx) : [];
  });
  connection.onFoldingRanges(({ textDocument }) => {
    const document = ptxDocument(textDocument.uri);
    return document ? guard('folding', [], foldingRanges)(ptxModel(document)) : null;
  });
  connection.onCodeLens(({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !settings.codeLensEnabled) return [];
    if (document.languageId === 'ptx') return guard('code lens', [], ptxLenses)(ptxModel(document), checks.figuresOf(document.uri), settings.occupancyBlockSize);
    if (document.languageId === 'cuda-cpp') {
      const path = pathOf(document.uri);
      const compiled = compiles.resultFor(document.uri);
      return path ? guard('code lens', [], cudaLenses)(document.getText(), path, compiled?.uri ?? document.uri, compiled?.result, settings.toolchain.trusted, settings.occupancyBlockSize) : [];
    }
    return [];
  });

  connection.onShutdown(() => {
    compiles.dispose();
  });
  // Also when the client goes without a shutdown (its end of the pipe closes): no tool outlives the server.
  connection.onExit(() => compiles.dispose());

  documents.listen(connection);
}
