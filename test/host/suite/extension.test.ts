/**
 * PTX Lens in a real VS Code: the fixture workspace (test/fixtures/workspace) is open, the
 * extension under development is loaded, and these tests act as a user would.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { processAlive, waitFor } from './wait';
import { activeExtension, EXTENSION_ID, hoverAt, open, positionOf } from './helpers';

suite('PTX Lens in the extension host', () => {
  let ptx: vscode.TextDocument;
  let cuda: vscode.TextDocument;

  suiteSetup(async () => {
    ptx = await open('kernel.ptx');
    cuda = await open('kernel.cu');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the fixture workspace is open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1);
    assert.equal(folders[0]!.name, 'workspace');
  });

  test('a .ptx file opens as language ptx', () => {
    assert.equal(ptx.languageId, 'ptx');
  });

  test('a .cu file opens as language cuda-cpp', () => {
    assert.equal(cuda.languageId, 'cuda-cpp');
  });

  test('the extension activates and contributes its commands', async () => {
    const extension = await activeExtension();
    assert.equal(typeof extension.exports?.serverInfo, 'function', 'activate() returns the PTX Lens API');
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['ptxLens.showOutput', 'ptxLens.restartServer', 'ptxLens.showPtx', 'ptxLens.selectArch', 'ptxLens.openConcept']) {
      assert.ok(commands.includes(command), `command ${command} is registered`);
    }
  });

  test('the language server child process is running', async () => {
    const extension = await activeExtension();
    const info = await waitFor('serverInfo from the language server', () => extension.exports.serverInfo());
    assert.ok(Number.isInteger(info.pid) && info.pid > 0, `a real pid: ${info.pid}`);
    assert.notEqual(info.pid, process.pid, 'the server is a child process, not the extension host');
    assert.ok(processAlive(info.pid), `process ${info.pid} exists`);
    assert.equal(info.version, extension.packageJSON.version, 'the server reports the extension version');
  });

  test('hover on a PTX directive explains it', async () => {
    await activeExtension();
    const text = await hoverAt(ptx, positionOf(ptx, '.target', 2));
    assert.match(text, /\.target/, `the hover names the directive; it says:\n${text}`);
    assert.match(text, /architecture|sm_\d+/i, `the hover explains the target architecture; it says:\n${text}`);
  });

  test('ptxLens.openConcept opens a concept note as markdown', async () => {
    await activeExtension();
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('ptxLens.openConcept', 'tensor-cores');
    assert.ok(document, 'a document was opened');
    assert.equal(document.languageId, 'markdown');
    assert.match(document.getText(), /^# Tensor cores/);
    assert.match(document.getText(), /Sources: PTX ISA 9\.1/);
  });

  test('ptxLens.showOutput runs', async () => {
    await activeExtension();
    await vscode.commands.executeCommand('ptxLens.showOutput');
  });

  test('ptxLens.restartServer brings up a new server', async () => {
    const extension = await activeExtension();
    const before = await extension.exports.serverInfo();
    await vscode.commands.executeCommand('ptxLens.restartServer');
    const after = await waitFor('a restarted server with a new pid', async () => {
      const info = await extension.exports.serverInfo();
      return info.pid !== before.pid ? info : undefined;
    }, { timeout: 30_000 });
    assert.ok(processAlive(after.pid), `the new server ${after.pid} is running`);
    await waitFor(`the old server ${before.pid} to exit`, () => !processAlive(before.pid), { timeout: 15_000 });
    // And it still answers as the editor asks.
    const text = await hoverAt(ptx, positionOf(ptx, '.target', 2));
    assert.match(text, /\.target/, `the restarted server answers hovers; it says:\n${text}`);
  });
});
