/**
 * Entry of the extension-host suite. VS Code loads the bundle of this file
 * (`dist-test/host/index.js`, `extensionTestsPath`) inside its extension host and awaits `run()`;
 * a rejection makes the host exit non-zero. The same bundle runs under code-server
 * (test/host/launch.mjs) and under VS Code desktop (test/host/electron.mjs).
 *
 * It prints one line per test and a closing `N passed, N failed` line.
 */
import type MochaTypes from 'mocha';

const SUITE_BEGIN = '@@ptx-lens-suite-begin@@';
const SUITE_END = '@@ptx-lens-suite-end@@';
/**
 * Under code-server the extension host's console lines reach the launcher mixed with the
 * workbench's own log lines; the launcher sets PTX_LENS_SUITE_TAG so that the suite marks its
 * lines and brackets them with SUITE_BEGIN and SUITE_END (telling a suite that never started
 * from one that never finished). Under VS Code desktop they go straight to the terminal, plain.
 */
const TAG = process.env.PTX_LENS_SUITE_TAG ?? '';

function marker(line: string): void {
  if (TAG) log(line);
}

type MochaConstructor = typeof MochaTypes;

/**
 * Mocha 12's package entry is an ES module; its CommonJS build is what an extension host of
 * any Node version can `require`. `mocha` stays external to the bundle and resolves from the
 * repository's node_modules.
 */
function loadMocha(): MochaConstructor {
  return require('mocha/lib/mocha.cjs') as MochaConstructor;
}

/**
 * The suite files. They call mocha's `suite`/`test` globals when they are evaluated, so they
 * are required only after mocha has put those globals in place (esbuild keeps each required
 * module lazy inside the one bundle).
 */
function loadSuiteFiles(): void {
  require('./extension.test');
  require('./features.test');
  require('./inlineAsm.test');
  require('./checks.test');
}

function log(line: string): void {
  console.log(`${TAG}${line}`);
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export function run(): Promise<void> {
  const Mocha = loadMocha();
  const { EVENT_RUN_END, EVENT_SUITE_BEGIN, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING } = Mocha.Runner.constants;

  /** One line per test, failures in full at the end, then the closing count. */
  class LineReporter {
    constructor(runner: MochaTypes.Runner) {
      const failures: { title: string; error: unknown }[] = [];
      let passed = 0;
      let pending = 0;
      runner.on(EVENT_SUITE_BEGIN, (suite: MochaTypes.Suite) => {
        if (suite.title) log(`${'  '.repeat(Math.max(0, depth(suite) - 1))}${suite.title}`);
      });
      runner.on(EVENT_TEST_PASS, (test: MochaTypes.Test) => {
        passed++;
        log(`${indent(test)}ok ${test.title} (${test.duration ?? 0} ms)`);
      });
      runner.on(EVENT_TEST_PENDING, (test: MochaTypes.Test) => {
        pending++;
        log(`${indent(test)}skip ${test.title}`);
      });
      runner.on(EVENT_TEST_FAIL, (test: MochaTypes.Test, error: unknown) => {
        failures.push({ title: test.fullTitle(), error });
        log(`${indent(test)}FAIL ${test.title}`);
      });
      runner.once(EVENT_RUN_END, () => {
        failures.forEach(({ title, error }, i) => {
          log('');
          log(`${i + 1}) ${title}`);
          for (const line of describeError(error).split('\n')) log(`   ${line}`);
        });
        log('');
        log(`${passed} passed, ${failures.length} failed${pending ? `, ${pending} skipped` : ''}`);
      });
    }
  }

  const mocha = new Mocha({
    ui: 'tdd',
    timeout: 60_000,
    color: false,
    reporter: LineReporter as unknown as MochaTypes.ReporterConstructor,
  });
  mocha.suite.emit('pre-require', globalThis, 'extension-host-suite', mocha);
  marker(SUITE_BEGIN);
  return new Promise<void>((resolve, reject) => {
    try {
      loadSuiteFiles();
      mocha.run((failed) => {
        marker(SUITE_END);
        if (failed > 0) reject(new Error(`${failed} extension-host test(s) failed`));
        else resolve();
      });
    } catch (error) {
      log(`could not load the suite: ${describeError(error)}`);
      log('0 passed, 1 failed');
      marker(SUITE_END);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function depth(suite: MochaTypes.Suite): number {
  let n = 0;
  for (let s: MochaTypes.Suite | undefined = suite; s && !s.root; s = s.parent) n++;
  return n;
}

function indent(test: MochaTypes.Test): string {
  return '  '.repeat(test.parent ? depth(test.parent) : 0);
}
