/**
 * Linked lines between a CUDA file and its PTX: the cursor in one highlights the matching
 * lines in the other and scrolls them into view, and lines that come from the same source line
 * share a background colour on both sides.
 */
import * as vscode from 'vscode';
import type { PtxView } from '../../server/src/protocol';
import { PTX_SCHEME, type PtxDocuments } from './ptxDocuments';

const PALETTE = [
  'rgba(64, 150, 255, 0.13)',
  'rgba(255, 170, 50, 0.13)',
  'rgba(80, 200, 120, 0.13)',
  'rgba(220, 90, 200, 0.13)',
  'rgba(240, 220, 60, 0.13)',
  'rgba(60, 210, 220, 0.13)',
];

export class LineLinks implements vscode.Disposable {
  private readonly blocks = PALETTE.map((color) => vscode.window.createTextEditorDecorationType({ backgroundColor: color, isWholeLine: true }));
  private readonly linked = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
    borderColor: new vscode.ThemeColor('editor.findMatchBorder'),
    borderStyle: 'solid',
    borderWidth: '1px 0 1px 0',
    overviewRulerColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
  });
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The lines each editor's linked highlight is on now, by document uri (read by tests). */
  readonly highlighted = new Map<string, number[]>();

  constructor(private readonly documents: PtxDocuments) {
    this.subscriptions.push(
      vscode.window.onDidChangeTextEditorSelection((event) => this.follow(event.textEditor)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()),
      documents.onDidChangeView(() => setTimeout(() => this.paintAll(), 0)),
    );
  }

  /** Views whose line map mentions this source file. */
  private viewsFor(path: string): PtxView[] {
    return this.documents.all().filter((view) => view.kind === 'ok' && view.sourceToPtx?.[path]);
  }

  private ptxEditorsOf(view: PtxView): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter(
      (editor) => editor.document.uri.scheme === PTX_SCHEME && editor.document.uri.query === view.sourceUri,
    );
  }

  /** Moves the linked highlight to follow the cursor of `editor`. */
  follow(editor: vscode.TextEditor): void {
    const line = editor.selection.active.line;
    const uri = editor.document.uri;
    if (uri.scheme === PTX_SCHEME) {
      const view = this.documents.viewFor(uri);
      if (!view?.ptxToSource) return;
      this.highlight(editor, [line]);
      for (const source of vscode.window.visibleTextEditors) {
        if (source.document.uri.scheme !== 'file') continue;
        const target = view.ptxToSource[source.document.uri.fsPath]?.[line];
        this.highlight(source, target === undefined ? [] : [target]);
        if (target !== undefined) reveal(source, [target]);
      }
      return;
    }
    if (uri.scheme !== 'file') return;
    for (const view of this.viewsFor(uri.fsPath)) {
      const lines = view.sourceToPtx?.[uri.fsPath]?.[line] ?? [];
      this.highlight(editor, lines.length > 0 ? [line] : []);
      for (const ptxEditor of this.ptxEditorsOf(view)) {
        this.highlight(ptxEditor, lines);
        if (lines.length > 0) reveal(ptxEditor, lines);
      }
    }
  }

  private highlight(editor: vscode.TextEditor, lines: number[]): void {
    editor.setDecorations(this.linked, lines.map((l) => new vscode.Range(l, 0, l, 0)));
    this.highlighted.set(editor.document.uri.toString(), lines);
  }

  /** Paints the shared block colours on every visible editor that has a view. */
  paintAll(): void {
    for (const view of this.documents.all()) {
      if (view.kind !== 'ok' || !view.ptxToSource) continue;
      for (const editor of vscode.window.visibleTextEditors) {
        const uri = editor.document.uri;
        if (uri.scheme === PTX_SCHEME && uri.query === view.sourceUri) {
          this.paint(editor, view.ptxToSource[view.sourcePath] ?? {}, colourOfLine(view, view.sourcePath));
        } else if (uri.scheme === 'file' && view.ptxToSource[uri.fsPath]) {
          const colours = colourOfLine(view, uri.fsPath);
          const ranges = PALETTE.map(() => [] as vscode.Range[]);
          for (const [line, colour] of colours) ranges[colour].push(new vscode.Range(line, 0, line, 0));
          this.blocks.forEach((type, i) => editor.setDecorations(type, ranges[i]));
        }
      }
    }
  }

  private paint(ptxEditor: vscode.TextEditor, ptxToSource: Record<number, number>, colours: Map<number, number>): void {
    const ranges = PALETTE.map(() => [] as vscode.Range[]);
    for (const [ptxLine, sourceLine] of Object.entries(ptxToSource)) {
      const colour = colours.get(sourceLine);
      if (colour !== undefined) ranges[colour].push(new vscode.Range(Number(ptxLine), 0, Number(ptxLine), 0));
    }
    this.blocks.forEach((type, i) => ptxEditor.setDecorations(type, ranges[i]));
  }

  dispose(): void {
    for (const item of [...this.blocks, this.linked, ...this.subscriptions]) item.dispose();
  }
}

/** Colour index of each source line that has PTX, cycling in line order so neighbours differ. */
export function colourOfLine(view: PtxView, sourcePath: string): Map<number, number> {
  const lines = Object.keys(view.sourceToPtx?.[sourcePath] ?? {})
    .map(Number)
    .sort((a, b) => a - b);
  return new Map(lines.map((line, index) => [line, index % PALETTE.length]));
}

function reveal(editor: vscode.TextEditor, lines: number[]): void {
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  const visible = editor.visibleRanges.some((range) => range.start.line <= first && range.end.line >= last);
  if (!visible) editor.revealRange(new vscode.Range(first, 0, last, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
