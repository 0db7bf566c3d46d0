import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SymbolKind } from 'vscode-languageserver';
import { parsePtx } from '../../../server/src/ptx';
import { documentSymbols } from '../../../server/src/features/symbols';
import { foldingRanges } from '../../../server/src/features/folding';
import { fixture, module, pos } from '../ptx/support';

describe('documentSymbols', () => {
  const text = fixture('lineinfo.ptx');
  const model = parsePtx(text);

  it('lists module variables, functions, declarations and sections in order; no labels or parameters', () => {
    const syms = documentSymbols(model);
    assert.deepEqual(
      syms.map((s) => [s.name, s.kind]),
      [
        ['1 declaration', SymbolKind.Namespace],
        ['coeffs', SymbolKind.Constant],
        ['counter', SymbolKind.Variable],
        ['$str', SymbolKind.Variable],
        ['_Z6helperff', SymbolKind.Function],
        ['saxpy', SymbolKind.Function],
        ['_Z6reduceIfLi4EEvPKT_PS0_', SymbolKind.Function],
        ['_Z6reduceIdLi8EEvPKT_PS0_', SymbolKind.Function],
        ['.debug_str', SymbolKind.Namespace],
      ],
    );
    assert.deepEqual(syms[0].children?.map((c) => [c.name, c.detail]), [['vprintf', '.extern .func']]);
    const saxpy = syms[5];
    assert.equal(saxpy.detail, '.visible .entry');
    assert.equal(saxpy.children, undefined);
    assert.deepEqual(saxpy.selectionRange.start, pos(text, 'saxpy(', 0));
    assert.ok(saxpy.range.end.line > saxpy.range.start.line + 50);
    assert.equal(syms.find((s) => s.name === 'counter')?.detail, '.global .align 4 .u32');
  });

  it('stays one entry per function however many labels a body has', () => {
    const body = Array.from({ length: 3000 }, (_, i) => `$L__BB0_${i}:\n\tbra.uni $L__BB0_${(i + 1) % 3000};`).join('\n');
    const big = parsePtx(module(`.visible .entry k(.param .u64 p)\n{\n${body}\n}\n.visible .entry k2()\n{\nret;\n}`));
    const syms = documentSymbols(big);
    assert.deepEqual(syms.map((s) => s.name), ['k', 'k2']);
    assert.ok(JSON.stringify(syms).length < 1000);
  });

  it('shows a demangled name as detail when the demangler knows it', () => {
    const syms = documentSymbols(model, (n) => (n === '_Z6helperff' ? 'helper(float, float)' : undefined));
    assert.equal(syms.find((s) => s.name === '_Z6helperff')?.detail, 'helper(float, float)');
    assert.equal(syms.find((s) => s.name === 'saxpy')?.detail, '.visible .entry');
    const throwing = documentSymbols(model, () => {
      throw new Error('boom');
    });
    assert.equal(throwing.length, 9);
    assert.equal(throwing[0].children?.length, 1);
  });
});

describe('foldingRanges', () => {
  it('folds functions, nested blocks, sections and comment runs', () => {
    const text = module(`// header line 1
// header line 2
// header line 3
.entry k()
{
  .reg .b32 %r<2>;
  {
    mov.u32 %r1, 1;
  }
  /* a block
     comment */
  ret;
}
.section .debug_info
{
.b8 1
.b8 2
}
`);
    const m = parsePtx(text);
    const folds = foldingRanges(m).map((f) => `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`);
    assert.deepEqual(folds, ['4-6 comment', '7-15', '10-11', '13-14 comment', '17-20']);
  });

  it('folds every function of nvcc output and its DWARF sections', () => {
    const text = fixture('debug.ptx');
    const m = parsePtx(text);
    const folds = foldingRanges(m);
    const starts = new Set(folds.map((f) => f.startLine));
    for (const f of m.functions.filter((x) => x.bodyStart >= 0)) assert.ok(starts.has(m.positionAt(f.start).line), f.name);
    for (const s of m.sections) assert.ok(starts.has(m.positionAt(s.start).line), s.name);
  });
});
