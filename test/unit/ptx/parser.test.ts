import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { forEachLoc, materializeInstruction, parsePtx, StatementKind, type PtxModel } from '../../../server/src/ptx';
import { FIXTURES, fixture, module, pos, ptxasAvailable } from './support';

function messages(model: PtxModel): string[] {
  return model.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
}

function instructionOn(model: PtxModel, text: string, needle: string) {
  const stmt = model.statementIndexAt(model.offsetAt(pos(text, needle)));
  return materializeInstruction(model, stmt);
}

describe('parsePtx on nvcc output', () => {
  it('reads module directives, globals and functions of a -lineinfo file', () => {
    const text = fixture('lineinfo.ptx');
    const m = parsePtx(text);
    assert.deepEqual(messages(m), []);
    assert.equal(m.version, '9.0');
    assert.equal(m.target, 'sm_90a');
    assert.equal(m.addressSize, 64);
    assert.deepEqual(
      m.functions.map((f) => [f.kind, f.name, f.linkage.join(' '), f.params.length, f.returns.length, f.bodyStart >= 0]),
      [
        ['func', 'vprintf', 'extern', 2, 1, false],
        ['func', '_Z6helperff', '', 2, 1, true],
        ['entry', 'saxpy', 'visible', 4, 0, true],
        ['entry', '_Z6reduceIfLi4EEvPKT_PS0_', 'visible', 2, 0, true],
        ['entry', '_Z6reduceIdLi8EEvPKT_PS0_', 'visible', 2, 0, true],
      ],
    );
    assert.deepEqual(
      m.globals.map((g) => [g.space, g.name, g.type, g.array, g.hasInitializer]),
      [
        ['const', 'coeffs', '.align 4 .b8', '[64]', true],
        ['global', 'counter', '.align 4 .u32', '', true],
        ['global', '$str', '.align 1 .b8', '[7]', true],
      ],
    );
    const saxpy = m.functions[2];
    assert.deepEqual(
      saxpy.params.map((p) => [p.name, p.type]),
      [
        ['saxpy_param_0', '.u32'],
        ['saxpy_param_1', '.f32'],
        ['saxpy_param_2', '.u64'],
        ['saxpy_param_3', '.u64'],
      ],
    );
    const r = saxpy.decls.find((d) => d.name === '%r');
    assert.ok(r);
    assert.equal(r.count, 28);
    assert.equal(r.type, '.b32');
    assert.ok(saxpy.decls.some((d) => d.name === '_ZZ5saxpyE4tile' && d.space === 'shared' && d.array === '[1024]'));
    assert.ok(saxpy.decls.some((d) => d.name === '__local_depot1' && d.space === 'local'));
    assert.deepEqual(
      saxpy.directives.map((s) => m.statementText(s)),
      ['.maxntid 256, 1, 1', '.minnctapersm 2'],
    );
    assert.deepEqual(saxpy.labels.map((l) => l.name).slice(0, 3), ['$L__BB1_2', '$L__BB1_5', '$L__BB1_6']);
    assert.ok(saxpy.instructionCount > 50);
  });

  it('resolves .file lines that come after the functions using them', () => {
    const m = parsePtx(fixture('lineinfo.ptx'));
    assert.match(m.files.get(1)!.path, /basics\.cu$/);
    assert.match(m.files.get(2)!.path, /device_atomic_functions\.hpp$/);
    const firstLoc = m.locLine[0];
    const fileLine = m.positionAt(m.files.get(1)!.start).line;
    assert.ok(fileLine > firstLoc, '.file comes after the first .loc in nvcc output');
  });

  it('records every .loc form, including function_name and inlined_at', () => {
    const text = fixture('inline_callproto.ptx');
    const m = parsePtx(text);
    const seen: Array<[number, number, number, number, string | undefined]> = [];
    forEachLoc(m, (ptxLine, file, line, col, inl) => seen.push([ptxLine, file, line, col, inl ? `${inl.file}:${inl.line}:${inl.column}` : undefined]));
    assert.equal(seen.length, text.split('\n').filter((l) => /^\s*\.loc\s/.test(l)).length);
    const nested = seen.find(([, , line, , inl]) => line === 1 && inl === '1:2:73');
    assert.ok(nested, 'the .loc of l3 inlined into l2 is recorded');
    const idx = m.locLine.indexOf(nested[0]);
    assert.equal(m.names[m.locFnName[idx]], '$L__info_string2');
  });

  it('parses call prototypes, indirect calls across lines and vector operands', () => {
    const text = fixture('inline_callproto.ptx');
    const m = parsePtx(text);
    assert.deepEqual(messages(m), []);
    const protoLabel = m.labels.find((l) => l.name === 'prototype_0');
    assert.ok(protoLabel);
    assert.equal(m.stmtKind[protoLabel.stmt], StatementKind.CallPrototype);
    const call = instructionOn(m, text, 'call (retval0)');
    assert.ok(call);
    assert.equal(call.mnemonic, 'call');
    assert.deepEqual(
      call.operands.map((o) => o.kind),
      ['list', 'register', 'list', 'label'],
    );
    const ld = instructionOn(m, text, 'ld.global.v4.f32');
    assert.ok(ld);
    assert.deepEqual(
      ld.operands.map((o) => [o.kind, o.names.length]),
      [
        ['vector', 4],
        ['address', 1],
      ],
    );
    assert.deepEqual(
      ld.modifiers.map((x) => x.text),
      ['.global', '.v4', '.f32'],
    );
  });

  it('keeps nvcc void calls split over lines (`call.uni` alone on its line) as one instruction', () => {
    const text = fixture('void_calls.ptx');
    const m = parsePtx(text);
    assert.deepEqual(messages(m), []);
    const call = instructionOn(m, text, 'call.uni \n\t_Z3fooPi');
    assert.ok(call);
    assert.deepEqual(
      call.operands.map((o) => [o.kind, o.text.replace(/\s+/g, '')]),
      [
        ['symbol', '_Z3fooPi'],
        ['list', '(param0)'],
      ],
    );
  });

  it('reads inline-asm scoped blocks, virtual calls and recursion from real CUDA', () => {
    const text = fixture('features.ptx');
    const m = parsePtx(text);
    assert.deepEqual(messages(m), []);
    const cvt = instructionOn(m, text, 'cvt.f32.f16 %f7');
    assert.equal(cvt?.mnemonic, 'cvt.f32.f16');
    // `{ … }` from inline asm is a nested block of the kernel.
    const blockOf = (needle: string) => {
      const at = m.offsetAt(pos(text, needle));
      return [...m.blockStart].filter((b, i) => b < at && at < m.blockEnd[i]).length;
    };
    assert.equal(blockOf('cvt.f32.f16 %f7'), 2);
    assert.ok(m.functions.some((f) => f.name === '_Z4facti'));
  });

  it('skips DWARF sections of a -G file but keeps their labels', () => {
    const text = fixture('debug.ptx');
    const m = parsePtx(text);
    assert.deepEqual(messages(m), []);
    assert.ok(m.sections.length >= 3);
    assert.ok(m.sections.every((s) => s.name.startsWith('.debug_')));
    assert.match(m.target ?? '', /debug/);
    // -lineinfo files keep `function_name` strings in a .debug_str section.
    const li = parsePtx(fixture('lineinfo.ptx'));
    assert.deepEqual(
      li.labels.filter((l) => l.func === -1).map((l) => l.name),
      ['$L__info_string0', '$L__info_string1'],
    );
    // Nothing inside a section becomes an instruction or a declaration.
    for (const s of m.sections) {
      const first = m.statementIndexAt(s.start);
      assert.equal(m.stmtKind[first], StatementKind.Section);
      assert.ok(first + 1 >= m.statementCount || m.stmtStart[first + 1] >= s.end);
    }
  });

  it('reads cluster directives and sm_90a instructions', () => {
    const text = fixture('hopper.ptx');
    const m = parsePtx(text);
    assert.deepEqual(messages(m), []);
    const k = m.functions.find((f) => f.name.includes('hopper_kernel'));
    assert.ok(k);
    assert.deepEqual(
      k.directives.map((s) => m.statementText(s)),
      ['.explicitcluster', '.reqnctapercluster 2, 1, 1'],
    );
    const mb = instructionOn(m, text, 'mbarrier.init');
    assert.ok(mb);
    assert.deepEqual(
      mb.modifiers.map((x) => x.text),
      ['.init', '.shared::cta', '.b64'],
    );
  });

  it('agrees with ptxas on every fixture: no diagnostics for accepted files', { skip: !ptxasAvailable() && 'ptxas not installed' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-fixture-'));
    try {
      for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.ptx'))) {
        const arch = /^\s*\.target\s+(\w+)/m.exec(fixture(name))?.[1] ?? 'sm_90a';
        const res = spawnSync('ptxas', ['-arch', arch, join(FIXTURES, name), '-o', join(dir, 'x.cubin')], { encoding: 'utf8' });
        assert.equal(res.status, 0, `${name}: ${res.stderr}`);
        assert.deepEqual(messages(parsePtx(fixture(name))), [], name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parsePtx on hand-written PTX', () => {
  const valid = module(`.visible .entry k(.param .u64 p, .param .align 16 .b8 blob[32])
.maxnreg 64
{
  .reg .pred %p<2>;
  .reg .v4 .f32 %v;
  .reg .b32 %a, %b, %c;
  .reg .b64 %rd<3>;
  ld.param.u64 %rd1, [p];
  mov.u32 %a, %tid.x;
  setp.eq.u32 %p1|%p0, %a, 0;
  @!%p1 bra DONE;
  mov.b32 %b, -1;
  add.s32 %c, %a, %b;
  ld.global.v4.f32 %v, [%rd1+16];
  mov.f32 %v.x, 0f3F800000;
  st.global.v4.f32 [%rd1], %v;
DONE:
  ret;
}
`);

  it('accepts a valid hand-written module without diagnostics (ptxas agrees)', () => {
    const m = parsePtx(valid);
    assert.deepEqual(messages(m), []);
    const k = m.functions[0];
    assert.deepEqual(
      k.params.map((p) => [p.name, p.type, p.array]),
      [
        ['p', '.u64', ''],
        ['blob', '.align 16 .b8', '[32]'],
      ],
    );
    assert.deepEqual(
      k.decls.map((d) => [d.name, d.count, d.type]),
      [
        ['%p', 2, '.pred'],
        ['%v', -1, '.v4 .f32'],
        ['%a', -1, '.b32'],
        ['%b', -1, '.b32'],
        ['%c', -1, '.b32'],
        ['%rd', 3, '.b64'],
      ],
    );
    if (ptxasAvailable()) {
      const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-hand-'));
      try {
        writeFileSync(join(dir, 'k.ptx'), valid);
        const res = spawnSync('ptxas', ['-arch', 'sm_90a', join(dir, 'k.ptx'), '-o', join(dir, 'k.cubin')], { encoding: 'utf8' });
        assert.equal(res.status, 0, res.stderr);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('records guards, opcodes, modifiers and operand kinds', () => {
    const m = parsePtx(valid);
    const bra = instructionOn(m, valid, '@!%p1 bra');
    assert.ok(bra);
    assert.deepEqual(bra.guard && [bra.guard.negated, bra.guard.register], [true, '%p1']);
    assert.equal(bra.opcode, 'bra');
    assert.deepEqual(
      bra.operands.map((o) => o.kind),
      ['label'],
    );
    const mov = instructionOn(m, valid, 'mov.u32 %a, %tid.x');
    assert.ok(mov);
    assert.deepEqual(
      mov.operands.map((o) => o.kind),
      ['register', 'special-register'],
    );
    assert.equal(mov.operands[1].names[0].component, 'x');
    const neg = instructionOn(m, valid, 'mov.b32 %b, -1');
    assert.deepEqual(
      neg?.operands.map((o) => o.kind),
      ['register', 'immediate'],
    );
    const setp = instructionOn(m, valid, 'setp.eq.u32');
    assert.deepEqual(
      setp?.operands.map((o) => o.kind),
      ['predicate-pair', 'register', 'immediate'],
    );
    const ld = instructionOn(m, valid, 'ld.param.u64');
    assert.deepEqual(
      ld?.modifiers.map((x) => [x.text, x.index, x.range.start.character]),
      [
        ['.param', 0, 4],
        ['.u64', 1, 10],
      ],
    );
  });

  it('keeps a partial line as an instruction with its opcode and modifiers', () => {
    const text = module(`.entry k()
{
  wgmma.mma_async.sync
  ret;
}
`);
    const m = parsePtx(text);
    const ins = instructionOn(m, text, 'wgmma');
    assert.ok(ins);
    assert.equal(ins.mnemonic, 'wgmma.mma_async.sync');
    assert.equal(ins.opcode, 'wgmma');
    assert.deepEqual(
      ins.modifiers.map((x) => x.text),
      ['.mma_async', '.sync'],
    );
    assert.equal(ins.hasSemicolon, false);
    assert.deepEqual(messages(m), [`6:22 Expected ';' at the end of the instruction`]);
    // The next line is still its own instruction.
    assert.equal(instructionOn(m, text, 'ret')?.mnemonic, 'ret');
  });

  it('keeps a partial line at the end of the file', () => {
    const text = '.version 8.0\n.target sm_90\n.address_size 64\n.entry k()\n{\n  wgmma.mma_async.sync.aligned';
    const m = parsePtx(text);
    const ins = instructionOn(m, text, 'wgmma');
    assert.equal(ins?.mnemonic, 'wgmma.mma_async.sync.aligned');
    assert.ok(messages(m).some((x) => x.includes("Missing '}'")));
  });

  it('reports malformed statements with ranges and resumes at the next statement', () => {
    const text = module(`.entry k()
{
  .reg .b32 %r<4>;
  mov.u32 %r1, 1 ## junk here
  add.s32 %r2, %r1, %r1;
  .regg .b32 %x;
  .reg .b32 ;
  .reg .b32 %y
  mov.u32 %r3, 2;
}
}
`);
    const m = parsePtx(text);
    assert.deepEqual(messages(m), [
      `7:17 Unexpected character '#'`,
      `9:2 Unknown directive '.regg'`,
      `10:2 Expected a name in the .reg declaration`,
      `11:14 Expected ';' at the end of the .reg declaration`,
      `14:0 Unmatched '}'`,
    ]);
    // Statements after each error are intact.
    assert.equal(instructionOn(m, text, 'add.s32')?.operands.length, 3);
    assert.equal(instructionOn(m, text, 'mov.u32 %r3')?.operands.length, 2);
    assert.ok(m.functions[0].decls.some((d) => d.name === '%y'));
  });

  it('flags unterminated comments, instructions outside functions and missing braces', () => {
    assert.deepEqual(messages(parsePtx('mov.u32 %r1, 2;\n')), ['0:0 Instruction outside a function body']);
    assert.deepEqual(messages(parsePtx('.entry k()\n{\n ret;\n/* open')), ["1:0 Missing '}'", '3:0 Unterminated comment']);
  });

  it('does not flag what ptxas accepts: preprocessor lines, multi-line statements, .pragma, .alias', () => {
    const text = module(`#define N 4
.func (.param .b32 r) f(.param .b32 a)
{
  .reg .b32 %t;
  ld.param.b32 %t,
     [a];
  st.param.b32 [r], %t
  ;
  ret;
}
.func g()
{
  .pragma "nounroll";
  ret;
}
.alias h, g;
`);
    assert.deepEqual(messages(parsePtx(text)), []);
  });

  it('handles CRLF, tabs, a BOM, non-ASCII comments and positions in UTF-16 units', () => {
    const text = '\uFEFF.version 8.0\r\n.target sm_90\r\n.address_size 64\r\n// ünïcödé 😀 comment\r\n.entry k()\r\n{\r\n\t.reg .b32\t%r<2>;\r\n\tmov.u32\t%r1, 1; // 😀😀\r\n\tret;\r\n}\r\n';
    const m = parsePtx(text);
    assert.deepEqual(messages(m), []);
    assert.equal(m.functions[0].name, 'k');
    const p = pos(text, 'mov.u32');
    assert.deepEqual(p, { line: 7, character: 1 });
    const ins = materializeInstruction(m, m.statementIndexAt(m.offsetAt(p)));
    assert.equal(ins?.mnemonic, 'mov.u32');
    assert.deepEqual(ins?.operands[1].range, { start: { line: 7, character: 14 }, end: { line: 7, character: 15 } });
  });

  it('caps syntax errors at 1000 and counts the rest in one diagnostic', () => {
    const m = parsePtx('#\n'.replace('#', '?').repeat(3000));
    assert.equal(m.diagnostics.length, 1001);
    assert.equal(m.diagnostics[1000].message, '2000 more syntax errors not shown');
    assert.equal(m.diagnostics[1000].range.start.line, 1000);
  });

  it('reports NUL and other control bytes without stopping', () => {
    const text = module('.entry k()\n{\n  ret;\u0000\u0001\n  exit;\n}\n');
    const m = parsePtx(text);
    assert.ok(messages(m).some((x) => x.includes('U+0000')));
    assert.equal(instructionOn(m, text, 'exit')?.mnemonic, 'exit');
  });
});

describe('instructions spread over several lines', () => {
  it('continues a mnemonic whose operands start on the next line with a vector brace', () => {
    const text = module(`.visible .entry k() {
  .reg .f32 %d<4>;
  .reg .b64 %rd<3>;
  wgmma.mma_async.sync.aligned.m64n8k16.f32.f16.f16
      {%d0, %d1, %d2, %d3},
      %rd1, %rd2, 1, 1, 1, 0, 0;
  ret;
}`);
    const m = parsePtx(text);
    assert.deepEqual(messages(m), []);
    const instruction = instructionOn(m, text, 'wgmma');
    assert.equal(instruction?.mnemonic, 'wgmma.mma_async.sync.aligned.m64n8k16.f32.f16.f16');
    assert.equal(instruction?.operands.length, 8);
  });
});
