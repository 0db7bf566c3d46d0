/**
 * The corpora the editor-level benchmarks run on, side by side:
 *
 * - generated: `buildLargePtx()` (our own kernels compiled with nvcc, see `corpus.ts`);
 * - real: PTX of real projects, listed in `<dir>/manifest.json` as
 *   `{ units: [{ name, project, arch, ptx, bytes, relocatable }] }` with `ptx` relative to
 *   `<dir>`. The folder is `--real <dir>` on the command line of `bench/run.ts`, else
 *   `PTX_LENS_REAL_CORPUS`, else `.corpus/real`. Build it with
 *   `node --import tsx bench/real/build.ts --src <trees>` (see bench/real/README.md).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { buildLargePtx } from './corpus';
import type { BenchRow } from './types';

const ROOT = join(__dirname, '..');

export interface RealUnit {
  name: string;
  project: string;
  arch: string;
  /** Path relative to the corpus folder. */
  ptx: string;
  bytes: number;
  relocatable: boolean;
}

export interface Corpus {
  /** How rows name it: "generated 16.5 MB", "real: foo.ptx 16.6 MB". */
  label: string;
  path: string;
  text: string;
}

export const sizeLabel = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** The real corpus folder chosen by `--real`, `PTX_LENS_REAL_CORPUS` or the default. */
export function realCorpusDir(): string {
  return resolve(process.env.PTX_LENS_REAL_CORPUS || join(ROOT, '.corpus', 'real'));
}

let warned = false;

/** The real corpus's units with absolute paths, or undefined (said once on stderr) when it is absent. */
export function realUnits(): Array<RealUnit & { path: string }> | undefined {
  const dir = realCorpusDir();
  const manifest = join(dir, 'manifest.json');
  let units: RealUnit[] | undefined;
  try {
    units = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { units?: RealUnit[] }).units : undefined;
  } catch (error) {
    process.stderr.write(`bench: ${manifest} is not valid JSON: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  const found = (units ?? []).filter((u) => typeof u.ptx === 'string').map((u) => ({ ...u, path: resolve(dir, u.ptx) })).filter((u) => existsSync(u.path));
  if (found.length > 0) return found;
  if (!warned) {
    warned = true;
    process.stderr.write(
      `bench: real corpus not found (no ${manifest} listing existing .ptx files); reporting the generated corpus only.\n` +
        `bench: build it with \`node --import tsx bench/real/build.ts --src <trees>\` (see bench/real/README.md), ` +
        'or point to one with `--real <dir>` or PTX_LENS_REAL_CORPUS.\n',
    );
  }
  return undefined;
}

export async function generatedCorpus(): Promise<Corpus> {
  const corpus = await buildLargePtx();
  return { label: `generated ${sizeLabel(Buffer.byteLength(corpus.text))}`, path: corpus.path, text: corpus.text };
}

/** The largest file of the real corpus, if there is one. */
export function largestRealCorpus(): Corpus | undefined {
  const units = realUnits();
  if (!units) return undefined;
  const largest = units.map((u) => ({ u, bytes: statSync(u.path).size })).sort((a, b) => b.bytes - a.bytes)[0];
  return { label: `real: ${basename(largest.u.path)} ${sizeLabel(largest.bytes)}`, path: largest.u.path, text: readFileSync(largest.u.path, 'utf8') };
}

/** Generated first, then the largest real file when the real corpus exists. */
export async function editorCorpora(): Promise<Corpus[]> {
  const real = largestRealCorpus();
  return real ? [await generatedCorpus(), real] : [await generatedCorpus()];
}

/** Rows of several corpora interleaved metric by metric, so the table shows them side by side. */
export function sideBySide(groups: BenchRow[][]): BenchRow[] {
  const rows: BenchRow[] = [];
  for (let i = 0; i < Math.max(0, ...groups.map((g) => g.length)); i++) for (const group of groups) if (i < group.length) rows.push(group[i]);
  return rows;
}
