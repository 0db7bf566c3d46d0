/**
 * The compile service under faults, driven by tiny fake compilers (one scenario each) in
 * test/fixtures/fake-compilers: hangs, crashes, silence, floods, bad bytes, odd paths, bursts.
 * The same service instance goes through every scenario and must still work at the end.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CompileService } from '../../../server/src/toolchain/compileService';
import { toolProcessesStarted } from '../../../server/src/toolchain/run';
import type { CompileResult } from '../../../server/src/toolchain/types';
import { FAKES, isRunning, settings, waitFor } from './helpers';

let root: string;
let tmpRoot: string;
let logFile: string;
let service: CompileService;
let source: string;

const env = (): NodeJS.ProcessEnv => ({ PATH: dirname(process.execPath), FAKE_LOG: logFile });
const runs = (what: string): number => (existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').filter((l) => l.startsWith(what + ' ')).length : 0);
/** Pid of the newest run of a fake, from its log line. */
const lastPid = (what: string): number => Number(readFileSync(logFile, 'utf8').split('\n').filter((l) => l.startsWith(what + ' ')).pop()!.split(' ')[1]);
const leftovers = (): string[] => readdirSync(tmpRoot);
/** Temp dirs left once the service has finished removing them. */
const leftoversAfter = async (s: CompileService): Promise<string[]> => (await s.idle(), leftovers());

function request(fake: string, over: { key?: string; text?: string; version?: number; timeoutMs?: number; file?: string } = {}) {
  return {
    key: over.key ?? `doc-${fake}`,
    file: over.file ?? source,
    text: over.text,
    version: over.version,
    settings: settings({ nvccPath: fake.includes('/') ? fake : join(FAKES, fake), timeoutMs: over.timeoutMs ?? 10_000 }),
  };
}

before(() => {
  root = mkdtempSync(join(tmpdir(), 'ptx-lens-faults-'));
  tmpRoot = join(root, 'runs');
  mkdirSync(tmpRoot);
  logFile = join(root, 'runs.log');
  source = join(root, 'k.cu');
  writeFileSync(source, '__global__ void fake(float *p)\n{\n    p[0] = 1.0f;\n}\n');
  service = new CompileService({ tmpRoot, env: env(), killGraceMs: 300, settleMs: 100, searchDirs: [] });
});

after(() => {
  service.dispose();
  rmSync(root, { recursive: true, force: true });
});

test('baseline: the fake compiler produces a result with a kernel and its registers', async () => {
  const r = await service.compile(request('nvcc-ok'));
  assert.equal(r.kind, 'ok', JSON.stringify(r));
  if (r.kind !== 'ok') return;
  assert.equal(r.kernels[0].mangledName, '_Z4fakePf');
  assert.equal(r.kernels[0].registers, 7);
  assert.deepEqual(r.lineMap.bySource[source][2].length, 3);
  assert.deepEqual(await leftoversAfter(service), []);
});

test('a hanging compiler (ignoring SIGTERM) is killed at the timeout and a message comes back', async () => {
  const t = performance.now();
  const r = await service.compile(request('nvcc-hang', { timeoutMs: 500 }));
  const ms = performance.now() - t;
  assert.equal(r.kind, 'error');
  if (r.kind !== 'error') return;
  assert.equal(r.reason, 'timeout');
  assert.match(r.message, /timed out after 500 ms/);
  assert.match(r.diagnostics[0].diagnostics.map((d) => d.message).join('\n'), /timed out/);
  // Time is the behaviour here: not before the timeout; the upper bound is generous (SIGTERM,
  // ignored, then SIGKILL 300 ms later: under a second on an idle machine).
  assert.ok(ms >= 500 && ms < 30_000, `took ${ms} ms`);
  // the fake is really gone (it ignored SIGTERM: SIGKILL did it)
  assert.equal(isRunning(lastPid('nvcc-hang')), false);
  assert.deepEqual(await leftoversAfter(service), []);
});

test('a crash (signal) becomes a typed error', async () => {
  const r = await service.compile(request('nvcc-crash'));
  assert.equal(r.kind, 'error');
  if (r.kind !== 'error') return;
  assert.equal(r.reason, 'crash');
  assert.match(r.message, /SIGSEGV/);
  assert.deepEqual(await leftoversAfter(service), []);
});

test('exit 0 without output: no-output error', async () => {
  const r = await service.compile(request('nvcc-silent'));
  assert.equal(r.kind, 'error');
  if (r.kind === 'error') assert.equal(r.reason, 'no-output');
});

test('50 MB of stderr is capped, not kept', async () => {
  const before = process.memoryUsage().rss;
  const r = await service.compile(request('nvcc-flood'));
  assert.equal(r.kind, 'error');
  const size = JSON.stringify(r).length;
  assert.ok(size < 64 * 1024, `result is ${size} bytes`);
  const grew = process.memoryUsage().rss - before;
  assert.ok(grew < 40 * 1024 * 1024, `rss grew by ${grew} bytes`);
  assert.deepEqual(await leftoversAfter(service), []);
});

test('non-UTF-8 output is decoded with replacement characters', async () => {
  const r = await service.compile(request('nvcc-garbled'));
  assert.equal(r.kind, 'error');
  if (r.kind !== 'error') return;
  const d = r.diagnostics.flatMap((g) => g.diagnostics).find((x) => x.line === 3);
  assert.ok(d, JSON.stringify(r.diagnostics));
  assert.equal(d.file, source);
  assert.match(d.message, /\uFFFD/);
});

test('missing nvcc: typed result, never a throw', async () => {
  const s = new CompileService({ tmpRoot, env: { PATH: '' }, searchDirs: [] });
  const r = await s.compile({ key: 'm', file: source, settings: settings({ nvccPath: join(root, 'nope') }) });
  assert.equal(r.kind, 'missing');
  if (r.kind === 'missing') assert.equal(r.message, 'nvcc not found — set ptxLens.nvcc.path');
});

test('checkPtx with no ptxas anywhere: typed "missing"', async () => {
  const s = new CompileService({ tmpRoot, env: { PATH: '' }, searchDirs: [] });
  const r = await s.checkPtx({ key: 'p', file: join(root, 'k.ptx'), text: '.version 9.0\n', settings: settings() });
  assert.equal(r.kind, 'missing');
});

test('paths with spaces and non-ASCII: compiler folder and source folder', async () => {
  const toolDir = join(root, 'tool dir ü');
  mkdirSync(toolDir);
  for (const f of ['nvcc-ok', 'ptxas', '_common.js']) copyFileSync(join(FAKES, f), join(toolDir, f));
  const srcDir = join(root, 'src dir é 中');
  mkdirSync(srcDir);
  const file = join(srcDir, 'my kernel.cu');
  writeFileSync(file, '__global__ void fake(float *p) { p[0] = 1.0f; }\n');
  const r = await service.compile(request(join(toolDir, 'nvcc-ok'), { key: 'spaces', file }));
  assert.equal(r.kind, 'ok', JSON.stringify(r));
  if (r.kind !== 'ok') return;
  assert.ok(r.lineMap.bySource[file], Object.keys(r.lineMap.bySource).join());
  // an unsaved buffer is compiled from a temp copy; results still name the real file
  const unsaved = await service.compile(request(join(toolDir, 'nvcc-ok'), { key: 'spaces', file, text: '// edited\n__global__ void fake(float *p) {}\n' }));
  assert.equal(unsaved.kind, 'ok');
  if (unsaved.kind === 'ok') assert.deepEqual(Object.keys(unsaved.lineMap.bySource), [file]);
});

test('20 requests for one document within a second: at most 2 compiles, the last one wins', async () => {
  const s = new CompileService({ tmpRoot, env: { ...env(), FAKE_DELAY_MS: '300' }, settleMs: 150, killGraceMs: 300 });
  const startRuns = runs('nvcc-ok');
  const pending: Array<Promise<CompileResult>> = [];
  for (let v = 1; v <= 20; v++) {
    pending.push(s.compile(request('nvcc-ok', { key: 'burst', text: `// v${v}\n__global__ void fake(float *p) {}\n`, version: v })));
    await new Promise((r) => setTimeout(r, 45));
  }
  const results = await Promise.all(pending);
  assert.ok(runs('nvcc-ok') - startRuns <= 2, `${runs('nvcc-ok') - startRuns} compiles`);
  assert.ok(s.nvccRuns <= 2);
  const last = results[19];
  assert.equal(last.kind, 'ok');
  assert.equal(last.version, 20);
  assert.ok(results.slice(0, 19).every((r) => r.kind === 'cancelled'), results.map((r) => r.kind).join());
  assert.deepEqual(await leftoversAfter(s), []);
});

test('a caller abort cancels its run: the running compiler is stopped, not waited out', async () => {
  // The fake would work for 30 s and then log its end; the answer comes only once the process has exited.
  const s = new CompileService({ tmpRoot, env: { ...env(), FAKE_DELAY_MS: '30000' }, killGraceMs: 300 });
  const [started, finished] = [runs('nvcc-ok'), runs('nvcc-ok-end')];
  const ac = new AbortController();
  const p = s.compile(request('nvcc-ok', { key: 'abort', text: '// abort me\n' }), ac.signal);
  await waitFor('the compiler started', () => runs('nvcc-ok') > started);
  ac.abort();
  const r = await p;
  assert.equal(r.kind, 'cancelled');
  if (r.kind === 'cancelled') assert.equal(r.reason, 'aborted');
  assert.equal(isRunning(lastPid('nvcc-ok')), false, 'the compiler was killed');
  assert.equal(runs('nvcc-ok-end'), finished, 'it never got to write its output');
  assert.deepEqual(await leftoversAfter(s), []);
});

test('at most 2 compiles at once over all documents', async () => {
  const s = new CompileService({ tmpRoot, env: { ...env(), FAKE_DELAY_MS: '200' } });
  const from = existsSync(logFile) ? readFileSync(logFile, 'utf8').length : 0;
  const results = await Promise.all(Array.from({ length: 6 }, (_, i) => s.compile(request('nvcc-ok', { key: `doc${i}`, text: `// doc ${i}\n` }))));
  assert.ok(results.every((r) => r.kind === 'ok'));
  // overlap of the fake's [start, end] intervals, from its log
  const events = readFileSync(logFile, 'utf8').slice(from).split('\n').filter((l) => /^nvcc-ok(-end)? /.test(l)).map((l) => {
    const [what, , ms] = l.split(' ');
    return { t: Number(ms), d: what === 'nvcc-ok' ? 1 : -1 };
  });
  events.sort((a, b) => a.t - b.t || a.d - b.d);
  let live = 0;
  let peak = 0;
  for (const e of events) peak = Math.max(peak, (live += e.d));
  assert.equal(events.length, 12);
  assert.equal(peak, 2);
  assert.deepEqual(await leftoversAfter(s), []);
});

test('no temp files remain after 100 compiles (ok, failing, timing out)', async () => {
  const s = new CompileService({ tmpRoot, env: env(), killGraceMs: 100 });
  const fakes = ['nvcc-ok', 'nvcc-crash', 'nvcc-silent', 'nvcc-garbled', 'nvcc-hang'];
  const all: Array<Promise<CompileResult>> = [];
  for (let i = 0; i < 100; i++) {
    const fake = fakes[i % fakes.length];
    all.push(s.compile(request(fake, { key: `k${i}`, text: `// ${i}\n`, timeoutMs: fake === 'nvcc-hang' ? 200 : 10_000 })));
  }
  const results = await Promise.all(all);
  assert.equal(results.filter((r) => r.kind === 'ok').length, 20);
  assert.deepEqual(await leftoversAfter(s), []);
});

test('after all of that the first service still compiles, and caches', async () => {
  const r = await service.compile(request('nvcc-ok', { key: 'final', text: '// final\n' }));
  assert.equal(r.kind, 'ok');
  const [processes, compiles] = [toolProcessesStarted(), runs('nvcc-ok')];
  const again = await service.compile(request('nvcc-ok', { key: 'final', text: '// final\n' }));
  assert.ok(again.kind === 'ok' && again.fromCache);
  assert.equal(toolProcessesStarted(), processes, 'a cache hit starts no process');
  assert.equal(runs('nvcc-ok'), compiles);
  if (r.kind === 'ok' && again.kind === 'ok') assert.equal(again.kernels, r.kernels, 'the stored result');
});
