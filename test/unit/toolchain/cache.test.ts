/** The result cache: header validation by stat, then by content hash; LRU eviction. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isSystemPath, LruMap, ResultCache, sha256, statDeps, TEXT_CHUNK, writeText } from '../../../server/src/toolchain/cache';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

test('a touched header with the same content still hits; a changed one misses; a deleted one misses', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-cache-'));
  try {
    const h = join(dir, 'a.cuh');
    writeFileSync(h, 'int a;');
    const cache = new ResultCache<string>(4);
    cache.set('k', 'value', statDeps([h]));
    assert.equal(await cache.get('k'), 'value');
    // once the background content hash is in, touch the header
    await cache.hashed();
    utimesSync(h, new Date(), new Date(Date.now() + 5000));
    assert.equal(await cache.get('k'), 'value');
    writeFileSync(h, 'int b;');
    utimesSync(h, new Date(), new Date(Date.now() + 10000));
    assert.equal(await cache.get('k'), undefined);
    cache.set('k2', 'v2', statDeps([h]));
    rmSync(h);
    assert.equal(await cache.get('k2'), undefined);
    cache.set('k3', 'v3', statDeps([join(dir, 'never-existed.h')]));
    assert.equal(await cache.get('k3'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('least recently used entries are evicted first', async () => {
  const cache = new ResultCache<number>(2);
  cache.set('a', 1, Promise.resolve([]));
  cache.set('b', 2, Promise.resolve([]));
  assert.equal(await cache.get('a'), 1); // a is now the most recent
  cache.set('c', 3, Promise.resolve([]));
  assert.equal(await cache.get('b'), undefined);
  assert.equal(await cache.get('a'), 1);
  assert.equal(cache.size, 2);
  const lru = new LruMap<string, number>(1);
  lru.set('x', 1);
  lru.set('y', 2);
  assert.deepEqual([lru.get('x'), lru.get('y')], [undefined, 2]);
});

test('system and toolkit headers are recognised (stat is enough for them)', () => {
  assert.ok(isSystemPath('/usr/include/stdio.h'));
  assert.ok(isSystemPath('/usr/local/cuda-13.0/targets/x86_64-linux/include/cuda_runtime.h'));
  assert.ok(isSystemPath('C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v13.0\\include\\cuda.h'));
  assert.ok(!isSystemPath('/home/me/proj/k.cuh'));
});

test('large texts are hashed and written in chunks with the same bytes as whole, surrogate pairs intact', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptx-lens-chunks-'));
  try {
    // A pair straddling every chunk boundary, and plain ASCII around it.
    const unit = 'x'.repeat(TEXT_CHUNK - 1) + '\u{1F600}';
    for (const text of ['', 'short', unit.repeat(3), 'a'.repeat(TEXT_CHUNK * 2 + 5)]) {
      assert.equal(sha256('head', text), createHash('sha256').update('head').update(text).digest('hex'));
      const path = join(dir, 'out.txt');
      await writeText(path, text);
      assert.equal(readFileSync(path, 'utf8'), text);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
