/**
 * "PTX Lens: Show PTX": compiles the CUDA file with nvcc (through the server), opens its PTX
 * beside the source as a read-only `ptx` document, and recompiles when the file or one of the
 * headers in its line map is saved.
 */
import * as vscode from 'vscode';
import { CompileRequest, type PtxView } from '../../server/src/protocol';
import type { LanguageServer } from './languageServer';
import { PtxDocuments, PTX_SCHEME, ptxUriFor, sourceUriOf } from './ptxDocuments';
import { LineLinks } from './lineLinks';

export class ShowPtx implements vscode.Disposable {
  readonly documents = new PtxDocuments();
  readonly links = new LineLinks(this.documents);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly server: LanguageServer) {
    this.subscriptions.push(
      vscode.workspace.registerTextDocumentContentProvider(PTX_SCHEME, this.documents),
      vscode.commands.registerCommand('ptxLens.showPtx', (uri?: string | vscode.Uri, kernel?: string) => this.show(uri, kernel)),
      vscode.workspace.onDidSaveTextDocument((document) => this.refreshAfterSave(document)),
    );
  }

  /** Compiles and opens the PTX of `uri` (default: the active CUDA editor), at `kernel` if given. */
  async show(uri?: string | vscode.Uri, kernel?: string): Promise<vscode.TextEditor | undefined> {
    const source = uri ? (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri) : this.activeCudaUri();
    if (!source) {
      void vscode.window.showInformationMessage('PTX Lens: open a CUDA file (.cu) to see its PTX.');
      return undefined;
    }
    const view = await this.compile(source);
    if (!view) return undefined;
    if (view.kind !== 'ok') this.explain(view);
    const document = await vscode.workspace.openTextDocument(ptxUriFor(source));
    if (document.languageId !== 'ptx') await vscode.languages.setTextDocumentLanguage(document, 'ptx');
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });
    const line = view.kernels?.find((k) => k.mangledName === kernel || k.name === kernel)?.ptxStartLine;
    if (line !== undefined) {
      const range = new vscode.Range(line, 0, line, 0);
      editor.selection = new vscode.Selection(range.start, range.start);
      editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
    }
    this.links.paintAll();
    return editor;
  }

  private activeCudaUri(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return undefined;
    if (document.uri.scheme === PTX_SCHEME) return sourceUriOf(document.uri);
    return document.languageId === 'cuda-cpp' ? document.uri : undefined;
  }

  /** Asks the server for the PTX, with progress in the status bar while nvcc runs. */
  async compile(source: vscode.Uri): Promise<PtxView | undefined> {
    const view = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: `PTX Lens: nvcc ${vscode.workspace.asRelativePath(source)}` },
      () => this.server.connection.sendRequest(CompileRequest, { uri: source.toString() }),
    );
    if (view.kind === 'cancelled') return undefined;
    this.documents.update(view);
    return view;
  }

  private explain(view: PtxView): void {
    const message = `PTX Lens: ${view.message ?? 'nvcc failed'}`;
    if (view.kind === 'missing') {
      void vscode.window.showWarningMessage(message, 'Open Settings').then((choice) => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'ptxLens.nvcc.path');
      });
    } else {
      void vscode.window.showErrorMessage(message);
    }
  }

  private async refreshAfterSave(document: vscode.TextDocument): Promise<void> {
    if (document.uri.scheme !== 'file') return;
    const saved = document.uri.fsPath;
    for (const view of this.documents.all()) {
      if (view.sourcePath === saved || view.sourceToPtx?.[saved]) await this.compile(vscode.Uri.parse(view.sourceUri));
    }
  }

  dispose(): void {
    for (const item of [this.documents, this.links, ...this.subscriptions]) item.dispose();
  }
}
