/**
 * Builds the real-code PTX corpus: PTX that nvcc emits for kernels of public CUDA projects
 * (CUTLASS examples, DeepGEMM, DeepEP, ThunderKittens, FlashAttention 3), as those projects
 * compile them, for sm_80, sm_90, sm_90a, sm_100a and sm_100f. The units are listed in
 * `units.ts`; the source trees are public projects checked out anywhere, one subfolder per
 * project under the folder given with `--src` (see README.md).
 *
 *   node --import tsx bench/real/build.ts --src <folder> [--out .corpus/real] [--only <substring>]
 *        [--jobs 2] [--timeout 300] [--extra] [--verify] [--verify-only]
 *
 * Output: `<out>/<project>/<name>.<arch>.ptx` and `<out>/manifest.json`. Nothing here is
 * committed: `.corpus/` is git-ignored.
 *
 * Generated headers. Some headers the projects' own builds generate or take from elsewhere
 * are written by this script into `<out>/.generated/` as minimal stand-ins, enough for the
 * device code to compile; they are not the real files:
 *   - `nvshmem/non_abi/nvshmem_version.h`, `nvshmem/non_abi/nvshmem_build_options.h`: what
 *     NVSHMEM's CMake configures (version numbers read from its CMakeLists.txt, IBGDA on);
 *   - `nvshmem/non_abi/device/pt-to-pt/transfer_device.cuh`: includes NVSHMEM's
 *     `transfer_device.cuh.in`, which its CMake copies unchanged;
 *   - `curand/curand_kernel.h`: only when the CUDA toolkit has no cuRAND headers. CUTLASS's
 *     host-side test utilities include it; the stand-in declares the few device functions
 *     they use with a trivial generator. It only affects the utilities' fill kernels.
 * DeepEP's kernels (through NVSHMEM's IBGDA header) also need `infiniband/mlx5dv.h` from
 * rdma-core (Debian/Ubuntu: libibverbs-dev).
 *
 * Each unit runs `nvcc --ptx -lineinfo -arch=<arch>` with the unit's flags, `--jobs` at a
 * time, each with a timeout (the whole process group is killed on timeout). A failed unit
 * never stops the run: it is listed in the manifest with the first lines of nvcc's stderr.
 * With `--verify`, each PTX is then assembled with ptxas (`--compile-only` for relocatable
 * code); a file ptxas rejects is removed and moved to `failed`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { type Unit, UNITS } from './units';
import { writeGenerated } from './standins';
import { parsePtx } from '../../server/src/ptx';
import { needsLinking } from '../../server/src/toolchain/linking';

const ROOT = resolve(__dirname, '..', '..');
const OWN_UNITS = join(__dirname, 'units');

export interface Options {
  src: string;
  out: string;
  only?: string;
  jobs: number;
  timeout: number;
  verify: boolean;
  verifyOnly: boolean;
  extra: boolean;
}

interface BuiltUnit {
  name: string;
  project: string;
  source: string;
  arch: string;
  flags: string[];
  ptx: string;
  bytes: number;
  lines: number;
  seconds: number;
  relocatable: boolean;
  ptxas?: { ok: boolean; seconds: number; args: string[]; error?: string };
}

interface Manifest {
  built: string;
  nvcc: string;
  units: BuiltUnit[];
  failed: { name: string; project?: string; arch?: string; error: string }[];
  skipped?: { name: string; project: string; arch: string; reason: string }[];
}

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    'usage: node --import tsx bench/real/build.ts --src <folder> [--out .corpus/real] [--only <substring>] [--jobs 2] [--timeout 300] [--extra] [--verify] [--verify-only]',
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const opts: Partial<Options> = { out: join(ROOT, '.corpus', 'real'), jobs: 2, timeout: 300, verify: false, verifyOnly: false, extra: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--src') opts.src = resolve(value());
    else if (a === '--out') opts.out = resolve(value());
    else if (a === '--only') opts.only = value();
    else if (a === '--jobs') opts.jobs = Math.max(1, Number(value()));
    else if (a === '--timeout') opts.timeout = Math.max(1, Number(value()));
    else if (a === '--verify') opts.verify = true;
    else if (a === '--verify-only') opts.verifyOnly = true;
    else if (a === '--extra') opts.extra = true;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  if (!opts.src && !opts.verifyOnly) usage('--src is required');
  return opts as Options;
}

// ---------------------------------------------------------------- processes

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  timedOut: boolean;
}

/** Runs a program (no shell) in its own process group; on timeout the whole group is killed. */
export function run(file: string, args: string[], cwd: string, timeoutSec: number): Promise<RunResult> {
  return new Promise((done) => {
    const start = Date.now();
    const child = spawn(file, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    // Keep only the beginning of very chatty output (template warnings can run to megabytes).
    const cap = 1 << 20;
    child.stdout.on('data', (d: Buffer) => {
      if (stdout.length < cap) stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < cap) stderr += d.toString();
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutSec * 1000);
    const finish = (code: number | null, extra = ''): void => {
      clearTimeout(timer);
      done({ code, stdout, stderr: stderr + extra, seconds: (Date.now() - start) / 1000, timedOut });
    };
    child.on('error', (e) => finish(null, String(e)));
    child.on('close', (code) => finish(code));
  });
}

async function pool<T>(items: T[], jobs: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
}

/** The error lines of nvcc's output first (warnings are many), then the first lines. */
function firstLines(stderr: string, n = 12): string {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  const errors = lines.filter((l) => /error|fatal/i.test(l));
  const picked = errors.length > 0 ? errors : lines;
  return picked.slice(0, n).join('\n');
}

// ---------------------------------------------------------------- units

function unitKey(u: { name: string; project: string; arch: string }): string {
  return `${u.project}/${u.name}.${u.arch}`;
}

function treeOf(u: Unit): string {
  return u.own ? 'bench/real/units' : u.project;
}

/** The trees under --src a unit needs (its own and those its includes name). */
function treesNeeded(u: Unit): string[] {
  const trees = new Set<string>();
  if (!u.own) trees.add(u.project);
  for (const inc of u.includes) {
    if (inc.startsWith('@gen/')) {
      if (inc === '@gen/nvshmem') trees.add('nvshmem');
      continue;
    }
    const colon = inc.indexOf(':');
    trees.add(colon > 0 ? inc.slice(0, colon) : u.project);
  }
  return [...trees];
}

function includePath(u: Unit, inc: string, opts: Options, gen: string): string {
  if (inc.startsWith('@gen/')) return join(gen, inc.slice('@gen/'.length));
  const colon = inc.indexOf(':');
  if (colon > 0) return join(opts.src, inc.slice(0, colon), inc.slice(colon + 1));
  return join(opts.src, u.project, inc);
}

function sourcePath(u: Unit, opts: Options): string {
  return u.own ? join(OWN_UNITS, u.source) : join(opts.src, u.project, u.source);
}

function countLines(path: string): number {
  const buf = readFileSync(path);
  let n = 0;
  for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
  return n;
}

async function nvccVersion(): Promise<string> {
  const res = await run('nvcc', ['--version'], process.cwd(), 60);
  const release = /release [^\n]*/.exec(res.stdout)?.[0];
  return release ?? (res.stdout.trim().split('\n').pop() || 'unknown');
}

function isRelocatable(flags: string[]): boolean {
  return flags.some((f) => f === '-rdc=true' || f === '--relocatable-device-code=true' || f === '-dc');
}

async function buildUnit(u: Unit, opts: Options, gen: string): Promise<BuiltUnit | { error: string }> {
  const ptxRel = join(u.project, `${u.name}.${u.arch}.ptx`);
  const ptx = join(opts.out, ptxRel);
  const tmp = `${ptx}.partial`;
  mkdirSync(dirname(ptx), { recursive: true });
  const includes = u.includes.map((inc) => `-I${includePath(u, inc, opts, gen)}`);
  const args = ['--ptx', '-lineinfo', `-arch=${u.arch}`, ...u.flags, ...includes, sourcePath(u, opts), '-o', tmp];
  const cwd = u.own ? OWN_UNITS : join(opts.src, u.project);
  const res = await run('nvcc', args, cwd, u.timeout ?? opts.timeout);
  if (res.timedOut || res.code !== 0 || !existsSync(tmp)) {
    rmSync(tmp, { force: true });
    const why = res.timedOut ? `timed out after ${u.timeout ?? opts.timeout} s` : `nvcc exited with ${res.code}`;
    return { error: `${why}\n${firstLines(res.stderr)}`.trim() };
  }
  renameSync(tmp, ptx);
  return {
    name: u.name,
    project: u.project,
    source: u.own ? `bench/real/units/${u.source}` : u.source,
    arch: u.arch,
    flags: [...u.flags, ...u.includes.map((inc) => `-I${inc}`)],
    ptx: ptxRel,
    bytes: statSync(ptx).size,
    lines: countLines(ptx),
    seconds: Math.round(res.seconds * 10) / 10,
    relocatable: isRelocatable(u.flags),
  };
}

// ---------------------------------------------------------------- ptxas

async function verifyUnit(b: BuiltUnit, opts: Options): Promise<void> {
  const file = join(opts.out, b.ptx);
  const compileOnly = b.relocatable || needsLinking(parsePtx(readFileSync(file, 'utf8')));
  const args = [`-arch=${b.arch}`, ...(compileOnly ? ['--compile-only'] : []), file, '-o', '/dev/null'];
  const res = await run('ptxas', args, opts.out, Math.max(opts.timeout, 900));
  b.ptxas = {
    ok: res.code === 0 && !res.timedOut,
    seconds: Math.round(res.seconds * 10) / 10,
    args: args.map((a) => (a === file ? b.ptx : a)),
  };
  if (!b.ptxas.ok) b.ptxas.error = res.timedOut ? 'timed out' : firstLines(res.stderr, 8);
  console.log(`${b.ptxas.ok ? 'ptxas ok  ' : 'ptxas FAIL'} ${b.ptx} (${b.ptxas.seconds} s)${b.ptxas.error ? `\n  ${b.ptxas.error.replace(/\n/g, '\n  ')}` : ''}`);
}

// ---------------------------------------------------------------- main

function readManifest(path: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(2);
}

function printSummary(m: Manifest): void {
  const rows = [...m.units].sort((a, b) => a.ptx.localeCompare(b.ptx));
  const w = Math.max(10, ...rows.map((r) => r.ptx.length));
  console.log(`\n${'ptx'.padEnd(w)}  ${'arch'.padEnd(7)} ${'MB'.padStart(7)} ${'lines'.padStart(9)} ${'nvcc s'.padStart(7)} ptxas`);
  for (const r of rows) {
    const ptxas = r.ptxas ? (r.ptxas.ok ? 'ok' : 'FAIL') : '-';
    console.log(
      `${r.ptx.padEnd(w)}  ${r.arch.padEnd(7)} ${mb(r.bytes).padStart(7)} ${String(r.lines).padStart(9)} ${r.seconds.toFixed(1).padStart(7)} ${ptxas}`,
    );
  }
  const bytes = rows.reduce((s, r) => s + r.bytes, 0);
  const secs = rows.reduce((s, r) => s + r.seconds, 0);
  console.log(`\n${rows.length} files, ${mb(bytes)} MB, ${secs.toFixed(0)} s of nvcc time in total`);
  for (const f of m.failed) console.log(`FAILED ${f.name}${f.arch ? ` (${f.arch})` : ''}:\n  ${f.error.replace(/\n/g, '\n  ')}`);
  for (const s of m.skipped ?? []) console.log(`SKIPPED ${s.project}/${s.name} (${s.arch}): ${s.reason}`);
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const manifestPath = join(opts.out, 'manifest.json');
  const previous = readManifest(manifestPath);

  if (opts.verifyOnly) {
    if (!previous) usage(`no manifest at ${manifestPath}`);
    const targets = previous.units.filter((b) => !opts.only || unitKey(b).includes(opts.only));
    await pool(targets, opts.jobs, (b) => verifyUnit(b, opts));
    writeFileSync(manifestPath, `${JSON.stringify(previous, null, 2)}\n`);
    printSummary(previous);
    return;
  }

  if (!existsSync(opts.src)) usage(`source folder ${opts.src} does not exist`);
  mkdirSync(opts.out, { recursive: true });
  const gen = await writeGenerated(opts);

  const active = UNITS.filter((u) => opts.extra || !u.extra);
  const selected = active.filter((u) => !opts.only || `${unitKey(u)} ${u.source}`.includes(opts.only));
  const skipped: NonNullable<Manifest['skipped']> = [];
  const missingReported = new Set<string>();
  const runnable: Unit[] = [];
  for (const u of selected) {
    const missing = treesNeeded(u).filter((t) => !existsSync(join(opts.src, t)));
    if (missing.length > 0) {
      const reason = `missing source tree: expected ${missing.map((t) => join(opts.src, t)).join(', ')}`;
      skipped.push({ name: u.name, project: u.project, arch: u.arch, reason });
      for (const t of missing) {
        if (!missingReported.has(t)) console.log(`skip: no ${t} tree at ${join(opts.src, t)} (units of ${treeOf(u)} that need it are skipped)`);
        missingReported.add(t);
      }
      continue;
    }
    runnable.push(u);
  }

  // Longest first (by the previous run's times) keeps both workers busy to the end.
  const lastSeconds = new Map((previous?.units ?? []).map((b) => [unitKey(b), b.seconds]));
  runnable.sort((a, b) => (lastSeconds.get(unitKey(b)) ?? 60) - (lastSeconds.get(unitKey(a)) ?? 60));

  const version = await nvccVersion();
  const built: BuiltUnit[] = [];
  const failed: Manifest['failed'] = [];
  const started = Date.now();
  let done = 0;
  console.log(`building ${runnable.length} units with ${opts.jobs} jobs (${version})`);
  await pool(runnable, opts.jobs, async (u) => {
    const r = await buildUnit(u, opts, gen);
    done++;
    const tag = `[${done}/${runnable.length}] ${unitKey(u)}`;
    if ('error' in r) {
      failed.push({ name: u.name, project: u.project, arch: u.arch, error: r.error });
      console.log(`${tag} FAILED\n  ${r.error.split('\n').slice(0, 4).join('\n  ')}`);
    } else {
      built.push(r);
      console.log(`${tag} ${mb(r.bytes)} MB in ${r.seconds} s`);
    }
  });
  console.log(`nvcc wall time ${((Date.now() - started) / 1000).toFixed(0)} s`);

  if (opts.verify) {
    await pool(built, opts.jobs, (b) => verifyUnit(b, opts));
    for (const b of built.filter((x) => x.ptxas && !x.ptxas.ok)) {
      rmSync(join(opts.out, b.ptx), { force: true });
      failed.push({ name: b.name, project: b.project, arch: b.arch, error: `ptxas rejected the PTX:\n${b.ptxas?.error ?? ''}` });
    }
  }
  const accepted = built.filter((b) => !b.ptxas || b.ptxas.ok);

  // With --only, keep the previous entries of the other units still listed (if their files are still there).
  const rebuilt = new Set(runnable.map(unitKey));
  const listed = new Set(active.map(unitKey));
  const keep = (key: string): boolean => listed.has(key) && !rebuilt.has(key);
  const kept = (opts.only ? (previous?.units ?? []) : []).filter((b) => keep(unitKey(b)) && existsSync(join(opts.out, b.ptx)));
  const keptFailed = (opts.only ? (previous?.failed ?? []) : []).filter(
    (f) => keep(unitKey({ name: f.name, project: f.project ?? '', arch: f.arch ?? '' })) && !kept.some((b) => b.name === f.name && b.arch === f.arch),
  );
  const manifest: Manifest = {
    built: new Date().toISOString(),
    nvcc: version,
    units: [...kept, ...accepted].sort((a, b) => a.ptx.localeCompare(b.ptx)),
    failed: [...keptFailed, ...failed],
    skipped,
  };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  printSummary(manifest);
  console.log(`\nmanifest: ${relative(process.cwd(), manifestPath) || manifestPath}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
