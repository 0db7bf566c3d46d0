#!/usr/bin/env node
// Runs the extension-host suite (dist-test/host/index.js) in VS Code desktop through
// @vscode/test-electron: for machines that can download VS Code (a developer's own, public CI
// with internet). Machines without that use test/host/launch.mjs --test (code-server).
//
//   npm run test:electron                       latest stable VS Code
//   npm run test:electron -- --min              the oldest VS Code package.json supports
//   npm run test:electron -- --version 1.95.0   a given version ('stable', 'insiders', x.y.z)
// Environment:
//   PTX_LENS_VSCODE_PATH     use this VS Code executable instead of downloading one
//   PTX_LENS_VSCODE_VERSION  same as --version
//
// Downloads go to .test-host/vscode-desktop/ (git-ignored). On Linux without a display, run it
// under a virtual one: `xvfb-run -a npm run test:electron`.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXTENSION_TESTS = path.join(ROOT, 'dist-test', 'host', 'index.js');
const WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');
const CACHE = path.join(ROOT, '.test-host', 'vscode-desktop');

function say(message) {
  process.stderr.write(`[electron] ${message}\n`);
}

function minimumVersion() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const match = /(\d+\.\d+\.\d+)/.exec(pkg.engines?.vscode ?? '');
  if (!match) throw new Error(`package.json engines.vscode (${pkg.engines?.vscode}) names no version`);
  return match[1];
}

function parseArgs(argv) {
  let version = process.env.PTX_LENS_VSCODE_VERSION || 'stable';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--min') version = minimumVersion();
    else if (argv[i] === '--version' && argv[i + 1]) version = argv[++i];
    else throw new Error(`unknown argument: ${argv[i]} (say --min or --version VERSION)`);
  }
  return { version };
}

async function main() {
  const { version } = parseArgs(process.argv.slice(2));
  for (const [file, what] of [
    [path.join(ROOT, 'dist', 'extension.js'), 'the extension bundle'],
    [EXTENSION_TESTS, 'the compiled suite'],
  ]) {
    if (!fs.existsSync(file)) {
      say(`ERROR: ${what} ${path.relative(ROOT, file)} is missing: run \`npm run build\`.`);
      return 1;
    }
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    say('warning: no DISPLAY; VS Code desktop needs one. Try `xvfb-run -a npm run test:electron`.');
  }

  const { runTests } = await import('@vscode/test-electron');
  // A fresh profile per run: no user settings or extensions leak in, nothing is left behind.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ptxe-'));
  const executable = process.env.PTX_LENS_VSCODE_PATH;
  say(executable ? `VS Code at ${executable}` : `VS Code ${version} (downloaded into ${path.relative(ROOT, CACHE)}/ when missing)`);
  try {
    return await runTests({
      ...(executable ? { vscodeExecutablePath: executable } : { version, cachePath: CACHE }),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: EXTENSION_TESTS,
      launchArgs: [
        WORKSPACE,
        '--disable-extensions',
        '--disable-telemetry',
        `--user-data-dir=${path.join(profile, 'user-data')}`,
        `--extensions-dir=${path.join(profile, 'extensions')}`,
      ],
    });
  } catch (error) {
    // runTests rejects with TestRunFailedError when VS Code exits non-zero (a test failed).
    say(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    return typeof error?.code === 'number' && error.code !== 0 ? error.code : 1;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    say(`ERROR: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
