/** The status bar item on PTX and CUDA files: is nvcc found, and which arch PTX Lens compiles for. */
import * as vscode from 'vscode';
import type { LanguageServer } from './languageServer';

const LANGUAGES = new Set(['ptx', 'cuda-cpp']);

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('ptxLens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly server: LanguageServer) {
    this.item.name = 'PTX Lens';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      server.onDidStart(() => this.refresh()),
      server.onToolchainStatus(() => this.refresh()),
    );
  }

  refresh(): void {
    const language = vscode.window.activeTextEditor?.document.languageId;
    if (!language || !LANGUAGES.has(language)) {
      this.item.hide();
      return;
    }
    const status = this.server.toolchain;
    if (!this.server.running) {
      this.item.text = '$(error) PTX Lens';
      this.item.tooltip = 'The PTX Lens language server is not running. Click to see its output.';
      this.item.command = 'ptxLens.showOutput';
    } else if (!status) {
      this.item.text = '$(chip) PTX Lens';
      this.item.tooltip = 'PTX Lens is looking for nvcc…';
      this.item.command = 'ptxLens.showOutput';
    } else if (status.state === 'found') {
      this.item.text = `$(chip) ${status.arch}`;
      this.item.tooltip = `PTX Lens compiles for ${status.arch} with nvcc ${status.version ?? ''} (${status.nvccPath ?? ''}). Click to pick another architecture.`;
      this.item.command = 'ptxLens.selectArch';
    } else if (status.state === 'untrusted') {
      this.item.text = '$(shield) PTX Lens: not compiling';
      this.item.tooltip = status.message ?? 'This workspace is not trusted, so PTX Lens does not run nvcc chosen by its settings.';
      this.item.command = 'workbench.trust.manage';
    } else {
      this.item.text = '$(warning) nvcc not found';
      this.item.tooltip = status.message ?? 'Set ptxLens.nvcc.path to your nvcc. Everything else keeps working.';
      this.item.command = { title: 'Set nvcc path', command: 'workbench.action.openSettings', arguments: ['ptxLens.nvcc.path'] };
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
