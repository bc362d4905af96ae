/**
 * A bounded cache of recently used values by string key, for work a reload repeats on mostly
 * unchanged rules (syntax trees, compiled regexes). The values must be immutable: one serves every
 * caller that asks for the same key.
 *
 * Two generations rather than one map in use order: evicting the oldest entry of a `Map` walks
 * past the holes earlier deletions left at its front, which made each new key cost a scan. A hit
 * in the older generation moves into the newer; when the newer fills, it becomes the older, and
 * the keys unused for a whole generation are dropped.
 */
export class RecentlyUsed<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  /** @param perGeneration how many keys a generation holds (up to twice that are kept). */
  constructor(private perGeneration: number) {}

  /** Makes each generation hold at least `keys` keys from now on (a generation never shrinks). */
  reserve(keys: number): void {
    if (keys > this.perGeneration) this.perGeneration = keys;
  }

  get(key: string): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const older = this.previous.get(key);
    if (older !== undefined) this.add(key, older);
    return older;
  }

  add(key: string, value: V): void {
    if (this.current.size >= this.perGeneration) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
