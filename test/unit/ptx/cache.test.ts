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
