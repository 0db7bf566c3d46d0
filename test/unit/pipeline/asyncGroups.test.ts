/** Waits on cp.async groups that wait for nothing; waits in loops and right waits are left alone. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { asyncGroupSteps } from '../../../server/src/pipeline';
import { finish, parsePtx } from '../../../server/src/ptx';
import { findingsOnWorkedExamples } from '../checks/support';
import { fixture } from '../ptx/support';

const notes = (text: string) => finish(asyncGroupSteps(parsePtx(text)));

test('a wait with as many pending groups as were committed, and one before any commit, get a note on the count', () => {
  const text = fixture('async_groups.ptx');
  const found = notes(text);
  assert.deepEqual(found.map((d) => [d.range.start.line + 1, text.slice(d.start, d.end), d.severity, d.code]), [
    [56, '1', 'information', 'ptx-wait-for-nothing'],
    [57, '0', 'information', 'ptx-wait-for-nothing'],
  ]);
  assert.match(found[0].message, /^cp\.async\.wait_group 1 leaves the latest 1 group pending, and only 1 group was committed before it/);
  assert.match(found[1].message, /^cp\.async\.bulk\.wait_group 0 waits for every committed group, and no group was committed before it/);
});

test('silent on every worked example', () => {
  assert.deepEqual(findingsOnWorkedExamples((text) => notes(text)), []);
});

test('any sequence of commits and waits: a note exactly where N is at least the commits so far', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constant(-1), fc.nat({ max: 3 })), { maxLength: 12 }), (ops) => {
      const lines = ops.map((op) => (op < 0 ? 'cp.async.commit_group;' : `cp.async.wait_group ${op};`));
      const text = `.version 8.5\n.target sm_90\n.address_size 64\n.visible .entry k()\n{\n${lines.join('\n')}\nret;\n}\n`;
      let commits = 0;
      const expected: number[] = [];
      ops.forEach((op, k) => (op < 0 ? commits++ : op >= commits && expected.push(k + 6)));
      assert.deepEqual(notes(text).map((d) => d.range.start.line + 1), ops.some((op) => op >= 0) ? expected : []);
    }),
    { numRuns: 200 },
  );
});
