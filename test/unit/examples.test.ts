/**
 * The examples are what they say: each `examples/*.cu` with a `.ptx` beside it compiles with
 * nvcc for the PTX's `.target`, and the committed PTX is what nvcc emits (comment lines, the
 * absolute path nvcc writes in `.file` and what depends on it aside). Each committed PTX is silent
 * under the own checks. Skipped, loudly, where nvcc is not installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ptxDiagnostics } from '../../server/src/features/diagnostics';
import { parsePtx } from '../../server/src/ptx';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const pairs = readdirSync(EXAMPLES).filter((f) => f.endsWith('.cu') && existsSync(join(EXAMPLES, f.replace(/\.cu$/, '.ptx'))));

/**
 * The PTX without comment lines, with `.file` paths cut to their file name, the hash nvcc puts in
 * internal-linkage names (it depends on the source's absolute path) dropped, and without the
 * DWARF sections at the end (they spell those names as bytes).
 */
const normalised = (ptx: string) =>
  ptx
    .slice(0, /\n\s*\.section\b/.exec(ptx)?.index ?? ptx.length)
    .split('\n')
    .filter((line) => !line.startsWith('//'))
    .map((line) => line.replace(/^(\t\.file\t\d+ ")([^"]*)"/, (_all, head: string, path: string) => `${head}${path.startsWith('/usr/') ? path : basename(path)}"`))
    .map((line) => line.replace(/_INTERNAL_[0-9a-f]+_/g, '_INTERNAL_'))
    .join('\n');

test('every example has its PTX, and the PTX is silent under the own checks', () => {
  assert.ok(pairs.length >= 3, pairs.join(', '));
  for (const cu of pairs) {
    const ptx = readFileSync(join(EXAMPLES, cu.replace(/\.cu$/, '.ptx')), 'utf8');
    assert.deepEqual(ptxDiagnostics(parsePtx(ptx)).filter((d) => d.severity !== 'information').map((d) => d.message), [], cu);
  }
});

const nvcc = spawnSync('nvcc', ['--version'], { encoding: 'utf8' }).status === 0;
if (!nvcc) console.error('SKIPPED: nvcc is not installed, so the examples were not compiled.');
test('each example compiles for its target to the committed PTX', { skip: nvcc ? false : 'nvcc not installed' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-examples-'));
  try {
    for (const cu of pairs) {
      const committed = readFileSync(join(EXAMPLES, cu.replace(/\.cu$/, '.ptx')), 'utf8');
      const target = /^\.target\s+(\w+)/m.exec(committed)![1];
      const out = join(dir, cu.replace(/\.cu$/, '.ptx'));
      const run = spawnSync('nvcc', ['--ptx', `-arch=${target}`, '-lineinfo', cu, '-o', out], { cwd: EXAMPLES, encoding: 'utf8' });
      assert.equal(run.status, 0, `${cu}: ${run.stderr}`);
      assert.equal(normalised(readFileSync(out, 'utf8')), normalised(committed), `${cu}: the committed PTX is not what nvcc emits for ${target}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
