/**
 * A scripted tour of PTX Lens in a real VS Code, used to take the README's pictures:
 * `npm run screenshots`. It runs like the test suite (test/host/launch.mjs loads it as the
 * extension-tests entry) and asks the launcher for a screenshot by printing
 * `SCREENSHOT <path>`, then waits for the file to appear.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

const TAG = process.env.PTX_LENS_SUITE_TAG ?? '';
// The bundle runs from dist-test/host/.
const OUT = join(__dirname, '..', '..', 'images');

function say(line: string): void {
  console.log(`${TAG}${line}`);
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeout = 120_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Asks the launcher to rest the mouse on `word` in the cursor's line, which opens the hover. */
async function hover(word: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 800));
  say(`HOVER ${vscode.window.activeTextEditor!.selection.active.line + 1} ${word}`);
}

/** Lets the workbench paint what was just asked (hover widgets, decorations), then shoots. */
async function shoot(name: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const file = join(OUT, `${name}.png`);
  rmSync(file, { force: true });
  say(`SCREENSHOT ${file}`);
  await until(`screenshot ${name}`, () => (existsSync(file) ? true : undefined), 30_000);
}

async function openAt(name: string, needle: string, column: vscode.ViewColumn = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, name));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: column });
  const offset = document.getText().indexOf(needle);
  const position = document.positionAt(offset + 1);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
  return editor;
}

export async function run(): Promise<void> {
  say('@@ptx-lens-suite-begin@@');
  mkdirSync(OUT, { recursive: true });
  await vscode.commands.executeCommand('workbench.action.closeSidebar');
  await vscode.commands.executeCommand('workbench.action.closePanel');
  await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');

  // Opening a PTX file activates the extension.
  await openAt('hopper.ptx', 'wgmma.mma_async.sync.aligned.m64n8k16');
  const extension = vscode.extensions.getExtension('ptx-lens.ptx-lens')!;
  await until('the extension', () => (extension.isActive ? true : undefined));
  await hover('wgmma');
  await shoot('hover-wgmma');

  await openAt('inline_ptx.cu', 'ld.global.nc.L1::no_allocate');
  await hover('ld');
  await shoot('hover-inline-asm');

  const source = await openAt('saxpy.cu', 'y[i] = a * x[i] + y[i];');
  await until('the kernel lenses', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', source.document.uri, 10);
    return lenses?.some((lens) => /registers/.test(lens.command?.title ?? '')) ? true : undefined;
  });
  await vscode.commands.executeCommand('ptxLens.showPtx', source.document.uri);
  await until('the PTX view', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'ptx-lens'));
  await vscode.window.showTextDocument(source.document, vscode.ViewColumn.One);
  const line = source.document.getText().split('\n').findIndex((l) => l.includes('y[i] = a * x[i] + y[i];'));
  source.selection = new vscode.Selection(line, 4, line, 4);
  await shoot('show-ptx');
  say('@@ptx-lens-suite-end@@');
}
