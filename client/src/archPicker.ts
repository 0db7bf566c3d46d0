/** "PTX Lens: Select Target Architecture": a quick pick of the archs the found nvcc supports. */
import * as vscode from 'vscode';
import { ListArchsRequest } from '../../server/src/protocol';
import type { LanguageServer } from './languageServer';

export function registerArchPicker(server: LanguageServer): vscode.Disposable {
  return vscode.commands.registerCommand('ptxLens.selectArch', async () => {
    const archs = await server.connection.sendRequest(ListArchsRequest);
    if (archs.length === 0) {
      void vscode.window.showWarningMessage('PTX Lens: nvcc was not found, so there are no architectures to pick from.');
      return;
    }
    const current = vscode.workspace.getConfiguration('ptxLens').get<string>('nvcc.arch');
    const picked = await vscode.window.showQuickPick(
      archs.map((arch) => ({ label: arch, description: arch === current ? 'current' : undefined })),
      { title: 'Compile CUDA files for', placeHolder: current },
    );
    if (!picked) return;
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration('ptxLens').update('nvcc.arch', picked.label, target);
  });
}
