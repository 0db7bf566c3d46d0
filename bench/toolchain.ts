/**
 * Toolchain: what the compile service costs on top of the tools themselves.
 *
 * Paired runs on the same file and flags, alternating order: (a) bare `nvcc --ptx -lineinfo
 * -arch=sm_90` then `ptxas -v` spawned directly, (b) a cache-miss `CompileService.compile`
 * (temp dir, dependency list in the same nvcc run, PTX scan, ptxas -v, c++filt, cleanup).
 * Reported: median of (b)/(a) per pair, and the median cache-hit time.
 * Run alone: `node --import tsx bench/toolchain.ts`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompileService } from '../server/src/toolchain/compileService';
import { locateNvcc } from '../server/src/toolchain/discovery';
import { DEFAULT_SETTINGS } from '../server/src/toolchain/types';
import { median, round } from './stats';
import type { BenchRow } from './types';

const PAIRS = 15;
const HITS = 25;
const ARCH = 'sm_90';
const FILE = join(__dirname, '..', 'test', 'fixtures', 'cuda', 'resources.cu');

function run(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'], shell: false });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${file} exited with ${code}`))));
  });
}

export async function benchToolchain(): Promise<BenchRow[]> {
  const tools = locateNvcc({ nvccPath: '', trusted: true });
  if (!tools?.ptxas) {
    process.stderr.write('bench toolchain: nvcc/ptxas not installed — SKIPPED\n');
    return [];
  }
  const { nvcc, ptxas } = tools;
  const scratch = mkdtempSync(join(tmpdir(), 'ptx-lens-bench-'));
  const service = new CompileService({ tmpRoot: scratch });
  const text = readFileSync(FILE, 'utf8');
  const settings = { ...DEFAULT_SETTINGS, arch: ARCH };
  const request = { key: 'bench', file: FILE, text, settings };

  const bare = async (): Promise<number> => {
    const t = performance.now();
    const ptx = join(scratch, 'bare.ptx');
    await run(nvcc, [`-arch=${ARCH}`, '--ptx', '-lineinfo', '-o', ptx, FILE]);
    await run(ptxas, ['-v', `-arch=${ARCH}`, ptx, '-o', join(scratch, 'bare.cubin')]);
    return performance.now() - t;
  };
  // Each run starts from a quiet state: the previous run's background work (temp dir
  // removal, header stats for the cache) is finished, for both variants alike.
  const settle = async (): Promise<void> => {
    await service.idle();
    await new Promise((r) => setTimeout(r, 30));
  };
  const miss = async (): Promise<number> => {
    service.clearCache();
    const t = performance.now();
    const r = await service.compile(request);
    if (r.kind !== 'ok') throw new Error(`compile failed: ${r.kind}`);
    return performance.now() - t;
  };

  try {
    await bare(); // warm the file system cache for both
    await miss();
    const ratios: number[] = [];
    const bareTimes: number[] = [];
    const missTimes: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      let b: number;
      let m: number;
      await settle();
      if (i % 2 === 0) {
        b = await bare();
        await settle();
        m = await miss();
      } else {
        m = await miss();
        await settle();
        b = await bare();
      }
      bareTimes.push(b);
      missTimes.push(m);
      ratios.push(m / b);
    }
    await service.compile(request); // fill the cache
    await settle();
    const hits: number[] = [];
    for (let i = 0; i < HITS; i++) {
      const t = performance.now();
      const r = await service.compile(request);
      hits.push(performance.now() - t);
      if (r.kind !== 'ok' || !r.fromCache) throw new Error('expected a cache hit');
    }
    return [
      { area: 'toolchain', metric: `bare nvcc --ptx + ptxas -v (median of ${PAIRS})`, value: round(median(bareTimes), 1), unit: 'ms' },
      { area: 'toolchain', metric: `cache-miss compile (median of ${PAIRS})`, value: round(median(missTimes), 1), unit: 'ms' },
      { area: 'toolchain', metric: 'cache-miss / bare tools (median of paired ratios)', value: round(median(ratios), 3), unit: '×', target: '≤ 1.05' },
      { area: 'toolchain', metric: `cache hit (median of ${HITS})`, value: round(median(hits), 2), unit: 'ms', target: '≤ 30' },
    ];
  } finally {
    await service.idle();
    service.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void benchToolchain().then((rows) => {
    for (const r of rows) process.stdout.write(`${r.metric}: ${r.value} ${r.unit}${r.target ? ` (target ${r.target})` : ''}\n`);
  });
}
