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

  it('reserve makes a generation hold a working set, so passes over it keep hitting; it never shrinks', () => {
    // Passes over 600 keys in order, a fifth of them new each pass (an edited config's rules).
    const unchangedMisses = (cache: RecentlyUsed<number>): number => {
      let misses = 0;
      for (let pass = 0; pass < 10; pass++) {
        for (let i = 0; i < 600; i++) {
          const key = i % 5 === 0 ? `edited ${i} ${pass}` : `kept ${i}`;
          if (cache.get(key) !== undefined) continue;
          if (pass > 0 && i % 5 !== 0) misses++;
          cache.add(key, i);
        }
      }
      return misses;
    };
    expect(unchangedMisses(new RecentlyUsed(256))).toBeGreaterThan(1000);
    const reserved = new RecentlyUsed<number>(256);
    reserved.reserve(600);
    reserved.reserve(100);
    expect(unchangedMisses(reserved)).toBe(0);
  });

  it('misses keys it never saw', () => {
    expect(new RecentlyUsed<string>(4).get('x')).toBeUndefined();
  });
});
