/**
 * Block scoping (`scoped_blocks.ptx`): labels and `.reg`s of a nested `{ }` block belong to that
 * block, for diagnostics, definition, references, rename, highlight and hover.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkModel, parsePtx } from '../../../server/src/ptx';
import { documentHighlights, findDefinition, findReferences, rename } from '../../../server/src/features/navigation';
import { ptxHover } from '../../../server/src/features/hover';
import { fixture, module, pos } from './support';

const URI = 'file:///scoped.ptx';
const text = fixture('scoped_blocks.ptx');
const model = parsePtx(text);
const lineOf = (needle: string, nth = 0) => pos(text, needle, 0, nth).line;

test('the same labels and .reg in sibling blocks are no error; each block keeps its own', () => {
  assert.deepEqual(model.diagnostics, []);
  assert.deepEqual(checkModel(model), []);
  const spins = model.labels.filter((l) => l.name === 'SPIN');
  assert.equal(spins.length, 2);
  assert.notEqual(spins[0].scopeStart, spins[1].scopeStart);
  const body = model.functions[0].bodyStart;
  for (const l of spins) assert.ok(l.scopeStart > body && l.scopeEnd < model.functions[0].bodyEnd);
});

test('definition of a branch target goes to the label of its own block', () => {
  for (const nth of [0, 1]) {
    const [def] = findDefinition(model, URI, pos(text, 'bra SPIN', 5, nth));
    assert.equal(def.range.start.line, lineOf('SPIN:', nth), `call site ${nth}`);
    const [passed] = findDefinition(model, URI, pos(text, 'bra PASSED', 5, nth));
    assert.equal(passed.range.start.line, lineOf('PASSED:', nth));
    const [ready] = findDefinition(model, URI, pos(text, '@ready', 2, nth));
    assert.equal(ready.range.start.line, lineOf('.reg .pred ready', nth));
  }
});

test('references, highlight and rename stay inside the block', () => {
  const refs = findReferences(model, URI, pos(text, 'SPIN:', 1, 1), true);
  assert.deepEqual(refs.map((r) => r.range.start.line), [lineOf('SPIN:', 1), lineOf('bra SPIN', 1)]);
  const lights = documentHighlights(model, pos(text, 'bra PASSED', 6, 0));
  assert.deepEqual(lights.map((h) => h.range.start.line).sort((a, b) => a - b), [lineOf('bra PASSED', 0), lineOf('PASSED:', 0)]);
  const result = rename(model, URI, pos(text, 'SPIN:', 1, 0), 'RETRY');
  assert.ok(!('error' in result));
  const edits = result.edit.changes![URI];
  assert.deepEqual(edits.map((e) => e.range.start.line).sort((a, b) => a - b), [lineOf('SPIN:', 0), lineOf('bra SPIN', 0)]);
});

test('an inner .reg shadows the body one; outside the block the body one is meant', () => {
  const [inner] = findDefinition(model, URI, pos(text, '%rd_bar, 0', 1));
  assert.equal(inner.range.start.line, lineOf('.reg .b64 %rd_bar;'));
  const [outer] = findDefinition(model, URI, pos(text, '%rd_bar, 3', 1));
  assert.equal(outer.range.start.line, lineOf('.reg .b64 \t%rd_bar'));
  // the nested-nested block sees the middle block's register
  const [middle] = findDefinition(model, URI, pos(text, 'ready, %rd_bar', 8));
  assert.equal(middle.range.start.line, lineOf('.reg .b64 %rd_bar;'));
});

test('hover on a block-local label names its block', () => {
  const hover = ptxHover(model, pos(text, 'bra SPIN', 5, 1));
  assert.ok(hover);
  assert.match(hover.markdown, /1 branch reaches it/);
  assert.match(hover.markdown, new RegExp(`block on lines ${lineOf('SPIN:', 1) - 1}–${lineOf('PASSED:', 1) + 2}`));
  const body = ptxHover(parsePtx(module('.visible .entry k()\n{\nTOP:\nbra TOP;\n}')), { line: 7, character: 5 });
  assert.ok(body);
  assert.doesNotMatch(body.markdown, /block on lines/);
});

test('what ptxas rejects is still flagged: a branch into a sibling block, a label twice in one block', () => {
  const sibling = parsePtx(text.replace('\tmov.u32 \t%r2, 1;', '\tbra SPIN;\n\tmov.u32 \t%r2, 1;'));
  assert.deepEqual(checkModel(sibling).map((d) => d.message), ["'SPIN' is not declared (no label, parameter, variable or function of that name)"]);
  const twice = parsePtx(text.replace('\tPASSED:\n\t}\n\tmov.u32 \t%r2, 1;', '\tPASSED:\n\tPASSED:\n\t}\n\tmov.u32 \t%r2, 1;'));
  assert.deepEqual(checkModel(twice).map((d) => d.message.replace(/ \(first.*/, '')), ['Duplicate label PASSED']);
});

test('compact blocks: `{.reg…` on one line, `}` after the last instruction, block-local .b128, `_` sinks', () => {
  const compact = fixture('compact_blocks.ptx');
  const m = parsePtx(compact);
  assert.deepEqual([...m.diagnostics, ...checkModel(m)].map((d) => d.message), []);
  const [scale] = findDefinition(m, URI, pos(compact, 'scale, %r1', 1));
  assert.equal(scale.range.start.line, pos(compact, '.reg.b32         whole,scale').line);
  const cond = m.functions[0].decls.find((d) => d.name === 'cond');
  assert.ok(cond);
  // the block closed by the `}` right after `selp …;` ends there
  assert.equal(m.positionAt(cond.scopeEnd - 1).line, pos(compact, 'selp.u32').line);
  const [answer] = findDefinition(m, URI, pos(compact, 'answer;', 1, 1));
  assert.equal(answer.range.start.line, pos(compact, '.reg .b128 answer').line);
  // outside its block the name means nothing
  const outside = parsePtx(compact.replace('mov.u32 \t%r4, bar;', 'mov.u32 \t%r4, bar;\n\tmov.b32 \t%r5, scale;'));
  assert.deepEqual(checkModel(outside).map((d) => d.message), ["'scale' is not declared (no label, parameter, variable or function of that name)"]);
});
