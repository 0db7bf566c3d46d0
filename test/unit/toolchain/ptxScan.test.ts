/** The PTX line scanner on captured nvcc output: line map (incl. inlined_at chains), functions, counts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanPtx, unescapePtxString, locationInFile } from '../../../server/src/toolchain/ptxScan';
import { captured } from './helpers';

const lineOf = (ptx: string, needle: string): number => ptx.split('\n').findIndex((l) => l.includes(needle)) + 1;

test('nested inlined_at: inner header code maps to the header and to both call sites', () => {
  const ptx = captured('nest.ptx');
  const { lineMap, functions } = scanPtx(ptx);
  assert.deepEqual(lineMap.files, { 1: '/tmp/tc/nest.cu', 2: '/tmp/tc/nest.cuh' });
  const mul = lineOf(ptx, 'mul.f32 \t%f3, %f1, %f2;');
  const src = lineMap.byPtx[mul];
  // own location: nest.cuh line 3, inlined at nest.cu:4 (in middle), itself inlined at nest.cu:11
  assert.deepEqual(
    { file: src.file, line: src.line, chain: src.inlinedAt.map((s) => `${s.file}:${s.line}`) },
    { file: '/tmp/tc/nest.cuh', line: 3, chain: ['/tmp/tc/nest.cu:4', '/tmp/tc/nest.cu:11'] },
  );
  assert.ok(lineMap.bySource['/tmp/tc/nest.cuh'][3].includes(mul));
  assert.ok(lineMap.bySource['/tmp/tc/nest.cu'][4].includes(mul));
  assert.ok(lineMap.bySource['/tmp/tc/nest.cu'][11].includes(mul));
  // the header's line 3 is never a key of the .cu's map with header code
  assert.ok(!(lineMap.bySource['/tmp/tc/nest.cu'][3] ?? []).includes(mul));
  assert.deepEqual(locationInFile(src, '/tmp/tc/nest.cu')?.line, 4);
  assert.equal(functions.length, 1);
  assert.equal(functions[0].mangledName, '_Z5outerPKfPf');
  assert.equal(functions[0].sourceLine, 8);
});

test('every instruction line inside a body is mapped, directives and labels are not', () => {
  const ptx = captured('nest.ptx');
  const { lineMap, functions } = scanPtx(ptx);
  const lines = ptx.split('\n');
  const fn = functions[0];
  for (let n = fn.startLine; n <= fn.endLine; n++) {
    const t = lines[n - 1].trim();
    const isInstr = t !== '' && !/^[.{}(]/.test(t) && !/^\$?\w+:$/.test(t) && !t.startsWith('//') && !/^\.param|^\)/.test(t);
    if (n > fn.startLine + 4 && isInstr) assert.ok(lineMap.byPtx[n], `PTX line ${n} '${t}' unmapped`);
    if (t.startsWith('.') || t.endsWith(':')) assert.equal(lineMap.byPtx[n], undefined, `PTX line ${n} '${t}' mapped`);
  }
});

test('functions: .entry and .func (with return value), declarations skipped, ranges and counts', () => {
  const ptx = captured('resources.ptx');
  const { functions, target } = scanPtx(ptx);
  assert.equal(target, 'sm_90');
  assert.deepEqual(
    functions.map((f) => [f.mangledName, f.isEntry]),
    [
      ['_Z5noinlf', false],
      ['_Z10use_helperPKfPfi', true],
      ['_Z5spillPf', true],
    ],
  );
  const lines = ptx.split('\n');
  for (const f of functions) {
    assert.match(lines[f.startLine - 1], new RegExp(`\\.(entry|func).*${f.mangledName}`));
    assert.equal(lines[f.endLine - 1].trim(), '}');
  }
  // vprintf is only declared (.extern .func … ;): not a function of this module
  assert.ok(!functions.some((f) => f.mangledName === 'vprintf'));
  // _Z5noinlf: mul/fma? count by hand: ld.param, fma.rn, st.param, ret
  const noinl = functions[0];
  const body = lines.slice(noinl.startLine - 1, noinl.endLine).filter((l) => /^\s+[a-z@]/.test(l) && !/^\s+\./.test(l));
  assert.equal(noinl.instructions, body.length);
});

test('instruction count skips directives, labels, braces, comments and .loc', () => {
  const ptx = [
    '.visible .entry k(',
    '\t.param .u64 p',
    ')',
    '.maxntid 128, 1, 1',
    '{',
    '\t.reg .b32 %r<4>; // comment; with semicolons;',
    '\t.loc\t1 5 3',
    '$L__BB0_1:',
    '\tmov.u32 %r1, %tid.x; /* a; b; */',
    '\t{ // callseq 0, 0',
    '\t.param .b32 param0;',
    '\tst.param.b32 [param0], %r1;',
    '\tcall.uni ',
    '\tfoo, ',
    '\t(',
    '\tparam0',
    '\t);',
    '\t} // callseq 0',
    '\tprototype_0 : .callprototype (.param .b32 _) _ (.param .b64 _);',
    '$L__BB0_2: add.s32 %r2, %r1, 1;',
    '\tret;',
    '}',
    '.file 1 "/x/k.cu"',
  ].join('\n');
  const { functions, lineMap } = scanPtx(ptx);
  assert.equal(functions.length, 1);
  assert.equal(functions[0].mangledName, 'k');
  assert.deepEqual([functions[0].startLine, functions[0].endLine], [1, 22]);
  assert.equal(functions[0].instructions, 5); // mov, st.param, call, add, ret
  assert.equal(lineMap.byPtx[9].line, 5);
  assert.deepEqual(Object.keys(lineMap.bySource['/x/k.cu']), ['5']);
});

test('.loc with line 0 maps nothing; a loc before `.file` is resolved at the end', () => {
  const ptx = '.entry e()\n{\n.loc 2 0 0\nmov.u32 %r1, 1;\n.loc 2 7 1\nret;\n}\n.file 2 "/a/b.cu", 1700000000, 1234\n';
  const { lineMap } = scanPtx(ptx);
  assert.equal(lineMap.byPtx[4], undefined);
  assert.deepEqual(lineMap.byPtx[6], { file: '/a/b.cu', line: 7, column: 1, inlinedAt: [] });
});

test('.file paths with spaces and octal-escaped UTF-8 bytes are decoded', () => {
  const { lineMap } = scanPtx(captured('spaces-nonascii.ptx'));
  assert.deepEqual(Object.values(lineMap.files).sort(), ['/tmp/tc/sp ace ü/helpers.cuh', '/tmp/tc/sp ace ü/saxpy.cu']);
  assert.equal(unescapePtxString('a\\\\b\\"c\\303\\274'), 'a\\b"cü');
});

test('a header kernel maps into the header, never onto the .cu', () => {
  const ptx = captured('spaces-nonascii.ptx');
  const { lineMap, functions } = scanPtx(ptx);
  const header = functions.find((f) => f.mangledName === '_Z13header_kernelPfi')!;
  assert.equal(header.sourceFile, '/tmp/tc/sp ace ü/helpers.cuh');
  for (let n = header.startLine; n <= header.endLine; n++) {
    const s = lineMap.byPtx[n];
    if (s) assert.equal(s.file, '/tmp/tc/sp ace ü/helpers.cuh');
  }
  assert.equal(functions.length, 5);
});

test('mapFile rewrites paths (temp copy → original)', () => {
  const ptx = captured('nest.ptx');
  const { lineMap } = scanPtx(ptx, { mapFile: (p) => (p === '/tmp/tc/nest.cu' ? '/src/nest.cu' : p) });
  assert.ok(lineMap.bySource['/src/nest.cu']);
  assert.equal(lineMap.bySource['/tmp/tc/nest.cu'], undefined);
});

test('scans a 200k-line PTX: every copy of the kernel found, with its lines and its line map', () => {
  const ptx = captured('nest.ptx');
  const body = ptx.split('\n');
  const start = body.findIndex((l) => l.startsWith('.visible .entry'));
  const end = body.findIndex((l, i) => i > start && l === '}');
  const fn = body.slice(start, end + 1);
  const copies: string[] = [];
  let n = 0;
  for (; copies.length < 200_000; n++) copies.push(...fn.map((l) => l.replace('_Z5outerPKfPf', `_Z5outerPKfPf_${n}`)));
  const big = [...body.slice(0, start), ...copies, ...body.slice(end + 1)].join('\n');
  const one = scanPtx(ptx);
  const { functions, lineMap } = scanPtx(big);
  assert.ok(n > 4000);
  assert.equal(functions.length, n);
  const last = functions[n - 1];
  assert.equal(last.mangledName, `_Z5outerPKfPf_${n - 1}`);
  assert.deepEqual([last.startLine, last.endLine], [start + 1 + (n - 1) * fn.length, start + n * fn.length]);
  assert.equal(last.instructions, one.functions[0].instructions);
  // every copy's instructions are in the line map, as often as in the original
  assert.equal(Object.keys(lineMap.byPtx).length, n * Object.keys(one.lineMap.byPtx).length);
});

test('an instruction in a one-line `{ … }` block (cuda_fp16 style) is mapped and counted', () => {
  const ptx = `.version 9.0
.target sm_90
.address_size 64
.file 1 "/src/h.cu"
.visible .entry k(.param .u64 p)
{
  .reg .b16 %rs<2>;
  .reg .f32 %f<2>;
  .loc 1 5 3
  ld.param.u64 %rd1, [p];
  { cvt.f32.f16 %f1, %rs1;}
  ret;
}
`;
  const scan = scanPtx(ptx);
  assert.equal(scan.functions[0].instructions, 3);
  assert.equal(scan.lineMap.byPtx[11]?.line, 5, 'the braced conversion maps to its source line');
  assert.deepEqual(scan.lineMap.bySource['/src/h.cu'][5], [10, 11, 12]);
});
