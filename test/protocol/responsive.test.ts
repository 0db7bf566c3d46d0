/**
 * A large PTX file is checked in the background without holding requests up: hovers sent
 * while the checks run are answered before the checks' diagnostics are published.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspProcess } from '../support/lspProcess';

/** About 8 MB of PTX: many kernels of a few hundred instructions each, all valid. */
function largePtx(): string {
  const parts = ['.version 8.0\n.target sm_90\n.address_size 64\n'];
  let size = 0;
  for (let k = 0; size < 8e6; k++) {
    const lines = [`.visible .entry kernel_${k}(.param .u64 out)`, '{', '\t.reg .b32 \t%r<8>;', '\t.reg .b64 \t%rd<4>;', '\t.reg .pred \t%p<2>;'];
    lines.push('\tld.param.u64 \t%rd1, [out];', '\tcvta.to.global.u64 \t%rd2, %rd1;', '\tmov.u32 \t%r1, %tid.x;', `$L__BB${k}_1:`);
    for (let i = 0; i < 200; i++) lines.push(`\tadd.s32 \t%r${2 + (i % 5)}, %r${1 + (i % 6)}, ${i};`);
    lines.push('\tsetp.lt.s32 \t%p1, %r2, 100;', `\t@%p1 bra \t$L__BB${k}_1;`, '\tst.global.u32 \t[%rd2], %r2;', '\tret;', '}', '');
    const chunk = lines.join('\n');
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('\n');
}

test('hovers sent during the background checks of an 8 MB file are answered before its diagnostics', async () => {
  const server = new LspProcess();
  try {
    await server.initialize();
    const uri = 'file:///large/responsive.ptx';
    const text = largePtx();
    const hoverLine = text.split('\n').findIndex((l, i) => i > 1000 && /^\s+add\./.test(l));
    assert.ok(hoverLine > 0);
    const order: string[] = [];
    const diagnostics = server.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri, 120_000).then((p) => {
      order.push('diagnostics');
      return p;
    });
    server.open(uri, 'ptx', text);
    const outline = await server.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(outline.length > 10);
    const hovers = Array.from({ length: 5 }, () =>
      server.request('textDocument/hover', { textDocument: { uri }, position: { line: hoverLine, character: 3 } }).then((h) => {
        order.push('hover');
        return h;
      }),
    );
    for (const hover of await Promise.all(hovers)) assert.match(hover.contents.value, /\*\*/);
    const published = await diagnostics;
    assert.deepEqual(published.diagnostics, [], 'nvcc output has no problems');
    assert.deepEqual(order, ['hover', 'hover', 'hover', 'hover', 'hover', 'diagnostics']);
    await server.shutdown();
  } finally {
    server.kill();
  }
  assert.deepEqual(server.strayOutput, []);
});

test('the outline answered right after opening (read from the top level) is the one the full parse gives', async () => {
  const server = new LspProcess();
  try {
    await server.initialize();
    const uri = 'file:///large/outline-first.ptx';
    const text = largePtx();
    const diagnostics = server.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri, 120_000);
    server.open(uri, 'ptx', text);
    const first = await server.request('textDocument/documentSymbol', { textDocument: { uri } });
    await diagnostics; // published once the full parse and the checks are done
    const later = await server.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(first.length, (text.match(/\.visible \.entry/g) ?? []).length);
    assert.deepEqual(first, later);
    await server.shutdown();
  } finally {
    server.kill();
  }
  assert.deepEqual(server.strayOutput, []);
});
