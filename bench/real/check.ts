/**
 * Runs `ptx-lens check --json` (dist/cli.js, built by `npm run build`) on every PTX file of the
 * real-code corpus and tallies the problems it reports, by message and by file. On PTX that
 * ptxas accepts, every error the parser reports is a false alarm.
 *
 *   node --import tsx bench/real/check.ts [--out .corpus/real] [--only <substring>] [--jobs 2]
 *        [--with-ptxas] [--examples 1] [--cli dist/cli.js] [--report <out>/check.json]
 *
 * Writes the report (every problem, grouped; `<out>/check.json` by default) and prints the
 * tally. `--cli` checks with another build of the CLI, e.g. an older revision's.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(__dirname, '..', '..');

interface Problem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  source: string;
  message: string;
}

interface FileResult {
  ptx: string;
  seconds: number;
  exit: number | null;
  errors: number;
  warnings: number;
  problems: Problem[];
  note?: string | null;
  failure?: string;
}

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function runCheck(cli: string, file: string, withPtxas: boolean): Promise<{ code: number | null; stdout: string; stderr: string; seconds: number }> {
  return new Promise((done) => {
    const start = Date.now();
    const args = ['--max-old-space-size=8192', cli, 'check', '--json', ...(withPtxas ? [] : ['--no-ptxas']), file];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 65536) stderr += d.toString();
    });
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out).toString(), stderr, seconds: (Date.now() - start) / 1000 }));
  });
}

/** The text of the given 1-based lines of a (possibly very large) file. */
async function linesOf(file: string, wanted: Set<number>): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  if (wanted.size === 0) return found;
  const max = Math.max(...wanted);
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (wanted.has(n)) found.set(n, line);
    if (n >= max) break;
  }
  rl.close();
  return found;
}

/** Message with numbers, quoted names and register names folded, to group alike messages. */
function messageKey(message: string): string {
  return message
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/`[^`]*`/g, '`…`')
    .replace(/%[\w$.]+/g, '%…')
    .replace(/\b\d+\b/g, 'N')
    .slice(0, 60);
}

async function main(): Promise<void> {
  const out = resolve(arg('--out', join(ROOT, '.corpus', 'real')) as string);
  const only = arg('--only');
  const jobs = Math.max(1, Number(arg('--jobs', '2')));
  const examples = Math.max(1, Number(arg('--examples', '1')));
  const withPtxas = process.argv.includes('--with-ptxas');
  const cli = resolve(arg('--cli', join(ROOT, 'dist', 'cli.js')) as string);
  const reportPath = resolve(arg('--report', join(out, 'check.json')) as string);
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { units: { ptx: string }[] };
  const files = manifest.units.map((u) => u.ptx).filter((p) => !only || p.includes(only));

  const results: FileResult[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const ptx = files[next++];
      const r = await runCheck(cli, join(out, ptx), withPtxas);
      let parsed: Omit<FileResult, 'ptx' | 'seconds' | 'exit'> | undefined;
      try {
        parsed = JSON.parse(r.stdout) as Omit<FileResult, 'ptx' | 'seconds' | 'exit'>;
      } catch {
        parsed = undefined;
      }
      const result: FileResult = parsed
        ? { ptx, seconds: r.seconds, exit: r.code, errors: parsed.errors, warnings: parsed.warnings, problems: parsed.problems, note: parsed.note }
        : { ptx, seconds: r.seconds, exit: r.code, errors: 0, warnings: 0, problems: [], failure: r.stderr.split('\n').slice(0, 6).join('\n') };
      results.push(result);
      console.log(
        `${ptx}: ${result.failure ? `CHECK FAILED (exit ${r.code})` : `${result.errors} errors, ${result.warnings} warnings`} in ${r.seconds.toFixed(1)} s`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, worker));
  results.sort((a, b) => a.ptx.localeCompare(b.ptx));

  // Tally by message.
  const byMessage = new Map<string, { count: number; files: Set<string>; severity: string; examples: { ptx: string; line: number; message: string }[] }>();
  for (const r of results) {
    for (const p of r.problems) {
      const key = `${p.source}: ${messageKey(p.message)}`;
      let entry = byMessage.get(key);
      if (!entry) byMessage.set(key, (entry = { count: 0, files: new Set(), severity: p.severity, examples: [] }));
      entry.count++;
      entry.files.add(r.ptx);
      if (entry.examples.length < examples && !entry.examples.some((e) => e.ptx === r.ptx)) entry.examples.push({ ptx: r.ptx, line: p.line, message: p.message });
    }
  }
  const tally = [...byMessage.entries()].sort((a, b) => b[1].count - a[1].count);
  const exampleLines = new Map<string, Map<number, string>>();
  for (const [, e] of tally) {
    for (const ex of e.examples) {
      const set = exampleLines.get(ex.ptx) ?? new Map<number, string>();
      set.set(ex.line, '');
      exampleLines.set(ex.ptx, set);
    }
  }
  for (const [ptx, lines] of exampleLines) exampleLines.set(ptx, await linesOf(join(out, ptx), new Set(lines.keys())));

  const report = {
    checked: new Date().toISOString(),
    cli,
    withPtxas,
    files: results.map((r) => ({ ptx: r.ptx, errors: r.errors, warnings: r.warnings, seconds: r.seconds, exit: r.exit, failure: r.failure, note: r.note })),
    byMessage: tally.map(([key, e]) => ({
      message: key,
      severity: e.severity,
      count: e.count,
      files: e.files.size,
      examples: e.examples.map((ex) => ({ ...ex, text: (exampleLines.get(ex.ptx)?.get(ex.line) ?? '').trim().slice(0, 200) })),
    })),
    problems: Object.fromEntries(results.map((r) => [r.ptx, r.problems])),
  };
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);

  console.log('\nby message:');
  for (const m of report.byMessage) {
    console.log(`${String(m.count).padStart(7)}  ${String(m.files).padStart(3)} files  ${m.severity.padEnd(7)} ${m.message}`);
    for (const ex of m.examples) console.log(`         e.g. ${ex.ptx}:${ex.line}: ${ex.text}`);
  }
  console.log('\nby file:');
  for (const f of report.files) console.log(`${String(f.errors).padStart(7)} errors ${String(f.warnings).padStart(6)} warnings  ${f.ptx}${f.failure ? '  (check failed)' : ''}`);
  const total = results.reduce((s, r) => s + r.errors, 0);
  console.log(`\n${total} errors in ${results.filter((r) => r.errors > 0).length} of ${results.length} files; details in ${reportPath}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
