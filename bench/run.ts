/**
 * `npm run bench`: every benchmark in one run, printed as a table and written as JSON to
 * `.bench/results.json`. Figures are medians (and p99 where latency matters) measured in this
 * run; compare ratios, not absolute numbers, across machines.
 *
 * `node --import tsx bench/run.ts [section …] [--real <dir>]`: only the named sections;
 * `--real` (or `PTX_LENS_REAL_CORPUS`) picks the real-code corpus the `stdio` and
 * `false-alarms` sections run on beside the generated one (default `.corpus/real`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow } from './types';
import { benchStartup } from './startup';
import { benchParse } from './parse';
import { benchHover } from './hover';
import { benchToolchain } from './toolchain';
import { benchLens } from './lens';
import { benchStdio } from './stdio';
import { benchFalseAlarms } from './falseAlarms';
import { benchInlineAsm } from './inlineAsm';
import { benchAgreement } from './agreement';

const SECTIONS: Array<{ name: string; run: () => Promise<BenchRow[]> }> = [
  { name: 'startup', run: benchStartup },
  { name: 'parse', run: benchParse },
  { name: 'hover', run: benchHover },
  { name: 'toolchain', run: benchToolchain },
  { name: 'lens', run: benchLens },
  { name: 'stdio', run: benchStdio },
  { name: 'false-alarms', run: benchFalseAlarms },
  { name: 'inline-asm', run: benchInlineAsm },
  { name: 'agreement', run: benchAgreement },
];

function table(rows: BenchRow[]): string {
  const header = ['area', 'metric', 'value', 'unit', 'target'];
  const cells = rows.map((row) => [row.area, row.metric, String(row.value), row.unit, row.target ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (cols: string[]) => `| ${cols.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const real = args.indexOf('--real');
  if (real >= 0) {
    if (!args[real + 1]) throw new Error('--real needs a folder');
    process.env.PTX_LENS_REAL_CORPUS = args[real + 1];
    args.splice(real, 2);
  }
  const only = args;
  const unknown = only.filter((name) => !SECTIONS.some((s) => s.name === name));
  if (unknown.length > 0) throw new Error(`unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.name).join(', ')}`);
  const rows: BenchRow[] = [];
  let failed = false;
  for (const section of SECTIONS.filter((s) => only.length === 0 || only.includes(s.name))) {
    process.stderr.write(`bench: ${section.name}…\n`);
    try {
      rows.push(...(await section.run()));
    } catch (error) {
      failed = true;
      process.stderr.write(`bench: ${section.name} failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    }
  }
  const dir = join(__dirname, '..', '.bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'results.json');
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
  process.stdout.write(`${table(rows)}\n\nWritten to ${file}\n`);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
