/**
 * Go's `strconv.ParseInt(s, base, 64)`: bases 2..36, or 0 to read a `0b`/`0o`/`0`/`0x` prefix (then
 * `_` separators are allowed between digits); an optional sign. Errors carry Go's messages.
 */
const MAX = (1n << 63n) - 1n;

function numError(s: string, reason: string): Error {
  return new Error(`strconv.ParseInt: parsing ${JSON.stringify(s)}: ${reason}`);
}

function digitValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  if (lower >= 97 && lower <= 122) return lower - 87;
  return 99;
}

/** Go's `underscoreOK`: underscores only between digits or right after a base prefix. */
function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0') {
    const p = s[1]!.toLowerCase();
    if (p === 'b' || p === 'o' || p === 'x') {
      hex = p === 'x';
      i = 2;
      saw = '0';
    }
  }
  for (; i < s.length; i++) {
    const c = s[i]!;
    if ((c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c))) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** Parses like Go's `strconv.ParseInt(s, base, 64)`; throws Go's `*NumError` text. */
export function goParseInt(s: string, base: number): bigint {
  const fn = s;
  if (s === '') throw numError(fn, 'invalid syntax');
  let neg = false;
  let body = s;
  if (body[0] === '+' || body[0] === '-') {
    neg = body[0] === '-';
    body = body.slice(1);
    if (body === '') throw numError(fn, 'invalid syntax');
  }
  let b = base;
  let allowUnderscores = false;
  if (b === 0) {
    b = 10;
    if (body[0] === '0') {
      const p = body[1]?.toLowerCase();
      if (body.length >= 3 && p === 'b') {
        b = 2;
        body = body.slice(2);
      } else if (body.length >= 3 && p === 'o') {
        b = 8;
        body = body.slice(2);
      } else if (body.length >= 3 && p === 'x') {
        b = 16;
        body = body.slice(2);
      } else {
        b = 8;
        body = body.slice(1);
      }
    }
    allowUnderscores = true;
  } else if (b < 2 || b > 36) {
    throw numError(fn, `invalid base ${base}`);
  }
  const big = BigInt(b);
  let n = 0n;
  let sawUnderscore = false;
  const cutoff = (1n << 64n) / big + 1n;
  const maxUint = (1n << 64n) - 1n;
  let overflow = false;
  for (const c of body) {
    if (c === '_' && allowUnderscores) {
      sawUnderscore = true;
      continue;
    }
    const d = digitValue(c);
    if (d >= b) throw numError(fn, 'invalid syntax');
    if (overflow) continue;
    if (n >= cutoff) {
      overflow = true;
      continue;
    }
    n = n * big + BigInt(d);
    if (n > maxUint) overflow = true;
  }
  if (sawUnderscore && !underscoreOK(s)) throw numError(fn, 'invalid syntax');
  if (overflow) throw numError(fn, 'value out of range');
  if (!neg && n > MAX) throw numError(fn, 'value out of range');
  if (neg && n > MAX + 1n) throw numError(fn, 'value out of range');
  return neg ? -n : n;
}
