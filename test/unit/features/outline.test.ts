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

  it('lists module variables, functions with params and labels, and sections in order', () => {
    const syms = documentSymbols(model);
    assert.deepEqual(
      syms.map((s) => [s.name, s.kind]),
      [
        ['vprintf', SymbolKind.Function],
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
    const saxpy = syms[5];
    assert.equal(saxpy.detail, '.visible .entry');
    assert.deepEqual(saxpy.children?.slice(0, 5).map((c) => c.name), ['saxpy_param_0', 'saxpy_param_1', 'saxpy_param_2', 'saxpy_param_3', '$L__BB1_2']);
    assert.deepEqual(saxpy.selectionRange.start, pos(text, 'saxpy(', 0));
    assert.ok(saxpy.range.end.line > saxpy.range.start.line + 50);
    const helper = syms[4];
    assert.equal(helper.children?.[0].detail, 'return .param .b32');
  });

  it('shows a demangled name as detail when the demangler knows it', () => {
    const syms = documentSymbols(model, (n) => (n === '_Z6helperff' ? 'helper(float, float)' : undefined));
    assert.equal(syms.find((s) => s.name === '_Z6helperff')?.detail, 'helper(float, float)');
    assert.equal(syms.find((s) => s.name === 'saxpy')?.detail, '.visible .entry');
    const throwing = documentSymbols(model, () => {
      throw new Error('boom');
    });
    assert.equal(throwing.length, 9);
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
