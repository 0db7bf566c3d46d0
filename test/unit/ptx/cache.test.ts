import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePtx, PtxModelCache } from '../../../server/src/ptx';

describe('PtxModelCache', () => {
  it('parses each uri+version once and evicts the least recently used', () => {
    let parses = 0;
    const cache = new PtxModelCache(2, (text) => {
      parses++;
      return parsePtx(text);
    });
    const a1 = cache.get('a', 1, () => '.version 8.0');
    assert.equal(cache.get('a', 1, () => assert.fail('text read again')), a1);
    assert.equal(parses, 1);
    const a2 = cache.get('a', 2, () => '.version 8.1');
    assert.notEqual(a2, a1);
    assert.equal(a2.version, '8.1');
    cache.get('b', 1, () => '');
    cache.get('a', 2, () => assert.fail('still cached'));
    cache.get('c', 1, () => '');
    assert.equal(cache.size, 2);
    cache.get('b', 1, () => '');
    assert.equal(parses, 5, 'b was evicted and parsed again');
    cache.delete('b');
    assert.equal(cache.size, 1);
  });
});

describe('PtxModelCache.prepare', () => {
  const text = `.version 8.5\n.target sm_90\n.address_size 64\n${'.visible .entry k(.param .u64 p)\n{\n\tret;\n}\n'.repeat(3000)}`;

  it('parses in the background, between other callbacks, to the model a parse in one go gives', async () => {
    const cache = new PtxModelCache(4, () => assert.fail('prepare parses by itself'));
    const log: string[] = [];
    const ticker = setInterval(() => log.push('tick'), 0);
    await cache.prepare('a', 1, () => text, async () => void log.push('gave way'));
    clearInterval(ticker);
    const model = cache.peek('a', 1);
    assert.ok(model, 'the model is kept');
    assert.equal(model.functions.length, 3000);
    assert.deepEqual(model.stmtStart, parsePtx(text).stmtStart);
    assert.equal(cache.get('a', 1, () => assert.fail('not parsed again')), model);
  });

  it('a get while the parse runs finishes it at once, and the background run stops', async () => {
    const cache = new PtxModelCache(4, () => assert.fail('the started parse is finished, not a new one'));
    let slices = 0;
    const running = cache.prepare('a', 1, () => text, async () => void slices++);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    const model = cache.get('a', 1, () => assert.fail('text read again'));
    assert.equal(model.functions.length, 3000);
    await running;
    assert.equal(cache.peek('a', 1), model, 'the finished model stays');
  });

  it('a newer version or a closed document stops an older parse', async () => {
    const cache = new PtxModelCache(4);
    const old = cache.prepare('a', 1, () => text);
    cache.delete('a');
    await old;
    assert.equal(cache.peek('a', 1), undefined, 'nothing kept for a closed document');
    const first = cache.prepare('b', 1, () => text);
    const second = cache.prepare('b', 2, () => '.version 8.5');
    await Promise.all([first, second]);
    assert.equal(cache.peek('b', 1), undefined);
    assert.equal(cache.peek('b', 2)?.version, '8.5');
  });
});
