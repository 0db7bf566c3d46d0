/** `runInSlices`: stepwise work that lets other callbacks run between slices, and stops when no longer wanted. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RequestActivity, runInSlices } from '../../server/src/slices';

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

test('work gives way while requests keep coming, and resumes once the client is quiet', async () => {
  const log: string[] = [];
  const activity = new RequestActivity();
  // A burst of requests: one every millisecond for about 30 ms.
  let burst = 0;
  const requests = setInterval(() => {
    activity.noteRequest();
    log.push('request');
    if (++burst === 30) clearInterval(requests);
  }, 1);
  activity.noteRequest();
  const result = await runInSlices(counting(40, log), 1, () => true, activity);
  assert.equal(result, 40);
  const lastRequest = log.lastIndexOf('request');
  const stepsDuringBurst = log.slice(0, lastRequest).filter((l) => l === 'step').length;
  assert.ok(stepsDuringBurst < 40, `the work waited for the burst: ${stepsDuringBurst} of 40 steps ran before its last request`);
  assert.equal(log.filter((l) => l === 'step').length, 40);
});

test('the wait asked for is the rest of the quiet time since the last request', () => {
  const activity = new RequestActivity();
  assert.equal(activity.waitFor(3), 0, 'no request yet: no wait');
  activity.noteRequest();
  const wait = activity.waitFor(3);
  assert.ok(wait > 0 && wait <= 3, `waits at most the quiet time: ${wait}`);
});

test('an answer in preparation, or one still being sent, holds background work back', async () => {
  let unsent = 0;
  const activity = new RequestActivity(() => unsent);
  assert.equal(activity.waitFor(3), 0, 'quiet at first');
  let release!: () => void;
  const answer = activity.during(() => new Promise<string>((resolve) => (release = () => resolve('done'))));
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(activity.waitFor(3) > 0, 'an answer waiting for a tool counts as activity');
  release();
  assert.equal(await answer, 'done');
  unsent = 65_536;
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(activity.waitFor(3) > 0, 'bytes not yet sent count as activity');
  unsent = 0;
  assert.equal(activity.waitFor(3), 0);
});
