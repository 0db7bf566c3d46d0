/** The status bar item shown on PTX and CUDA files. */
import * as vscode from 'vscode';
import type { LanguageServer } from './languageServer';

const LANGUAGES = new Set(['ptx', 'cuda-cpp']);

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('ptxLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly server: LanguageServer) {
    this.item.name = 'PTX Lens';
    this.item.command = 'ptxLens.showOutput';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      server.onDidStart(() => this.refresh()),
    );
  }

  refresh(): void {
    const language = vscode.window.activeTextEditor?.document.languageId;
    if (!language || !LANGUAGES.has(language)) {
      this.item.hide();
      return;
    }
    this.item.text = this.server.running ? '$(chip) PTX Lens' : '$(warning) PTX Lens';
    this.item.tooltip = this.server.running ? 'PTX Lens language server is running' : 'PTX Lens language server is not running';
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
