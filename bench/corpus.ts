/**
 * A large, realistic PTX file for the benchmarks: our own template-heavy kernels
 * (`bench/kernels/*.cu`: tiled GEMM, block reductions, row softmax over many types and tile
 * sizes) compiled with `nvcc --ptx -lineinfo`, instantiated in as many namespaces as needed to
 * reach the requested size. The result is cached under `.bench/` keyed by a hash of the
 * sources, the size and the nvcc version. Without nvcc, the committed fixtures are repeated
 * with renamed symbols instead (and stderr says so).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePtx } from '../server/src/ptx';

const ROOT = join(__dirname, '..');
const KERNELS = join(__dirname, 'kernels');
const CACHE = join(ROOT, '.bench');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'ptx');
/** PTX bytes one namespace of all kernels produces with nvcc 13 (measured), used to size the corpus. */
const BYTES_PER_NAMESPACE = 4.0e6;

export interface LargePtx {
  path: string;
  text: string;
  /** How the corpus was made, e.g. `nvcc 13.0 -lineinfo sm_90a, 4 namespaces of gemm.cu, reduce.cu, softmax.cu`. */
  source: string;
}

function nvccVersion(): string | undefined {
  const res = spawnSync('nvcc', ['--version'], { encoding: 'utf8' });
  if (res.status !== 0) return undefined;
  return /release ([0-9.]+)/.exec(res.stdout)?.[1] ?? 'unknown';
}

export async function buildLargePtx(targetBytes = 16e6): Promise<LargePtx> {
  const kernels = readdirSync(KERNELS)
    .filter((f) => f.endsWith('.cu'))
    .sort();
  const version = nvccVersion();
  mkdirSync(CACHE, { recursive: true });
  if (version && kernels.length > 0) {
    const namespaces = Math.max(1, Math.ceil(targetBytes / BYTES_PER_NAMESPACE));
    const hash = createHash('sha256');
    hash.update(`${version}\n${namespaces}\n`);
    for (const k of kernels) hash.update(readFileSync(join(KERNELS, k)));
    const key = hash.digest('hex').slice(0, 16);
    const path = join(CACHE, `corpus-${key}.ptx`);
    const source = `nvcc ${version} --ptx -lineinfo -arch=sm_90a, ${namespaces} namespace(s) of ${kernels.join(', ')}`;
    if (existsSync(path)) return { path, text: readFileSync(path, 'utf8'), source };
    const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-corpus-'));
    try {
      const unit = join(dir, 'corpus.cu');
      const body = ['#include <cuda_fp16.h>', '#include <cstdint>'];
      for (let i = 0; i < namespaces; i++) {
        body.push(`namespace corpus${i} {`);
        for (const k of kernels) body.push(`#include "${join(KERNELS, k)}"`);
        body.push('}');
      }
      writeFileSync(unit, `${body.join('\n')}\n`);
      process.stderr.write(`bench: compiling the corpus (${namespaces} namespaces) with nvcc ${version}; cached afterwards in ${path}\n`);
      const res = spawnSync('nvcc', ['--ptx', '-lineinfo', '-arch=sm_90a', '-o', path, unit], { encoding: 'utf8', timeout: 15 * 60_000 });
      if (res.status === 0 && existsSync(path)) return { path, text: readFileSync(path, 'utf8'), source };
      process.stderr.write(`bench: nvcc failed (${res.status}): ${(res.stderr || String(res.error)).slice(0, 500)}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  process.stderr.write('bench: nvcc not available; building the corpus by repeating test/fixtures/ptx/*.ptx with renamed symbols\n');
  return fixtureCorpus(targetBytes);
}

/** Repeats the fixtures' functions and variables, renamed per copy, under one module header. */
function fixtureCorpus(targetBytes: number): LargePtx {
  const parts = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.ptx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(FIXTURES, f), 'utf8');
      const model = parsePtx(text);
      const names = new Set<string>([...model.functions.filter((fn) => fn.bodyStart >= 0).map((fn) => fn.name), ...model.globals.map((g) => g.name)]);
      // Drop the module header and the extern declarations; keep everything else.
      const body = text
        .replace(/^\s*\.(version|target|address_size)\b.*$/gm, '')
        .replace(/\.extern \.func[^;]*;/g, '')
        .replace(/^\s*\.file\b.*$/gm, '');
      return { body, names: [...names].filter((n) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(n)) };
    });
  const out: string[] = ['.version 9.0', '.target sm_90a', '.address_size 64', '', '.extern .func (.param .b32 func_retval0) vprintf(.param .b64 a, .param .b64 b);', '.file 1 "corpus.cu"', '.file 2 "corpus.h"'];
  let size = out.join('\n').length;
  for (let copy = 0; size < targetBytes; copy++) {
    for (const p of parts) {
      let body = p.body.replace(/\.section[\s\S]*?\n\s*\}/g, '');
      for (const n of p.names) body = body.split(n).join(`${n}_c${copy}`);
      out.push(body);
      size += body.length + 1;
    }
  }
  const text = out.join('\n');
  const path = join(CACHE, `corpus-fixtures-${Math.round(targetBytes)}.ptx`);
  writeFileSync(path, text);
  return { path, text, source: 'test/fixtures/ptx repeated with renamed symbols (nvcc not found)' };
}
