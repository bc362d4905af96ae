/**
 * W3C `tracestate` handling as `go.opentelemetry.io/otel/trace.TraceState` does it, for
 * `span.trace_state["key"]`: parse (invalid text reads as nil), look up, insert at the front.
 */

const MAX_MEMBERS = 32;

interface Member {
  readonly key: string;
  readonly value: string;
}

const isLcAlpha = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isKeyChar = (c: number): boolean =>
  isLcAlpha(c) || isDigit(c) || c === 95 /* _ */ || c === 45 /* - */ || c === 42 /* * */ || c === 47; /* / */

function checkKeyPart(s: string, maxLen: number, firstOk: (c: number) => boolean): boolean {
  if (s.length === 0 || s.length > maxLen || !firstOk(s.charCodeAt(0))) return false;
  for (let i = 1; i < s.length; i++) if (!isKeyChar(s.charCodeAt(i))) return false;
  return true;
}

/** A simple key (`lcalpha *255keychar`) or a multi-tenant key (`tenant@system`). */
export function validKey(key: string): boolean {
  const at = key.indexOf('@');
  if (at < 0) return checkKeyPart(key, 256, isLcAlpha);
  return (
    checkKeyPart(key.slice(0, at), 241, (c) => isLcAlpha(c) || isDigit(c)) &&
    checkKeyPart(key.slice(at + 1), 14, isLcAlpha)
  );
}

/** 1..256 printable ASCII characters without `,` and `=`, not ending in a space. */
export function validValue(value: string): boolean {
  if (value.length === 0 || value.length > 256 || value.charCodeAt(value.length - 1) === 32) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x2c || c === 0x3d) return false;
  }
  return true;
}

/** The members of a tracestate, or null when the text is invalid. */
export function parseTraceState(text: string): Member[] | null {
  const members: Member[] = [];
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) return null;
    const key = part.slice(0, eq).replace(/^[ \t]+/, '');
    const value = part.slice(eq + 1).replace(/[ \t]+$/, '');
    if (!validKey(key) || !validValue(value) || seen.has(key)) return null;
    seen.add(key);
    members.push({ key, value });
    if (members.length > MAX_MEMBERS) return null;
  }
  return members;
}

/** The value of `key`, `""` when absent (as the Go API returns). */
export function traceStateGet(members: readonly Member[], key: string): string {
  for (const m of members) if (m.key === key) return m.value;
  return '';
}

/**
 * Inserts or moves `key=value` to the front; returns the new text, or null when the key or value
 * is invalid (the reference then leaves the tracestate unchanged).
 */
export function traceStateInsert(members: readonly Member[], key: string, value: string): string | null {
  if (!validKey(key) || !validValue(value)) return null;
  const rest = members.filter((m) => m.key !== key);
  const list = [{ key, value }, ...rest].slice(0, MAX_MEMBERS);
  return list.map((m) => `${m.key}=${m.value}`).join(',');
}
