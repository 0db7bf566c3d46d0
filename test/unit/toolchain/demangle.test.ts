/** Demangling through c++filt, base names, and dependency files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Demangler, baseName, demangleOneSync, looksMangled } from '../../../server/src/toolchain/demangle';
import { parseDepFile } from '../../../server/src/toolchain/deps';
import { whichSync } from '../../../server/src/toolchain/discovery';
import { toolProcessesStarted } from '../../../server/src/toolchain/run';
import { captured } from './helpers';

const cxxfilt = whichSync('c++filt', process.env.PATH);

test('batch demangling with c++filt, cached', { skip: cxxfilt ? false : 'c++filt not installed' }, async () => {
  const d = new Demangler();
  const names = ['_Z4fillIfEvPT_S0_i', '_Z5saxpyifPKfPf', 'vprintf', '_ZN2ns6kernelEv'];
  const first = toolProcessesStarted();
  const m = await d.demangle(names);
  assert.equal(toolProcessesStarted() - first, 1, 'one c++filt for the batch');
  assert.deepEqual([...(m ?? [])], [
    ['vprintf', 'vprintf'],
    ['_Z4fillIfEvPT_S0_i', 'void fill<float>(float*, float, int)'],
    ['_Z5saxpyifPKfPf', 'saxpy(int, float, float const*, float*)'],
    ['_ZN2ns6kernelEv', 'ns::kernel()'],
  ]);
  const started = toolProcessesStarted();
  assert.deepEqual(await d.demangle(names), m);
  assert.equal(toolProcessesStarted(), started, 'second call is served from the cache: no c++filt');
});

test('missing c++filt: quietly undefined', async () => {
  const d = new Demangler({ cxxfilt: '/nonexistent/c++filt' });
  assert.equal(await d.demangle(['_Z1kv']), undefined);
  assert.deepEqual([...((await d.demangle(['plain'])) ?? [])], [['plain', 'plain']]);
});

test('baseName strips return type, template arguments and parameters', () => {
  assert.equal(baseName('void fill<float>(float*, float, int)'), 'fill');
  assert.equal(baseName('saxpy(int, float, float const*, float*)'), 'saxpy');
  assert.equal(baseName('ns::kernel()'), 'ns::kernel');
  assert.equal(baseName('void ns::k<(int)4, Foo<int> >(Foo<int>*)'), 'ns::k');
  assert.equal(baseName('vprintf'), 'vprintf');
  assert.ok(looksMangled('_Z1kv') && !looksMangled('k'));
});

test('dependency file: escaped spaces, continuations, relative paths', () => {
  const deps = parseDepFile(captured('deps-host.d'), '/tmp/tc');
  assert.equal(deps[0], '/tmp/tc/sp ace ü/saxpy.cu');
  assert.equal(deps[deps.length - 1], '/tmp/tc/sp ace ü/helpers.cuh');
  assert.ok(deps.includes('/usr/include/c++/12/initializer_list'));
  assert.ok(deps.length > 100);
  assert.deepEqual(parseDepFile('o.ptx : a.cu \\\r\n  b$$.h\n', '/w'), ['/w/a.cu', '/w/b$.h']);
});

test('synchronous variants for synchronous callers (document symbols)', { skip: cxxfilt ? false : 'c++filt not installed' }, () => {
  const d = new Demangler();
  assert.equal(d.cached('_Z1kv'), undefined);
  assert.deepEqual([...(d.demangleSync(['_Z1kv', 'plain']) ?? [])], [['plain', 'plain'], ['_Z1kv', 'k()']]);
  assert.equal(d.cached('_Z1kv'), 'k()');
  assert.equal(demangleOneSync('_Z5saxpyifPKfPf'), 'saxpy(int, float, float const*, float*)');
  assert.equal(demangleOneSync('vprintf'), undefined);
  assert.equal(new Demangler({ cxxfilt: '/nonexistent/c++filt' }).demangleSync(['_Z1kv']), undefined);
});
