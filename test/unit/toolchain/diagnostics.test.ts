/** nvcc / gcc / ptxas messages captured from CUDA 13.0 → diagnostics on the right file and line. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caretColumn, groupByFile, parseToolOutput } from '../../../server/src/toolchain/diagnostics';
import { captured } from './helpers';

const cwd = '/tmp/tc/broken';
const main = '/tmp/tc/broken/broken.cu';
const brief = (d: { file: string; line: number; column?: number; severity: string; source: string }) => [d.file, d.line, d.column, d.severity, d.source];

test('front-end errors and warnings with caret columns and codes', () => {
  const ds = parseToolOutput(captured('nvcc-broken.txt'), { cwd, mainFile: main });
  assert.deepEqual(ds.map(brief), [
    [main, 8, 16, 'error', 'nvcc'],
    [main, 5, 9, 'warning', 'nvcc'],
    [main, 14, 1, 'error', 'nvcc'],
  ]);
  assert.equal(ds[0].message, 'identifier "undefined_symbol" is undefined');
  assert.equal(ds[1].code, '177-D');
});

test('error in an included header goes to the header; instantiation notes are kept', () => {
  const ds = parseToolOutput(captured('nvcc-template-header.txt'), { cwd, mainFile: '/tmp/tc/broken/tmpl.cu' });
  assert.deepEqual(ds.map((d) => [d.file, d.line]), [
    ['/tmp/tc/broken/bad.cuh', 1],
    ['/tmp/tc/broken/tmpl.cu', 3],
  ]);
  assert.match(ds[1].message, /detected during instantiation of "void k\(T \*\) \[with T=int\]" at line 4/);
});

test('the caret column follows the real source line when the echo is preprocessed', () => {
  // echo shows `__attribute__((device))` where the source says `__device__`
  const echo = '  __attribute__((device)) float hbad(float v) { return v + nope; }';
  const caret = '                                                           ^';
  assert.equal(caretColumn(echo, caret, '__device__ float hbad(float v) { return v + nope; }'), 45);
  assert.equal(caretColumn(echo, caret), 58);
});

test('host preprocessor errors (gcc file:line:col form)', () => {
  const ds = parseToolOutput(captured('nvcc-host-error.txt'), { cwd, mainFile: '/tmp/tc/broken/hosterr.cu' });
  assert.deepEqual(ds.map(brief), [['/tmp/tc/broken/hosterr.cu', 1, 2, 'error', 'nvcc']]);
  const missing = parseToolOutput(captured('nvcc-missing-include.txt'), { cwd, mainFile: '/tmp/tc/broken/inc.cu' });
  assert.deepEqual(missing.map(brief), [['/tmp/tc/broken/inc.cu', 2, 10, 'error', 'nvcc']]);
  assert.match(missing[0].message, /nothere\.cuh: No such file or directory/);
});

test('location-less ptxas messages (error / warning / fatal) land on line 1', () => {
  const ds = parseToolOutput("ptxas error   : Entry function '_Z1kv' uses too much shared data (0x10000 bytes, 0xc000 max)\nptxas warning : Registers are spilled to local memory in function '_Z1kv', 8 bytes spill stores\nptxas fatal   : Unresolved extern function 'foo'\n", { cwd, mainFile: main });
  assert.deepEqual(ds.map((d) => [d.line, d.severity, d.source]), [[1, 'error', 'ptxas'], [1, 'warning', 'ptxas'], [1, 'error', 'ptxas']]);
  assert.match(ds[0].message, /^ptxas: Entry function '_Z1kv' uses too much shared data/);
});

test('nvcc fatal errors land on line 1 of the compiled file', () => {
  const ds = parseToolOutput(captured('nvcc-fatal-arch.txt'), { cwd, mainFile: main });
  assert.deepEqual(ds.map(brief), [[main, 1, undefined, 'error', 'nvcc']]);
  assert.match(ds[0].message, /Unsupported gpu architecture 'sm_999'/);
});

test('ptxas errors in our generated PTX map back to the source line through the line map', () => {
  const nvccTemp = "ptxas /tmp/tmpxft_00007747_00000000-6_asm.ptx, line 26; error   : Unknown modifier '.op'\n";
  const ds = parseToolOutput(captured('nvcc-inline-asm-ptxas.txt') + nvccTemp, {
    cwd,
    mainFile: '/tmp/tc/broken/asm.cu',
    ptxFile: '/tmp/tc/t.ptx',
    ptxLineSource: (line) => (line === 28 ? { file: '/tmp/tc/broken/asm.cu', line: 1, column: 30 } : undefined),
  });
  // the first two name our PTX (mapped), the last names nvcc's own temp PTX (line 1), "aborted" lines are dropped
  assert.deepEqual(ds.map(brief), [
    ['/tmp/tc/broken/asm.cu', 1, 30, 'error', 'ptxas'],
    ['/tmp/tc/broken/asm.cu', 1, 30, 'error', 'ptxas'],
    ['/tmp/tc/broken/asm.cu', 1, undefined, 'error', 'ptxas'],
  ]);
  assert.match(ds[0].message, /Unknown modifier '\.op' \(PTX line 28\)/);
});

test('ptxas on a user PTX file: errors and warnings on that file', () => {
  const errors = parseToolOutput(captured('ptxas-errors.txt'), { cwd: '/tmp/tc', mainFile: '/tmp/tc/bad.ptx' });
  assert.deepEqual(errors.map(brief), [
    ['/tmp/tc/bad.ptx', 89, undefined, 'error', 'ptxas'],
    ['/tmp/tc/bad.ptx', 90, undefined, 'error', 'ptxas'],
    ['/tmp/tc/bad.ptx', 90, undefined, 'error', 'ptxas'],
  ]);
  const warnings = parseToolOutput(captured('ptxas-warnings.txt'), { cwd: '/tmp/tc', mainFile: '/tmp/tc/dbl.ptx' });
  assert.deepEqual(warnings.map((d) => [d.line, d.severity]), [[7, 'warning'], [8, 'warning'], [8, 'warning']]);
});

test('non-UTF-8 replacement characters and junk lines do not break parsing', () => {
  const ds = parseToolOutput('\uFFFD\uFFFD garbage\nk.cu(3): error: bad \uFFFD name\n\u0000\n', { cwd: '/w', mainFile: '/w/k.cu' });
  assert.deepEqual(ds.map(brief), [['/w/k.cu', 3, undefined, 'error', 'nvcc']]);
});

test('groupByFile: the compiled file always has an entry, duplicates collapse', () => {
  const d = { file: '/w/h.cuh', line: 2, severity: 'error' as const, message: 'x', source: 'nvcc' as const };
  assert.deepEqual(groupByFile([d, { ...d }], ['/w/k.cu']), [
    { file: '/w/k.cu', diagnostics: [] },
    { file: '/w/h.cuh', diagnostics: [d] },
  ]);
});
