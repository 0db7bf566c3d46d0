/**
 * What an editor user experiences, measured over stdio against a fresh `node dist/server.js
 * --stdio` per run, on the generated corpus and the largest file of the real corpus side by
 * side (see `corpora.ts`):
 *
 * - open → outline: from `didOpen` sent (its JSON written to the pipe) to the `documentSymbol`
 *   answer (requested right after `didOpen`, as VS Code does); the client's own time to build
 *   and write that JSON is reported beside it, with a breakdown (flushed
 *   into the pipe, first byte of the answer) and the answer's size;
 * - repeated outline requests on the cached model;
 * - diagnostics: from the outline to the first `publishDiagnostics` of the file;
 * - hover and definition latency from the moment the outline arrives, while the server's
 *   background work (checks, ptxas) may still run: requests must not wait for it;
 * - completion (after a mnemonic's dot) and signature help (at an operand) latency, after that;
 * - the server's peak RSS, and the errors and warnings it finally publishes for the file
 *   (nvcc-generated PTX: every one is a false alarm);
 * - the floor under all of this: the same open → outline, hovers, definitions and peak RSS of
 *   a do-nothing `vscode-languageserver` server (`idleServer.ts`), which pays only for the
 *   transport (and this client).
 *
 * Run alone: `node --import tsx bench/stdio.ts [--real <dir>]` after `npm run build`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parsePtx } from '../server/src/ptx';
import { editorCorpora, sideBySide, type Corpus } from './corpora';
import { firstResponseByte, MS, peakRssMb, settledDiagnostics, timeRequest, withFreshServer, type SettledDiagnostics } from './freshServer';
import { hoverPositions, namePositions, typingPositions, type Position } from './sampling';
import { median, percentile, round } from './stats';
import type { BenchRow } from './types';

const RUNS = 5;
const POSITIONS = 300;
const REPEATS = 20;
const TYPING_POSITIONS = 100;

interface Run {
  writeMs: number;
  flushMs: number;
  firstByteMs: number;
  outlineMs: number;
  outlineBytes: number;
  symbols: number;
  /** From didOpen to the first publishDiagnostics. */
  diagnosticsMs: number;
  hover: number[];
  hoverAnswered: number;
  definition: number[];
  definitionAnswered: number;
  completion: number[];
  completionAnswered: number;
  signature: number[];
  signatureAnswered: number;
  repeat: number[];
  rssMb: number;
  final?: SettledDiagnostics;
}

interface Sample {
  corpus: Corpus;
  hover: Position[];
  definition: Position[];
  completion: Position[];
  signature: Position[];
}

type OutlineSymbol = { children?: OutlineSymbol[] };
const countSymbols = (symbols: OutlineSymbol[] | null): number => (symbols ?? []).reduce((n, s) => n + 1 + countSymbols(s.children ?? []), 0);

/** One fresh server: open, outline, then hovers and definitions at once, then the rest. */
function oneRun({ corpus, hover, definition, completion, signature }: Sample, waitForFinal: boolean): Promise<Run> {
  return withFreshServer(async (server) => {
    const uri = pathToFileURL(corpus.path).href;
    const textDocument = { uri };
    const since = server.notifications.length;
    const diagnosticsAt = server.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === uri, MS.open, since).then(
      () => performance.now(),
      () => Number.NaN,
    );
    const firstByte = firstResponseByte(server).catch(() => Number.NaN);

    const start = performance.now();
    server.open(uri, 'ptx', corpus.text);
    const written = performance.now();
    let flushed = Number.NaN;
    server.child.stdin.write('', () => (flushed = performance.now()));
    const outline = await server.request<OutlineSymbol[] | null>('textDocument/documentSymbol', { textDocument }, MS.open);
    const outlineAt = performance.now();

    const [hovers, definitions] = await alternate(server, textDocument, [
      { method: 'textDocument/hover', positions: hover },
      { method: 'textDocument/definition', positions: definition },
    ]);
    const diagnosticsMs = (await diagnosticsAt) - written;
    // Typing: completion after a dot of a mnemonic, signature help at an operand.
    const [completions, signatures] = await alternate(server, textDocument, [
      { method: 'textDocument/completion', positions: completion },
      { method: 'textDocument/signatureHelp', positions: signature },
    ]);

    const repeat: number[] = [];
    for (let i = 0; i < REPEATS; i++) repeat.push(await timeRequest(server, 'textDocument/documentSymbol', { textDocument }));
    const final = waitForFinal ? await settledDiagnostics(server, uri, since) : undefined;
    return {
      writeMs: written - start,
      flushMs: flushed - written,
      firstByteMs: (await firstByte) - written,
      outlineMs: outlineAt - written,
      outlineBytes: Buffer.byteLength(JSON.stringify(outline)),
      symbols: countSymbols(outline),
      diagnosticsMs,
      hover: hovers.times,
      hoverAnswered: hovers.answered,
      definition: definitions.times,
      definitionAnswered: definitions.answered,
      completion: completions.times,
      completionAnswered: completions.answered,
      signature: signatures.times,
      signatureAnswered: signatures.answered,
      repeat,
      rssMb: peakRssMb(server.child.pid),
      final,
    };
  });
}

/** A non-empty answer: not null, not an empty list or completion list. */
function answered(result: unknown): boolean {
  if (!result) return false;
  if (Array.isArray(result)) return result.length > 0;
  const items = (result as { items?: unknown[] }).items;
  return items === undefined || items.length > 0;
}

/** Requests of each kind in turn, one at a time, each timed from sending to its answer. */
async function alternate(
  server: Parameters<Parameters<typeof withFreshServer>[0]>[0],
  textDocument: { uri: string },
  kinds: Array<{ method: string; positions: Position[] }>,
): Promise<Array<{ times: number[]; answered: number }>> {
  const out = kinds.map(() => ({ times: [] as number[], answered: 0 }));
  const rounds = Math.max(...kinds.map((k) => k.positions.length));
  for (let i = 0; i < rounds; i++) {
    for (const [k, kind] of kinds.entries()) {
      if (i >= kind.positions.length) continue;
      const t = performance.now();
      if (answered(await server.request(kind.method, { textDocument, position: kind.positions[i] }))) out[k].answered++;
      out[k].times.push(performance.now() - t);
    }
  }
  return out;
}

function rowsFor(sample: Sample, runs: Run[]): BenchRow[] {
  const { corpus } = sample;
  const c = corpus.label;
  const fileMb = Buffer.byteLength(corpus.text) / 1e6;
  const med = (pick: (r: Run) => number) => round(median(runs.map(pick)), 1);
  const all = (pick: (r: Run) => number[]) => runs.flatMap(pick);
  const pct = (answered: number, asked: number) => round((100 * answered) / Math.max(1, asked), 1);
  const row = (metric: string, value: number, unit: string, target?: string): BenchRow => ({ area: 'stdio', metric: `${c}: ${metric}`, value, unit, ...(target ? { target } : {}) });
  const hover = all((r) => r.hover);
  const definition = all((r) => r.definition);
  const repeat = all((r) => r.repeat);
  const n = `${runs.length} fresh servers`;
  const rows = [
    row(`open → outline (median of ${n})`, med((r) => r.outlineMs), 'ms', '≤ 300'),
    row('  client side, before the clock starts: didOpen JSON built and written (median)', med((r) => r.writeMs), 'ms'),
    row('  server has read all of didOpen (pipe flushed; median)', med((r) => r.flushMs), 'ms'),
    row('  first byte of the outline answer (median)', med((r) => r.firstByteMs), 'ms'),
    row(`outline answer size (${runs[0].symbols} symbols)`, round(runs[0].outlineBytes / 1e3, 1), 'KB', '≤ 200'),
    row(`repeated outline, cached model (p50 of ${repeat.length})`, round(percentile(repeat, 50), 1), 'ms'),
    row('repeated outline, cached model (p99)', round(percentile(repeat, 99), 1), 'ms', '≤ 20'),
    row('outline → first diagnostics (median; < 0: they came first)', med((r) => r.diagnosticsMs - r.outlineMs), 'ms', '≤ 300'),
    row('  open → first diagnostics (median)', med((r) => r.diagnosticsMs), 'ms'),
    row(`hover from outline on (p50 of ${hover.length}, ${pct(sum(runs, (r) => r.hoverAnswered), hover.length)}% answered)`, round(percentile(hover, 50), 2), 'ms'),
    row('hover from outline on (p99)', round(percentile(hover, 99), 2), 'ms', '≤ 2'),
    row(`definition from outline on (p50 of ${definition.length}, ${pct(sum(runs, (r) => r.definitionAnswered), definition.length)}% answered)`, round(percentile(definition, 50), 2), 'ms'),
    row('definition from outline on (p99)', round(percentile(definition, 99), 2), 'ms', '≤ 5'),
    row(`completion after a mnemonic's dot (p50 of ${all((r) => r.completion).length}, ${pct(sum(runs, (r) => r.completionAnswered), all((r) => r.completion).length)}% answered)`, round(percentile(all((r) => r.completion), 50), 2), 'ms'),
    row('completion (p99)', round(percentile(all((r) => r.completion), 99), 2), 'ms', '≤ 10'),
    row(`signature help at an operand (p50 of ${all((r) => r.signature).length}, ${pct(sum(runs, (r) => r.signatureAnswered), all((r) => r.signature).length)}% answered)`, round(percentile(all((r) => r.signature), 50), 2), 'ms'),
    row('signature help (p99)', round(percentile(all((r) => r.signature), 99), 2), 'ms', '≤ 10'),
    row('server peak RSS (VmHWM, max over runs)', round(Math.max(...runs.map((r) => r.rssMb)), 1), 'MB', `≤ ${round(4 * fileMb + 60, 1)} (4× file + 60)`),
  ];
  const final = runs.find((r) => r.final)?.final;
  if (final) {
    const alarms = final.diagnostics.filter((d) => d.severity === 1 || d.severity === 2);
    rows.push(row(`errors + warnings published (final set: ${final.reason})`, alarms.length, 'count', '0'));
    if (alarms.length > 0) reportAlarms(c, alarms);
  }
  return rows;
}

/** Open → (empty) outline and peak RSS of the do-nothing server, one fresh process. */
interface FloorRun {
  outlineMs: number;
  rssMb: number;
  /** The same hovers and definitions as PTX Lens's run, answered with made-up answers: what the transport and this client cost. */
  hover: number[];
  definition: number[];
}

function idleRun({ corpus, hover, definition }: Sample, idleServer: string[]): Promise<FloorRun> {
  return withFreshServer(async (server) => {
    const uri = pathToFileURL(corpus.path).href;
    server.open(uri, 'ptx', corpus.text);
    const written = performance.now();
    await server.request('textDocument/documentSymbol', { textDocument: { uri } }, MS.open);
    const outlineMs = performance.now() - written;
    const [hovers, definitions] = await alternate(server, { uri }, [
      { method: 'textDocument/hover', positions: hover },
      { method: 'textDocument/definition', positions: definition },
    ]);
    return { outlineMs, rssMb: peakRssMb(server.child.pid), hover: hovers.times, definition: definitions.times };
  }, idleServer);
}

/** The do-nothing server, bundled as PTX Lens's server is (no TypeScript loader in the process). */
async function bundleIdleServer(): Promise<string[]> {
  const outfile = join(__dirname, '..', '.bench', 'idleServer.js');
  await build({ entryPoints: [join(__dirname, 'idleServer.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent' });
  return [outfile];
}

function floorRows(sample: Sample, runs: FloorRun[], ours: Run[]): BenchRow[] {
  const c = sample.corpus.label;
  const row = (metric: string, value: number, unit: string): BenchRow => ({ area: 'stdio', metric: `${c}: ${metric}`, value, unit });
  const floor = median(runs.map((r) => r.outlineMs));
  const floorRss = Math.max(...runs.map((r) => r.rssMb));
  return [
    row(`floor: do-nothing server, open → empty outline (median of ${runs.length})`, round(floor, 1), 'ms'),
    row('  PTX Lens above the floor: open → outline', round(median(ours.map((r) => r.outlineMs)) - floor, 1), 'ms'),
    row('floor: do-nothing server, hover (p99, same positions)', round(percentile(runs.flatMap((r) => r.hover), 99), 2), 'ms'),
    row('floor: do-nothing server, definition (p99, same positions)', round(percentile(runs.flatMap((r) => r.definition), 99), 2), 'ms'),
    row('floor: do-nothing server, peak RSS (max)', round(floorRss, 1), 'MB'),
    row('  PTX Lens above the floor: peak RSS', round(Math.max(...ours.map((r) => r.rssMb)) - floorRss, 1), 'MB'),
  ];
}

const sum = (runs: Run[], pick: (r: Run) => number) => runs.reduce((n, r) => n + pick(r), 0);

function reportAlarms(label: string, alarms: SettledDiagnostics['diagnostics']): void {
  const counts = new Map<string, number>();
  for (const d of alarms) {
    const key = `${d.source ?? '?'}: ${d.message}`.replace(/'[^']*'/g, "'…'");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 10);
  process.stderr.write(`bench stdio: ${label}: ${alarms.length} errors/warnings published, first at line ${alarms[0].range.start.line + 1}; top messages:\n`);
  for (const [message, count] of top) process.stderr.write(`  ${String(count).padStart(6)}  ${message}\n`);
}

export async function benchStdio(): Promise<BenchRow[]> {
  const samples: Sample[] = (await editorCorpora()).map((corpus) => {
    const model = parsePtx(corpus.text);
    const typing = typingPositions(model, TYPING_POSITIONS);
    return { corpus, hover: hoverPositions(model, POSITIONS), definition: namePositions(model, POSITIONS), ...typing };
  });
  const idleServer = await bundleIdleServer();
  const runs: Run[][] = samples.map(() => []);
  const floors: FloorRun[][] = samples.map(() => []);
  // Corpora alternate run by run, so that a noisy moment does not hit one corpus only; the
  // do-nothing server runs beside PTX Lens in each round for the same reason.
  for (let i = 0; i < RUNS; i++) {
    for (const [k, sample] of samples.entries()) {
      process.stderr.write(`bench stdio: ${sample.corpus.label}, fresh server ${i + 1}/${RUNS}\n`);
      runs[k].push(await oneRun(sample, i === 0));
      floors[k].push(await idleRun(sample, idleServer));
    }
  }
  return sideBySide(samples.map((sample, k) => [...rowsFor(sample, runs[k]), ...floorRows(sample, floors[k], runs[k])]));
}

if (require.main === module) {
  const real = process.argv.indexOf('--real');
  if (real >= 0 && process.argv[real + 1]) process.env.PTX_LENS_REAL_CORPUS = process.argv[real + 1];
  benchStdio().then(
    (rows) => console.table(rows),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
