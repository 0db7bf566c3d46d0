/**
 * Minimal stand-ins for headers the projects' own builds generate (NVSHMEM's version and build
 * options, its transfer header) or that the CUDA toolkit may lack (cuRAND's device header):
 * enough for the device code to compile, written into `<out>/.generated/` (see build.ts).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run, type Options } from './build';

// ---------------------------------------------------------------- generated headers

const CURAND_STANDIN = `// Minimal stand-in for the cuRAND device header, written by bench/real/build.ts because the
// CUDA toolkit here has no cuRAND headers. It declares only what host-side test utilities
// use, with a trivial generator; it is not cuRAND.
#pragma once
struct curandStateXORWOW { unsigned long long s; };
typedef struct curandStateXORWOW curandState_t;
typedef struct curandStateXORWOW curandState;
__device__ inline void curand_init(unsigned long long seed, unsigned long long subsequence,
                                   unsigned long long offset, curandState_t* state) {
  state->s = seed ^ (subsequence * 0x9E3779B97F4A7C15ull) ^ offset;
}
__device__ inline unsigned int curand(curandState_t* state) {
  state->s = state->s * 6364136223846793005ull + 1442695040888963407ull;
  return (unsigned int)(state->s >> 32);
}
__device__ inline float curand_uniform(curandState_t* state) { return (curand(state) + 1.0f) * 2.3283064e-10f; }
__device__ inline double curand_uniform_double(curandState_t* state) { return (curand(state) + 1.0) * 2.3283064365386963e-10; }
__device__ inline float curand_normal(curandState_t* state) { return curand_uniform(state) * 2.0f - 1.0f; }
__device__ inline double curand_normal_double(curandState_t* state) { return curand_uniform_double(state) * 2.0 - 1.0; }
`;

async function hasCurand(): Promise<boolean> {
  const dir = join(tmpdir(), `ptx-corpus-probe-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'probe.cu');
  writeFileSync(file, '#include <curand_kernel.h>\n');
  const res = await run('nvcc', ['-E', '-x', 'cu', file, '-o', join(dir, 'probe.i')], dir, 120);
  rmSync(dir, { recursive: true, force: true });
  return res.code === 0;
}

function nvshmemVersion(src: string): number[] {
  const cmake = join(src, 'nvshmem', 'CMakeLists.txt');
  const m = existsSync(cmake) ? /\bVERSION\s+(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?/.exec(readFileSync(cmake, 'utf8').replace(/cmake_minimum_required\([^)]*\)/, '')) : null;
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0)] : [3, 0, 0, 0];
}

/** Writes the stand-in headers; returns the generated folder. */
export async function writeGenerated(opts: Options): Promise<string> {
  const gen = join(opts.out, '.generated');
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(gen, path)), { recursive: true });
    writeFileSync(join(gen, path), text);
  };

  mkdirSync(join(gen, 'curand'), { recursive: true });
  rmSync(join(gen, 'curand', 'curand_kernel.h'), { force: true });
  if (!(await hasCurand())) {
    console.log('note: the CUDA toolkit has no curand_kernel.h; using a minimal stand-in for CUTLASS host utilities');
    write('curand/curand_kernel.h', CURAND_STANDIN);
  }

  const [major, minor, patch, tweak] = nvshmemVersion(opts.src);
  const note = '// Minimal stand-in for a header NVSHMEM generates at build time, written by bench/real/build.ts.\n';
  write(
    'nvshmem/non_abi/nvshmem_version.h',
    `${note}#pragma once
#define NVSHMEM_VENDOR_MAJOR_VERSION ${major}
#define NVSHMEM_VENDOR_MINOR_VERSION ${minor}
#define NVSHMEM_VENDOR_PATCH_VERSION ${patch}
#define NVSHMEM_VENDOR_PACKAGE_VERSION ${tweak}
#define NVSHMEM_TRANSPORT_PLUGIN_MAJOR_VERSION 4
#define NVSHMEM_TRANSPORT_PLUGIN_MINOR_VERSION 0
#define NVSHMEM_TRANSPORT_PLUGIN_PATCH_VERSION 0
#define NVSHMEM_BOOTSTRAP_PLUGIN_MAJOR_VERSION 3
#define NVSHMEM_BOOTSTRAP_PLUGIN_MINOR_VERSION 0
#define NVSHMEM_BOOTSTRAP_PLUGIN_PATCH_VERSION 0
#define NVSHMEM_BUILD_VARS ""
`,
  );
  write(
    'nvshmem/non_abi/nvshmem_build_options.h',
    `${note}// Options as DeepEP needs them: InfiniBand GPUDirect Async (IBGDA) support on.
#pragma once
#define NVSHMEM_IBGDA_SUPPORT
#define NVSHMEM_USE_GDRCOPY
`,
  );
  const transferIn = join(opts.src, 'nvshmem', 'src', 'include', 'non_abi', 'device', 'pt-to-pt', 'transfer_device.cuh.in');
  write(
    'nvshmem/non_abi/device/pt-to-pt/transfer_device.cuh',
    `${note}// NVSHMEM's CMake copies transfer_device.cuh.in unchanged to this name.
#include ${JSON.stringify(transferIn)}
`,
  );
  return gen;
}

