/** `EditPacer`: a check once typing pauses, none for the change that opening reports, none after close. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EditPacer } from '../../server/src/editPacer';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('edits in quick succession give one check, after the pause', async () => {
  const pacer = new EditPacer(20);
  let checks = 0;
  pacer.opened('u', 1);
  pacer.changed('u', 2, () => checks++);
  pacer.changed('u', 3, () => checks++);
  assert.equal(checks, 0, 'nothing before the pause');
  await sleep(60);
  assert.equal(checks, 1);
});

test('the change reported with opening is not checked again', async () => {
  const pacer = new EditPacer(5);
  let checks = 0;
  pacer.opened('u', 7);
  pacer.changed('u', 7, () => checks++);
  await sleep(30);
  assert.equal(checks, 0);
});

test('closing cancels a pending check', async () => {
  const pacer = new EditPacer(20);
  let checks = 0;
  pacer.changed('u', 2, () => checks++);
  pacer.closed('u');
  await sleep(50);
  assert.equal(checks, 0);
});
