/** The PTX snippets, expanded with their defaults, assemble with ptxas; the CUDA ones compile. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble, findPtxas } from '../support/ptxExample';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

const root = join(__dirname, '..', '..');
const load = (file: string): Record<string, Snippet> => JSON.parse(readFileSync(join(root, 'snippets', file), 'utf8'));

/** Inserts each placeholder's default (the first choice of a choice list), as accepting every tab stop would. */
export function expand(body: string[]): string {
  const defaults = new Map<string, string>();
  const text = body.join('\n');
  for (const match of text.matchAll(/\$\{(\d+):([^}]*)\}/g)) if (!defaults.has(match[1])) defaults.set(match[1], match[2]);
  for (const match of text.matchAll(/\$\{(\d+)\|([^,|]*)[^}]*\|\}/g)) if (!defaults.has(match[1])) defaults.set(match[1], match[2]);
  return text
    .replace(/\$\{(\d+):[^}]*\}/g, (_, n: string) => defaults.get(n) ?? '')
    .replace(/\$\{(\d+)\|[^}]*\|\}/g, (_, n: string) => defaults.get(n) ?? '')
    .replace(/\$\{(\d+)\}|(?<!\\)\$(\d+)/g, (_, a?: string, b?: string) => defaults.get(a ?? b ?? '') ?? '')
    .replace(/\\\$/g, '$');
}

const ptx = load('ptx.json');
const cuda = load('cuda.json');

test('every snippet has a prefix, a description and a body', () => {
  for (const [name, snippet] of Object.entries({ ...ptx, ...cuda })) {
    assert.ok(snippet.prefix.length > 0 && snippet.description.length > 10 && snippet.body.length > 0, name);
  }
});

const ptxas = findPtxas();
test('the PTX snippets, put together into one kernel, assemble with ptxas', { skip: ptxas ? false : 'ptxas not installed' }, async () => {
  const header = expand(ptx['Module header'].body).replace('sm_90', 'sm_90');
  const bodyParts = ['Predicated branch loop', 'Guarded global load and store', 'Warp shuffle reduction', 'mbarrier wait loop']
    .map((name) => expand(ptx[name].body));
  const entry = expand(ptx['Kernel entry'].body)
    .replace('.reg .b32 \t%r<8>;', '.reg .b32 \t%r<8>;\n\t.reg .f32 \t%f<12>;\n\t.reg .pred \t%p<4>;\n\t.reg .b64 \t%rd<10>;')
    .replace('.reg .pred \t%p<2>;\n', '')
    .replace('.reg .b64 \t%rd<8>;\n', '')
    .replace(/\n\t\n\tret;/, `\n${bodyParts.join('\n')}\n\tret;`);
  const func = expand(ptx['Device function'].body);
  const module = `${header}\n${func}\n${entry}\n`;
  const result = await assemble(ptxas!, module, 'sm_90');
  assert.ok(result.ok, `${result.output}\n---\n${module}`);
});

const nvcc = spawnSync('nvcc', ['--version'], { encoding: 'utf8' }).status === 0;
if (!nvcc) console.error('SKIPPED: nvcc is not installed, so the CUDA snippets were not compiled.');
test('the CUDA snippets compile with nvcc', { skip: nvcc ? false : 'nvcc not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-snippets-'));
  try {
    const source = `#include <cuda_runtime.h>
${expand(cuda['Warp reduce (sum)'].body)}
__global__ void demo(const int4* ptr, int* dst, int a, int b) {
  int out;
  ${expand(cuda['Inline PTX (asm volatile)'].body)}
  ${expand(cuda['Inline PTX global load with cache hint'].body)}
  dst[0] = out + v.x + (int)warp_reduce_sum((float)a);
}
`;
    writeFileSync(join(dir, 'demo.cu'), source);
    const run = spawnSync('nvcc', ['--ptx', '-arch=sm_90', '-o', join(dir, 'demo.ptx'), join(dir, 'demo.cu')], { encoding: 'utf8' });
    assert.equal(run.status, 0, `${run.stderr}\n---\n${source}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
