/**
 * The read-only PTX documents behind "Show PTX": one per compiled CUDA file, at
 * `ptx-lens:/<path of the .cu>.ptx?<source uri>`. Their language is `ptx`, so every PTX
 * feature of the server works on them.
 */
import * as vscode from 'vscode';
import type { PtxView } from '../../server/src/protocol';

export const PTX_SCHEME = 'ptx-lens';

export function ptxUriFor(source: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: PTX_SCHEME, path: `${source.path}.ptx`, query: source.toString() });
}

export function sourceUriOf(ptxUri: vscode.Uri): vscode.Uri | undefined {
  return ptxUri.scheme === PTX_SCHEME && ptxUri.query ? vscode.Uri.parse(ptxUri.query) : undefined;
}

function placeholder(view: PtxView): string {
  const reason = view.message ?? 'No PTX yet.';
  return `// PTX Lens could not produce PTX for ${vscode.Uri.parse(view.sourceUri).fsPath}\n//\n${reason
    .split('\n')
    .map((line) => `// ${line}`)
    .join('\n')}\n`;
}

export class PtxDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly views = new Map<string, PtxView>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly viewChanged = new vscode.EventEmitter<PtxView>();
  /** Fires after a view's content or line map changed. */
  readonly onDidChangeView = this.viewChanged.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    const view = this.views.get(uri.toString());
    if (!view) return '// Run "PTX Lens: Show PTX" on a CUDA file to see its PTX here.\n';
    return view.kind === 'ok' && view.ptx !== undefined ? view.ptx : placeholder(view);
  }

  /** Stores a new compile result. A failed compile keeps the last good PTX on screen. */
  update(view: PtxView): vscode.Uri {
    const uri = ptxUriFor(vscode.Uri.parse(view.sourceUri));
    const previous = this.views.get(uri.toString());
    if (view.kind === 'ok' || !previous || previous.kind !== 'ok') {
      this.views.set(uri.toString(), view);
      this.changed.fire(uri);
      this.viewChanged.fire(view);
    }
    return uri;
  }

  viewFor(ptxUri: vscode.Uri): PtxView | undefined {
    return this.views.get(ptxUri.toString());
  }

  all(): PtxView[] {
    return [...this.views.values()];
  }

  dispose(): void {
    this.changed.dispose();
    this.viewChanged.dispose();
  }
}
