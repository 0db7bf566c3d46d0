/**
 * wgmma.fence: the notes land where ptxas says it injects a fence (its info C7519 names the
 * line), nowhere else, and the fix makes both go away. Also silent on the worked examples.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wgmmaFenceSteps } from '../../../server/src/pipeline';
import { finish, parsePtx, type PtxEdit } from '../../../server/src/ptx';
import { findPtxas } from '../../support/ptxExample';
import { findingsOnWorkedExamples } from '../checks/support';
import { fixture } from '../ptx/support';

const notes = (text: string) => finish(wgmmaFenceSteps(parsePtx(text)));
const lines = (text: string) => notes(text).map((d) => d.range.start.line + 1);

function apply(text: string, edits: readonly PtxEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

test('the first wgmma without a fence, and one after a write to its accumulator, get a note with a fix', () => {
  const text = fixture('wgmma_fence.ptx');
  const found = notes(text);
  assert.deepEqual(found.map((d) => [d.range.start.line + 1, d.severity, d.code]), [
    [48, 'information', 'ptx-wgmma-fence'],
    [52, 'information', 'ptx-wgmma-fence'],
  ]);
  assert.match(found[0].message, /No wgmma\.fence before this first wgmma\.mma_async of unfenced/);
  assert.match(found[1].message, /^%f1 written on line 51 with no wgmma\.fence since/);
  let fixed = text;
  for (const d of [...found].reverse()) fixed = apply(fixed, d.fix!.edits);
  assert.deepEqual(notes(fixed), [], 'both fixes applied: nothing left');
});

test('silent on every worked example', () => {
  assert.deepEqual(findingsOnWorkedExamples((text) => notes(text)), []);
});

/** Lines (1-based) where ptxas says it injects a fence. */
function injected(ptxas: string, text: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-wgmma-'));
  try {
    writeFileSync(join(dir, 'k.ptx'), text);
    const run = spawnSync(ptxas, ['-v', '-arch', 'sm_90a', join(dir, 'k.ptx'), '-o', join(dir, 'k.cubin')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return [...run.stderr.matchAll(/warpgroup\.arrive is injected in around line (\d+)/g)].map((m) => Number(m[1]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ptxas = findPtxas();
if (!ptxas) console.error('SKIPPED: ptxas is not installed, so the wgmma.fence notes were not compared with its own.');
test('ptxas injects fences exactly where the notes are, and none once they are fixed', { skip: ptxas ? false : 'ptxas not installed' }, () => {
  const text = fixture('wgmma_fence.ptx');
  assert.deepEqual(lines(text), injected(ptxas!, text));
  let fixed = text;
  for (const d of [...notes(text)].reverse()) fixed = apply(fixed, d.fix!.edits);
  assert.deepEqual(injected(ptxas!, fixed), []);
});
