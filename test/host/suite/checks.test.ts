/**
 * The own checks and completion in the editor: an instruction the module's target does not
 * offer is marked on its opcode with a fix that retargets the module, and completion after a
 * partly written mnemonic offers what may come next.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { filesDeletedAfterSuite, fixtureUri, positionOf } from './helpers';
import { waitFor } from './wait';

const SETMAXNREG = [
  '.version 8.0',
  '.target sm_90',
  '.address_size 64',
  '',
  '.visible .entry producer()',
  '{',
  '  setmaxnreg.dec.sync.aligned.u32 40;',
  '  ret;',
  '}',
  '',
].join('\n');

async function write(name: string, text: string): Promise<vscode.TextDocument> {
  const uri = fixtureUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

suite('PTX Lens checks and completion', () => {
  const written = filesDeletedAfterSuite();

  test('setmaxnreg under sm_90: an error on the opcode, and the quick fix moves the module to sm_90a', async () => {
    const document = await write('setmaxnreg.generated.ptx', SETMAXNREG);
    written.push(document.uri);
    const error = await waitFor('the target check', () => vscode.languages.getDiagnostics(document.uri).find((d) => d.code === 'ptx-needs-target'), { timeout: 30_000 });
    assert.equal(error.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(document.getText(error.range), 'setmaxnreg');
    assert.match(error.message, /sm_90a/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, error.range, vscode.CodeActionKind.QuickFix.value);
    const fix = (actions ?? []).find((a) => a.title === 'Change .target to sm_90a');
    assert.ok(fix?.edit, `quick fixes: ${(actions ?? []).map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /^\.target sm_90a$/m);
    await waitFor('the error to clear', () => (vscode.languages.getDiagnostics(document.uri).some((d) => d.code === 'ptx-needs-target') ? undefined : true), { timeout: 30_000 });
  });

  test('completion after wgmma.mma_async.sync.aligned. offers the shapes', async () => {
    const text = SETMAXNREG.replace('.target sm_90', '.target sm_90a').replace('  setmaxnreg.dec.sync.aligned.u32 40;', '  wgmma.mma_async.sync.aligned.');
    const document = await write('wgmma_completion.generated.ptx', text);
    written.push(document.uri);
    const position = positionOf(document, 'wgmma.mma_async.sync.aligned.', 'wgmma.mma_async.sync.aligned.'.length);
    const list = await waitFor('completion items', async () => {
      const found = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, '.');
      return found && found.items.length > 0 ? found : undefined;
    }, { timeout: 30_000 });
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('.m64n128k16'), labels.slice(0, 10).join(' '));
    assert.ok(!labels.includes('.sync'), 'parts already behind the cursor are not offered');
  });
});
