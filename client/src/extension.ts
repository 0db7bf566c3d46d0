/**
 * The PTX Lens extension: starts the language server and owns what only an editor can do
 * (status bar, commands, the Show PTX view). Each concern lives in its own module.
 */
import * as vscode from 'vscode';
import { LanguageServer } from './languageServer';
import { StatusBar } from './statusBar';
import { ShowPtx } from './showPtx';
import { registerArchPicker } from './archPicker';
import { registerConcepts } from './concepts';
import type { ServerInfo } from '../../server/src/protocol';

/** What `activate` returns: used by tests and by other extensions. */
export interface PtxLensApi {
  serverInfo(): Promise<ServerInfo>;
  /** Lines of a document (by uri) that the linked-lines highlight is on now. */
  linkedLines(uri: string): number[];
  /** How many times the server has published diagnostics for a document (an empty set counts). */
  diagnosticsPublished(uri: string): number;
}

export async function activate(context: vscode.ExtensionContext): Promise<PtxLensApi> {
  const output = vscode.window.createOutputChannel('PTX Lens', { log: true });
  const server = new LanguageServer(context, output);
  const statusBar = new StatusBar(server);
  const showPtx = new ShowPtx(server);
  context.subscriptions.push(output, server, statusBar, showPtx, registerArchPicker(server), registerConcepts(server));

  context.subscriptions.push(
    vscode.commands.registerCommand('ptxLens.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('ptxLens.restartServer', async () => {
      await server.restart();
      statusBar.refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => server.trustGranted()),
  );

  await server.start();
  statusBar.refresh();
  return {
    serverInfo: () => server.info(),
    linkedLines: (uri) => showPtx.links.highlighted.get(uri) ?? [],
    diagnosticsPublished: (uri) => server.diagnosticsPublished.get(uri) ?? 0,
  };
}

export function deactivate(): void {
  // Disposables registered on the context stop the server.
}
