/** `ptx-lens explain`: argument parsing, output, exit codes (real nvcc where installed). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { explainCommand, formatRanges, parseExplainArgs } from '../../../server/src/cli/explain';
import { CUDA, NO_NVCC } from './helpers';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await explainCommand(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

test('argument parsing and usage errors (exit 2)', async () => {
  assert.deepEqual(parseExplainArgs(['k.cu', '--arch', 'sm_80', '--json', '--', '-DX', '--json']), {
    file: 'k.cu', arch: 'sm_80', json: true, extraArgs: ['-DX', '--json'], timeoutMs: 120_000,
  });
  assert.equal(typeof parseExplainArgs(['--arch']), 'string');
  for (const argv of [[], ['--bogus', 'k.cu'], ['a.cu', 'b.cu']]) {
    const r = await run(argv);
    assert.equal(r.code, 2);
    assert.match(r.err, /usage: ptx-lens explain/);
  }
  const missingFile = await run([join(CUDA, 'nope.cu')]);
  assert.equal(missingFile.code, 2);
  assert.match(missingFile.err, /cannot read/);
});

test('a missing nvcc is exit 2 with the message', async () => {
  const r = await run([join(CUDA, 'saxpy.cu'), '--nvcc', '/nonexistent/nvcc']);
  // falls back to discovery: only "missing" when nothing else is installed either
  if (NO_NVCC) {
    assert.equal(r.code, 2);
    assert.match(r.err, /nvcc not found/);
  } else assert.equal(r.code, 0);
});

test('formatRanges', () => {
  assert.equal(formatRanges([3, 4, 5, 9, 11, 12]), '3-5, 9, 11-12');
  assert.equal(formatRanges([]), '');
});

test('text output: figures and source → PTX lines per kernel', { skip: NO_NVCC }, async () => {
  const r = await run([join(CUDA, 'saxpy.cu'), '--arch', 'sm_80']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /nvcc \d+\.\d+\.\d+, sm_80/);
  assert.match(r.out, /__global__ saxpy\(int, float, float const\*, float\*\)\s+\[_Z5saxpyifPKfPf\]/);
  assert.match(r.out, /registers \d+, spill stores 0 B/);
  assert.match(r.out, /saxpy\.cu:7\s+y\[i\] = a \* x\[i\] \+ y\[i\];\s+-> PTX \d+/);
  assert.match(r.out, /void fill<int>\(int\*, int, int\)/);
});

test('--json output and extra nvcc args after --', { skip: NO_NVCC }, async () => {
  const r = await run([join(CUDA, 'saxpy.cu'), '--json', '--', '-DUNUSED=1']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.kernels.length, 3);
  assert.ok(j.nvccArgs.includes('-DUNUSED=1'));
  const saxpy = j.kernels.find((k: { mangledName: string }) => k.mangledName === '_Z5saxpyifPKfPf');
  assert.ok(saxpy.registers > 0);
  assert.ok(saxpy.lines.some((l: { line: number; ptxLines: number[] }) => l.line === 7 && l.ptxLines.length > 3));
});

test('compile errors: exit 1, diagnostics on stderr as file:line:col', { skip: NO_NVCC }, async () => {
  const r = await run([join(CUDA, 'broken.cu')]);
  assert.equal(r.code, 1);
  assert.match(r.err, /broken\.cu:8:16: error: identifier "undefined_symbol" is undefined/);
});
