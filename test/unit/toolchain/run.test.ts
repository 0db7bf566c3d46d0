/** runTool directly: argument arrays reach the program verbatim, output caps, decoding, cancellation. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeOutput, runTool } from '../../../server/src/toolchain/run';
import { isRunning, waitFor } from './helpers';

const node = process.execPath;

test('arguments are passed verbatim, never through a shell', async () => {
  const args = ['$(echo hi)', 'a b', '"q"', ';', '|', '*', 'ü'];
  const r = await runTool(node, ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', ...args], { timeoutMs: 10_000 });
  assert.deepEqual(JSON.parse(r.stdout), args);
});

test('stdout/stderr are capped with a note; the rest is counted', async () => {
  const r = await runTool(node, ['-e', 'process.stderr.write("e".repeat(300000)); process.stdout.write("o".repeat(5000))'], { timeoutMs: 10_000, maxOutputBytes: 1000 });
  assert.equal(r.code, 0);
  assert.equal(r.droppedStderr, 299_000);
  assert.equal(r.droppedStdout, 4000);
  assert.match(r.stderr, /^e{1000}\n\[… 299000 more bytes of output dropped\]\n$/);
});

test('invalid UTF-8 becomes U+FFFD; stdin is delivered, also from a promise', async () => {
  assert.equal(decodeOutput(Uint8Array.from([0x61, 0xff, 0x62])), 'a\uFFFDb');
  const r = await runTool(node, ['-e', 'process.stdin.pipe(process.stdout)'], { timeoutMs: 10_000, stdin: new Promise((res) => setTimeout(() => res('later\n'), 50)) });
  assert.equal(r.stdout, 'later\n');
});

test('a missing program is reported, not thrown', async () => {
  const r = await runTool('/nonexistent/tool', [], { timeoutMs: 1000 });
  assert.ok(r.spawnError);
  assert.equal(r.code, null);
});

test('abort stops the process and its children (the whole process group)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-run-'));
  const pidFile = join(dir, 'grandchild.pid');
  let grandchild = 0;
  try {
    const ac = new AbortController();
    // The child starts a grandchild (not holding the output pipes, so only the group kill can stop it) and writes its pid.
    const child = `const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(()=>{},1000)'], { stdio: 'ignore' }); require('node:fs').writeFileSync(${JSON.stringify(pidFile)}, String(c.pid)); setInterval(()=>{},1000)`;
    const p = runTool(node, ['-e', child], { timeoutMs: 60_000, signal: ac.signal, killGraceMs: 200 });
    await waitFor('the grandchild started', () => existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '');
    grandchild = Number(readFileSync(pidFile, 'utf8'));
    ac.abort();
    const r = await p;
    assert.equal(r.cancelled, true);
    assert.equal(r.timedOut, false);
    assert.equal(r.signal, 'SIGTERM');
    await waitFor('the grandchild is gone', () => !isRunning(grandchild));
  } finally {
    if (grandchild && isRunning(grandchild)) process.kill(grandchild, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
