/**
 * Rendering OTTL values as text, the way the reference does in each place:
 *
 * | Where | Function | bytes | float | map / slice |
 * |---|---|---|---|---|
 * | pdata `Value.AsString()` (attribute values, `body.string`) | {@link valueAsString} | base64 | JSON float (`1e-7`) | JSON, keys sorted |
 * | StringLikeGetter (`String`, `Concat`, `Len`…) | `toStringLike` in `coerce.ts` | lowercase hex | goccy JSON float (`1e-07`) | goccy JSON, HTML-escaped |
 * | `%v` in error messages | `goFormatV` in `go-text.ts` | `[1 2]` | `%g` (`1e+06`) | `map[k:v]` |
 *
 * Also re-exports the Go float formats and the UTF-8 byte helpers so callers have one import.
 */
import { formatFloatJson } from './go-float.js';
import { formatRfc3339Nano, goDurationString } from './go-time-text.js';
import { idToHex } from './ids.js';
import { valueToJson } from './json.js';
import { assertNeverValue, ModelObject, OttlDuration, OttlTime, ProfileID, SpanID, TraceID, type Value } from './types.js';

export { formatFloatE, formatFloatG, formatFloatGo, formatFloatGoccy, formatFloatJson } from './go-float.js';
export { quoteJsonString, valueToJson, type JsonOptions } from './json.js';
export { bytesToHex } from './ids.js';
export {
  compareUtf8,
  isAscii,
  sliceUtf8Bytes,
  utf16IndexOfByteOffset,
  utf8ByteLength,
  utf8Decode,
  utf8Encode,
} from './utf8.js';
export { formatRfc3339Nano, goDurationString, goTimeString } from './go-time-text.js';

/** Standard base64 with padding (Go `base64.StdEncoding`). */
export function bytesToBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/**
 * pdata `Value.AsString()`: the text of a value stored in telemetry.
 *
 * - nil (empty value) → `""`; string as is; bool → `true`/`false`; int64 → decimal.
 * - float64 → Go JSON float format (`1.5`, `1e+21`, `1e-7`, `-0`); NaN/±Inf → the text
 *   `json: unsupported value: NaN` (pdata's own fallback, not an error).
 * - bytes → standard base64.
 * - map / slice → `json.Marshal` of the raw value: keys sorted, nested bytes base64, `<`, `>`, `&`
 *   escaped as `\u003c`… (pdata marshals with Go's default encoder); `""` when the encoder fails
 *   (a NaN inside).
 * - Values that pdata cannot hold are rendered readably: time → RFC 3339 with nanoseconds,
 *   duration → Go `Duration.String()`, ids → hex (empty for an all-zero id).
 *
 * Never throws.
 */
export function valueAsString(v: Value): string {
  if (v === null) return '';
  switch (typeof v) {
    case 'string':
      return v;
    case 'bigint':
      return v.toString();
    case 'number':
      return Number.isFinite(v) ? formatFloatJson(v) : `json: unsupported value: ${nonFiniteText(v)}`;
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      break;
  }
  if (v instanceof Uint8Array) return bytesToBase64(v);
  if (v instanceof Map || Array.isArray(v)) {
    try {
      return valueToJson(v);
    } catch {
      return '';
    }
  }
  if (v instanceof OttlTime) return formatRfc3339Nano(v);
  if (v instanceof OttlDuration) return goDurationString(v);
  if (v instanceof TraceID || v instanceof SpanID || v instanceof ProfileID) return idToHex(v);
  // Not a pdata value kind; never stored, rendered as its JSON encoding.
  if (v instanceof ModelObject) return '{}';
  return assertNeverValue(v);
}

function nonFiniteText(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  return f > 0 ? '+Inf' : '-Inf';
}
