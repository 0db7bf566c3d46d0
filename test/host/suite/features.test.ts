/**
 * The features a user sees, in a real VS Code: instruction hovers on hand-written Hopper and
 * Blackwell PTX, navigation on a 16 MB file, inline-asm hover, and — with the real nvcc — code
 * lenses, Show PTX with linked lines, and nvcc's errors on the right line.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as vscode from 'vscode';
import { activeExtension, fixtureUri, hoverAt, open, positionOf } from './helpers';
import { waitFor } from './wait';

const nvccInstalled = spawnSync('nvcc', ['--version']).status === 0;
if (!nvccInstalled) console.error('SKIPPED: nvcc is not installed, so the CUDA compile tests of the extension host do not run.');

/** Builds a large PTX module by repeating a function under new names. */
function largePtx(targetBytes: number): string {
  const body = (n: number) => `.visible .entry big_${n}(
	.param .u64 big_${n}_param_0,
	.param .u32 big_${n}_param_1
)
{
	.reg .pred 	%p<3>;
	.reg .b32 	%r<8>;
	.reg .f32 	%f<6>;
	.reg .b64 	%rd<6>;

	ld.param.u64 	%rd1, [big_${n}_param_0];
	ld.param.u32 	%r2, [big_${n}_param_1];
	mov.u32 	%r3, %ctaid.x;
	mov.u32 	%r4, %ntid.x;
	mov.u32 	%r5, %tid.x;
	mad.lo.s32 	%r1, %r3, %r4, %r5;
	setp.ge.s32 	%p1, %r1, %r2;
	@%p1 bra 	$L__BB${n}_2;
	cvta.to.global.u64 	%rd2, %rd1;
	mul.wide.s32 	%rd3, %r1, 4;
	add.s64 	%rd4, %rd2, %rd3;
	ld.global.f32 	%f1, [%rd4];
	fma.rn.f32 	%f2, %f1, 0f40000000, 0f3F800000;
	st.global.f32 	[%rd4], %f2;
$L__BB${n}_2:
	ret;
}

`;
  const parts = ['//\n// Generated for the extension-host tests\n//\n\n.version 9.0\n.target sm_90\n.address_size 64\n\n'];
  let size = parts[0].length;
  for (let n = 0; size < targetBytes; n++) {
    const next = body(n);
    parts.push(next);
    size += next.length;
  }
  return parts.join('');
}

suite('PTX Lens features', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('hover explains each part of an instruction in context', async () => {
    await activeExtension();
    const ptx = await open('kernel.ptx');
    const text = await hoverAt(ptx, positionOf(ptx, 'ld.global.u32', 1));
    assert.match(text, /\*\*ld\*\*/, text);
    assert.match(text, /`\.global`/, text);
    assert.match(text, /`\.u32`/, text);
    assert.match(text, /destination/, text);
    assert.match(text, /PTX ISA \d+\.\d+\+/, text);
  });

  const newest: Array<[string, string, RegExp]> = [
    ['hopper.ptx', 'wgmma.mma_async', /\*\*wgmma\.mma_async\*\*/],
    ['hopper.ptx', 'cp.async.bulk.tensor', /\*\*cp\.async\.bulk\.tensor\*\*/],
    ['hopper.ptx', 'mbarrier.try_wait', /\*\*mbarrier\.try_wait\*\*/],
    ['hopper.ptx', 'setmaxnreg', /\*\*setmaxnreg\*\*/],
    ['blackwell.ptx', 'tcgen05.mma', /\*\*tcgen05\.mma\*\*/],
    ['blackwell.ptx', 'tcgen05.ld', /\*\*tcgen05\.ld\*\*/],
  ];
  for (const [file, needle, expected] of newest) {
    test(`hover on ${needle} in hand-written ${file}`, async () => {
      const document = await open(file);
      const escaped = needle.replace(/\./g, '\\.');
      const line = document.getText().split('\n').findIndex((l) => new RegExp(`^\\s*(?:@!?%?[\\w$]+\\s+)?${escaped}\\b`).test(l));
      assert.ok(line >= 0, `${needle} is used in ${file}`);
      const character = document.lineAt(line).text.indexOf(needle) + 1;
      const text = await hoverAt(document, new vscode.Position(line, character));
      assert.match(text, expected, text);
      assert.match(text, /sm_\d+/, `the hover names a target: ${text}`);
    });
  }

  test('the largest PTX file at hand gets an outline, hovers, definitions, references and folding, with no errors', async () => {
    // `npm run test:host` puts the largest PTX of the real-code corpus here when it has been
    // built (bench/real), else nvcc-generated PTX (bench/corpus.ts), and says which in
    // large.generated.json; without either a generated stand-in of the same size is used.
    let uri = fixtureUri('large.generated.ptx');
    try {
      const about = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(fixtureUri('large.generated.json'))).toString('utf8')) as { source: string };
      console.error(`NOTE: the large file is ${about.source}`);
    } catch {
      console.error('NOTE: large.generated.json is missing: the large file is of unknown origin.');
    }
    let generatedHere = false;
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      console.error('NOTE: large.generated.ptx is missing (run through `npm run test:host`); using a generated stand-in.');
      uri = fixtureUri('large.standin.generated.ptx');
      await vscode.workspace.fs.writeFile(uri, Buffer.from(largePtx(16 * 1024 * 1024)));
      generatedHere = true;
    }
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      assert.ok(document.getText().length > 15e6, `the file is large: ${document.getText().length} characters`);
      await vscode.window.showTextDocument(document);
      const symbols = await waitFor('document symbols of the large file', async () => {
        const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
        return found && found.some((s) => s.kind === vscode.SymbolKind.Function) ? found : undefined;
      }, { timeout: 60_000 });
      const functions = symbols.filter((s) => s.kind === vscode.SymbolKind.Function);

      // A register used in the last function of the file.
      const last = functions[functions.length - 1]!;
      const lines = document.getText(last.range).split('\n');
      const at = lines.findIndex((l) => /^\s+[a-z][\w.:]*\s+[^;]*%r\d+/.test(l) && !/^\s*\.reg/.test(l));
      assert.ok(at >= 0, 'an instruction with a %r register in the last function');
      const line = last.range.start.line + at;
      const use = new vscode.Position(line, document.lineAt(line).text.search(/%r\d+/) + 1);

      const hover = await hoverAt(document, new vscode.Position(line, document.lineAt(line).firstNonWhitespaceCharacterIndex + 1));
      assert.match(hover, /\*\*[a-z]/, `hover on the instruction of line ${line + 1}: ${hover}`);

      const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', uri, use);
      assert.equal(definitions.length, 1);
      const target = 'targetRange' in definitions[0]! ? definitions[0].targetRange : definitions[0]!.range;
      assert.match(document.lineAt(target.start.line).text, /\.reg\s/, 'the definition is the .reg declaration');

      const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, use);
      assert.ok(references.length >= 2, `references of the register: ${references.length}`);
      assert.ok(references.every((r) => last.range.contains(r.range)), 'references stay in the function');

      const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
      // VS Code keeps at most `editor.foldingMaximumRegions` (5000 by default) ranges.
      assert.ok(folds.length >= Math.min(5000, functions.length), `one fold per function at least: ${folds.length}`);

      const api = (await activeExtension()).exports;
      await waitFor('the server to publish the diagnostics of the large file', () => api.diagnosticsPublished(uri.toString()) > 0, { timeout: 60_000 });
      const errors = vscode.languages.getDiagnostics(uri);
      const alarms = errors.filter((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning);
      assert.deepEqual(alarms.map((d) => `${d.range.start.line + 1}: ${d.message}`), [], 'no errors or warnings on nvcc output');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      if (generatedHere) await vscode.workspace.fs.delete(uri);
    }
  });

  test('hover on PTX inside an inline asm string in a CUDA file', async () => {
    const cuda = await open('kernel.cu');
    const text = await hoverAt(cuda, positionOf(cuda, 'add.u32', 1));
    assert.match(text, /\*\*add\*\*/, text);
    assert.match(text, /`\.u32`/, text);
  });

  test('hover on a CUDA built-in names the PTX it becomes', async () => {
    const cuda = await open('kernel.cu');
    const text = await hoverAt(cuda, positionOf(cuda, 'threadIdx', 2));
    assert.match(text, /%tid/, text);
  });

  test('code lens above a kernel shows its cost from nvcc and ptxas, and the occupancy it allows', async function () {
    if (!nvccInstalled) return this.skip();
    const cuda = await open('kernel.cu');
    const lenses = await waitFor('a code lens with register figures', async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', cuda.uri, 10);
      return found?.some((lens) => /\d+ registers/.test(lens.command?.title ?? '')) ? found : undefined;
    }, { timeout: 120_000 });
    const titles = lenses.map((lens) => lens.command?.title ?? '');
    assert.ok(titles.some((t) => /^\d+ PTX instructions · \d+ registers · \d+ B spilled · \d+ B smem/.test(t)), titles.join('\n'));
    assert.ok(titles.some((t) => /^\d+% occupancy at \d+ threads( \(\.(maxntid|reqntid)\))? on sm_\w+/.test(t)), `an occupancy lens:\n${titles.join('\n')}`);
    assert.ok(titles.includes('Show PTX'), titles.join('\n'));
  });

  test('Show PTX opens the PTX beside the source, and the linked lines follow the cursor', async function () {
    if (!nvccInstalled) return this.skip();
    const extension = await activeExtension();
    const cuda = await open('kernel.cu');
    const sourceEditor = vscode.window.activeTextEditor!;
    await vscode.commands.executeCommand('ptxLens.showPtx', cuda.uri);
    const ptxEditor = await waitFor('the PTX editor', () =>
      vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'ptx-lens' && e.document.getText().includes('.entry')),
    { timeout: 120_000 });
    assert.equal(ptxEditor.document.languageId, 'ptx');
    assert.match(ptxEditor.document.getText(), /add\.s32|add\.u32/);

    const storeLine = cuda.getText().split('\n').findIndex((l) => l.includes('data[i] = v;'));
    await vscode.window.showTextDocument(cuda, { viewColumn: sourceEditor.viewColumn, preserveFocus: false });
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(storeLine, 2, storeLine, 2);
    const linked = await waitFor('linked PTX lines for the store', () => {
      const lines = extension.exports.linkedLines(ptxEditor.document.uri.toString());
      return lines.length > 0 ? lines : undefined;
    });
    const ptxLines = linked.map((l) => ptxEditor.document.lineAt(l).text).join('\n');
    assert.match(ptxLines, /st\.global/, `the store line maps to the PTX store:\n${ptxLines}`);
  });

  test("nvcc's error shows on the right line, and clears when fixed", async function () {
    if (!nvccInstalled) return this.skip();
    const uri = fixtureUri('broken.generated.cu');
    const good = '__global__ void k(int* p) {\n  p[threadIdx.x] = 1;\n}\n';
    const bad = '__global__ void k(int* p) {\n  p[threadIdx.x] = undefined_name;\n}\n';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(bad));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const errors = await waitFor('an nvcc error', () => {
        const found = vscode.languages.getDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
        return found.length > 0 ? found : undefined;
      }, { timeout: 120_000 });
      assert.equal(errors[0]!.range.start.line, 1, 'the error is on the line that uses the undefined name');
      assert.match(errors[0]!.message, /undefined_name/);

      const editor = vscode.window.activeTextEditor!;
      await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, document.lineCount, 0), good));
      await document.save();
      await waitFor('the error to clear', () => vscode.languages.getDiagnostics(uri).length === 0, { timeout: 120_000 });
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
