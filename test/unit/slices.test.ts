/** `runInSlices`: stepwise work that lets other callbacks run between slices, and stops when no longer wanted. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInSlices } from '../../server/src/ptxChecks';

function* counting(steps: number, log: string[]): Generator<void, number> {
  for (let i = 0; i < steps; i++) {
    // each step busy for ~0.2 ms, so a 1 ms slice holds a few steps
    const until = performance.now() + 0.2;
    while (performance.now() < until);
    log.push('step');
    yield;
  }
  return steps;
}

test('other callbacks run between slices, and the result is the generator value', async () => {
  const log: string[] = [];
  setImmediate(() => log.push('other'));
  const result = await runInSlices(counting(50, log), 1, () => true);
  assert.equal(result, 50);
  const other = log.indexOf('other');
  assert.ok(other > 0 && other < log.length - 1, `another callback ran in between: at ${other} of ${log.length}`);
  assert.equal(log.filter((l) => l === 'step').length, 50);
});

test('a run that is no longer wanted stops at the next pause and returns undefined', async () => {
  const log: string[] = [];
  let wanted = true;
  setImmediate(() => (wanted = false));
  const result = await runInSlices(counting(1000, log), 1, () => wanted);
  assert.equal(result, undefined);
  assert.ok(log.length < 1000, `stopped early after ${log.length} steps`);
});
