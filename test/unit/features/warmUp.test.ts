/** The warm-up the server runs before its first document really exercises the features. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warmUp } from '../../../server/src/features/warmUp';
import { parsePtx } from '../../../server/src/ptx';

test('warm-up answers hovers on every token kind, a definition, a completion and a signature help', () => {
  // 11 instruction lines with several tokens each; all of them have a hover.
  assert.ok(warmUp() >= 30);
});

test('a model’s index steps build what its first requests would, and leave answers unchanged', () => {
  const text = '.version 9.0\n.target sm_90\n.address_size 64\n.visible .entry k()\n{\n  .reg .b32 %r<2>;\n  mov.u32 %r1, 1;\n$L__x:\n  bra $L__x;\n}\n';
  const model = parsePtx(text);
  const before = model.nameId('%r1');
  let steps = 0;
  for (const _ of model.indexSteps()) steps++;
  assert.ok(steps >= 3);
  assert.equal(model.nameId('%r1'), before);
  assert.ok(model.labelsByName.size >= 1);
});
