/** compile_commands.json handling and the nvcc argument list. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  archsFromValue,
  buildNvccArgs,
  findCompileCommands,
  flagsFromEntry,
  parseCompileCommands,
  splitCommandLine,
} from '../../../server/src/toolchain/flags';
import { settings } from './helpers';

test('splitCommandLine honours quotes and escapes, never a shell', () => {
  assert.deepEqual(splitCommandLine(`nvcc -DNAME="a b" '-I/x y' -DQ=\\"q\\" a\\ b.cu  $(rm -rf /) ; echo`), [
    'nvcc', '-DNAME=a b', '-I/x y', '-DQ="q"', 'a b.cu', '$(rm', '-rf', '/)', ';', 'echo',
  ]);
  assert.deepEqual(splitCommandLine(`"" x "a\\"b"`), ['', 'x', 'a"b']);
});

test('CMake-style command: keeps includes/defines/std/arch, drops host-only flags, resolves paths', () => {
  const entry = {
    directory: '/proj/build',
    file: '/proj/src/k.cu',
    command:
      '/usr/local/cuda/bin/nvcc -forward-unknown-to-host-compiler -DUSE_X -DVAL=3 -UOLD -I/proj/include -I../third_party -isystem=/opt/cub ' +
      '-isystem /opt/sys -O3 -DNDEBUG -std=c++17 "--generate-code=arch=compute_86,code=[compute_86,sm_86]" -Xcompiler=-fPIC -Xcompiler -Wall ' +
      '--compiler-bindir /usr/bin/g++-12 -ccbin gcc -MD -MT CMakeFiles/k.o -MF CMakeFiles/k.o.d -x cu --expt-relaxed-constexpr -c /proj/src/k.cu -o CMakeFiles/k.o',
  };
  const f = flagsFromEntry(entry);
  assert.deepEqual(f.flags, [
    '-DUSE_X', '-DVAL=3', '-UOLD', '-I', '/proj/include', '-I', '/proj/third_party', '-isystem', '/opt/cub', '-isystem', '/opt/sys',
    '-DNDEBUG', '-std=c++17', '-x', 'cu', '--expt-relaxed-constexpr',
  ]);
  assert.deepEqual(f.archs, ['sm_86']);
});

test('arguments form, -arch / --gpu-architecture / -gencode values', () => {
  const f = flagsFromEntry({ directory: '/d', file: 'a.cu', arguments: ['nvcc', '-arch', 'sm_80', '--gpu-architecture=sm_90a', '-gencode', 'arch=compute_100,code=sm_100', '-D', 'X', 'a.cu'] });
  assert.deepEqual(f.archs, ['sm_80', 'sm_90a', 'sm_100']);
  assert.deepEqual(f.flags, ['-D', 'X']);
  assert.deepEqual(archsFromValue('compute_75'), ['sm_75']);
});

test('relocatable device code is kept: -rdc=true / -rdc true as given, -dc and --device-c as -rdc=true (no object output)', () => {
  const flags = (...argv: string[]) => flagsFromEntry({ directory: '/d', file: 'a.cu', arguments: ['nvcc', ...argv, 'a.cu'] }).flags;
  assert.deepEqual(flags('-rdc=true', '-c'), ['-rdc=true']);
  assert.deepEqual(flags('-rdc', 'true'), ['-rdc', 'true']);
  assert.deepEqual(flags('--relocatable-device-code=true'), ['--relocatable-device-code=true']);
  assert.deepEqual(flags('-dc', '-o', 'a.o'), ['-rdc=true']);
  assert.deepEqual(flags('--device-c'), ['-rdc=true']);
});

test('response files (--options-file, @file) are spliced in, relative to the entry directory', () => {
  const files: Record<string, string> = { '/b/includes_CUDA.rsp': '-I"../inc dir" -isystem /opt/x', '/b/defs.rsp': '-DFROM_RSP' };
  const f = flagsFromEntry({ directory: '/b', file: 'k.cu', arguments: ['nvcc', '--options-file', 'includes_CUDA.rsp', '@defs.rsp', '@missing.rsp', '-c', 'k.cu'] }, (p) => files[p]);
  assert.deepEqual(f.flags, ['-I', '/inc dir', '-isystem', '/opt/x', '-DFROM_RSP']);
});

test('buildNvccArgs: settings, then entry flags; always --ptx -lineinfo, one -arch, deps in the same run', () => {
  const base = { sourceFile: '/s/k.cu', outputPtx: '/t/out.ptx', depFile: '/t/deps.d' };
  assert.deepEqual(buildNvccArgs({ ...base, settings: settings({ arch: 'sm_90', extraArgs: ['-std=c++20', '-DX'] }) }).args, [
    '-std=c++20', '-DX', '-arch=sm_90', '--ptx', '-lineinfo', '-Xcompiler', '-MD,-MF,/t/deps.d', '-o', '/t/out.ptx', '/s/k.cu',
  ]);
  // untrusted: extraArgs ignored
  assert.deepEqual(buildNvccArgs({ ...base, settings: settings({ extraArgs: ['-DX'], trusted: false }) }).args.slice(0, 1), ['-arch=sm_90']);
  // entry wins over extraArgs; the setting's arch is chosen if the entry lists it, else the newest
  const entry = { flags: ['-I', '/inc'], archs: ['sm_80', 'sm_86'] };
  const withEntry = buildNvccArgs({ ...base, entry, settings: settings({ arch: 'sm_90', extraArgs: ['-DX'] }) });
  assert.equal(withEntry.arch, 'sm_86');
  assert.deepEqual(withEntry.args.slice(0, 3), ['-I', '/inc', '-arch=sm_86']);
  assert.equal(buildNvccArgs({ ...base, entry, settings: settings({ arch: 'sm_80' }) }).arch, 'sm_80');
  // override, include-first dir for temp copies, trailing args, nvcc-mode deps
  const o = buildNvccArgs({ ...base, depMode: 'nvcc', archOverride: 'sm_100a', quoteDirs: ['/orig dir'], trailingArgs: ['-G'], settings: settings() });
  // (-G carries its own line info: no -lineinfo beside it)
  assert.deepEqual(o.args, ['-I', '/orig dir', '-arch=sm_100a', '-G', '--ptx', '-MD', '-MF', '/t/deps.d', '-o', '/t/out.ptx', '/s/k.cu']);
  // quote-only include dirs go to the host preprocessor as -iquote (a comma forces -I)
  assert.deepEqual(buildNvccArgs({ ...base, quoteDirs: ['/orig/dir'], settings: settings() }).args.slice(0, 2), ['-Xcompiler', '-iquote,/orig/dir']);
  // nvcc re-splits -Xcompiler values on commas and spaces: such paths use nvcc's own options
  assert.deepEqual(buildNvccArgs({ ...base, quoteDirs: ['/a,b'], settings: settings() }).args.slice(0, 2), ['-I', '/a,b']);
  assert.deepEqual(buildNvccArgs({ ...base, quoteDirs: ['/orig dir ü'], settings: settings() }).args.slice(0, 2), ['-I', '/orig dir ü']);
  assert.deepEqual(buildNvccArgs({ ...base, depFile: '/tmp dir/deps.d', settings: settings() }).args.slice(-6, -3), ['-MD', '-MF', '/tmp dir/deps.d']);
  // a header opened on its own is compiled as CUDA
  assert.deepEqual(buildNvccArgs({ ...base, sourceFile: '/s/k.cuh', settings: settings() }).args, [
    '-arch=sm_90', '--ptx', '-lineinfo', '-x', 'cu', '-Xcompiler', '-MD,-MF,/t/deps.d', '-o', '/t/out.ptx', '/s/k.cuh',
  ]);
  assert.equal(buildNvccArgs({ ...base, sourceFile: '/s/k.cuh', settings: settings({ extraArgs: ['-x', 'cu'] }) }).args.filter((a) => a === '-x').length, 1);
  assert.ok(buildNvccArgs({ ...base, depFile: '/t,x/d.d', settings: settings() }).args.includes('-MF'));
});

test('compile_commands.json: explicit path, else root, else build/; malformed files are ignored', () => {
  const root = mkdtempSync(join(tmpdir(), 'ptx-lens-cc-'));
  try {
    mkdirSync(join(root, 'build'));
    mkdirSync(join(root, 'src'));
    const file = join(root, 'src', 'k.cu');
    writeFileSync(join(root, 'build', 'compile_commands.json'), JSON.stringify([{ directory: join(root, 'build'), file: '../src/k.cu', arguments: ['nvcc', '-I../inc', '-arch=sm_89', '-c', '../src/k.cu'] }]));
    const found = findCompileCommands(file, '', root);
    assert.deepEqual(found?.flags, ['-I', join(root, 'inc')]);
    assert.deepEqual(found?.archs, ['sm_89']);
    assert.equal(found?.database, join(root, 'build', 'compile_commands.json'));
    writeFileSync(join(root, 'custom.json'), JSON.stringify([{ directory: root, file: 'src/k.cu', command: 'nvcc -DCUSTOM src/k.cu' }]));
    assert.deepEqual(findCompileCommands(file, 'custom.json', root)?.flags, ['-DCUSTOM']);
    assert.equal(findCompileCommands(join(root, 'other.cu'), '', root), undefined);
    writeFileSync(join(root, 'compile_commands.json'), '{ not json');
    assert.deepEqual(findCompileCommands(file, '', root)?.archs, ['sm_89']);
    assert.deepEqual(parseCompileCommands('[{"directory": 1}, {"directory": "/", "file": "x", "command": "cc"}]').length, 1);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
