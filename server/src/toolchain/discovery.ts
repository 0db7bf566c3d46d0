/**
 * Finding nvcc and ptxas, and asking nvcc what it is and which architectures it knows.
 * Order: the `nvccPath` setting (trusted workspaces only), `CUDA_PATH`, `CUDA_HOME`, `PATH`,
 * `/usr/local/cuda/bin`. ptxas is taken from nvcc's folder, else from PATH.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { runTool } from './run';
import { NVCC_MISSING_MESSAGE, type Toolchain, type ToolchainMissing, type ToolchainSettings } from './types';

const EXE = process.platform === 'win32' ? '.exe' : '';

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Looks a program name up on a PATH string. */
export function whichSync(name: string, pathEnv: string | undefined): string | undefined {
  for (const dir of (pathEnv ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name + EXE);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export interface NvccLocation {
  nvcc: string;
  ptxas: string | undefined;
  foundVia: string;
}

/** Pure-ish search (file system probes only, no process runs). */
export const DEFAULT_SEARCH_DIRS: readonly string[] = process.platform === 'win32' ? [] : ['/usr/local/cuda/bin'];

export function locateNvcc(
  settings: Pick<ToolchainSettings, 'nvccPath' | 'trusted'>,
  env: NodeJS.ProcessEnv = process.env,
  searchDirs: readonly string[] = DEFAULT_SEARCH_DIRS,
): NvccLocation | undefined {
  const candidates: Array<{ path: string; via: string }> = [];
  if (settings.trusted && settings.nvccPath.trim()) {
    const p = resolve(settings.nvccPath.trim());
    // A folder (the toolkit's bin, or the toolkit root) is accepted too.
    candidates.push({ path: p, via: 'setting' }, { path: join(p, 'nvcc' + EXE), via: 'setting' }, { path: join(p, 'bin', 'nvcc' + EXE), via: 'setting' });
  }
  for (const name of ['CUDA_PATH', 'CUDA_HOME'] as const) {
    const dir = env[name];
    if (dir) candidates.push({ path: join(dir, 'bin', 'nvcc' + EXE), via: name });
  }
  const onPath = whichSync('nvcc', env.PATH ?? env.Path);
  if (onPath) candidates.push({ path: onPath, via: 'PATH' });
  for (const dir of searchDirs) candidates.push({ path: join(dir, 'nvcc' + EXE), via: dir });

  for (const c of candidates) {
    if (!isExecutable(c.path)) continue;
    const beside = join(dirname(c.path), 'ptxas' + EXE);
    const ptxas = isExecutable(beside) ? beside : whichSync('ptxas', env.PATH ?? env.Path);
    return { nvcc: c.path, ptxas, foundVia: c.via };
  }
  return undefined;
}

/** "Cuda compilation tools, release 13.0, V13.0.88" → "13.0.88". */
export function parseNvccVersion(text: string): string | undefined {
  const full = /\bV(\d+\.\d+\.\d+)\b/.exec(text);
  if (full) return full[1];
  const release = /release (\d+\.\d+)/.exec(text);
  return release?.[1];
}

const versionCache = new Map<string, Promise<string>>();

/** `nvcc --version`, cached per path and modification time. */
export function nvccVersion(nvcc: string, timeoutMs = 15_000, env?: NodeJS.ProcessEnv): Promise<string> {
  let stamp = '';
  try {
    const s = statSync(nvcc);
    stamp = `${s.mtimeMs}:${s.size}`;
  } catch {
    /* probed again by the run */
  }
  const key = `${nvcc}\0${stamp}`;
  let cached = versionCache.get(key);
  if (!cached) {
    cached = runTool(nvcc, ['--version'], { timeoutMs, env }).then((r) => parseNvccVersion(r.stdout + r.stderr) ?? 'unknown');
    versionCache.set(key, cached);
  }
  return cached;
}

/** Finds the toolchain and its version, or says it is missing. Never throws. */
export async function discoverToolchain(
  settings: Pick<ToolchainSettings, 'nvccPath' | 'trusted' | 'timeoutMs'>,
  env: NodeJS.ProcessEnv = process.env,
  searchDirs: readonly string[] = DEFAULT_SEARCH_DIRS,
): Promise<Toolchain | ToolchainMissing> {
  const found = locateNvcc(settings, env, searchDirs);
  if (!found) return { kind: 'missing', message: NVCC_MISSING_MESSAGE };
  const version = await nvccVersion(found.nvcc, Math.min(settings.timeoutMs, 15_000), env);
  return { nvcc: found.nvcc, ptxas: found.ptxas, version, foundVia: found.foundVia };
}

export interface ArchList {
  /** Real architectures, e.g. sm_75 … sm_120 (from `--list-gpu-code`). */
  real: string[];
  /** Virtual architectures, e.g. compute_75 … (from `--list-gpu-arch`). */
  virtual: string[];
}

/** One architecture name per line (as `nvcc --list-gpu-arch/--list-gpu-code` print). */
export function parseArchList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*((?:sm|compute|lto)_\d+[a-z]?)\s*$/.exec(line);
    if (m) seen.add(m[1]);
  }
  return [...seen].sort(compareArch);
}

function archNumber(a: string): number {
  const m = /_(\d+)/.exec(a);
  return m ? Number(m[1]) : 0;
}

export function compareArch(a: string, b: string): number {
  return archNumber(a) - archNumber(b) || a.localeCompare(b);
}

/** The architectures this nvcc supports, for an arch quick pick. Empty lists when nvcc fails. */
export async function listArchs(nvcc: string, timeoutMs = 15_000): Promise<ArchList> {
  const [code, arch] = await Promise.all([
    runTool(nvcc, ['--list-gpu-code'], { timeoutMs }),
    runTool(nvcc, ['--list-gpu-arch'], { timeoutMs }),
  ]);
  return {
    real: code.code === 0 ? parseArchList(code.stdout) : [],
    virtual: arch.code === 0 ? parseArchList(arch.stdout) : [],
  };
}
