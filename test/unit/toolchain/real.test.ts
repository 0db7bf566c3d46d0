/**
 * Against the real nvcc and ptxas (skipped LOUDLY where they are not installed): line maps,
 * register counts equal to what ptxas -v prints, inlining, header kernels, errors, the cache,
 * relocatable modules (calls into another module) assembled with --compile-only.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompileService } from '../../../server/src/toolchain/compileService';
import { listArchs } from '../../../server/src/toolchain/discovery';
import { parsePtxasVerbose } from '../../../server/src/toolchain/ptxasInfo';
import { toolProcessesStarted } from '../../../server/src/toolchain/run';
import type { CompileOk, CompileResult } from '../../../server/src/toolchain/types';
import { CUDA, FIXTURES, NO_NVCC, realToolchain, settings } from './helpers';

const service = new CompileService();
const scratch = mkdtempSync(join(tmpdir(), 'ptx-lens-real-'));
after(() => {
  service.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

const skip = NO_NVCC;
if (skip) console.error('real.test.ts: nvcc not installed — every test in this file is SKIPPED');

async function compileOk(file: string, text?: string): Promise<CompileOk> {
  const r: CompileResult = await service.compile({ key: file, file, text, settings: settings({ arch: 'sm_90' }) });
  assert.equal(r.kind, 'ok', JSON.stringify(r.diagnostics));
  return r as CompileOk;
}

const ptxLine = (r: CompileOk, n: number): string => r.ptx.split('\n')[n - 1];
const lineNumberOf = (file: string, needle: string): number => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

test('saxpy.cu compiles; y[i] = a * x[i] + y[i] maps to ld.global, fma.rn.f32, st.global', { skip }, async () => {
  const file = join(CUDA, 'saxpy.cu');
  const r = await compileOk(file);
  const line = lineNumberOf(file, 'y[i] = a * x[i] + y[i];');
  const ptx = r.lineMap.bySource[file][line].map((n) => ptxLine(r, n)).join('\n');
  assert.match(ptx, /ld\.global/);
  assert.match(ptx, /fma\.rn\.f32/);
  assert.match(ptx, /st\.global/);
  const saxpy = r.kernels.find((k) => k.baseName === 'saxpy')!;
  assert.equal(saxpy.name, 'saxpy(int, float, float const*, float*)');
  assert.equal(saxpy.sourceLine, lineNumberOf(file, '__global__ void saxpy'));
  assert.match(ptxLine(r, saxpy.ptxRange.startLine), /\.entry _Z5saxpyifPKfPf/);
  assert.equal(ptxLine(r, saxpy.ptxRange.endLine), '}');
  assert.ok(saxpy.instructions > 10);
  // template instantiations are listed separately, each with its own figures
  const fills = r.kernels.filter((k) => k.baseName === 'fill');
  assert.deepEqual(fills.map((k) => k.name).sort(), ['void fill<float>(float*, float, int)', 'void fill<int>(int*, int, int)']);
  assert.ok(fills.every((k) => k.resourcesKnown && k.registers > 0));
  assert.deepEqual(r.diagnostics, [{ file, diagnostics: [] }]);
  assert.equal(r.nvccVersion.split('.').length, 3);
});

test('register counts equal what ptxas -v prints for that PTX', { skip }, async () => {
  // ptxas run independently of the service, on the same PTX
  const independentPtxas = (r: CompileOk, name: string): string => {
    const ptxFile = join(scratch, name);
    writeFileSync(ptxFile, r.ptx);
    return spawnSync(realToolchain!.ptxas!, ['-v', `-arch=${r.arch}`, ptxFile, '-o', join(scratch, 'r.cubin')], { encoding: 'utf8' }).stderr;
  };
  let stderr = '';
  let r!: CompileOk;
  for (const name of ['saxpy.cu', 'resources.cu']) {
    r = await compileOk(join(CUDA, name));
    stderr = independentPtxas(r, name + '.ptx');
    const independent = [...stderr.matchAll(/Compiling entry function '([^']+)'[\s\S]*?Used (\d+) registers/g)].map((m) => [m[1], Number(m[2])] as const);
    assert.ok(independent.length >= 2);
    for (const [mangled, regs] of independent) {
      const k = r.kernels.find((x) => x.mangledName === mangled);
      assert.equal(k?.registers, regs, `${name}: ${mangled}`);
    }
  }
  const ref = parsePtxasVerbose(stderr);
  const useHelper = r.kernels.find((k) => k.baseName === 'use_helper')!;
  assert.equal(useHelper.sharedBytes, ref.get(useHelper.mangledName)!.sharedBytes);
  assert.equal(useHelper.sharedBytes, 1024);
  assert.equal(useHelper.barriers, 1);
  const spill = r.kernels.find((k) => k.baseName === 'spill')!;
  assert.ok(spill.stackBytes > 0);
  const noinl = r.kernels.find((k) => k.baseName === 'noinl')!;
  assert.equal(noinl.isEntry, false);
});

test("an inlined __device__ helper's lines are attributed to the caller's line", { skip }, async () => {
  const file = join(CUDA, 'inlined.cu');
  const r = await compileOk(file);
  const helperLine = lineNumberOf(file, 'float s = v[i] * v[i]');
  const callLine = lineNumberOf(file, 'out[i] = rsqrt_norm(v, 2 * i);');
  const helperPtx = r.lineMap.bySource[file][helperLine];
  assert.ok(helperPtx?.length, 'the helper line has PTX');
  const callerPtx = new Set(r.lineMap.bySource[file][callLine]);
  for (const n of helperPtx) {
    assert.ok(callerPtx.has(n), `PTX line ${n} (${ptxLine(r, n)}) is attributed to the call on line ${callLine}`);
    assert.deepEqual(r.lineMap.byPtx[n].inlinedAt.map((s) => s.line), [callLine]);
  }
  assert.match(r.lineMap.bySource[file][lineNumberOf(file, 'return rsqrtf(s);')].map((n) => ptxLine(r, n)).join('\n'), /rsqrt/);
  assert.equal(r.kernels.length, 1); // the helper was inlined: no .func
});

test('a kernel in a .cuh included by the .cu maps into the header, not onto the .cu', { skip }, async () => {
  const file = join(CUDA, 'with_header.cu');
  const header = join(CUDA, 'header_kernels.cuh');
  const r = await compileOk(file);
  const k = r.kernels.find((x) => x.baseName === 'from_header')!;
  assert.equal(k.sourceFile, header);
  for (let n = k.ptxRange.startLine; n <= k.ptxRange.endLine; n++) {
    const src = r.lineMap.byPtx[n];
    if (src) assert.equal(src.file, header, `PTX line ${n}`);
  }
  const hdrLine = lineNumberOf(header, 'out[i] = twice(out[i]) * 3.0f;');
  assert.ok(r.lineMap.bySource[header][hdrLine].some((n) => /st\.global/.test(ptxLine(r, n))));
  // the .cu's map only holds the .cu's own kernel
  const own = r.kernels.find((x) => x.baseName === 'in_cu')!;
  for (const list of Object.values(r.lineMap.bySource[file])) for (const n of list) assert.ok(n >= own.ptxRange.startLine && n <= own.ptxRange.endLine);
});

test('a header opened on its own compiles as CUDA, without a "#pragma once" warning', { skip }, async () => {
  const header = join(CUDA, 'header_kernels.cuh');
  const r = await compileOk(header);
  assert.deepEqual(r.kernels.map((k) => k.baseName), ['from_header']);
  assert.deepEqual(r.diagnostics, [{ file: header, diagnostics: [] }]);
});

test("a ptxas error about a kernel lands on the kernel's line, figures still come", { skip }, async () => {
  const file = join(CUDA, 'too_much_shared.cu');
  const r = await compileOk(file);
  const d = r.diagnostics.flatMap((g) => g.diagnostics).find((x) => x.source === 'ptxas')!;
  assert.equal(d.line, lineNumberOf(file, '__global__ void big'));
  assert.equal(d.severity, 'error');
  assert.match(d.message, /Entry function 'big\(float\*\)' uses too much shared data/);
  assert.match(r.ptxasMessage ?? '', /ptxas exited with code/);
  assert.equal(r.kernels[0].sharedBytes, 80_000);  // the same PTX as a document: the message goes on the .entry line
  const doc = await service.checkPtx({ key: 'big.ptx', file: '/virtual/big.ptx', text: r.ptx, settings: settings() });
  assert.equal(doc.kind, 'ok');
  if (doc.kind !== 'ok') return;
  assert.equal(doc.diagnostics[0].diagnostics[0].line, r.kernels[0].ptxRange.startLine);
});

test("a broken .cu gives nvcc's error on the right line", { skip }, async () => {
  const file = join(CUDA, 'broken.cu');
  const r = await service.compile({ key: file, file, settings: settings() });
  assert.equal(r.kind, 'error');
  if (r.kind !== 'error') return;
  assert.equal(r.reason, 'compile-error');
  const ds = r.diagnostics.find((g) => g.file === file)!.diagnostics;
  const undef = ds.find((d) => /undefined_symbol/.test(d.message))!;
  assert.equal(undef.line, lineNumberOf(file, 'undefined_symbol * 2.0f'));
  assert.equal(undef.column, readFileSync(file, 'utf8').split('\n')[undef.line - 1].indexOf('undefined_symbol') + 1);
  assert.equal(undef.severity, 'error');
  assert.ok(ds.some((d) => d.severity === 'error' && /expected a ";"/.test(d.message) && d.line === 14));
  assert.ok(ds.some((d) => d.severity === 'warning' && d.code === '177-D' && d.line === 5));
});

test('unsaved text (temp copy), with and without spaces and non-ASCII in the path, includes a neighbour header', { skip }, async () => {
  // plain folder: `-Xcompiler -iquote,<dir>`; spaces: `-I <dir>` (nvcc re-splits -Xcompiler values)
  for (const name of ['plain_dir', 'dir with spaces ü']) {
    const dir = join(scratch, name);
    mkdirSync(dir);
    copyFileSync(join(CUDA, 'header_kernels.cuh'), join(dir, 'header_kernels.cuh'));
    const file = join(dir, 'mein kernel.cu');
    writeFileSync(file, '// on disk\n');
    const text = readFileSync(join(CUDA, 'with_header.cu'), 'utf8');
    const r = await compileOk(file, text);
    assert.deepEqual(Object.keys(r.lineMap.bySource).sort(), [join(dir, 'header_kernels.cuh'), file].sort());
    assert.ok(r.kernels.some((k) => k.sourceFile === file));
    assert.equal(r.nvccArgs.includes(`-iquote,${dir}`), name === 'plain_dir');
  }
});

test('cache: a hit starts no process and answers with the stored result; editing an included header invalidates it', { skip }, async () => {
  const dir = join(scratch, 'cache');
  mkdirSync(dir);
  const header = join(dir, 'header_kernels.cuh');
  copyFileSync(join(CUDA, 'header_kernels.cuh'), header);
  const file = join(dir, 'with_header.cu');
  copyFileSync(join(CUDA, 'with_header.cu'), file);
  const first = await compileOk(file);
  assert.equal(first.fromCache, false);
  const [processes, nvccRuns] = [toolProcessesStarted(), service.nvccRuns];
  const hit = await compileOk(file);
  assert.equal(hit.fromCache, true);
  assert.equal(toolProcessesStarted() - processes, 0, 'no nvcc, ptxas, c++filt or nvcc --version for a hit');
  assert.equal(service.nvccRuns, nvccRuns);
  // the stored result itself, not a recomputed copy (its speed is measured by the bench: bench/toolchain.ts)
  assert.equal(hit.kernels, first.kernels);
  assert.equal(hit.lineMap, first.lineMap);
  assert.equal(hit.ptx, first.ptx);
  // same content, new mtime: still a hit (content hash), once the hashes are in
  await service.idle();
  writeFileSync(header, readFileSync(header));
  assert.equal((await compileOk(file)).fromCache, true);
  writeFileSync(header, readFileSync(header, 'utf8').replace('* 3.0f', '* 5.0f'));
  const changed = await compileOk(file);
  assert.equal(changed.fromCache, false);
  assert.match(changed.ptx, /0f40A00000/); // 5.0f
});

test('listArchs from nvcc --list-gpu-code / --list-gpu-arch', { skip }, async () => {
  const archs = await listArchs(realToolchain!.nvcc);
  assert.ok(archs.real.includes('sm_90'), archs.real.join());
  assert.ok(archs.virtual.includes('compute_90'));
});

test('checkPtx: a PTX document assembled by ptxas, errors on its own lines, figures per function', { skip }, async () => {
  const good = await service.checkPtx({ key: 'ptx-doc', file: '/virtual/doc.ptx', text: readFileSync(join(CUDA, 'captured', 'resources.ptx'), 'utf8'), settings: settings() });
  assert.equal(good.kind, 'ok');
  if (good.kind !== 'ok') return;
  assert.equal(good.assembled, true);
  assert.equal(good.compileOnly, false); // vprintf is ptxas's own: a whole program, with whole-program figures
  assert.equal(good.arch, 'sm_90');
  assert.deepEqual(good.kernels.map((k) => [k.baseName, k.isEntry, k.resourcesKnown]), [
    ['noinl', false, false],
    ['use_helper', true, true],
    ['spill', true, true],
  ]);
  assert.equal(good.kernels[1].sharedBytes, 1024);
  const text = readFileSync(join(CUDA, 'captured', 'resources.ptx'), 'utf8').replace('ret;', 'bogus.op %r1;\n\tret;');
  const badLine = text.split('\n').findIndex((l) => l.includes('bogus.op')) + 1;
  const bad = await service.checkPtx({ key: 'ptx-doc', file: '/virtual/doc.ptx', text, settings: settings() });
  assert.equal(bad.kind, 'ok');
  if (bad.kind !== 'ok') return;
  assert.equal(bad.assembled, false);
  assert.deepEqual(bad.diagnostics.map((g) => g.file), ['/virtual/doc.ptx']);
  assert.ok(bad.diagnostics[0].diagnostics.every((d) => d.line === badLine && d.source === 'ptxas' && d.severity === 'error'), JSON.stringify(bad.diagnostics));
  const again = await service.checkPtx({ key: 'ptx-doc', file: '/virtual/doc.ptx', text, settings: settings() });
  assert.ok(again.kind === 'ok' && again.fromCache);
});

test('compile_commands.json flags are used (defines, includes, arch); ignored when untrusted', { skip }, async () => {
  const root = join(scratch, 'cc project');
  mkdirSync(join(root, 'build'), { recursive: true });
  mkdirSync(join(root, 'inc'));
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'inc', 'scale.cuh'), '#pragma once\n__device__ inline float scaled(float v) { return v * SCALE; }\n');
  const file = join(root, 'src', 'k.cu');
  writeFileSync(file, '#include "scale.cuh"\n__global__ void k(float *p)\n{\n    p[threadIdx.x] = scaled(p[threadIdx.x]);\n}\n');
  writeFileSync(
    join(root, 'build', 'compile_commands.json'),
    JSON.stringify([{ directory: join(root, 'build'), file: '../src/k.cu', command: `nvcc -DSCALE=7.0f -I../inc "-gencode=arch=compute_80,code=sm_80" -Xcompiler=-fPIC -O3 -c ../src/k.cu -o k.o` }]),
  );
  const r = await service.compile({ key: 'cc', file, settings: settings({ arch: 'sm_90' }), workspaceRoot: root });
  assert.equal(r.kind, 'ok', JSON.stringify(r.diagnostics));
  if (r.kind !== 'ok') return;
  assert.equal(r.arch, 'sm_80');
  assert.match(r.ptx, /0f40E00000/); // 7.0f
  assert.ok(r.nvccArgs.includes('-DSCALE=7.0f') && !r.nvccArgs.includes('-O3') && !r.nvccArgs.includes('-fPIC'));
  assert.ok(r.lineMap.bySource[join(root, 'inc', 'scale.cuh')], 'the header from -I../inc is in the line map');
  assert.deepEqual(r.includes, [join(root, 'inc', 'scale.cuh')]);
  const untrusted = await service.compile({ key: 'cc', file, settings: settings({ arch: 'sm_90', trusted: false }), workspaceRoot: root });
  assert.equal(untrusted.kind, 'error'); // no -I / -D from the workspace: the include is not found
});

const EXTERN_CALL = join(FIXTURES, 'ptx', 'relocatable', 'extern_call.ptx');

test('checkPtx: a module calling a .extern .func defined elsewhere is assembled with --compile-only: no error, figures', { skip }, async () => {
  const text = readFileSync(EXTERN_CALL, 'utf8');
  const r = await service.checkPtx({ key: 'extern-call', file: EXTERN_CALL, text, settings: settings() });
  assert.equal(r.kind, 'ok', JSON.stringify(r));
  if (r.kind !== 'ok') return;
  assert.equal(r.compileOnly, true);
  assert.equal(r.assembled, true);
  assert.deepEqual(r.diagnostics, [{ file: EXTERN_CALL, diagnostics: [] }]);
  assert.deepEqual(r.kernels.map((k) => [k.name, k.isEntry, k.resourcesKnown]), [['add_one', true, true]]);
  assert.ok(r.kernels[0].registers > 0);
});

test('…which ptxas as a whole program rejects: "Unresolved extern function" (directly, and through checkPtx told not to link)', { skip }, async () => {
  const plain = spawnSync(realToolchain!.ptxas!, ['-v', '-arch=sm_90', EXTERN_CALL, '-o', join(scratch, 'extern.cubin')], { encoding: 'utf8' });
  assert.notEqual(plain.status, 0);
  assert.match(plain.stderr, /Unresolved extern function 'remote_add'/);
  const text = readFileSync(EXTERN_CALL, 'utf8');
  const forced = await service.checkPtx({ key: 'extern-call-whole', file: EXTERN_CALL, text, settings: settings(), relocatable: false });
  assert.equal(forced.kind, 'ok');
  if (forced.kind !== 'ok') return;
  assert.equal(forced.compileOnly, false);
  assert.equal(forced.assembled, false);
  assert.match(forced.diagnostics[0].diagnostics.map((d) => d.message).join('\n'), /Unresolved extern function 'remote_add'/);
});

test('nvcc -rdc=true: a kernel calling an extern __device__ function compiles; ptxas compiles only, without an error', { skip }, async () => {
  const file = join(scratch, 'rdc_call.cu');
  writeFileSync(file, 'extern __device__ int remote_add(int a);\n\n__global__ void add_one(int *p)\n{\n    p[threadIdx.x] = remote_add(p[threadIdx.x]);\n}\n');
  const r = await service.compile({ key: file, file, settings: settings({ arch: 'sm_90', extraArgs: ['-rdc=true'] }) });
  assert.equal(r.kind, 'ok', JSON.stringify(r.diagnostics));
  if (r.kind !== 'ok') return;
  assert.ok(r.nvccArgs.includes('-rdc=true'));
  assert.match(r.ptx, /\.extern \.func .*_Z10remote_addi/);
  assert.equal(r.ptxasCompileOnly, true);
  assert.equal(r.ptxasMessage, undefined);
  assert.deepEqual(r.diagnostics, [{ file, diagnostics: [] }]);
  const k = r.kernels.find((x) => x.baseName === 'add_one')!;
  assert.equal(k.resourcesKnown, true);
  assert.ok(k.registers > 0);
});

test('nvcc -rdc=true alone (nothing extern but vprintf) means compile-only figures, as the real build gets them', { skip }, async () => {
  const file = join(CUDA, 'resources.cu');
  const r = await service.compile({ key: 'rdc-resources', file, settings: settings({ arch: 'sm_90', extraArgs: ['-rdc=true'] }) });
  assert.equal(r.kind, 'ok', JSON.stringify(r.diagnostics));
  if (r.kind !== 'ok') return;
  assert.equal(r.ptxasCompileOnly, true);
  const ptxFile = join(scratch, 'rdc_resources.ptx');
  writeFileSync(ptxFile, r.ptx);
  const figures = (...mode: string[]) => {
    const run = spawnSync(realToolchain!.ptxas!, ['-v', ...mode, `-arch=${r.arch}`, ptxFile, '-o', join(scratch, 'rdc.cubin')], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return r.kernels.filter((k) => k.isEntry).map((k) => [k.baseName, parsePtxasVerbose(run.stderr).get(k.mangledName)?.registers]);
  };
  const ours = r.kernels.filter((k) => k.isEntry).map((k) => [k.baseName, k.registers]);
  assert.deepEqual(ours, figures('--compile-only'));
  assert.notDeepEqual(ours, figures()); // (whole-program figures differ here: the check can fail)
});
