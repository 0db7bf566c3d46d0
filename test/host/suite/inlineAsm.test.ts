/**
 * Inline PTX in the editor: `%N` hovers name the C++ operand and its constraint, and planted
 * mistakes show where they are written inside the string, with their quick fixes.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { filesDeletedAfterSuite, fixtureUri, hoverAt, positionOf } from './helpers';
import { waitFor } from './wait';

/** Copies a CUDA fixture into the workspace (as a git-ignored file) and opens it. */
async function openCopy(fixture: string, name: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const text = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, '..', 'cuda', fixture));
  const uri = fixtureUri(name);
  await vscode.workspace.fs.writeFile(uri, text);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

async function quickFixes(document: vscode.TextDocument, range: vscode.Range): Promise<string[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, vscode.CodeActionKind.QuickFix.value);
  return (actions ?? []).map((a) => a.title);
}

suite('PTX Lens inline assembly', () => {
  const copies = filesDeletedAfterSuite();

  test('hovering %4 of a streaming load names the pointer expression and "l"', async () => {
    const document = await openCopy('inline_asm.cu', 'inline_asm.generated.cu');
    copies.push(document.uri);
    const text = await hoverAt(document, positionOf(document, '[%4]', 2));
    assert.match(text, /`ptr`/, text);
    assert.match(text, /"?l"?.*64-bit/i, text);
    assert.match(text, /ld\.global\.nc\.L1::no_allocate\.v4\.s32/, text);
  });

  test('planted mistakes show inside the string, with quick fixes', async () => {
    const document = await openCopy('asm_defects.cu', 'asm_defects.generated.cu');
    copies.push(document.uri);
    const own = await waitFor('the inline-asm findings', () => {
      const found = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'ptx-lens');
      return ['asm-address-width', 'asm-memory-clobber', 'asm-unknown-modifier'].every((code) => found.some((d) => d.code === code)) ? found : undefined;
    }, { timeout: 30_000 });
    const at = (code: string) => own.find((d) => d.code === code)!;
    const textOf = (d: vscode.Diagnostic) => document.getText(d.range);

    const width = at('asm-address-width');
    assert.equal(textOf(width), '%1', 'the 32-bit address is marked where the template uses it');
    assert.equal(width.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok((await quickFixes(document, width.range)).includes('Change the constraint to "l"'));

    const modifier = at('asm-unknown-modifier');
    assert.equal(textOf(modifier), '.L1::no_alocate', 'the misspelled modifier itself is marked');

    const clobber = at('asm-memory-clobber');
    assert.equal(document.lineAt(clobber.range.start.line).text.includes('st.global.b32'), true, 'the note is on the store');
    assert.ok((await quickFixes(document, clobber.range)).includes('Add a "memory" clobber'));
  });
});
