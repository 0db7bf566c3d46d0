/** In an untrusted workspace the server runs no compiler and says why, and reading still works. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspProcess } from '../support/lspProcess';

test('untrusted: no nvcc, no ptxas, the status and the lenses explain; hovers still answer', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-untrusted-'));
  // A fake nvcc that would leave a mark if anything ran it.
  const marker = join(dir, 'ran');
  const fake = join(dir, 'nvcc');
  writeFileSync(fake, `#!/bin/sh\ntouch ${JSON.stringify(marker)}\nexit 1\n`, { mode: 0o755 });
  const file = join(dir, 'k.cu');
  const source = readFileSync(join(__dirname, '..', '..', 'examples/saxpy.cu'), 'utf8');
  writeFileSync(file, source);
  const uri = pathToFileURL(file).href;
  // The fake nvcc and ptxas come first on PATH: any compile would run them.
  writeFileSync(join(dir, 'ptxas'), `#!/bin/sh\ntouch ${JSON.stringify(marker)}\nexit 1\n`, { mode: 0o755 });
  const server = new LspProcess(['--stdio'], { ...process.env, PATH: `${dir}:${process.env.PATH}`, CUDA_PATH: '', CUDA_HOME: '' });
  try {
    await server.initialize(pathToFileURL(dir).href, { workspaceTrusted: false });
    const status = await server.waitForNotification('ptxLens/toolchainStatus');
    assert.equal(status.state, 'untrusted');
    assert.match(status.message, /not trusted/);
    server.open(uri, 'cuda-cpp', source);
    server.open(`${uri}.ptx`, 'ptx', readFileSync(join(__dirname, '..', '..', 'examples/saxpy.ptx'), 'utf8'));
    const view = await server.request('ptxLens/compile', { uri });
    assert.equal(view.kind, 'error');
    assert.match(view.message, /not trusted/);
    const lenses = await server.request('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.length > 0 && lenses.every((l: any) => /not trusted/.test(l.command.title)));
    const hover = await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 13 } });
    assert.match(hover.contents.value, /%ntid|%tid|%ctaid/, 'built-in hover still works');
    await server.shutdown();
  } finally {
    server.kill();
    const ran = (() => {
      try {
        readFileSync(marker);
        return true;
      } catch {
        return false;
      }
    })();
    rmSync(dir, { recursive: true, force: true });
    assert.equal(ran, false, 'no program was run');
  }
});
