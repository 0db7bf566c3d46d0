/** The `ptx-lens` command line, driven in-process with captured output. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const root = join(__dirname, '..', '..');

test('--help and --version; no command is a usage error', async () => {
  assert.match((await run('--help')).out, /Usage: ptx-lens <command>/);
  assert.match((await run('--version')).out, /^\d+\.\d+\.\d+/);
  assert.equal((await run()).code, 2);
  const unknown = await run('frobnicate');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command "frobnicate"/);
});

test('doc explains an instruction, a prefix, a special register, a directive and a type', async () => {
  const ld = await run('doc', 'ld.global.nc');
  assert.equal(ld.code, 0);
  assert.match(ld.out, /^# ld\.global\.nc/);
  assert.match(ld.out, /## Example/);
  const prefix = await run('doc', 'cp.async.bulk');
  assert.match(prefix.out, /cp\.async\.bulk\.tensor/);
  assert.match((await run('doc', '%cluster_ctarank')).out, /%cluster_ctarank/);
  assert.match((await run('doc', '.maxnreg')).out, /\.maxnreg/);
  assert.match((await run('doc', '.e4m3')).out, /\.e4m3/);
  const json = JSON.parse((await run('doc', 'wgmma.mma_async', '--json')).out);
  assert.equal(json.opcode, 'wgmma.mma_async');
  assert.equal(json.family, 'warpgroup-matrix');
  const missing = await run('doc', 'frobnicate');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /nothing is documented as "frobnicate"/);
});

test('doc concept:<name> prints a concept note; concept: lists them; an unknown one says which exist', async () => {
  const note = await run('doc', 'concept:warp-specialization');
  assert.equal(note.code, 0, note.err);
  assert.match(note.out, /^# Warp specialisation and setmaxnreg/);
  assert.match(note.out, /Sources: /);
  const list = await run('doc', 'concept:');
  assert.match(list.out, /concept:tensor-cores\s+Tensor cores/);
  const missing = await run('doc', 'concept:nope');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no concept note "nope"[\s\S]*concept:thread-hierarchy/);
});

test('hover takes 1-based line:column, on PTX and on inline asm in CUDA', async () => {
  const ptx = await run('hover', join(root, 'examples/saxpy.ptx'), '51:3');
  assert.equal(ptx.code, 0, ptx.err);
  assert.match(ptx.out, /\*\*fma\*\*/);
  const json = JSON.parse((await run('hover', join(root, 'examples/saxpy.ptx'), '51:3', '--json')).out);
  assert.equal(json.line, 51);
  assert.match(json.markdown, /fma/);
  const cuda = await run('hover', join(root, 'examples/inline_ptx.cu'), '8:20');
  assert.match(cuda.out, /\*\*ld\.global\.nc\*\*/);
  assert.equal((await run('hover', join(root, 'examples/saxpy.ptx'), 'nowhere')).code, 2);
  const unreadable = await run('hover', join(root, 'no such file.ptx'), '1:1');
  assert.equal(unreadable.code, 2);
  assert.match(unreadable.err, /cannot read/);
});

test('check exits 1 on errors and 0 on clean PTX', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-cli-'));
  try {
    const bad = join(dir, 'bad file.ptx');
    writeFileSync(bad, '.version 9.0\n.target sm_90\n.address_size 64\n.visible .entry k() {\n  frobnicate.u32 %r1;\n  ret;\n}\n');
    const result = await run('check', bad, '--no-ptxas');
    assert.equal(result.code, 1);
    assert.match(result.out, /bad file\.ptx:5:3: error: Unknown instruction 'frobnicate'/);
    const json = JSON.parse((await run('check', bad, '--no-ptxas', '--json')).out);
    assert.ok(json.errors >= 1);
    const clean = await run('check', join(root, 'examples/saxpy.ptx'), '--no-ptxas');
    assert.equal(clean.code, 0, clean.out);
    assert.match(clean.out, /0 errors, 0 warnings/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
