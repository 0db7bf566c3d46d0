import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSettings } from '../../server/src/settings';

test('reads every setting and defaults what is missing or malformed', () => {
  const settings = readSettings({ nvcc: { path: ' /opt/cuda/bin/nvcc ', arch: 'sm_100a', extraArgs: ['-I', 'inc'], timeoutSeconds: 5 }, ptxas: { validate: false } }, true);
  assert.equal(settings.toolchain.nvccPath, '/opt/cuda/bin/nvcc');
  assert.equal(settings.toolchain.arch, 'sm_100a');
  assert.deepEqual(settings.toolchain.extraArgs, ['-I', 'inc']);
  assert.equal(settings.toolchain.timeoutMs, 5000);
  assert.equal(settings.ptxasValidate, false);
  assert.equal(settings.codeLensEnabled, true);

  const odd = readSettings({ nvcc: { arch: 'rm -rf /', extraArgs: 'not-a-list', timeoutSeconds: -1 } }, true);
  assert.equal(odd.toolchain.arch, 'sm_90');
  assert.deepEqual(odd.toolchain.extraArgs, []);
  assert.equal(odd.toolchain.timeoutMs, 60_000);
  assert.equal(readSettings(null, true).toolchain.arch, 'sm_90');
});

test('an untrusted workspace never chooses a program or its arguments', () => {
  const settings = readSettings({ nvcc: { path: '/tmp/evil', extraArgs: ['--run'] }, compileCommands: '/tmp/cc.json' }, false);
  assert.equal(settings.toolchain.nvccPath, '');
  assert.deepEqual(settings.toolchain.extraArgs, []);
  assert.equal(settings.toolchain.compileCommands, '');
  assert.equal(settings.toolchain.trusted, false);
});
