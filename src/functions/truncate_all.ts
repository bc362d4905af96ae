/**
 * `truncate_all(target, limit, Optional[utf8_safe], Optional[truncation_marker])`: cuts every string
 * value of the map to at most `limit` UTF-8 **bytes**, in place; other values are left alone.
 *
 * `utf8_safe` (default true) never splits a character, so a result may be shorter than `limit`;
 * with false the cut is at the byte (a split character becomes U+FFFD). `truncation_marker`
 * (default `""`) is appended to truncated values and counts against the limit. A negative limit or
 * a marker longer than the limit is a compile-time error.
 */
import { sliceUtf8Bytes, utf8ByteLength } from '../core/values/utf8.js';
import { ArgumentError, defineFunction } from './signature.js';

/** The longest prefix of `s` of at most `maxBytes` UTF-8 bytes that ends on a character boundary. */
export function utf8SafePrefix(s: string, maxBytes: number): string {
  let bytes = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let width = 1;
    let units = 1;
    if (c >= 0x80) {
      if (c < 0x800) width = 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        width = 4;
        units = 2;
      } else width = 3;
    }
    if (bytes + width > maxBytes) break;
    bytes += width;
    i += units;
  }
  return s.slice(0, i);
}

export const truncate_all = defineFunction({
  name: 'truncate_all',
  kind: 'editor',
  description: 'Truncates every string value of a map to a maximum number of bytes.',
  params: [
    { name: 'target', kind: 'mapPath', doc: 'a map path' },
    { name: 'limit', kind: 'literalInt', doc: 'maximum length in bytes (>= 0)' },
    { name: 'utf8_safe', kind: 'literalBool', optional: true, doc: 'never split a character (default true)' },
    { name: 'truncation_marker', kind: 'literalString', optional: true, doc: 'appended to truncated values, within the limit' },
  ],
  create({ target, limit, utf8_safe, truncation_marker }) {
    if (limit < 0n) throw new ArgumentError('limit', `invalid limit for truncate_all function, ${limit} cannot be negative`);
    const marker = truncation_marker ?? '';
    const markerBytes = utf8ByteLength(marker);
    if (BigInt(markerBytes) > limit) {
      throw new ArgumentError(
        'truncation_marker',
        `truncation_marker length (${markerBytes}) cannot be greater than limit (${limit})`,
      );
    }
    const max = limit > 0x7fffffffn ? 0x7fffffff : Number(limit);
    const keep = max - markerBytes;
    const safe = utf8_safe ?? true;
    return (ctx) => {
      const m = target.get(ctx);
      for (const [k, v] of m) {
        // A string longer than `max` UTF-16 units certainly has more than `max` bytes; a shorter one
        // needs the byte count.
        if (typeof v !== 'string' || (v.length <= max && utf8ByteLength(v) <= max)) continue;
        const cut = safe ? utf8SafePrefix(v, keep) : sliceUtf8Bytes(v, 0, keep);
        m.set(k, cut + marker);
      }
      target.set(ctx, m);
      return null;
    };
  },
});
