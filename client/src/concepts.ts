/** "PTX Lens: Open Concept": pick a concept note and read it in the markdown preview. */
import * as vscode from 'vscode';
import { ConceptRequest } from '../../server/src/protocol';
import type { LanguageServer } from './languageServer';

export function registerConcepts(server: LanguageServer): vscode.Disposable {
  return vscode.commands.registerCommand('ptxLens.openConcept', async (name?: string) => {
    let wanted = typeof name === 'string' ? name : undefined;
    if (!wanted) {
      const { notes } = await server.connection.sendRequest(ConceptRequest, {});
      const picked = await vscode.window.showQuickPick(
        notes.map((n) => ({ label: n.title, detail: n.summary, name: n.name })),
        { title: 'PTX Lens: Open Concept', matchOnDetail: true },
      );
      if (!picked) return undefined;
      wanted = picked.name;
    }
    const { markdown } = await server.connection.sendRequest(ConceptRequest, { name: wanted });
    if (!markdown) {
      void vscode.window.showWarningMessage(`PTX Lens: there is no concept note "${wanted}".`);
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
    await vscode.commands.executeCommand('markdown.showPreview', document.uri);
    return document;
  });
}
