/**
 * The two quick ways to a model: `parseOutline` (the top level only, bodies stepped over) gives
 * the outline a full parse gives, and `startParse` (a parse in slices) gives the model
 * `parsePtx` gives, however small the slices. On the fixtures and on random bodies.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { parseOutline, parsePtx, type PtxModel } from '../../../server/src/ptx';
import { startParse } from '../../../server/src/ptx/parser';
import { documentSymbols } from '../../../server/src/features/symbols';
import { fixture } from './support';

const FIXTURES = ['tricky_bodies.ptx', 'lineinfo.ptx', 'hopper.ptx', 'scoped_blocks.ptx', 'compact_blocks.ptx', 'debug.ptx', 'features.ptx', 'void_calls.ptx', 'inline_callproto.ptx'];

const outlineOf = (model: PtxModel) => documentSymbols(model, (name) => `demangled ${name}`);

it('reads the same outline from the top level as from a full parse, on every fixture', () => {
  for (const name of FIXTURES) {
    const text = fixture(name);
    const full = outlineOf(parsePtx(text));
    assert.ok(full.length > 0, `${name} has an outline`);
    assert.deepEqual(outlineOf(parseOutline(text)), full, name);
  }
});

it('steps over braces in comments and strings, and over nested blocks', () => {
  const outline = outlineOf(parseOutline(fixture('tricky_bodies.ptx')));
  assert.deepEqual(
    outline.map((s) => s.name),
    ['table', 'braces_in_comments', 'strings_and_vectors', '1 declaration', 'late_defined', '.debug_str'],
  );
});

/** Bodies made of pieces that open, close or hide braces. */
const PIECES = ['{', '}', '{ }', '// } c\n', '/* { */', '"{"', '"}', '\n', ' ', 'mov.b32 %r1, %r2;', '{%r1, %r2}', '.reg .b32 %r<3>;', 'L1:', '/*', '*/', '"'];
const bodies = fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), { minLength: 1, maxLength: 4 });

function moduleWith(bodyPieces: string[][]): string {
  const functions = bodyPieces.map((pieces, i) => `.visible .entry k${i}(.param .u64 p)\n{\n${pieces.join('')}\n}\n`);
  return `.version 8.5\n.target sm_90\n.address_size 64\n${functions.join('\n')}.global .b32 after;\n`;
}

it('agrees with the full parse on random bodies that parse without errors', () => {
  let compared = 0;
  fc.assert(
    fc.property(bodies, (bodyPieces) => {
      const text = moduleWith(bodyPieces);
      const full = parsePtx(text);
      if (full.diagnostics.some((d) => d.severity === 'error')) return;
      compared++;
      assert.deepEqual(outlineOf(parseOutline(text)), outlineOf(full));
    }),
    { numRuns: 2000 },
  );
  assert.ok(compared > 100, `compared ${compared} modules`);
});

it('never throws and always ends on any body', () => {
  fc.assert(
    fc.property(bodies, fc.string({ maxLength: 40 }), (bodyPieces, junk) => {
      const model = parseOutline(moduleWith(bodyPieces) + junk);
      assert.ok(model.functions.length >= 1);
    }),
    { numRuns: 300 },
  );
});

/** What a model holds, as plain data (the text aside). */
function data(model: PtxModel) {
  const { text: _text, ...rest } = { ...model } as Record<string, unknown>;
  return rest;
}

it('a parse in slices, however small, gives the model a parse in one go gives', () => {
  for (const name of FIXTURES) {
    const text = fixture(name);
    const parse = startParse(text);
    let slices = 0;
    while (!parse.step(0)) slices++;
    assert.deepEqual(data(parse.finish()), data(parsePtx(text)), name);
    if (text.length > 40_000) assert.ok(slices > 0, `${name} took more than one slice`);
  }
});

it('a parse in slices can be finished at any point', () => {
  fc.assert(
    fc.property(bodies, fc.nat({ max: 5 }), (bodyPieces, steps) => {
      const text = moduleWith(bodyPieces).repeat(40);
      const parse = startParse(text);
      for (let i = 0; i < steps; i++) parse.step(0);
      assert.deepEqual(data(parse.finish()), data(parsePtx(text)));
      assert.equal(parse.finish(), parse.finish(), 'the same model each time');
    }),
    { numRuns: 60 },
  );
});
