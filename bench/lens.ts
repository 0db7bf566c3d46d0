/**
 * Lens refresh after save: the time from `didSave` of a CUDA file to the server asking the
 * editor to refresh its code lenses (the compile finished and the figures are ready), paired
 * with bare `nvcc --ptx` + `ptxas -v` on the same file and flags.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspProcess } from '../test/support/lspProcess';
import { median, round } from './stats';
import type { BenchRow } from './types';

const ROOT = join(__dirname, '..');
const RUNS = 5;

function bareCompile(file: string, dir: string): number {
  const ptx = join(dir, 'bare.ptx');
  const start = performance.now();
  spawnSync('nvcc', ['--ptx', '-lineinfo', '-arch=sm_90', '-o', ptx, file]);
  spawnSync('ptxas', ['-v', '-arch=sm_90', '-o', join(dir, 'bare.cubin'), ptx]);
  return performance.now() - start;
}

export async function benchLens(): Promise<BenchRow[]> {
  if (spawnSync('nvcc', ['--version']).status !== 0) {
    process.stderr.write('bench: nvcc not installed, lens refresh not measured\n');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-bench-lens-'));
  const file = join(dir, 'saxpy.cu');
  const uri = pathToFileURL(file).href;
  const source = readFileSync(join(ROOT, 'examples/saxpy.cu'), 'utf8');
  const server = new LspProcess();
  const lens: number[] = [];
  const bare: number[] = [];
  try {
    await server.initialize(pathToFileURL(dir).href);
    writeFileSync(file, source);
    server.open(uri, 'cuda-cpp', source);
    // The first compile (on open) is done when its diagnostics are published.
    await server.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri, 120_000);
    await new Promise((resolve) => setTimeout(resolve, 200)); // its lens refresh follows at once
    for (let i = 0; i < RUNS; i++) {
      // A new comment each time: a real edit, so the compile cache cannot answer.
      const text = `${source}\n// edit ${i} ${Date.now()}\n`;
      writeFileSync(file, text);
      bare.push(bareCompile(file, dir));
      const seen = server.notifications.length;
      const start = performance.now();
      server.notify('textDocument/didSave', { textDocument: { uri } });
      // This save's compile publishes diagnostics, then asks for a lens refresh.
      await server.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri, 120_000, seen);
      await server.waitForNotification('workspace/codeLens/refresh', () => true, 120_000, seen);
      const lenses = await server.request('textDocument/codeLens', { textDocument: { uri } });
      lens.push(performance.now() - start);
      if (!lenses.some((l: { command?: { title: string } }) => /registers/.test(l.command?.title ?? ''))) throw new Error('no register figures in the lenses');
    }
    await server.shutdown();
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  const overhead = lens.map((t, i) => t - bare[i]);
  return [
    { area: 'lens', metric: `save → lenses with figures (median of ${RUNS})`, value: round(median(lens), 1), unit: 'ms' },
    { area: 'lens', metric: `bare nvcc --ptx + ptxas -v, same file (median of ${RUNS})`, value: round(median(bare), 1), unit: 'ms' },
    { area: 'lens', metric: 'lens refresh minus bare tools (median of pairs)', value: round(median(overhead), 1), unit: 'ms', target: '≤ 50' },
  ];
}

if (require.main === module) {
  void benchLens().then((rows) => console.table(rows));
}
