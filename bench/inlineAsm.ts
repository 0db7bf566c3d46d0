/**
 * Inline assembly in C++ files, on two samples side by side:
 *
 * - generated: a 20k-line header made of our own asm statements (`test/fixtures/cuda/inline_asm.cu`,
 *   repeated with other names);
 * - real: the asm-heavy headers of public projects, copied into `.corpus/asm/` by
 *   `bench/real/asm.ts` (absent: said once, and only the generated sample is measured).
 *
 * Per sample: the share of statements whose every opcode has a hover, the share of `%N`
 * bound to a C++ operand, own-check warnings (each one on real code must be a defect one can
 * show), and ptxas's verdicts per statement. On the sample's header with the most statements
 * among those of at most 25,000 lines (the size of CUTLASS's `mma_sm90_gmma.hpp`): hover over stdio
 * (p99), the own checks' time, the first full ptxas check against bare ptxas runs, one per
 * distinct statement, and a verdict-cache hit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkInlineAsm, inlineAsmModel, judgeStatements, placePtxasMessages, statementKey, synthesisable, synthesiseModule, type PtxasMessage, type Verdict } from '../server/src/inlineAsm';
import { findInstruction } from '../server/src/knowledge';
import { locateNvcc } from '../server/src/toolchain/discovery';
import { MS, withFreshServer } from './freshServer';
import { median, percentile, round } from './stats';
import type { BenchRow } from './types';

const ROOT = join(__dirname, '..');
const TARGET = 'sm_90a';
/** The header measured for hover and checks is one of at most this many lines. */
const HEADER_MAX_LINES = 25_000;

interface SampleFile {
  path: string;
  text: string;
}

interface Sample {
  label: string;
  files: SampleFile[];
}

function generatedSample(): Sample {
  const fixture = readFileSync(join(ROOT, 'test/fixtures/cuda/inline_asm.cu'), 'utf8');
  const body = fixture.slice(fixture.indexOf('__device__'), fixture.indexOf('__global__'));
  const parts = [fixture.slice(0, fixture.indexOf('__device__'))];
  let lines = parts[0].split('\n').length;
  for (let copy = 0; lines < 20_000; copy++) {
    const renamed = body.replace(/__device__ __forceinline__ (\w[\w<>:]*) (\w+)\(/g, (_all, type: string, name: string) => `__device__ __forceinline__ ${type} ${name}_${copy}(`).replace(/\bsmem_address\(/g, `smem_address_${copy}(`);
    parts.push(`namespace copy_${copy} {\n${renamed}}\n`);
    lines += renamed.split('\n').length + 2;
  }
  const dir = join(ROOT, '.bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'inline_asm_header.generated.cuh');
  const text = parts.join('');
  writeFileSync(path, text);
  return { label: `generated ${text.split('\n').length}-line header`, files: [{ path, text }] };
}

function realSample(): Sample | undefined {
  const dir = process.env.PTX_LENS_ASM_SAMPLE || join(ROOT, '.corpus', 'asm');
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) {
    process.stderr.write(`bench inline-asm: no real sample at ${dir} (build it with bench/real/asm.ts); generated sample only\n`);
    return undefined;
  }
  const { files } = JSON.parse(readFileSync(manifest, 'utf8')) as { files: Array<{ path: string }> };
  return { label: `real ${files.length} files`, files: files.map((f) => ({ path: join(dir, f.path), text: readFileSync(join(dir, f.path), 'utf8') })) };
}

/** ptxas on a module (no shell), its messages by line; with the time it took. */
function ptxasRunner(ptxas: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-bench-asm-'));
  let runs = 0;
  const assemble = async (module: string, target: string): Promise<PtxasMessage[]> => {
    runs++;
    const file = join(dir, `m${runs}.ptx`);
    writeFileSync(file, module);
    const run = spawnSync(ptxas, ['-arch', target, file, '-o', join(dir, 'm.cubin')], { encoding: 'utf8' });
    return `${run.stderr}\n${run.stdout}`
      .split('\n')
      .map((line) => /line (\d+); (error|warning)\s*: (.*)/.exec(line))
      .filter((m): m is RegExpExecArray => !!m)
      .map((m) => ({ line: Number(m[1]), severity: m[2] as 'error' | 'warning', message: m[3] }));
  };
  return { assemble, runs: () => runs, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

async function sampleRows(sample: Sample, ptxas: string | undefined): Promise<{ rows: BenchRow[]; largest: SampleFile }> {
  let statements = 0;
  let withInstructions = 0;
  let allHover = 0;
  let refs = 0;
  let bound = 0;
  const warnings: string[] = [];
  const rejected: string[] = [];
  let judged = 0;
  let clean = 0;
  let largest = sample.files[0];
  let largestCount = -1;
  const runner = ptxas ? ptxasRunner(ptxas) : undefined;
  for (const file of sample.files) {
    const model = inlineAsmModel(file.text);
    const analyses = model.analyses();
    const lines = file.text.split('\n').length;
    if (lines <= HEADER_MAX_LINES && analyses.length > largestCount) [largest, largestCount] = [file, analyses.length];
    statements += analyses.length;
    for (const analysis of analyses) {
      if (analysis.instructions.length > 0) {
        withInstructions++;
        if (analysis.instructions.every((i) => findInstruction(i.mnemonic))) allHover++;
      }
      if (analysis.statement.hidden.length === 0) {
        refs += analysis.refs.length;
        bound += analysis.refs.filter((r) => r.operand).length;
      }
    }
    for (const d of checkInlineAsm(model)) {
      if (d.severity === 'information') continue;
      warnings.push(`${file.path}:${file.text.slice(0, d.start).split('\n').length}: ${d.code}: ${d.message}`);
    }
    if (runner) {
      const verdicts = await judgeStatements(analyses, TARGET, runner.assemble);
      verdicts.forEach((verdict, k) => {
        if (!verdict) return;
        judged++;
        const found = placePtxasMessages(file.text, analyses[k], verdict.messages).filter((d) => d.severity !== 'information');
        if (found.length === 0) clean++;
        for (const d of found) rejected.push(`${file.path}:${file.text.slice(0, d.start).split('\n').length}: ${d.message}`);
      });
    }
  }
  runner?.dispose();
  for (const warning of [...warnings, ...rejected]) process.stderr.write(`bench inline-asm: ${sample.label}: ${warning}\n`);
  const c = sample.label;
  const pct = (n: number, of: number) => round((100 * n) / Math.max(1, of), 2);
  const rows: BenchRow[] = [
    { area: 'inline-asm', metric: `${c}: asm statements`, value: statements, unit: 'count' },
    { area: 'inline-asm', metric: `${c}: statements whose every opcode has a hover`, value: pct(allHover, withInstructions), unit: '%', target: '≥ 99' },
    { area: 'inline-asm', metric: `${c}: %N bound to a C++ operand (statements with visible text)`, value: pct(bound, refs), unit: '%', target: '≥ 99' },
    { area: 'inline-asm', metric: `${c}: own-check warnings (each listed on stderr)`, value: warnings.length, unit: 'count' },
  ];
  if (ptxas) {
    rows.push(
      { area: 'inline-asm', metric: `${c}: statements ptxas accepts, each on its own, on a target it was judged on (of ${judged})`, value: clean, unit: 'count' },
      { area: 'inline-asm', metric: `${c}: ptxas findings on the others (each listed on stderr)`, value: rejected.length, unit: 'count' },
    );
  }
  return { rows, largest };
}

/** Hover, own checks and the ptxas check on one header. */
async function headerRows(label: string, file: SampleFile, ptxas: string | undefined): Promise<BenchRow[]> {
  const model = inlineAsmModel(file.text);
  const positions: Array<{ line: number; character: number }> = [];
  const lineStarts = [0];
  for (let i = file.text.indexOf('\n'); i >= 0; i = file.text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const positionOf = (offset: number) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > offset) line--;
    return { line, character: offset - lineStarts[line] };
  };
  // Every reference and every mnemonic of evenly spread statements, up to 300 positions.
  const step = Math.max(1, Math.floor(model.statements.length / 60));
  for (let k = 0; k < model.statements.length && positions.length < 300; k += step) {
    const analysis = model.analysis(model.statements[k]);
    const offsets = [...analysis.refs.map((r) => r.start + 1), ...analysis.instructions.map((i) => i.mnemonicStart + 1)];
    for (const t of offsets.slice(0, 5)) positions.push(positionOf(analysis.statement.templateSource[t] ?? analysis.statement.span.start));
  }
  const uri = pathToFileURL(file.path).href;
  const hovers = await withFreshServer(async (server) => {
    server.open(uri, 'cpp', file.text);
    const times: number[] = [];
    let answered = 0;
    for (const position of positions) {
      const start = performance.now();
      if (await server.request('textDocument/hover', { textDocument: { uri }, position }, MS.open)) answered++;
      times.push(performance.now() - start);
    }
    return { times, answered };
  });

  const checks = bundledCheckTimes(file.path);
  const lines = file.text.split('\n').length;
  const rows: BenchRow[] = [
    { area: 'inline-asm', metric: `${label}: hover over stdio in a ${lines}-line header, ${positions.length} positions, ${round((100 * hovers.answered) / Math.max(1, positions.length), 1)}% answered (p50)`, value: round(percentile(hovers.times, 50), 2), unit: 'ms' },
    { area: 'inline-asm', metric: `${label}: hover over stdio in that header (p99)`, value: round(percentile(hovers.times, 99), 2), unit: 'ms', target: '≤ 5' },
    { area: 'inline-asm', metric: `${label}:   of which the first hover, sent with didOpen (the server reads the file first)`, value: round(hovers.times[0] ?? Number.NaN, 1), unit: 'ms' },
    { area: 'inline-asm', metric: `${label}:   p99 of the hovers after it (checks and ptxas running in the background)`, value: round(percentile(hovers.times.slice(1), 99), 2), unit: 'ms' },
    { area: 'inline-asm', metric: `${label}: own checks on that header (scan, reading and checks; bundled as the server runs them, in a fresh process; median of ${CHECK_RUNS})`, value: checks ? round(median(checks), 1) : Number.NaN, unit: 'ms', target: '≤ 50' },
    { area: 'inline-asm', metric: `${label}:   the first of those runs (cold code)`, value: checks ? round(checks[0], 1) : Number.NaN, unit: 'ms' },
  ];
  if (!ptxas) return rows;

  const analyses = model.analyses().filter((a) => !synthesisable(a));
  const distinct = [...new Map(analyses.map((a) => [statementKey(a), a])).values()];
  const runner = ptxasRunner(ptxas);
  const start = performance.now();
  const verdicts = await judgeStatements(distinct, TARGET, runner.assemble);
  const firstMs = performance.now() - start;
  const firstRuns = runner.runs();
  // One bare ptxas run per distinct statement, timed on up to 15 of them.
  const bare: number[] = [];
  for (const [k, analysis] of distinct.slice(0, 15).entries()) {
    const module = synthesiseModule([analysis], { target: verdicts[k]?.target ?? TARGET });
    const t = performance.now();
    await runner.assemble(module.text, verdicts[k]?.target ?? TARGET);
    bare.push(performance.now() - t);
  }
  runner.dispose();
  const perStatement = median(bare) * distinct.length;
  const cache = new Map<string, Verdict | undefined>(distinct.map((a, k) => [statementKey(a), verdicts[k]]));
  const hits: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    for (const analysis of analyses) placePtxasMessages(file.text, analysis, cache.get(statementKey(analysis))?.messages ?? []);
    hits.push(performance.now() - t);
  }
  rows.push(
    { area: 'inline-asm', metric: `${label}: first full ptxas check, ${distinct.length} distinct statements in ${firstRuns} ptxas runs`, value: round(firstMs, 0), unit: 'ms' },
    { area: 'inline-asm', metric: `${label}:   bare ptxas, one run per distinct statement (median run × ${distinct.length})`, value: round(perStatement, 0), unit: 'ms' },
    { area: 'inline-asm', metric: `${label}:   first full check / bare runs`, value: round(firstMs / perStatement, 3), unit: '×', target: '≤ 2' },
    { area: 'inline-asm', metric: `${label}: ptxas verdicts from the cache, whole header (median of 5)`, value: round(median(hits), 2), unit: 'ms', target: '≤ 5' },
  );
  return rows;
}

export async function benchInlineAsm(): Promise<BenchRow[]> {
  const ptxas = locateNvcc({ nvccPath: '', trusted: true })?.ptxas;
  if (!ptxas) process.stderr.write('bench inline-asm: *** ptxas not found: the ptxas figures are NOT measured ***\n');
  const rows: BenchRow[] = [];
  for (const sample of [generatedSample(), realSample()].filter((s): s is Sample => !!s)) {
    const { rows: sampleFigures, largest } = await sampleRows(sample, ptxas);
    rows.push(...sampleFigures, ...(await headerRows(sample.label, largest, ptxas)));
  }
  return rows;
}

const CHECK_RUNS = 9;

/** The own checks on `path` (a fresh model each run), timed in a fresh process running this file bundled, as the server is. */
function bundledCheckTimes(path: string): number[] | undefined {
  const bundle = join(ROOT, '.bench', 'inline-asm-checks.js');
  // Loaded here so that the measured child, which runs this file bundled, does not load esbuild.
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  buildSync({ entryPoints: [__filename], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error', external: ['esbuild'] });
  const res = spawnSync(process.execPath, [bundle, '--checks', path], { encoding: 'utf8', timeout: 300_000 });
  const line = res.stdout.split('\n').find((l) => l.startsWith('['));
  if (res.status !== 0 || !line) {
    process.stderr.write(`bench: inline-asm checks child failed: ${res.stderr.slice(0, 500)}\n`);
    return undefined;
  }
  return JSON.parse(line) as number[];
}

if (require.main === module && process.argv[2] === '--checks') {
  const text = readFileSync(process.argv[3], 'utf8');
  const times: number[] = [];
  for (let i = 0; i < CHECK_RUNS; i++) {
    const start = performance.now();
    checkInlineAsm(inlineAsmModel(text));
    times.push(performance.now() - start);
  }
  process.stdout.write(`${JSON.stringify(times)}\n`);
} else if (require.main === module) {
  void benchInlineAsm().then((rows) => console.table(rows));
}
