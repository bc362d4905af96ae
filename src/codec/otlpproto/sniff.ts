/**
 * Telling OTLP/JSON from OTLP/protobuf input. JSON text never holds raw control bytes other than
 * tab, newline and carriage return, while every non-trivial OTLP protobuf message does (its
 * nested-message tags are 0x0a and 0x12), so the content decides; a file name's extension only
 * settles empty input.
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
 * Text whose first non-blank character (after a byte-order mark) is `{` is JSON — unless it holds a
 * control byte (0x00–0x08, 0x0b, 0x0c, 0x0e–0x1f, looked for in the first 4 KiB) and starts with
 * 0x0a, the tag every non-empty OTLP request starts with: JSON text has neither, so such input is
 * protobuf (and broken JSON still gets a JSON error). Anything else that is not blank is protobuf.
 * Empty or blank input follows the hint of `fileName` (`.pb`/`.binpb` → protobuf), else JSON.
 */
export function detectFormat(bytes: Uint8Array, fileName?: string): OtlpFormat {
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const n = Math.min(bytes.length, 4096);
  let first = -1;
  let control = false;
  for (let i = start; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) {
      control = true;
      if (first >= 0) break;
    } else if (first < 0 && b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) first = b;
  }
  if (first < 0 && !control) return formatHintOf(fileName) ?? 'json';
  if (first === 0x7b && !(control && bytes[start] === 0x0a)) return 'json';
  return 'protobuf';
}
