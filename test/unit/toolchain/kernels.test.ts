/** Finding __global__ / __device__ functions in CUDA source without a C++ parser. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCudaFunctions, maskSource, matchCompiled } from '../../../server/src/cuda/kernels';
import { CUDA } from './helpers';

const SOURCE = `// __global__ void commented(int)
#define KERNEL __global__ void \\
  continued_macro()
#include "x.cuh"
const char *s = "__global__ void instring()";
__constant__ float coef[16];
__device__ int counter = 0;
template <typename T, int N = 4>
__global__ void __launch_bounds__(256, 2) tmpl(T *p, int n) { auto l = [] __device__ (int x) { return x; }; p[0] = l(n); }
__host__ __device__ inline float both(float a) { return a; }
extern "C" __global__ void
cname(float *p)
{
  if (p) { p[0] = 1.f; }
}
struct Op { __device__ float operator()(float x) const { return x * 2; } };
namespace ns { __global__ void __attribute__((noinline)) inns(int) {} }
__global__ void LAUNCH_BOUNDS(128) macroed(int a /* ) */, char c = ')') {}
template __global__ void tmpl<float, 4>(float *, int);
__device__ float Foo::bar(int) { return 0; }
__global__ void declared_only(int);
[[nodiscard]] __device__ int attr() { return 1; }
/* __global__ void in_block_comment() {} */
__global__ void last(const char *msg = "}{") { }
`;

test('finds kernels and device functions, skipping comments, strings, macros and variables', () => {
  const fns = findCudaFunctions(SOURCE);
  assert.deepEqual(
    fns.map((f) => [f.name, f.kind, f.host, f.isTemplate, f.hasBody]),
    [
      ['tmpl', 'global', false, true, true],
      ['both', 'device', true, false, true],
      ['cname', 'global', false, false, true],
      ['operator()', 'device', false, false, true],
      ['inns', 'global', false, false, true],
      ['macroed', 'global', false, false, true],
      ['tmpl', 'global', false, true, false],
      ['Foo::bar', 'device', false, false, true],
      ['declared_only', 'global', false, false, false],
      ['attr', 'device', false, false, true],
      ['last', 'global', false, false, true],
    ],
  );
});

test('ranges: from the declaration start (template line included) to the closing brace; name range', () => {
  const fns = findCudaFunctions(SOURCE);
  const tmpl = fns[0];
  assert.deepEqual(tmpl.range.start, { line: 7, character: 0 });
  assert.equal(tmpl.range.end.line, 8);
  assert.deepEqual(tmpl.nameRange, { start: { line: 8, character: 42 }, end: { line: 8, character: 46 } });
  const cname = fns[2];
  assert.deepEqual([cname.range.start, cname.range.end], [{ line: 10, character: 0 }, { line: 14, character: 1 }]);
  assert.deepEqual(cname.nameRange.start, { line: 11, character: 0 });
});

test('maskSource keeps offsets and newlines', () => {
  const text = 'a "x\\"y" /* c\n d */ b // e\n#if 1\nc \'}\' 1\'000';
  const masked = maskSource(text);
  assert.equal(masked.length, text.length);
  assert.equal(masked.split('\n').length, text.split('\n').length);
  assert.ok(!/[xyde}]/.test(masked.replace(/\s/g, '')));
});

test('fixtures: saxpy.cu kernels and their match with compiled functions', () => {
  const file = join(CUDA, 'saxpy.cu');
  const fns = findCudaFunctions(readFileSync(file, 'utf8'));
  assert.deepEqual(fns.map((f) => [f.name, f.hasBody, f.nameRange.start.line + 1]), [
    ['saxpy', true, 3],
    ['fill', true, 11],
    ['fill', false, 18],
    ['fill', false, 19],
  ]);
  const compiled = [
    { baseName: 'saxpy', sourceFile: file, sourceLine: 3, mangledName: '_Z5saxpyifPKfPf' },
    { baseName: 'fill', sourceFile: file, sourceLine: 11, mangledName: '_Z4fillIfEvPT_S0_i' },
    { baseName: 'fill', sourceFile: file, sourceLine: 11, mangledName: '_Z4fillIiEvPT_S0_i' },
  ];
  assert.deepEqual(matchCompiled(fns[0], compiled, file).map((k) => k.mangledName), ['_Z5saxpyifPKfPf']);
  assert.deepEqual(matchCompiled(fns[1], compiled, file).map((k) => k.mangledName), ['_Z4fillIfEvPT_S0_i', '_Z4fillIiEvPT_S0_i']);
});

test('a 20k-line file: every one of its 4000 functions is found, in order, with its line', () => {
  const big = Array.from({ length: 2000 }, (_, i) => `__global__ void k${i}(float *p)\n{\n  // }\n  p[0] = ${i};\n}\n__device__ float d${i}(float x) { return x; }\n\n\n\n`).join('');
  const found = findCudaFunctions(big);
  assert.equal(found.length, 4000);
  // (the `// }` in each body does not end it early)
  assert.deepEqual(found.slice(-2).map((f) => [f.name, f.kind, f.hasBody, f.range.start.line, f.range.end.line]), [
    ['k1999', 'global', true, 1999 * 9, 1999 * 9 + 4],
    ['d1999', 'device', true, 1999 * 9 + 5, 1999 * 9 + 5],
  ]);
});
