/** Every PTX and CUDA feature over stdio, as an editor asks for it. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspProcess } from '../support/lspProcess';

const root = join(__dirname, '..', '..');
const ptxPath = join(root, 'examples/saxpy.ptx');
const ptxUri = pathToFileURL(ptxPath).href;
const ptxText = readFileSync(ptxPath, 'utf8');
const cuPath = join(root, 'examples/inline_ptx.cu');
const cuUri = pathToFileURL(cuPath).href;
const cuText = readFileSync(cuPath, 'utf8');

/** 0-based position of the `nth` character of the first line containing `needle`. */
function at(text: string, needle: string, nth = 1): { line: number; character: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, needle);
  return { line, character: lines[line].indexOf(needle) + nth };
}

let server: LspProcess;
before(async () => {
  server = new LspProcess();
  await server.initialize(pathToFileURL(root).href);
  server.open(ptxUri, 'ptx', ptxText);
  server.open(cuUri, 'cuda-cpp', cuText);
});
after(async () => {
  await server.shutdown().catch(() => undefined);
  server.kill();
  assert.deepEqual(server.strayOutput, []);
});

const doc = { textDocument: { uri: ptxUri } };

test('capabilities cover the PTX features', async () => {
  const fresh = new LspProcess();
  try {
    const { capabilities } = await fresh.initialize();
    for (const key of ['hoverProvider', 'completionProvider', 'signatureHelpProvider', 'codeActionProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentSymbolProvider', 'documentHighlightProvider', 'foldingRangeProvider', 'codeLensProvider']) {
      assert.ok(capabilities[key], key);
    }
    await fresh.shutdown();
  } finally {
    fresh.kill();
  }
});

test('hover on an instruction decomposes its modifiers', async () => {
  const hover = await server.request('textDocument/hover', { ...doc, position: at(ptxText, 'ld.global.nc') });
  assert.match(hover.contents.value, /\*\*ld\.global\.nc\*\*/);
  assert.match(hover.contents.value, /`\.nc`/);
});

test('outline lists the kernels with their demangled names', async () => {
  const symbols = await server.request('textDocument/documentSymbol', doc);
  const saxpy = symbols.find((s: any) => s.name === '_Z5saxpyifPKfPf');
  assert.ok(saxpy);
  assert.match(saxpy.detail ?? '', /saxpy\(int, float/);
  // Functions are what one navigates by: no parameters or labels under them.
  assert.equal(saxpy.children, undefined);
});

test('definition and references of a register stay in its function', async () => {
  const position = at(ptxText, '%rd6]');
  const definition = await server.request('textDocument/definition', { ...doc, position });
  assert.equal(definition.length, 1);
  assert.match(ptxText.split('\n')[definition[0].range.start.line], /\.reg \.b64/);
  const references = await server.request('textDocument/references', { ...doc, position, context: { includeDeclaration: true } });
  assert.ok(references.length >= 3);
  const fnEnd = ptxText.split('\n').findIndex((l, i) => i > position.line && l === '}');
  assert.ok(references.every((r: any) => r.range.start.line <= fnEnd));
});

test('rename of a label changes the definition and every branch', async () => {
  const position = at(ptxText, '$L__BB0_2;', 2);
  const edit = await server.request('textDocument/rename', { ...doc, position, newName: '$L__done' });
  const edits = edit.changes[ptxUri];
  assert.equal(edits.length, 2);
  assert.ok(edits.every((e: any) => e.newText === '$L__done'));
  await assert.rejects(server.request('textDocument/rename', { ...doc, position, newName: 'not valid!' }));
});

test('folding covers functions and the DWARF sections', async () => {
  const ranges = await server.request('textDocument/foldingRange', doc);
  assert.ok(ranges.length >= 4);
});

test('completion offers opcodes, an instruction’s modifiers, and registers', async () => {
  const lineOf = (needle: string) => at(ptxText, needle).line;
  const items = await server.request('textDocument/completion', { ...doc, position: { line: lineOf('ret;'), character: 1 } });
  const labels = (items.items ?? items).map((i: any) => i.label);
  assert.ok(labels.includes('wgmma.mma_async') && labels.includes('ld'), 'opcodes');

  const changed = ptxText.replace('\tret;\n', '\tld.global.\n\tret;\n');
  server.notify('textDocument/didChange', { textDocument: { uri: ptxUri, version: 2 }, contentChanges: [{ text: changed }] });
  const line = changed.split('\n').findIndex((l) => l === '\tld.global.');
  const modifiers = await server.request('textDocument/completion', { ...doc, position: { line, character: '\tld.global.'.length } });
  const names = (modifiers.items ?? modifiers).map((i: any) => i.label);
  assert.ok(names.includes('.nc') || names.includes('.ca'), `ld modifiers: ${names.join(' ')}`);
  server.notify('textDocument/didChange', { textDocument: { uri: ptxUri, version: 3 }, contentChanges: [{ text: ptxText }] });
});

test('signature help names the operands of the instruction being typed and marks the current one', async () => {
  const changed = ptxText.replace('\tret;\n', '\tld.global.nc.f32 %f1, \n\tret;\n');
  server.notify('textDocument/didChange', { textDocument: { uri: ptxUri, version: 10 }, contentChanges: [{ text: changed }] });
  const line = changed.split('\n').findIndex((l) => l === '\tld.global.nc.f32 %f1, ');
  const help = await server.request('textDocument/signatureHelp', { ...doc, position: { line, character: '\tld.global.nc.f32 %f1, '.length } });
  assert.ok(help?.signatures?.length > 0, JSON.stringify(help));
  assert.equal(help.activeParameter, 1);
  const [signature] = help.signatures;
  const second = signature.parameters[1].label;
  assert.equal(signature.label.slice(second[0], second[1]), '[a]');
  server.notify('textDocument/didChange', { textDocument: { uri: ptxUri, version: 11 }, contentChanges: [{ text: ptxText }] });
});

test('an instruction the target does not offer: an error with its code, and a quick fix that retargets', async () => {
  const uri = 'file:///tmp/ptx-lens-protocol-setmaxnreg.ptx';
  const text = '.version 8.0\n.target sm_90\n.address_size 64\n\n.visible .entry k()\n{\n  setmaxnreg.dec.sync.aligned.u32 40;\n  ret;\n}\n';
  server.open(uri, 'ptx', text);
  const published = await server.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((d: any) => d.code === 'ptx-needs-target'));
  const error = published.diagnostics.find((d: any) => d.code === 'ptx-needs-target');
  assert.deepEqual(error.range, { start: { line: 6, character: 2 }, end: { line: 6, character: 12 } });
  const actions = await server.request('textDocument/codeAction', { textDocument: { uri }, range: error.range, context: { diagnostics: [error] } });
  const fix = actions.find((a: any) => a.title === 'Change .target to sm_90a');
  assert.ok(fix, JSON.stringify(actions));
  assert.deepEqual(fix.edit.changes[uri], [{ range: { start: { line: 1, character: 8 }, end: { line: 1, character: 13 } }, newText: 'sm_90a' }]);
  server.notify('textDocument/didClose', { textDocument: { uri } });
});

test('a PTX file over the size of checks on open gets ptxas in the background, its message on the token it names', async (t) => {
  if (spawnSync('ptxas', ['--version']).status !== 0) {
    console.error('SKIPPED: ptxas is not installed, so the background ptxas run was not tried.');
    t.skip('ptxas not installed');
    return;
  }
  const uri = 'file:///tmp/ptx-lens-protocol-large.ptx';
  const padding = Array.from({ length: 80_000 }, (_, i) => `// padding line ${i} of a large module: comments only\n`).join('');
  // A mistake only ptxas finds (a narrowing cvt without a rounding mode): the own checks say nothing there.
  const text = `.version 8.0\n.target sm_90\n.address_size 64\n${padding}.visible .entry k()\n{\n  .reg .f32 %f<2>;\n  .reg .f64 %fd<2>;\n  cvt.f32.f64 %f1, %fd1;\n  ret;\n}\n`;
  assert.ok(text.length > 4 * 1024 * 1024);
  server.open(uri, 'ptx', text);
  const published = await server.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.some((d: any) => d.source === 'ptxas'), 60_000);
  const mismatch = published.diagnostics.find((d: any) => d.source === 'ptxas');
  assert.match(mismatch.message, /Rounding modifier required/);
  assert.deepEqual(mismatch.range, { start: { line: 80_007, character: 2 }, end: { line: 80_007, character: 5 } }, 'on the opcode ptxas names');
  server.notify('textDocument/didClose', { textDocument: { uri } });
});

test('hover on PTX inside inline asm and on a CUDA built-in', async () => {
  const asm = await server.request('textDocument/hover', { textDocument: { uri: cuUri }, position: at(cuText, 'ld.global.nc.L1::no_allocate', 14) });
  assert.match(asm.contents.value, /\*\*ld\.global\.nc\*\*/);
  assert.match(asm.contents.value, /\*\*`\.L1::no_allocate`\*\*/, 'the hovered modifier is highlighted');
  const builtin = await server.request('textDocument/hover', { textDocument: { uri: cuUri }, position: at(cuText, '__ballot_sync', 3) });
  assert.match(builtin.contents.value, /vote\.sync\.ballot/);
});

test('malformed PTX gets diagnostics and never breaks the server', async () => {
  const uri = 'file:///tmp/broken.ptx';
  server.open(uri, 'ptx', '.version 9.0\n.target sm_90\n.address_size 64\n.visible .entry k( {\n  add.s32 %r1, , ;\n  \u0000\uFFFF garbage }}}\n');
  const published = await server.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 0);
  assert.ok(published.diagnostics.length > 0);
  const hover = await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } });
  assert.match(hover.contents.value, /\*\*add\*\*/, 'the mnemonic alone is enough for a hover');
});
