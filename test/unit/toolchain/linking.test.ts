/** Whole program or compile-only: which PTX modules need the device linker, and ptxas's arguments. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePtx } from '../../../server/src/ptx';
import { buildPtxasArgs, needsLinking, rdcRequested, unresolvedExterns } from '../../../server/src/toolchain/linking';
import { CAPTURED, FIXTURES } from './helpers';

const PTX = join(FIXTURES, 'ptx');
const EXTERN_CALL = join(PTX, 'relocatable', 'extern_call.ptx');
const ptxFiles = [
  ...readdirSync(PTX).filter((f) => f.endsWith('.ptx')).map((f) => join(PTX, f)),
  ...readdirSync(CAPTURED).filter((f) => f.endsWith('.ptx')).map((f) => join(CAPTURED, f)),
  join(FIXTURES, '..', '..', 'examples', 'saxpy.ptx'),
  EXTERN_CALL,
];

const module = (body: string): string => `.version 9.0\n.target sm_90\n.address_size 64\n\n${body}\n`;
/** The externs the document model of `text` leaves to the linker. */
const both = (text: string): string[] => unresolvedExterns(parsePtx(text));

test('a call to a .extern .func defined elsewhere needs linking (fixture)', () => {
  const text = readFileSync(EXTERN_CALL, 'utf8');
  assert.deepEqual(both(text), ['remote_add']);
  assert.equal(needsLinking(parsePtx(text)), true);
});

test("nvcc's whole-program output needs no linking: system calls, .extern .shared, weak and forward declarations", () => {
  for (const file of ptxFiles.filter((f) => f !== EXTERN_CALL)) assert.deepEqual(both(readFileSync(file, 'utf8')), [], file);
  // features.ptx (from -rdc=true) declares vprintf, malloc, free, __assertfail, .weak functions and dynamic shared memory
  const features = readFileSync(join(PTX, 'features.ptx'), 'utf8');
  assert.match(features, /\.extern \.func\s+\(\.param \.b32 func_retval0\) vprintf/);
  assert.match(features, /\.extern \.shared/);
});

test('externs: functions without a definition here and variables outside .shared', () => {
  const call = (name: string) => `{\n.param .b32 p;\n.param .b32 r;\ncall.uni (r), ${name}, (p);\n}`;
  assert.deepEqual(both(module(`.extern .func (.param .b32 r) f(.param .b32 a);\n.visible .entry k()\n{\n${call('f')}\nret;\n}`)), ['f']);
  // declared extern, defined further down: nothing to link
  assert.deepEqual(
    both(module(`.extern .func (.param .b32 r) f(.param .b32 a);\n.visible .entry k()\n{\n${call('f')}\nret;\n}\n.visible .func (.param .b32 r) f(.param .b32 a)\n{\nst.param.b32 [r], 1;\nret;\n}`)),
    [],
  );
  assert.deepEqual(both(module('.extern .global .align 4 .b32 remote_var;\n.extern .const .b32 c1, c2[4];')), ['remote_var', 'c1', 'c2']);
  assert.deepEqual(both(module('.extern .shared .align 16 .b8 dyn[];')), []);
  assert.deepEqual(both(module('.extern .func (.param .b32 r) vprintf(.param .b64 f, .param .b64 a);\n.extern .func free(.param .b64 p);')), []);
  assert.deepEqual(both(module('.extern .global .b32 v;\n.visible .global .b32 v;')), []);
});

test('comments, strings and initializers hide no extern and invent none', () => {
  const text = module(`// .extern .func commented_line();
/* .extern .func commented_block(); { */
.file 1 "/src/{odd}.cu"
.weak .global .align 8 .u64 table[2] = {0, 0};
.visible .entry k()
{
  // } .extern .func in_body_comment();
  ret;
}
.extern .func after_all();`);
  assert.deepEqual(both(text), ['after_all']);
});

test('rdcRequested: -rdc=true, -rdc true, --relocatable-device-code, -dc; the last one wins', () => {
  assert.equal(rdcRequested([]), false);
  assert.equal(rdcRequested(['-O3', '-rdc=true']), true);
  assert.equal(rdcRequested(['-rdc', 'true']), true);
  assert.equal(rdcRequested(['--relocatable-device-code=true']), true);
  assert.equal(rdcRequested(['--relocatable-device-code', 'true']), true);
  assert.equal(rdcRequested(['-dc']), true);
  assert.equal(rdcRequested(['--device-c']), true);
  assert.equal(rdcRequested(['-rdc=false']), false);
  assert.equal(rdcRequested(['-rdc=true', '-rdc=false']), false);
  assert.equal(rdcRequested(['-rdc=false', '-dc']), true);
});

test('buildPtxasArgs: whole program by default, --compile-only when the module needs linking or nvcc made it relocatable', () => {
  const plain = parsePtx(module('.visible .entry k()\n{\nret;\n}'));
  const linked = parsePtx(readFileSync(EXTERN_CALL, 'utf8'));
  const files = { ptxFile: '/t/in.ptx', cubinFile: '/t/out.cubin', arch: 'sm_90' };
  assert.deepEqual(buildPtxasArgs({ ...files, module: plain }), { args: ['-v', '-arch=sm_90', '/t/in.ptx', '-o', '/t/out.cubin'], compileOnly: false });
  assert.deepEqual(buildPtxasArgs({ ...files, module: linked }), {
    args: ['-v', '-arch=sm_90', '--compile-only', '/t/in.ptx', '-o', '/t/out.cubin'],
    compileOnly: true,
  });
  assert.equal(buildPtxasArgs({ ...files, module: linked }).compileOnly, true);
  // the caller's decision (from its own model) wins over the scan
  assert.equal(buildPtxasArgs({ ...files, module: linked, relocatable: false }).compileOnly, false);
  assert.equal(buildPtxasArgs({ ...files, module: plain, relocatable: true }).compileOnly, true);
  // nvcc -rdc=true: ptxas compiles only, as nvcc itself would run it
  assert.equal(buildPtxasArgs({ ...files, module: plain, nvccArgs: ['-rdc=true', '--ptx'] }).compileOnly, true);
  assert.equal(buildPtxasArgs({ ...files, module: plain, nvccArgs: ['--ptx', '-lineinfo'] }).compileOnly, false);
});
