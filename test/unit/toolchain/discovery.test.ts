/** Finding nvcc and ptxas; version and arch list parsing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { discoverToolchain, locateNvcc, parseArchList, parseNvccVersion } from '../../../server/src/toolchain/discovery';
import { NVCC_MISSING_MESSAGE } from '../../../server/src/toolchain/types';
import { FAKES } from './helpers';

test('parseNvccVersion', () => {
  assert.equal(parseNvccVersion('Cuda compilation tools, release 13.0, V13.0.88\nBuild cuda_13.0.r13.0/compiler.36424714_0'), '13.0.88');
  assert.equal(parseNvccVersion('Cuda compilation tools, release 11.8'), '11.8');
  assert.equal(parseNvccVersion('garbage'), undefined);
});

test('parseArchList sorts numerically and ignores noise', () => {
  assert.deepEqual(parseArchList('sm_75\nsm_100\nsm_90a\nsm_90\nnvcc warning : x\ncompute_103\n\n'), ['sm_75', 'sm_90', 'sm_90a', 'sm_100', 'compute_103']);
});

function fakeBin(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const p = join(dir, name);
  writeFileSync(p, '#!/bin/sh\necho "Cuda compilation tools, release 12.4, V12.4.131"\n');
  chmodSync(p, 0o755);
  return p;
}

test('search order: setting, CUDA_PATH, CUDA_HOME, PATH, fallback dirs; ptxas beside nvcc else PATH', () => {
  const root = mkdtempSync(join(tmpdir(), 'ptx-lens-disc-'));
  try {
    const setting = fakeBin(join(root, 'setting dir ü'), 'nvcc');
    const cudaPath = fakeBin(join(root, 'cp', 'bin'), 'nvcc');
    fakeBin(join(root, 'cp', 'bin'), 'ptxas');
    const cudaHome = fakeBin(join(root, 'ch', 'bin'), 'nvcc');
    const onPath = fakeBin(join(root, 'p1'), 'nvcc');
    const ptxasOnPath = fakeBin(join(root, 'p2'), 'ptxas');
    const fallback = fakeBin(join(root, 'fb'), 'nvcc');
    const env = { CUDA_PATH: join(root, 'cp'), CUDA_HOME: join(root, 'ch'), PATH: [join(root, 'p1'), join(root, 'p2')].join(':') };
    const dirs = [join(root, 'fb')];
    assert.deepEqual(locateNvcc({ nvccPath: setting, trusted: true }, env, dirs), { nvcc: setting, ptxas: ptxasOnPath, foundVia: 'setting' });
    // the setting may name the folder (bin, or the toolkit root) instead of the program
    assert.equal(locateNvcc({ nvccPath: join(root, 'setting dir ü'), trusted: true }, env, dirs)?.nvcc, setting);
    assert.equal(locateNvcc({ nvccPath: join(root, 'cp'), trusted: true }, env, dirs)?.nvcc, cudaPath);
    // untrusted: the setting is ignored
    assert.deepEqual(locateNvcc({ nvccPath: setting, trusted: false }, env, dirs), { nvcc: cudaPath, ptxas: join(root, 'cp', 'bin', 'ptxas'), foundVia: 'CUDA_PATH' });
    assert.equal(locateNvcc({ nvccPath: '', trusted: true }, { ...env, CUDA_PATH: undefined }, dirs)?.nvcc, cudaHome);
    assert.equal(locateNvcc({ nvccPath: '', trusted: true }, { PATH: env.PATH }, dirs)?.nvcc, onPath);
    assert.deepEqual(locateNvcc({ nvccPath: '', trusted: true }, { PATH: '' }, dirs), { nvcc: fallback, ptxas: undefined, foundVia: dirs[0] });
    assert.equal(locateNvcc({ nvccPath: join(root, 'nope', 'nvcc'), trusted: true }, { PATH: '' }, []), undefined);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('discoverToolchain reports the version, or a typed "missing"', async () => {
  // the fakes are `#!/usr/bin/env node` scripts: node must be on PATH
  const tc = await discoverToolchain({ nvccPath: join(FAKES, 'nvcc-ok'), trusted: true, timeoutMs: 5000 }, { PATH: dirname(process.execPath) }, []);
  assert.ok(!('kind' in tc));
  assert.equal(tc.version, '13.0.88');
  assert.equal(tc.ptxas, join(FAKES, 'ptxas'));
  assert.deepEqual(await discoverToolchain({ nvccPath: '', trusted: true, timeoutMs: 5000 }, { PATH: '' }, []), { kind: 'missing', message: NVCC_MISSING_MESSAGE });
});
