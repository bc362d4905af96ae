/**
 * Go's float64 text formats, which OTTL output depends on:
 *
 * - {@link formatFloatGo}: `strconv.FormatFloat(f, 'f', -1, 64)`: never an exponent (`1e21` is
 *   `1000000000000000000000`, `1e-7` is `0.0000001`), `NaN`, `+Inf`, `-Inf`.
 * - {@link formatFloatJson}: `encoding/json` and pdata's `Value.AsString()`: `'f'` unless the
 *   magnitude is below 1e-6 or at least 1e21, then `'e'` with a one-digit negative exponent
 *   allowed (`1e-7`, `1e+21`). This is JavaScript's `Number#toString` except that `-0` stays `-0`.
 * - {@link formatFloatGoccy}: `github.com/goccy/go-json` (OTTL's StringLikeGetter): the same cutoffs
 *   but Go's `'e'` exponent is kept at two digits (`1e-07`).
 * - {@link formatFloatG}: `%v` / `strconv.FormatFloat(f, 'g', -1, 64)` (`1e+06`, `1.5`, `1e-05`).
 * - {@link formatFloatE}: `strconv.FormatFloat(f, 'e', -1, 64)` (`1.5e+00`).
 *
 * All use the shortest decimal that round-trips, as Go does with precision -1; JavaScript's
 * `toExponential()` without an argument yields exactly those digits.
 */

interface Decimal {
  /** The shortest significant digits, without leading or trailing zeros (`"0"` for zero). */
  readonly digits: string;
  /** Position of the decimal point relative to the start of `digits` (Go's `digs.dp`). */
  readonly dp: number;
  readonly negative: boolean;
}

function shortestDecimal(f: number): Decimal {
  const negative = f < 0 || Object.is(f, -0);
  const text = Math.abs(f).toExponential();
  const e = text.indexOf('e');
  const mantissa = text.slice(0, e);
  const exp = Number(text.slice(e + 1));
  const digits = mantissa.length > 1 ? mantissa[0] + mantissa.slice(2) : mantissa;
  return { digits, dp: exp + 1, negative };
}

function nonFinite(f: number): string | undefined {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  return undefined;
}

function fmtF(d: Decimal): string {
  const { digits, dp } = d;
  let body: string;
  if (dp <= 0) body = '0.' + '0'.repeat(-dp) + digits;
  else if (dp >= digits.length) body = digits + '0'.repeat(dp - digits.length);
  else body = digits.slice(0, dp) + '.' + digits.slice(dp);
  return d.negative ? '-' + body : body;
}

function fmtE(d: Decimal, minExpDigits: number): string {
  const { digits } = d;
  const exp = digits === '0' ? 0 : d.dp - 1;
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const expText = String(Math.abs(exp)).padStart(minExpDigits, '0');
  return (d.negative ? '-' : '') + mant + 'e' + (exp < 0 ? '-' : '+') + expText;
}

/** Go `strconv.FormatFloat(f, 'f', -1, 64)`. */
export function formatFloatGo(f: number): string {
  return nonFinite(f) ?? fmtF(shortestDecimal(f));
}

/** Go `strconv.FormatFloat(f, 'e', -1, 64)`. */
export function formatFloatE(f: number): string {
  return nonFinite(f) ?? fmtE(shortestDecimal(f), 2);
}

/** Go `strconv.FormatFloat(f, 'g', -1, 64)`, which is also what `%v` prints for a float64. */
export function formatFloatG(f: number): string {
  const special = nonFinite(f);
  if (special !== undefined) return special;
  const d = shortestDecimal(f);
  const exp = d.digits === '0' ? 0 : d.dp - 1;
  // With the shortest precision Go switches to %e from exponent 6 on (precision 6 for this decision).
  if (exp < -4 || exp >= 6) return fmtE(d, 2);
  return fmtF(d);
}

function useExponent(f: number): boolean {
  const abs = Math.abs(f);
  return abs !== 0 && (abs < 1e-6 || abs >= 1e21);
}

/**
 * A float64 as `encoding/json` writes it (also pdata `Value.AsString()` for doubles).
 * Callers must reject NaN and ±Inf first (`json: unsupported value`); this returns Go's `'g'`
 * text for them.
 */
export function formatFloatJson(f: number): string {
  const special = nonFinite(f);
  if (special !== undefined) return special;
  if (Object.is(f, -0)) return '-0';
  if (useExponent(f)) return fmtE(shortestDecimal(f), 1);
  return fmtF(shortestDecimal(f));
}

/** A float64 as goccy/go-json writes it: like {@link formatFloatJson} but `1e-07`, not `1e-7`. */
export function formatFloatGoccy(f: number): string {
  const special = nonFinite(f);
  if (special !== undefined) return special;
  if (useExponent(f)) return fmtE(shortestDecimal(f), 2);
  return fmtF(shortestDecimal(f));
}
