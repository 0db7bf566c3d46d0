/** `ptxas -v` reports captured from ptxas 13.0. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePtxasVerbose } from '../../../server/src/toolchain/ptxasInfo';
import { captured } from './helpers';

test('three entries of fixtures/cuda/saxpy.cu (two template instantiations)', () => {
  const r = parsePtxasVerbose(captured('ptxas-v-saxpy-sm90.txt'));
  assert.deepEqual(
    [...r].map(([n, v]) => [n, v.registers, v.hasUsage]),
    [
      ['_Z4fillIiEvPT_S0_i', 10, true],
      ['_Z4fillIfEvPT_S0_i', 10, true],
      ['_Z5saxpyifPKfPf', 10, true],
    ],
  );
});

test('shared memory, barriers, stack; a .func gets stack figures but no usage line', () => {
  const r = parsePtxasVerbose(captured('ptxas-v-resources-sm90.txt'));
  assert.deepEqual(r.get('_Z10use_helperPKfPfi'), {
    registers: 14, barriers: 1, spillStoreBytes: 0, spillLoadBytes: 0, stackBytes: 0, sharedBytes: 1024, constBytes: 0, hasUsage: true,
  });
  assert.equal(r.get('_Z5spillPf')?.stackBytes, 272);
  assert.equal(r.get('_Z5spillPf')?.registers, 32);
  assert.equal(r.get('_Z5noinlf')?.hasUsage, false);
});

test('spills and constant banks (sm_75, --maxrregcount 24)', () => {
  const r = parsePtxasVerbose(captured('ptxas-v-spills-sm75.txt'));
  assert.deepEqual(r.get('_Z5heavyPdi'), {
    registers: 24, barriers: 0, spillStoreBytes: 592, spillLoadBytes: 856, stackBytes: 896, sharedBytes: 0, constBytes: 364, hasUsage: true,
  });
  assert.equal(r.get('_Z1kPf')?.constBytes, 360);
});

test('older formats: no barriers, quoted names, cmem on several banks', () => {
  const text = [
    "ptxas info    : Compiling entry function '_Z1kv' for 'sm_52'",
    "ptxas info    : Function properties for '_Z1kv'",
    '    16 bytes stack frame, 4 bytes spill stores, 8 bytes spill loads',
    'ptxas info    : Used 20 registers, 48 bytes smem, 320 bytes cmem[0], 8 bytes cmem[2]',
  ].join('\r\n');
  assert.deepEqual(parsePtxasVerbose(text).get('_Z1kv'), {
    registers: 20, barriers: 0, spillStoreBytes: 4, spillLoadBytes: 8, stackBytes: 16, sharedBytes: 48, constBytes: 328, hasUsage: true,
  });
});
