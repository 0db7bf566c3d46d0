import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { debugString, forEachInstruction, forEachLoc, locIndexForLine, matchMnemonic, locInfo, parsePtx, tokenAt, type PtxTokenInfo } from '../../../server/src/ptx';
import { fixture, module, pos } from './support';

const lineinfo = fixture('lineinfo.ptx');
const model = parsePtx(lineinfo);

function at(needle: string, delta = 0, nth = 0, text = lineinfo, m = model): PtxTokenInfo | undefined {
  return tokenAt(m, pos(text, needle, delta, nth));
}

describe('tokenAt', () => {
  it('finds the opcode and each modifier with the whole instruction', () => {
    const op = at('mad.lo.s32', 1);
    assert.equal(op?.kind, 'opcode');
    if (op?.kind !== 'opcode') return;
    assert.equal(op.text, 'mad');
    assert.equal(op.instruction.mnemonic, 'mad.lo.s32');
    assert.equal(op.instruction.operands.length, 4);
    const mod = at('mad.lo.s32', 5);
    assert.equal(mod?.kind, 'modifier');
    if (mod?.kind !== 'modifier') return;
    assert.equal(mod.text, '.lo');
    assert.equal(mod.modifierIndex, 0);
    const last = at('mad.lo.s32', 9);
    assert.equal(last?.kind === 'modifier' && last.text, '.s32');
  });

  it('describes a register with its declaration and function', () => {
    const t = at('%r14, %r13', 2);
    assert.equal(t?.kind, 'register');
    if (t?.kind !== 'register') return;
    assert.equal(t.name, '%r14');
    assert.equal(t.operandIndex, 1);
    assert.equal(t.instruction?.mnemonic, 'mad.lo.s32');
    assert.equal(t.register.function?.name, 'saxpy');
    assert.equal(t.register.declaration?.text, '.reg .b32 %r<28>;');
    assert.equal(t.register.declaration?.type, '.b32');
    assert.equal(t.register.declaration?.count, 28);
    assert.deepEqual(t.register.declaration?.range.start, pos(lineinfo, '%r<28>', 0, 0));
  });

  it('counts a cursor right after a token as on it', () => {
    const t = at('%r14, %r13', 4);
    assert.equal(t?.kind === 'register' && t.name, '%r14');
  });

  it('recognises special registers and their component', () => {
    const t = at('%tid.x', 2);
    assert.equal(t?.kind, 'special-register');
    if (t?.kind !== 'special-register') return;
    assert.equal(t.name, '%tid');
    assert.equal(t.component, 'x');
  });

  it('describes labels with definition and branch counts', () => {
    const t = at('bra \t$L__BB1_2', 6);
    assert.equal(t?.kind, 'label');
    if (t?.kind !== 'label') return;
    assert.equal(t.label?.branchCount, 1);
    assert.equal(t.label?.referenceCount, 1);
    assert.deepEqual(t.label?.definition.start, pos(lineinfo, '$L__BB1_2:'));
  });

  it('describes function names with params, returns and linkage', () => {
    const t = at('_Z6helperff, ', 2);
    assert.equal(t?.kind, 'function');
    if (t?.kind !== 'function') return;
    assert.equal(t.function?.kind, 'func');
    assert.deepEqual(
      t.function?.params.map((p) => `${p.name} ${p.type}`),
      ['_Z6helperff_param_0 .b32', '_Z6helperff_param_1 .b32'],
    );
    assert.deepEqual(
      t.function?.returns.map((p) => p.name),
      ['func_retval0'],
    );
    const entry = at('.entry saxpy', 8);
    assert.equal(entry?.kind === 'function' && entry.function?.linkage.join(), 'visible');
    assert.equal(entry?.kind === 'function' && entry.function?.directives.join('|'), '.maxntid 256, 1, 1|.minnctapersm 2');
  });

  it('describes params, module variables and immediates', () => {
    const p = at('[saxpy_param_1]', 3);
    assert.equal(p?.kind, 'param');
    if (p?.kind === 'param') {
      assert.equal(p.param.type, '.f32');
      assert.equal(p.function.name, 'saxpy');
    }
    const v = at('coeffs;', 1);
    assert.equal(v?.kind, 'variable');
    if (v?.kind === 'variable') assert.match(v.declarationText, /^\.const \.align 4 \.b8 coeffs\[64\] = \{/);
    const imm = at('0f3F800000', 3);
    assert.equal(imm?.kind === 'immediate' && imm.text, '0f3F800000');
  });

  it('describes directives, types and state spaces inside declarations', () => {
    const d = at('.maxntid', 2);
    assert.equal(d?.kind, 'directive');
    if (d?.kind === 'directive') {
      assert.equal(d.name, '.maxntid');
      assert.equal(d.statementText, '.maxntid 256, 1, 1');
      assert.equal(d.function?.name, 'saxpy');
    }
    assert.equal(at('.reg .b32 \t%r<28>', 1)?.kind, 'directive');
    const ty = at('.reg .b32 \t%r<28>', 6);
    assert.equal(ty?.kind === 'type' && ty.text, '.b32');
    const ss = at('.shared .align 4', 2);
    assert.equal(ss?.kind, 'directive');
    const g = at('.global .align 4 .u32 counter', 10);
    assert.equal(g?.kind === 'qualifier' && g.text, '.align');
    const range = at('%r<28>', 1);
    assert.equal(range?.kind === 'register' && range.register.declaration?.count, 28);
  });

  it('resolves .loc to paths, including the inlined_at chain', () => {
    const t = at('.loc\t1 3 73', 1);
    assert.equal(t?.kind, 'loc');
    if (t?.kind !== 'loc') return;
    assert.match(t.loc.path ?? '', /basics\.cu$/);
    assert.equal(t.loc.line, 3);
    assert.equal(t.loc.column, 73);
    assert.equal(t.loc.functionLabel, '$L__info_string0');
    assert.deepEqual(t.loc.inlinedAt, { file: 1, line: 9, column: 3 });
    assert.match(t.loc.inlinedChain[0].path ?? '', /basics\.cu$/);

    const text = fixture('inline_callproto.ptx');
    const m = parsePtx(text);
    const deep = tokenAt(m, pos(text, '.loc\t1 1 73', 1));
    assert.equal(deep?.kind, 'loc');
    if (deep?.kind === 'loc') {
      assert.deepEqual(
        deep.loc.inlinedChain.map((c) => `${c.line}:${c.column}`),
        ['2:73', '3:73', '8:30'],
      );
    }
  });

  it('describes .pragma strings and .file lines', () => {
    const p = at('.pragma "nounroll"', 2);
    assert.equal(p?.kind === 'pragma' && p.text, 'nounroll');
    const f = at('.file\t2', 1);
    assert.equal(f?.kind === 'file' && f.index, 2);
    assert.match((f?.kind === 'file' && f.path) || '', /device_atomic_functions/);
  });

  it('works on a partial line while typing', () => {
    const text = module('.entry k()\n{\n  wgmma.mma_async.sync\n}\n');
    const m = parsePtx(text);
    const t = tokenAt(m, pos(text, 'mma_async', 3));
    assert.equal(t?.kind, 'modifier');
    if (t?.kind === 'modifier') {
      assert.equal(t.text, '.mma_async');
      assert.equal(t.instruction.hasSemicolon, false);
    }
    const end = tokenAt(m, pos(text, '.sync', 5));
    assert.equal(end?.kind === 'modifier' && end.text, '.sync');
  });

  it('returns undefined on whitespace and comments', () => {
    assert.equal(tokenAt(model, { line: 0, character: 3 }), undefined);
    assert.equal(tokenAt(model, { line: 100000, character: 0 }), undefined);
  });
});

describe('.loc helpers', () => {
  it('forEachLoc visits every .loc once, in order, with the governed lines', () => {
    const lines: number[] = [];
    forEachLoc(model, (ptxLine) => lines.push(ptxLine));
    assert.equal(lines.length, model.locCount);
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => a - b),
    );
    const expected = lineinfo.split('\n').flatMap((l, i) => (/^\s*\.loc\s/.test(l) ? [i] : []));
    assert.deepEqual(lines, expected);
  });

  it('maps an instruction line to its governing .loc', () => {
    const line = pos(lineinfo, 'mad.lo.s32').line;
    const idx = locIndexForLine(model, line);
    assert.ok(idx >= 0);
    const info = locInfo(model, idx);
    assert.equal(info.line, 8);
    assert.ok(info.ptxLine < line && line < info.endLine);
  });
});

describe('forEachInstruction', () => {
  it('visits every instruction with its mnemonic and line', () => {
    const seen: Array<[string, number]> = [];
    forEachInstruction(model, (_stmt, mnemonic, line) => seen.push([mnemonic, line]));
    assert.equal(seen.length, model.functions.reduce((n, f) => n + f.instructionCount, 0));
    const mad = seen.find(([mn]) => mn === 'mad.lo.s32');
    assert.deepEqual(mad, ['mad.lo.s32', pos(lineinfo, 'mad.lo.s32').line]);
    assert.equal(seen.filter(([mn]) => mn === 'ret').length, 4);
  });
});

describe('matchMnemonic', () => {
  it('splits at the longest known opcode', () => {
    const known = new Set(['cp.async.bulk.tensor', 'cp.async', 'ld', 'wgmma.mma_async']);
    assert.deepEqual(matchMnemonic('cp.async.bulk.tensor.2d.shared::cluster.global', (o) => known.has(o)), {
      opcode: 'cp.async.bulk.tensor',
      modifiers: ['.2d', '.shared::cluster', '.global'],
    });
    assert.deepEqual(matchMnemonic('ld.global.f32', (o) => known.has(o)), { opcode: 'ld', modifiers: ['.global', '.f32'] });
    assert.deepEqual(matchMnemonic('foo.bar', (o) => known.has(o)), { opcode: 'foo', modifiers: ['.bar'] });
  });
});

describe('debugString', () => {
  it('reads the name a .loc function_name label points at in .debug_str', () => {
    const model = parsePtx(readFileSync(join(__dirname, '..', '..', '..', 'examples', 'saxpy.ptx'), 'utf8'));
    assert.equal(debugString(model, '$L__info_string0'), '_Z4axpyfff');
    assert.equal(debugString(model, '$L__no_such_label'), undefined);
  });
});
