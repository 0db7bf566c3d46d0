/** Inline assembly in a CUDA file over stdio: hover on %N, diagnostics inside the string, quick fixes. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspProcess } from '../support/lspProcess';
import { NO_NVCC } from '../unit/toolchain/helpers';

const root = join(__dirname, '..', '..');
const file = (name: string) => {
  const path = join(root, 'test/fixtures/cuda', name);
  return { uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
};
const clean = file('inline_asm.cu');
const defects = file('asm_defects.cu');

/** 0-based position `nth` characters into the first occurrence of `needle`. */
function at(text: string, needle: string, nth = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const before = text.slice(0, offset + nth).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

interface Published {
  uri: string;
  diagnostics: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string; message: string; severity: number; source?: string }>;
}

let server: LspProcess;
before(async () => {
  server = new LspProcess();
  await server.initialize(pathToFileURL(root).href);
});
after(async () => {
  await server.shutdown().catch(() => undefined);
  server.kill();
  assert.deepEqual(server.strayOutput, []);
});

test('hover on %4 names the pointer expression and "l"', async () => {
  server.open(clean.uri, 'cuda-cpp', clean.text);
  const hover = await server.request('textDocument/hover', { textDocument: { uri: clean.uri }, position: at(clean.text, '[%4]', 2) });
  assert.match(hover.contents.value, /`%4` → `ptr`/);
  assert.match(hover.contents.value, /`"l"`/);
  const range = hover.range;
  assert.equal(clean.text.split('\n')[range.start.line].slice(range.start.character, range.end.character), '%4');
});

test('the clean file gets no warnings from the own checks', async () => {
  const since = server.notifications.length;
  server.open(clean.uri.replace('inline_asm.cu', 'inline_asm_copy.cu'), 'cuda-cpp', clean.text);
  const published = (await server.waitForNotification('textDocument/publishDiagnostics', (p: Published) => p.uri.endsWith('inline_asm_copy.cu'), 60_000, since)) as Published;
  assert.deepEqual(published.diagnostics.filter((d) => d.severity <= 2), []);
});

test('planted mistakes appear inside the string, with quick fixes', async () => {
  const since = server.notifications.length;
  server.open(defects.uri, 'cuda-cpp', defects.text);
  const published = (await server.waitForNotification('textDocument/publishDiagnostics', (p: Published) => p.uri === defects.uri && p.diagnostics.some((d) => d.code === 'asm-address-width'), 60_000, since)) as Published;
  const lines = defects.text.split('\n');
  const textOf = (d: Published['diagnostics'][number]) => lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
  const byCode = new Map(published.diagnostics.map((d) => [d.code, d]));
  assert.equal(textOf(byCode.get('asm-address-width')!), '%1');
  assert.equal(textOf(byCode.get('asm-unknown-modifier')!), '.L1::no_alocate');
  assert.equal(byCode.get('asm-memory-clobber')!.severity, 3, 'a missing "memory" clobber is information');

  const width = byCode.get('asm-address-width')!;
  const actions = await server.request('textDocument/codeAction', { textDocument: { uri: defects.uri }, range: width.range, context: { diagnostics: [width] } });
  const fix = actions.find((a: { title: string }) => a.title === 'Change the constraint to "l"');
  assert.ok(fix, JSON.stringify(actions));
  const [edit] = fix.edit.changes[defects.uri];
  assert.equal(edit.newText, 'l');
  assert.equal(lines[edit.range.start.line].slice(edit.range.start.character - 1, edit.range.end.character + 1), '"r"');
});

test('ptxas judges each statement where the toolkit is installed', { skip: NO_NVCC }, async () => {
  const published = (await server.waitForNotification('textDocument/publishDiagnostics', (p: Published) => p.uri === defects.uri && p.diagnostics.some((d) => d.source === 'ptxas'), 60_000, 0)) as Published;
  const ptxas = published.diagnostics.filter((d) => d.source === 'ptxas');
  assert.ok(ptxas.some((d) => /Arguments mismatch/.test(d.message)), JSON.stringify(ptxas));
  assert.ok(ptxas.every((d) => d.severity === 2));
});
