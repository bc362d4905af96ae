/** The recently-used cache behind the reused syntax trees and compiled regexes. */
import { describe, expect, it } from 'vitest';
import { RecentlyUsed } from '../../src/core/recent.js';

describe('RecentlyUsed', () => {
  it('keeps up to two generations and drops keys unused for a whole generation', () => {
    const cache = new RecentlyUsed<number>(2);
    cache.add('a', 1);
    cache.add('b', 2);
    cache.add('c', 3); // a, b become the older generation
    expect(cache.get('a')).toBe(1); // a hit moves a into the newer generation (now full: c, a)
    cache.add('d', 4); // c, a become older; b is dropped
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBe(3);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('d')).toBe(4);
  });

  it('misses keys it never saw', () => {
    expect(new RecentlyUsed<string>(4).get('x')).toBeUndefined();
  });
});
