/**
 * Start-up: how long the real server takes to answer `initialize`, and how much of that the
 * knowledge base costs (loading its data, and building its look-up index on first use).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { LspProcess } from '../test/support/lspProcess';
import { median, round } from './stats';
import type { BenchRow } from './types';

const ROOT = join(__dirname, '..');
const RUNS = 9;

async function timeToInitialize(): Promise<number> {
  const start = performance.now();
  const server = new LspProcess();
  try {
    await server.initialize();
    return performance.now() - start;
  } finally {
    await server.shutdown().catch(() => undefined);
    server.kill();
  }
}

export async function benchStartup(): Promise<BenchRow[]> {
  const starts: number[] = [];
  for (let i = 0; i < RUNS; i++) starts.push(await timeToInitialize());

  const dir = join(ROOT, '.bench');
  mkdirSync(dir, { recursive: true });
  const bundle = join(dir, 'knowledge.js');
  await build({ entryPoints: [join(ROOT, 'server/src/knowledge/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });
  const probe = `
    const t0 = performance.now();
    const kb = require(${JSON.stringify(bundle)});
    const t1 = performance.now();
    kb.findInstruction('wgmma.mma_async.sync.aligned.m64n256k32.f32.e4m3.e4m3');
    const t2 = performance.now();
    process.stdout.write(JSON.stringify({ load: t1 - t0, index: t2 - t1, entries: kb.instructions.length }));`;
  const loads: number[] = [];
  const indexes: number[] = [];
  let entries = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    const figures = JSON.parse(run.stdout) as { load: number; index: number; entries: number };
    loads.push(figures.load);
    indexes.push(figures.index);
    entries = figures.entries;
  }
  return [
    { area: 'startup', metric: `server spawn → initialize answered (median of ${RUNS})`, value: round(median(starts), 1), unit: 'ms' },
    { area: 'startup', metric: `knowledge base load, ${entries} instructions (median of ${RUNS})`, value: round(median(loads), 1), unit: 'ms', target: '≤ 50 incl. index' },
    { area: 'startup', metric: `knowledge base index, built on first hover (median of ${RUNS})`, value: round(median(indexes), 2), unit: 'ms' },
  ];
}
