/**
 * Telling OTLP/JSON from OTLP/protobuf input. JSON text never holds raw control bytes other than
 * tab, newline and carriage return, while every non-trivial OTLP protobuf message does (its
 * nested-message tags are 0x0a and 0x12), so the content decides; a file name's extension only
 * settles input that has neither (empty input).
 */

/** The two OTLP encodings. */
export type OtlpFormat = 'json' | 'protobuf';

const PROTOBUF_EXTENSIONS = /\.(pb|binpb|proto\.bin)$/i;
const JSON_EXTENSIONS = /\.(json|jsonl|ndjson)$/i;

/** The format a file name suggests, or `undefined`. */
export function formatHintOf(fileName: string | undefined): OtlpFormat | undefined {
  if (fileName === undefined) return undefined;
  if (PROTOBUF_EXTENSIONS.test(fileName)) return 'protobuf';
  if (JSON_EXTENSIONS.test(fileName)) return 'json';
  return undefined;
}

/**
 * Decides whether `bytes` are OTLP/JSON or OTLP/protobuf.
 *
 * Looks at the first 4 KiB: a control byte (0x00–0x08, 0x0b, 0x0c, 0x0e–0x1f) means protobuf;
 * otherwise text whose first non-blank character (after a byte-order mark) is `{` is JSON. Empty
 * or blank input follows the hint of `fileName` (`.pb`/`.binpb` → protobuf), else JSON; anything
 * else is protobuf.
 */
export function detectFormat(bytes: Uint8Array, fileName?: string): OtlpFormat {
  const n = Math.min(bytes.length, 4096);
  let first = -1;
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return 'protobuf';
    if (first < 0 && b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) first = b;
  }
  if (first < 0) return formatHintOf(fileName) ?? 'json';
  return first === 0x7b ? 'json' : 'protobuf';
}
