/**
 * Property tests: whatever the input (random, truncated, mutated nvcc output, garbage bytes),
 * parsing and every query finish without throwing, and the model stays self-consistent. No
 * timing is asserted; "finishes" is the property.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parsePtx, tokenAt, type PtxModel } from '../../../server/src/ptx';
import { documentHighlights, findDefinition, findReferences, prepareRename, rename } from '../../../server/src/features/navigation';
import { documentSymbols } from '../../../server/src/features/symbols';
import { foldingRanges } from '../../../server/src/features/folding';
import { pathologicalPtx } from '../../../bench/parse';
import { fixture } from './support';

const seeds = [fixture('lineinfo.ptx'), fixture('inline_callproto.ptx'), fixture('hopper.ptx')];

const TOKENS = [
  '.reg', '.b32', '%r<4>', '%r1', ',', ';', '{', '}', '(', ')', '[', ']', '@%p1', '@!%p', 'bra', 'L1:', 'L1', '.entry', '.func',
  'k', '.param', '.u64', 'mov.u32', 'ld.global.f32', '.loc', '1', '12', '5', 'function_name', '$L__x', 'inlined_at', '.file',
  '"a.cu"', '.section', '.debug_info', '.b8', '.pragma', '"nounroll"', '//', '/*', '*/', '\n', '\r\n', '\t', ' ', '\u0000',
  '\uFEFF', 'é', '😀', '%tid.x', '0f3F800000', '-1', '.maxnreg', '.visible', '.extern', '.callprototype', '#include', '=',
];

const ptxish = fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((t) => t.join(' '));

function sanity(model: PtxModel, text: string): void {
  assert.equal(model.text, text);
  for (const d of model.diagnostics) {
    assert.ok(!d.message.startsWith('PTX Lens could not parse'), d.message);
    assert.ok(d.start >= 0 && d.end <= text.length + 1);
  }
  for (let i = 1; i < model.statementCount; i++) assert.ok(model.stmtStart[i] >= model.stmtStart[i - 1], 'statements in order');
  for (let i = 0; i < model.statementCount; i++) assert.ok(model.stmtEnd[i] >= model.stmtStart[i] && model.stmtEnd[i] <= text.length);
  for (const f of model.functions) assert.ok(f.end >= f.start);
}

/** Runs every query at a handful of positions. */
function exercise(model: PtxModel, positions: Array<{ line: number; character: number }>): void {
  documentSymbols(model, () => 'x');
  foldingRanges(model);
  for (const p of positions) {
    tokenAt(model, p);
    findDefinition(model, 'u', p);
    findReferences(model, 'u', p);
    documentHighlights(model, p);
    prepareRename(model, p);
    rename(model, 'u', p, '%zz');
    rename(model, 'u', p, 'LBL');
  }
}

const positions = fc.array(fc.record({ line: fc.nat({ max: 400 }), character: fc.nat({ max: 80 }) }), { maxLength: 12 });

describe('parser and queries are total', () => {
  it('random PTX-like token soup', () => {
    fc.assert(
      fc.property(ptxish, positions, (text, ps) => {
        const m = parsePtx(text);
        sanity(m, text);
        exercise(m, ps);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary strings, including control characters and lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), positions, (text, ps) => {
        const m = parsePtx(text);
        sanity(m, text);
        exercise(m, ps);
      }),
      { numRuns: 300 },
    );
  });

  it('truncated nvcc output', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.double({ min: 0, max: 1, noNaN: true }), positions, (seed, frac, ps) => {
        const text = seed.slice(0, Math.floor(seed.length * frac));
        const m = parsePtx(text);
        sanity(m, text);
        exercise(m, ps);
      }),
      { numRuns: 100 },
    );
  });

  it('nvcc output with deleted, duplicated and garbage tokens', () => {
    const mutation = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      kind: fc.constantFrom('delete', 'duplicate', 'garbage'),
      len: fc.nat({ max: 40 }),
      junk: fc.string({ unit: 'binary', maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 8 }), positions, (seed, muts, ps) => {
        let text = seed;
        for (const mu of muts) {
          const i = Math.floor(text.length * mu.at);
          if (mu.kind === 'delete') text = text.slice(0, i) + text.slice(i + mu.len);
          else if (mu.kind === 'duplicate') text = text.slice(0, i) + text.slice(i, i + mu.len) + text.slice(i);
          else text = text.slice(0, i) + mu.junk + text.slice(i);
        }
        const m = parsePtx(text);
        sanity(m, text);
        exercise(m, ps);
      }),
      { numRuns: 100 },
    );
  });

  it('pathological shapes: deep nesting, huge lines, unterminated comments and strings', () => {
    const cases = [
      '{'.repeat(5000),
      '}'.repeat(5000),
      '('.repeat(5000) + '.entry',
      `.entry k()\n{\n mov.u32 %r1, ${'['.repeat(3000)}`,
      `.entry k()\n{\n add ${'%r1,'.repeat(20000)}\n}`,
      '/*'.repeat(1000),
      '"'.repeat(1001),
      '.pragma "unterminated\n'.repeat(100),
      '.section .debug_info {\n.b8 1\n',
      '.loc 1 2 3, function_name, inlined_at\n'.repeat(100),
      '.file 1 "a\n.file x\n.file\n',
      '.reg .b32 %r<999999999999999999999>;',
      '@@@@@@@@@@@@@@@',
      '.visible .visible .visible .extern',
    ];
    cases.push(pathologicalPtx(200_000));
    for (const text of cases) {
      const m = parsePtx(text);
      sanity(m, text);
      exercise(m, [
        { line: 0, character: 0 },
        { line: 2, character: 5 },
        { line: 3, character: 10 },
        { line: 0, character: 11 },
        { line: 0, character: 12 },
      ]);
    }
  });
});
