/**
 * In-process breakdown of the parser and navigation on a large nvcc-generated PTX file (see
 * `corpus.ts`; what an editor user sees over stdio is in `stdio.ts`):
 * parse throughput, parse → document symbols, definition/references latency at random
 * register and label positions, memory after parse (measured in a clean child process), and
 * a 1 MB pathological input against 1 MB of ordinary PTX. Medians over repeated runs.
 *
 * Run alone: `node --import tsx bench/parse.ts` (prints a table).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLargePtx } from './corpus';
import { median, percentile, round } from './stats';
import type { BenchRow } from './types';
import { checkModel, parsePtx, tokenAt, type PtxModel } from '../server/src/ptx';
import { namePositions, rng } from './sampling';
import { findDefinition, findReferences } from '../server/src/features/navigation';
import { documentSymbols } from '../server/src/features/symbols';

const RUNS = 7;
const QUERIES = 2000;

function time(fn: () => unknown): number {
  const s = performance.now();
  fn();
  return performance.now() - s;
}

/** 1 MB of hostile input: deep garbage, a huge line, unterminated comments and strings. */
export function pathologicalPtx(bytes = 1e6): string {
  const rand = rng(7);
  const parts: string[] = ['.version 9.0\n.target sm_90a\n.address_size 64\n.entry k()\n{\n'];
  let size = parts[0].length;
  const push = (s: string) => {
    parts.push(s);
    size += s.length;
  };
  push('{'.repeat(20000) + '\n');
  push(`  add.s32 ${'%r1, '.repeat(40000)}\n`);
  push(`  mov.u32 %r1, ${'['.repeat(20000)}\n`);
  push('.pragma "' + 'x'.repeat(50000) + '\n');
  while (size < bytes * 0.9) {
    const r = rand();
    if (r < 0.3) push(String.fromCharCode(...Array.from({ length: 64 }, () => Math.floor(rand() * 256))) + '\n');
    else if (r < 0.5) push('@@@@ ,,,, ;;;; }}}} (((( .... ::::\n');
    else if (r < 0.7) push('.reg .b32 %r<' + '9'.repeat(30) + '>\n');
    else if (r < 0.85) push('.loc 1 2 3, function_name, inlined_at\n');
    else push('"unterminated string ' + 'y'.repeat(200) + '\n');
  }
  push('/* unterminated comment ' + 'z'.repeat(Math.max(0, bytes - size - 30)));
  return parts.join('');
}

/** About `bytes` of ordinary PTX: the corpus cut at a function boundary. */
function normalSlice(text: string, bytes: number): string {
  const cut = text.indexOf('\n}\n', bytes);
  return cut < 0 ? text : text.slice(0, cut + 3);
}

interface ChildFigures {
  rss: number;
  heap: number;
  baseRss: number;
  /** Median parse time (ms) of the bundled parser, as the server runs it. */
  bundledParseMs: number;
  /** A bare `charCodeAt` loop over the same text (ms): this machine's speed of light. */
  bareLoopMs: number;
}

/**
 * Parses `path` in a fresh process running this file bundled by esbuild (as the server is):
 * memory after a forced GC, then the median parse time and a bare character loop for scale.
 */
function childFigures(path: string): ChildFigures | undefined {
  // Bundled like the server (no TypeScript loader in the measured process).
  const bundle = join(__dirname, '..', '.bench', 'parse-memory.js');
  // Loaded here so that the measured child, which runs this file bundled, does not load esbuild.
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  buildSync({ entryPoints: [__filename], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error' });
  const res = spawnSync(process.execPath, ['--expose-gc', bundle, '--memory', path], { encoding: 'utf8', timeout: 300_000 });
  const line = res.stdout.split('\n').find((l) => l.startsWith('{'));
  if (res.status !== 0 || !line) {
    process.stderr.write(`bench: memory child failed: ${res.stderr.slice(0, 500)}\n`);
    return undefined;
  }
  return JSON.parse(line) as ChildFigures;
}

export async function benchParse(): Promise<BenchRow[]> {
  const corpus = await buildLargePtx();
  const text = corpus.text;
  const mb = text.length / 1e6;
  const rows: BenchRow[] = [];
  process.stderr.write(`bench: parse corpus ${round(mb)} MB from ${corpus.source}\n`);
  rows.push({ area: 'parse', metric: `in-process: corpus size (${corpus.source})`, value: round(mb), unit: 'MB' });

  parsePtx(text); // warm-up
  const parseTimes: number[] = [];
  let model: PtxModel = parsePtx(text);
  for (let i = 0; i < RUNS; i++) parseTimes.push(time(() => (model = parsePtx(text))));
  rows.push({ area: 'parse', metric: `in-process: parse throughput under tsx, for reference: the server runs bundled (median of ${RUNS})`, value: round(mb / (median(parseTimes) / 1000), 1), unit: 'MB/s' });
  rows.push({ area: 'parse', metric: 'in-process: parse time (median)', value: round(median(parseTimes), 1), unit: 'ms' });

  const symbolTimes: number[] = [];
  for (let i = 0; i < 3; i++) symbolTimes.push(time(() => documentSymbols(parsePtx(text))));
  rows.push({ area: 'parse', metric: 'in-process: parse → document symbols (median of 3)', value: round(median(symbolTimes), 1), unit: 'ms' });
  rows.push({ area: 'parse', metric: 'in-process: document symbols alone', value: round(time(() => documentSymbols(model)), 1), unit: 'ms' });

  const positions = namePositions(model, QUERIES);
  const uri = 'file:///corpus.ptx';
  // The first references query builds the per-name occurrence index and the name → id map once
  // per model (lazily, so that opening a file does not pay for them); report it apart.
  rows.push({ area: 'parse', metric: 'in-process: first references query (builds the name index)', value: round(time(() => findReferences(model, uri, positions[0])), 2), unit: 'ms' });
  const defTimes = positions.map((p) => time(() => findDefinition(model, uri, p)));
  const refTimes = positions.map((p) => time(() => findReferences(model, uri, p, true)));
  rows.push({ area: 'parse', metric: `in-process: definition p50 (${positions.length} register/label positions)`, value: round(percentile(defTimes, 50), 3), unit: 'ms' });
  rows.push({ area: 'parse', metric: 'in-process: definition p99', value: round(percentile(defTimes, 99), 3), unit: 'ms' });
  rows.push({ area: 'parse', metric: 'in-process: references p50', value: round(percentile(refTimes, 50), 3), unit: 'ms' });
  rows.push({ area: 'parse', metric: 'in-process: references p99', value: round(percentile(refTimes, 99), 3), unit: 'ms', target: '≤ 5' });

  // What hover asks: tokenAt anywhere (opcodes, operands, directives, .loc lines).
  const rand = rng(99);
  const anywhere = Array.from({ length: QUERIES }, () => {
    const line = Math.floor(rand() * model.lineCount);
    return { line, character: Math.floor(rand() * 24) };
  });
  const tokenTimes = anywhere.map((p) => time(() => tokenAt(model, p)));
  rows.push({ area: 'parse', metric: `in-process: tokenAt p50 (${anywhere.length} random positions)`, value: round(percentile(tokenTimes, 50), 3), unit: 'ms' });
  rows.push({ area: 'parse', metric: 'in-process: tokenAt p99', value: round(percentile(tokenTimes, 99), 3), unit: 'ms' });

  rows.push({ area: 'parse', metric: 'in-process: semantic checks (checkModel) on the corpus', value: round(time(() => checkModel(model)), 1), unit: 'ms' });

  const mem = childFigures(corpus.path);
  if (mem) {
    rows.push({ area: 'parse', metric: `in-process: parse throughput, bundled like the server (median of ${RUNS})`, value: round(mb / (mem.bundledParseMs / 1000), 1), unit: 'MB/s', target: '≥ 150' });
    rows.push({ area: 'parse', metric: 'in-process: reference: bare charCodeAt loop on this machine', value: round(mb / (mem.bareLoopMs / 1000), 1), unit: 'MB/s' });
    const targetMb = 4 * mb + 60;
    rows.push({ area: 'parse', metric: 'in-process: RSS after parse (fresh process, text + model)', value: round(mem.rss / 1e6, 1), unit: 'MB', target: `≤ ${round(targetMb, 1)} (4× file + 60)` });
    rows.push({ area: 'parse', metric: 'in-process: RSS growth over an empty process', value: round((mem.rss - mem.baseRss) / 1e6, 1), unit: 'MB' });
    rows.push({ area: 'parse', metric: 'in-process: JS heap after parse', value: round(mem.heap / 1e6, 1), unit: 'MB' });
  }

  const hostile = pathologicalPtx(1e6);
  const normal = normalSlice(text, 1e6);
  parsePtx(hostile);
  parsePtx(normal);
  const hostileTimes: number[] = [];
  const normalTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    hostileTimes.push(time(() => parsePtx(hostile)));
    normalTimes.push(time(() => parsePtx(normal)));
  }
  rows.push({ area: 'parse', metric: 'in-process: 1 MB pathological input parse (median)', value: round(median(hostileTimes), 2), unit: 'ms' });
  rows.push({ area: 'parse', metric: 'in-process: 1 MB normal PTX parse (median)', value: round(median(normalTimes), 2), unit: 'ms' });
  rows.push({
    area: 'parse',
    metric: 'in-process: pathological / normal parse time',
    value: round(median(hostileTimes) / median(normalTimes), 2),
    unit: '×',
    target: '≤ 10',
  });
  return rows;
}

function table(rows: BenchRow[]): string {
  const header = ['area', 'metric', 'value', 'unit', 'target'];
  const cells = rows.map((r) => [r.area, r.metric, String(r.value), r.unit, r.target ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (cols: string[]) => `| ${cols.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

if (require.main === module) {
  const memoryArg = process.argv.indexOf('--memory');
  if (memoryArg >= 0) {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const baseRss = process.memoryUsage().rss;
    const text = readFileSync(process.argv[memoryArg + 1], 'utf8');
    const model = parsePtx(text);
    // Count what navigation builds on first use, as a server that has answered a request holds it.
    void model.occByName;
    void model.labelsByName;
    model.nameId('%r1');
    gc?.();
    const mem = process.memoryUsage();
    const parses: number[] = [];
    for (let i = 0; i < RUNS; i++) parses.push(time(() => parsePtx(text)));
    const loops: number[] = [];
    let sink = 0;
    for (let i = 0; i < RUNS; i++) {
      loops.push(
        time(() => {
          for (let j = 0; j < text.length; j++) if (text.charCodeAt(j) === 59) sink++;
        }),
      );
    }
    const figures: ChildFigures & { statements: number; sink: number } = {
      rss: mem.rss,
      heap: mem.heapUsed,
      baseRss,
      bundledParseMs: median(parses),
      bareLoopMs: median(loops),
      statements: model.statementCount,
      sink,
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    benchParse().then(
      (rows) => process.stdout.write(`${table(rows)}\n`),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
        process.exitCode = 1;
      },
    );
  }
}
