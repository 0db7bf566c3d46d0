/** What the extension-host suites share: opening fixtures, positions, hovers, the extension's API. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './wait';

export const EXTENSION_ID = 'ptx-lens.ptx-lens';

/** What the extension's `activate` returns (client/src/extension.ts). */
export interface PtxLensApi {
  serverInfo(): Promise<{ pid: number; version: string }>;
  linkedLines(uri: string): number[];
  diagnosticsPublished(uri: string): number;
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function open(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(document);
  return document;
}

/** The position of the `nth` character of the first occurrence of `needle` in the document. */
export function positionOf(document: vscode.TextDocument, needle: string, nth = 1): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} occurs in ${document.uri.path}`);
  return document.positionAt(offset + nth);
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Asks every hover provider, as the editor does, until one answers. */
export async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  return waitFor(`a hover at ${document.uri.path}:${position.line + 1}:${position.character + 1}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers ?? []);
    return text.trim() ? text : undefined;
  }, { timeout: 30_000 });
}

export async function activeExtension(): Promise<vscode.Extension<PtxLensApi>> {
  const extension = vscode.extensions.getExtension<PtxLensApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed as the development extension`);
  // Opening a PTX or CUDA file activates it (activationEvents); wait for that, don't force it.
  await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive, { timeout: 30_000 });
  return extension;
}


/** Files a suite writes into the workspace: closed and deleted when the suite ends. */
export function filesDeletedAfterSuite(): vscode.Uri[] {
  const files: vscode.Uri[] = [];
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of files) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });
  return files;
}
