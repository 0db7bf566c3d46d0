/**
 * The concept notes are complete and consistent: every note has a slug, a title, a one-sentence
 * summary, a body of 150–400 words, sources that name a document and section, and related tokens
 * the knowledge base documents; the look-ups find notes by slug and by written opcode.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { concepts, conceptsFor, findConcept } from '../../../server/src/knowledge/concepts';
import { findDirective, findInstruction, findSpecialRegister, opcodesOf } from '../../../server/src/knowledge';
import { instructionHover } from '../../../server/src/features/docMarkdown';
import { conceptAnswer } from '../../../server/src/features/concepts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `PTX ISA 9.1, 9.7.15.1 "Warpgroup"` and the like: a known document, a section number, a quoted title. */
const SOURCE =
  /^(?:PTX ISA 9\.1|CUDA C\+\+ Programming Guide 13\.1|DeepSeek-V3 Technical Report \(arXiv:2412\.19437v2\)), \d+(?:\.\d+)* "[^"]+"$/;

function wordsIn(markdown: string): number {
  return markdown.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The knowledge-base entry a related token names, spelled exactly as the entry spells it. */
function documents(token: string): boolean {
  if (token.startsWith('%')) return findSpecialRegister(token) !== undefined;
  if (token.startsWith('.')) return findDirective(token) !== undefined;
  const entry = findInstruction(token);
  return entry !== undefined && opcodesOf(entry).includes(token);
}

const names = (notes: readonly { name: string }[]) => notes.map((note) => note.name);

test('the eleven notes are there, with unique slug-shaped names', () => {
  assert.deepEqual(names(concepts), [
    'thread-hierarchy',
    'state-spaces',
    'predication',
    'memory-model',
    'async-copies',
    'warp-specialization',
    'tensor-cores',
    'low-precision',
    'cache-hints',
    'occupancy',
    'deepseek-v3',
  ]);
  assert.equal(new Set(names(concepts)).size, concepts.length);
  for (const note of concepts) assert.match(note.name, SLUG);
});

test('every note has a title and a one-sentence summary', () => {
  for (const note of concepts) {
    assert.ok(note.title.trim().length > 5 && !note.title.endsWith('.'), `${note.name}: title`);
    const summary = note.summary.trim();
    assert.match(summary, /^[A-Z].*\.$/s, `${note.name}: summary starts with a capital and ends with a period`);
    assert.doesNotMatch(summary.slice(0, -1), /[.!?]\s/, `${note.name}: summary is a single sentence`);
    assert.doesNotMatch(summary, /\n/, `${note.name}: summary is one line`);
  }
});

test('every body is markdown of 150–400 words', () => {
  for (const note of concepts) {
    const words = wordsIn(note.body);
    assert.ok(words >= 150 && words <= 400, `${note.name}: ${words} words`);
    assert.equal(note.body, note.body.trim(), `${note.name}: no leading or trailing blank lines`);
  }
});

test('every note names at least one source, each a document and a section title', () => {
  for (const note of concepts) {
    assert.ok(note.sources.length > 0, `${note.name}: no sources`);
    for (const source of note.sources) assert.match(source, SOURCE, `${note.name}: ${source}`);
    assert.equal(new Set(note.sources).size, note.sources.length, `${note.name}: duplicate source`);
  }
  const reportOnly = concepts.filter((note) => note.sources.some((source) => source.startsWith('DeepSeek')));
  assert.deepEqual(names(reportOnly), ['deepseek-v3'], 'the DeepSeek-V3 report is a source of its own note only');
});

test('every related token is documented by the knowledge base and explained in the body', () => {
  const problems: string[] = [];
  for (const note of concepts) {
    if (note.related.length === 0) problems.push(`${note.name}: no related tokens`);
    if (new Set(note.related).size !== note.related.length) problems.push(`${note.name}: duplicate related token`);
    for (const token of note.related) {
      if (!documents(token)) problems.push(`${note.name}: ${token} is not in the knowledge base`);
      if (!note.body.includes(token)) problems.push(`${note.name}: ${token} is never mentioned in the body`);
    }
  }
  assert.deepEqual(problems, []);
});

test('cross-references between notes name existing notes', () => {
  for (const note of concepts) {
    for (const match of note.body.matchAll(/see \*([a-z0-9-]+)\*/g)) {
      assert.ok(findConcept(match[1]), `${note.name} refers to a missing note ${match[1]}`);
      assert.notEqual(match[1], note.name, `${note.name} refers to itself`);
    }
  }
});

test('findConcept looks notes up by slug, ignoring case', () => {
  assert.equal(findConcept('thread-hierarchy')?.title, 'Threads, warps, warpgroups, CTAs and clusters');
  assert.equal(findConcept('Tensor-Cores')?.name, 'tensor-cores');
  assert.equal(findConcept('  DEEPSEEK-V3 ')?.name, 'deepseek-v3');
  assert.equal(findConcept('tensor cores'), undefined);
  assert.equal(findConcept('wgmma'), undefined);
  assert.equal(findConcept(''), undefined);
});

test('conceptsFor finds the notes of a full mnemonic through its leading parts', () => {
  const wgmma = names(conceptsFor('wgmma.mma_async.sync.aligned.m64n8k16.f32.f16.f16'));
  assert.deepEqual(wgmma, ['tensor-cores', 'low-precision', 'deepseek-v3']);
  assert.deepEqual(names(conceptsFor('wgmma.mma_async')), wgmma);

  assert.deepEqual(names(conceptsFor('setmaxnreg.inc.sync.aligned.u32')), ['warp-specialization', 'occupancy']);
  assert.ok(names(conceptsFor('mbarrier.try_wait.parity.shared::cta.b64')).includes('async-copies'));
  assert.deepEqual(names(conceptsFor('fence.proxy.async.shared::cta')), ['memory-model', 'async-copies']);
  assert.deepEqual(names(conceptsFor('fence.proxy.async::generic.acquire.sync_restrict::shared::cluster.cluster')), [
    'memory-model',
    'async-copies',
  ]);
  assert.ok(names(conceptsFor('tcgen05.mma.cta_group::1.kind::f16')).includes('tensor-cores'));
  assert.ok(names(conceptsFor('cp.async.bulk.tensor.2d.shared::cluster.global.mbarrier::complete_tx::bytes')).includes('async-copies'));
});

test('conceptsFor puts the note matched through the longest part first', () => {
  const found = names(conceptsFor('ld.global.nc.L1::no_allocate.v4.s32'));
  assert.equal(found[0], 'cache-hints');
  assert.ok(found.includes('state-spaces'), 'plain `ld` still finds the state-space note');
});

test('conceptsFor handles special registers, directives and guarded instructions', () => {
  assert.deepEqual(names(conceptsFor('%tid.x')), ['thread-hierarchy']);
  assert.deepEqual(names(conceptsFor('%warpid')), ['thread-hierarchy']);
  assert.deepEqual(names(conceptsFor('.maxnreg')), ['warp-specialization', 'occupancy']);
  assert.deepEqual(names(conceptsFor('.minnctapersm')), ['occupancy']);
  assert.deepEqual(names(conceptsFor('@!p bra.uni L_exit;')), ['predication']);
});

test('conceptsFor matches whole parts only and knows nothing about unknown tokens', () => {
  assert.deepEqual(conceptsFor('wgmma'), []);
  assert.deepEqual(conceptsFor('wgmma.mma'), [], '`wgmma.mma` is not a leading part of `wgmma.mma_async`');
  assert.deepEqual(conceptsFor('maxnreg'), [], 'a directive needs its dot');
  assert.deepEqual(conceptsFor('frobnicate.sync'), []);
  assert.deepEqual(conceptsFor(''), []);
  assert.deepEqual(conceptsFor('   '), []);
});

test('every related token leads back to its note', () => {
  for (const note of concepts) {
    for (const token of note.related) {
      assert.ok(conceptsFor(token).includes(note), `${token} does not find ${note.name}`);
    }
  }
});

test('instruction hovers name the notes that explain them, and the server answers the Open Concept command', () => {
  const mnemonic = 'wgmma.mma_async.sync.aligned.m64n8k16.f32.f16.f16';
  const hover = instructionHover(findInstruction(mnemonic), { mnemonic, operands: [] });
  assert.match(hover, /Concepts: \*Tensor cores: from mma to wgmma to tcgen05\* \(`concept:tensor-cores`\)/);
  const list = conceptAnswer(undefined);
  assert.equal(list.markdown, undefined);
  assert.ok(list.notes.some((n) => n.name === 'deepseek-v3'));
  assert.match(conceptAnswer('TENSOR-cores').markdown ?? '', /^# Tensor cores/);
  assert.equal(conceptAnswer('nope').markdown, undefined);
});
