/**
 * The generated corpus across targets and flags: `bench/kernels-features/*.cu` (tensor cores,
 * bulk copies with barriers, clusters, cooperative groups, atomics at every scope, textures and
 * surfaces, FP8, warp intrinsics, inline PTX) compiled with `nvcc --ptx` for each target nvcc 13
 * accepts from sm_75 to sm_120, with `-lineinfo`, and on three of them also with `-G`, `-Xcicc
 * -O0`, `-use_fast_math` and `-rdc=true`. Cached under `.bench/features/`, keyed by the sources
 * and the nvcc version. Used by the false-alarm bench and a test: PTX Lens must be silent on
 * every file, and ptxas must accept every file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SOURCES = join(__dirname, 'kernels-features');

export const FEATURE_TARGETS = ['sm_75', 'sm_80', 'sm_86', 'sm_89', 'sm_90', 'sm_90a', 'sm_100a', 'sm_100f', 'sm_103a', 'sm_120'];
/** Flag sets beyond `-lineinfo`, each tried on these targets. */
export const FEATURE_FLAG_TARGETS = ['sm_75', 'sm_90a', 'sm_100a'];
export const FEATURE_FLAGS: Record<string, string[]> = {
  lineinfo: ['-lineinfo'],
  G: ['-G'],
  O0: ['-lineinfo', '-Xcicc', '-O0'],
  fastmath: ['-lineinfo', '-use_fast_math'],
  rdc: ['-lineinfo', '-rdc=true'],
};

export interface FeaturePtx {
  /** `features.cu sm_90a -G` */
  label: string;
  path: string;
  target: string;
  relocatable: boolean;
}

export interface FeatureCorpus {
  files: FeaturePtx[];
  /** Units nvcc refused, with its first error line (a target this nvcc lacks, say). */
  failed: string[];
}

function nvccRelease(): string | undefined {
  const probe = spawnSync('nvcc', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? (/release ([\d.]+)/.exec(probe.stdout)?.[1] ?? 'unknown') : undefined;
}

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('nvcc', args);
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', (e) => resolve({ code: -1, output: String(e) }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The matrix as units to compile. */
export function featureUnits(): Array<{ source: string; target: string; flags: string; args: string[] }> {
  const sources = readdirSync(SOURCES).filter((f) => f.endsWith('.cu')).sort();
  const units: Array<{ source: string; target: string; flags: string; args: string[] }> = [];
  for (const source of sources) {
    for (const target of FEATURE_TARGETS) units.push({ source, target, flags: 'lineinfo', args: FEATURE_FLAGS.lineinfo });
    for (const [flags, args] of Object.entries(FEATURE_FLAGS)) {
      if (flags === 'lineinfo') continue;
      for (const target of FEATURE_FLAG_TARGETS) units.push({ source, target, flags, args });
    }
  }
  return units;
}

/** Compiles (or reads from the cache) the whole matrix; undefined without nvcc. */
export async function buildFeatureCorpus(jobs = 2): Promise<FeatureCorpus | undefined> {
  const release = nvccRelease();
  if (!release) return undefined;
  const hash = createHash('sha256').update(`${release}\n`);
  for (const f of readdirSync(SOURCES).sort()) hash.update(f).update(readFileSync(join(SOURCES, f)));
  const dir = join(ROOT, '.bench', 'features', hash.digest('hex').slice(0, 16));
  mkdirSync(dir, { recursive: true });
  const units = featureUnits();
  const files: FeaturePtx[] = [];
  const failed: string[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < units.length; i = next++) {
      const u = units[i];
      const path = join(dir, `${u.source.replace(/\.cu$/, '')}.${u.target}.${u.flags}.ptx`);
      const label = `${u.source} ${u.target} ${u.args.join(' ')}`;
      if (!existsSync(path)) {
        const result = await run(['--ptx', '-std=c++17', `-arch=${u.target}`, ...u.args, join(SOURCES, u.source), '-o', path]);
        if (result.code !== 0) {
          failed.push(`${label}: ${result.output.split('\n').find((l) => /error/.test(l)) ?? result.output.trim().split('\n')[0]}`);
          continue;
        }
      }
      files.push({ label, path, target: u.target, relocatable: u.flags === 'rdc' });
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  files.sort((a, b) => a.label.localeCompare(b.label));
  return { files, failed };
}
