/** The real server over stdio: start-up, capabilities, a hover, clean shutdown, clean stdout. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { LspProcess, SERVER_JS } from '../support/lspProcess';

const PTX = `.version 9.0
.target sm_90
.address_size 64

.visible .entry k(.param .u64 p) {
  ret;
}
`;

test('initialize → hover → shutdown/exit, with nothing but protocol on stdout', async () => {
  const server = new LspProcess();
  try {
    const init = await server.initialize();
    assert.equal(init.capabilities.hoverProvider, true);
    assert.equal(init.serverInfo.name, 'ptx-lens');

    server.open('file:///tmp/k.ptx', 'ptx', PTX);
    const hover = await server.request('textDocument/hover', {
      textDocument: { uri: 'file:///tmp/k.ptx' },
      position: { line: 1, character: 2 },
    });
    assert.ok(hover, 'a hover on .target');
    assert.match(hover.contents.value, /\.target/);

    const exit = await server.shutdown();
    assert.equal(exit.code, 0);
    assert.deepEqual(server.strayOutput, [], 'stdout carried only protocol messages');
  } finally {
    server.kill();
  }
});

test('custom serverInfo request reports the process id', async () => {
  const server = new LspProcess();
  try {
    await server.initialize();
    const info = await server.request('ptxLens/serverInfo');
    assert.equal(info.pid, server.child.pid);
    assert.match(info.version, /^\d+\.\d+\.\d+/);
    await server.shutdown();
  } finally {
    server.kill();
  }
});

for (const [args, expected] of [
  [['--bogus'], /unknown option --bogus/],
  [[], /no transport given/],
  [['--stdio', '--node-ipc'], /more than one transport/],
] as const) {
  test(`server started with ${JSON.stringify(args)} explains on stderr and exits non-zero`, () => {
    const run = spawnSync(process.execPath, [SERVER_JS, ...args], { encoding: 'utf8', timeout: 10_000 });
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, expected);
    assert.equal(run.stdout, '', 'nothing on stdout');
  });
}
