/**
 * Go `math` functions whose last-bit results differ from JavaScript's built-ins. Ported from the
 * algorithms Go uses (FreeBSD msun), so interpolated values equal the reference's bit for bit.
 */

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const P1 = 1.66666666666666657415e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.65339022054652515390e-6;
const P5 = 4.13813679705723846039e-8;

/** Go `math.Ldexp(frac, exp)`: frac × 2^exp, exact (also through the subnormal range). */
export function ldexp(frac: number, exp: number): number {
  if (frac === 0 || !Number.isFinite(frac) || Number.isNaN(frac)) return frac;
  // Split the power so each factor is a normal double; multiplying by a power of two is exact
  // unless the result itself leaves the normal range, where it rounds once like Go's Ldexp.
  let e = exp;
  let f = frac;
  while (e > 1023) {
    f *= 2 ** 1023;
    e -= 1023;
    if (!Number.isFinite(f)) return f;
  }
  while (e < -1022) {
    if (e < -1022 - 60) {
      f *= 2 ** -1022;
      e += 1022;
      if (f === 0) return f;
    } else {
      // Last step into the subnormal range: one rounding, as Go does.
      return f * 2 ** (e + 60) * 2 ** -60;
    }
  }
  return f * 2 ** e;
}

/** Go `math.Frexp`: f = frac × 2^exp with 0.5 ≤ |frac| < 1. */
export function frexp(f: number): [number, number] {
  if (f === 0 || !Number.isFinite(f) || Number.isNaN(f)) return [f, 0];
  let exp = Math.max(-1073, Math.floor(Math.log2(Math.abs(f))) + 1);
  let frac = ldexp(f, -exp);
  // Math.log2 may be off by one near powers of two; fix up.
  while (Math.abs(frac) >= 1) {
    frac /= 2;
    exp++;
  }
  while (Math.abs(frac) < 0.5) {
    frac *= 2;
    exp--;
  }
  return [frac, exp];
}

/** Go `math.Log2`: exact for powers of two, otherwise log(frac)/ln2 + exp. */
export function log2(x: number): number {
  const [frac, exp] = frexp(x);
  if (frac === 0.5) return exp - 1;
  return Math.log(frac) * (1 / Math.LN2) + exp;
}

/** Go `math.Exp2` (pure-Go algorithm). */
export function exp2(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 1.0239999999999999e3) return Infinity;
  if (x < -1.074e3) return 0;
  let k = 0;
  if (x > 0) k = Math.trunc(x + 0.5);
  else if (x < 0) k = Math.trunc(x - 0.5);
  const t = x - k;
  const hi = t * LN2_HI;
  const lo = -t * LN2_LO;
  const r = hi - lo;
  const tt = r * r;
  const c = r - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return ldexp(y, k);
}
