/**
 * String literals as the engine's canonical (internalized) copies.
 *
 * A literal from the lexer is a fresh string (often a slice of the source text). V8 compares two
 * internalized strings by pointer, but a fresh string against a stored one by content: every
 * `Map.get("http.status_code")` and `== "checkout"` then walks the characters, which made the
 * compiled condition of issue #13 about twice as slow as the same code with JS literals. A
 * property key is always internalized, so reading one back gives the canonical copy; the value is
 * unchanged, only its identity in the engine.
 *
 * Internalizing costs (V8 copies the string into the old generation), and a reload meets mostly
 * the literals it met before, so the canonical copies are kept in a recently-used cache.
 */
import { RecentlyUsed } from '../core/recent.js';

const recent = new RecentlyUsed<string>(4096);

export function intern(s: string): string {
  const known = recent.get(s);
  if (known !== undefined) return known;
  // A null-prototype object is a dictionary: a new key adds no hidden class (a `{ [s]: true }`
  // literal made one per distinct string), and `__proto__` is an own key like any other.
  const holder: Record<string, true> = Object.create(null) as Record<string, true>;
  holder[s] = true;
  const canonical = Object.keys(holder)[0];
  recent.add(canonical, canonical);
  return canonical;
}
