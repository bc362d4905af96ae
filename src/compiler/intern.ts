/**
 * String literals as the engine's canonical (internalized) copies.
 *
 * A literal from the lexer is a fresh string (often a slice of the source text). V8 compares two
 * internalized strings by pointer, but a fresh string against a stored one by content: every
 * `Map.get("http.status_code")` and `== "checkout"` then walks the characters, which made the
 * compiled condition of issue #13 about twice as slow as the same code with JS literals. A
 * property key is always internalized, so reading one back gives the canonical copy; the value is
 * unchanged, only its identity in the engine.
 */
export function intern(s: string): string {
  const holder: Record<string, true> = { [s]: true };
  // One own key, whatever `s` is ("__proto__" included: a computed key defines an own property).
  return Object.keys(holder)[0];
}
