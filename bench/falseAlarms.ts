/**
 * False alarms: the server's own checks (`ptxDiagnostics`, the function its published
 * diagnostics come from) run in-process on every file of the real corpus (see `corpora.ts`)
 * and on the generated corpus (one large file, and the feature kernels across targets and flags,
 * see `featureCorpus.ts`). All of them are nvcc output that ptxas accepts, so every error
 * or warning is a false alarm. Reports totals per corpus and prints the most frequent
 * messages (with an example location) on stderr so they can be fixed.
 *
 * With `PTX_LENS_BENCH_PTXAS=1`, also runs ptxas on each file through the compile service's
 * `checkPtx` (what the server runs on open and save) and counts the files it rejects.
 *
 * Run alone: `node --import tsx bench/falseAlarms.ts [--real <dir>]`.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parsePtx } from '../server/src/ptx';
import { ptxDiagnostics } from '../server/src/features/diagnostics';
import { CompileService } from '../server/src/toolchain/compileService';
import { DEFAULT_SETTINGS } from '../server/src/toolchain/types';
import { generatedCorpus, realCorpusDir, realUnits, sideBySide, sizeLabel } from './corpora';
import { buildFeatureCorpus } from './featureCorpus';
import { round } from './stats';
import type { BenchRow } from './types';

interface FileInput {
  label: string;
  path: string;
  relocatable?: boolean;
}

interface Alarm {
  file: string;
  line: number;
  severity: 'error' | 'warning' | 'information';
  message: string;
}

interface Tally {
  files: number;
  bytes: number;
  ms: number;
  errors: number;
  warnings: number;
  /** Notes on pipelines ptxas accepts (it repairs them at a cost): reported, not counted as alarms. */
  notes: number;
  filesWithAny: string[];
  /** Messages with names in quotes and numbers folded, so that one kind of problem counts once. */
  kinds: Map<string, { count: number; example: Alarm }>;
  ptxasRejected: Array<{ file: string; relocatable: boolean; first: string }>;
  ptxasChecked: number;
}

async function check(files: FileInput[], ptxas: CompileService | undefined): Promise<Tally> {
  const tally: Tally = { files: 0, bytes: 0, ms: 0, errors: 0, warnings: 0, notes: 0, filesWithAny: [], kinds: new Map(), ptxasRejected: [], ptxasChecked: 0 };
  for (const file of files) {
    const text = readFileSync(file.path, 'utf8');
    const start = performance.now();
    const model = parsePtx(text);
    const found = ptxDiagnostics(model);
    tally.ms += performance.now() - start;
    tally.files++;
    tally.bytes += Buffer.byteLength(text);
    for (const d of found) {
      if (d.severity === 'error') tally.errors++;
      else if (d.severity === 'warning') tally.warnings++;
      else tally.notes++;
      const key = `${d.severity}: ${d.message.replace(/'[^']*'|`[^`]*`|"[^"]*"/g, "'…'").replace(/\d+/g, 'N')}`;
      const kind = tally.kinds.get(key);
      if (kind) kind.count++;
      else tally.kinds.set(key, { count: 1, example: { file: file.label, line: d.range.start.line + 1, severity: d.severity, message: d.message } });
    }
    if (found.length > 0) tally.filesWithAny.push(`${file.label} (${found.length})`);
    if (ptxas) {
      const result = await ptxas.checkPtx({ key: file.path, file: file.path, text, settings: DEFAULT_SETTINGS });
      const errors = result.diagnostics.flatMap((group) => group.diagnostics).filter((d) => d.severity === 'error');
      tally.ptxasChecked++;
      if (result.kind !== 'ok' || errors.length > 0) {
        tally.ptxasRejected.push({ file: file.label, relocatable: file.relocatable === true, first: errors[0]?.message ?? ('message' in result ? result.message : result.kind) });
      }
    }
  }
  return tally;
}

/** The ten most frequent kinds of message, each with an example. */
function printTop(name: string, tally: Tally): void {
  if (tally.kinds.size === 0) return;
  const lines = [`bench false-alarms: ${name}: ${tally.errors} errors, ${tally.warnings} warnings in ${tally.filesWithAny.length} of ${tally.files} files. Top messages:`];
  for (const [key, { count, example }] of [...tally.kinds].sort((a, b) => b[1].count - a[1].count).slice(0, 10)) {
    lines.push(`  ${String(count).padStart(7)}  ${key}`, `           e.g. ${example.file}:${example.line}: ${example.message}`);
  }
  const shown = tally.filesWithAny.slice(0, 20);
  lines.push(`  files: ${shown.join(', ')}${tally.filesWithAny.length > shown.length ? `, … (${tally.filesWithAny.length - shown.length} more)` : ''}`);
  process.stderr.write(`${lines.join('\n')}\n`);
}

function rowsFor(name: string, tally: Tally): BenchRow[] {
  const row = (metric: string, value: number, unit: string, target?: string): BenchRow => ({ area: 'false-alarms', metric: `${name}: ${metric}`, value, unit, ...(target ? { target } : {}) });
  const rows = [
    row(`files checked (${sizeLabel(tally.bytes)}, own checks took ${round(tally.ms / 1000, 1)} s)`, tally.files, 'files'),
    row('errors from the server’s own checks', tally.errors, 'count', '0'),
    row('warnings from the server’s own checks', tally.warnings, 'count', '0'),
    row('files with any error, warning or note', tally.filesWithAny.length, 'files'),
    row('notes on asynchronous pipelines (code ptxas accepts and repairs)', tally.notes, 'count'),
  ];
  if (tally.ptxasChecked > 0) {
    const relocatable = tally.ptxasRejected.filter((r) => r.relocatable).length;
    rows.push(row(`files ptxas (server’s checkPtx) rejects, ${relocatable} of them relocatable`, tally.ptxasRejected.length, 'files'));
  }
  return rows;
}

export async function benchFalseAlarms(): Promise<BenchRow[]> {
  const withPtxas = process.env.PTX_LENS_BENCH_PTXAS === '1';
  const ptxas = withPtxas ? new CompileService() : undefined;
  const groups: BenchRow[][] = [];
  try {
    const generated = await generatedCorpus();
    const corpora: Array<{ name: string; files: FileInput[] }> = [{ name: generated.label, files: [{ label: 'generated', path: generated.path }] }];
    const features = await buildFeatureCorpus();
    if (features) {
      for (const failure of features.failed) process.stderr.write(`bench false-alarms: nvcc failed: ${failure}\n`);
      corpora.push({ name: `generated across targets and flags: ${features.files.length} files`, files: features.files.map((f) => ({ label: f.label, path: f.path, relocatable: f.relocatable })) });
    } else process.stderr.write('bench false-alarms: nvcc is not installed; the generated corpus across targets and flags is not built.\n');
    const units = realUnits();
    if (units) {
      const dir = realCorpusDir();
      const files = units.map((u) => ({ label: relative(dir, u.path), path: u.path, relocatable: u.relocatable }));
      corpora.push({ name: `real: all ${units.length} files`, files });
    }
    for (const { name, files } of corpora) {
      process.stderr.write(`bench false-alarms: ${name}${withPtxas ? ', with ptxas' : ''}…\n`);
      const tally = await check(files, ptxas);
      printTop(name, tally);
      for (const r of tally.ptxasRejected.slice(0, 10)) process.stderr.write(`bench false-alarms: ptxas rejects ${r.file}${r.relocatable ? ' (relocatable)' : ''}: ${r.first}\n`);
      groups.push(rowsFor(name, tally));
    }
  } finally {
    ptxas?.dispose();
    await ptxas?.idle();
  }
  return sideBySide(groups);
}

if (require.main === module) {
  const real = process.argv.indexOf('--real');
  if (real >= 0 && process.argv[real + 1]) process.env.PTX_LENS_REAL_CORPUS = process.argv[real + 1];
  benchFalseAlarms().then(
    (rows) => console.table(rows),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
