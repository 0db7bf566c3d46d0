/**
 * The generated corpus across targets and flags (bench/featureCorpus.ts): ptxas accepts every
 * file, and PTX Lens's own checks say nothing about any of them. Needs nvcc and ptxas; says so
 * loudly and skips where they are not installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildFeatureCorpus } from '../../../bench/featureCorpus';
import { ptxDiagnostics } from '../../../server/src/features/diagnostics';
import { parsePtx } from '../../../server/src/ptx';

const tools = spawnSync('nvcc', ['--version']).status === 0 && spawnSync('ptxas', ['--version']).status === 0;
if (!tools) console.error('SKIPPED: nvcc or ptxas is not installed, so the generated corpus across targets was not built or checked.');

function ptxas(path: string, target: string, relocatable: boolean): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('ptxas', ['-arch', target, ...(relocatable ? ['--compile-only'] : []), '-o', '/dev/null', path]);
    let output = '';
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('error', (e) => resolve({ ok: false, output: String(e) }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

test('every target and flag set: ptxas accepts the file and the own checks are silent', { skip: tools ? false : 'nvcc/ptxas not installed', timeout: 600_000 }, async (t) => {
  const corpus = await buildFeatureCorpus();
  assert.ok(corpus);
  assert.deepEqual(corpus.failed, [], 'nvcc compiles every unit');
  assert.ok(corpus.files.length >= 20, `${corpus.files.length} files`);
  const loud: string[] = [];
  const refused: string[] = [];
  for (const file of corpus.files) {
    const found = ptxDiagnostics(parsePtx(readFileSync(file.path, 'utf8')));
    for (const d of found.slice(0, 3)) loud.push(`${file.label}:${d.range.start.line + 1}: ${d.code} ${d.message}`);
    const verdict = await ptxas(file.path, file.target, file.relocatable);
    if (!verdict.ok) refused.push(`${file.label}: ${verdict.output.split('\n')[0]}`);
  }
  t.diagnostic(`${corpus.files.length} files checked`);
  assert.deepEqual(refused, [], 'ptxas accepts what nvcc wrote');
  assert.deepEqual(loud, []);
});
