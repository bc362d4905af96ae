/**
 * pdata's `Value.AsString()`, which `log.body.string` returns: strings as they are, numbers and
 * bools as text, bytes as standard base64, maps and slices as JSON the way Go's `encoding/json`
 * writes them (sorted keys, HTML characters escaped), empty as "".
 */
import { formatFloatJson } from '../../core/values/go-float.js';
import type { Value } from '../../core/values/types.js';

class UnsupportedJson extends Error {}

/** Lone surrogates stand for invalid UTF-8, which Go's encoder writes as U+FFFD. */
const wellFormed = (s: string): string => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

function jsonString(s: string): string {
  return JSON.stringify(wellFormed(s)).replace(/[<>&\u2028\u2029]/g, (c) => {
    return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
  });
}

function jsonValue(v: Value): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return jsonString(v);
    case 'bigint':
      return v.toString();
    case 'number':
      if (!Number.isFinite(v)) throw new UnsupportedJson();
      return formatFloatJson(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      break;
  }
  if (v instanceof Uint8Array) return `"${Buffer.from(v).toString('base64')}"`;
  if (v instanceof Map) {
    const keys = [...v.keys()].sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
    return `{${keys.map((k) => `${jsonString(k)}:${jsonValue(v.get(k) ?? null)}`).join(',')}}`;
  }
  if (Array.isArray(v)) return `[${v.map(jsonValue).join(',')}]`;
  return 'null';
}

/** `pcommon.Value.AsString()` of a stored value. */
export function anyValueAsString(v: Value): string {
  if (v === null) return '';
  switch (typeof v) {
    case 'string':
      return v;
    case 'bigint':
      return v.toString();
    case 'number':
      return formatFloatJson(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      break;
  }
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  try {
    return jsonValue(v);
  } catch (e) {
    // encoding/json rejects NaN and ±Inf; pdata then yields an empty string.
    if (e instanceof UnsupportedJson) return '';
    throw e;
  }
}
