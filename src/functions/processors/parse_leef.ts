/**
 * `ParseLEEF(target)` (transform processor, log context): parses an IBM QRadar Log Event Extended
 * Format message (anything before `LEEF:`, such as a syslog prefix, is skipped) into a map with
 * `leef.version`, `leef.vendor`, `leef.product.name`, `leef.product.version`, `leef.event.id` and
 * `leef.attributes` (string values). LEEF 1.0 attributes are tab-separated; LEEF 2.0 may name its
 * delimiter in a fifth header field (one character, or `0x`-prefixed hex for one byte; omitted or
 * empty means tab). Pairs without `=` or with an empty key are skipped; the last duplicate wins;
 * whitespace is kept.
 * An empty message, a missing `LEEF:` or pipe, another version, too few header fields or a bad
 * delimiter is a run-time error.
 */
import { OttlRuntimeError } from '../../core/errors.js';
import { utf8ByteLength, utf8Decode, utf8Encode } from '../../core/values/utf8.js';
import type { Value } from '../../core/values/types.js';
import { defineFunction } from '../signature.js';

interface Header {
  vendor: string;
  productName: string;
  productVersion: string;
  eventId: string;
  /** The delimiter as a string, or a single non-ASCII byte (split at the byte level). */
  delimiter: string | number;
  attributes: string;
}

/** Go `strings.SplitN(s, sep, n)`. */
function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i < 0) break;
    out.push(rest.slice(0, i));
    rest = rest.slice(i + sep.length);
  }
  out.push(rest);
  return out;
}

function parseDelimiter(spec: string): string | number {
  if (spec === '') return '\t';
  if (spec.startsWith('0x') || spec.startsWith('0X')) {
    const hex = spec.slice(2);
    if (hex === '') throw new OttlRuntimeError('invalid LEEF 2.0 delimiter: empty hex value');
    const bad = hex.search(/[^0-9a-fA-F]/);
    if (bad >= 0 || hex.length % 2 !== 0) {
      // Go's encoding/hex errors (%#U for the offending character).
      const reason =
        bad >= 0
          ? `encoding/hex: invalid byte: U+${hex.codePointAt(bad)!.toString(16).toUpperCase().padStart(4, '0')} '${String.fromCodePoint(hex.codePointAt(bad)!)}'`
          : 'encoding/hex: odd length hex string';
      throw new OttlRuntimeError(`invalid LEEF 2.0 delimiter: invalid hex delimiter ${JSON.stringify(spec)}: ${reason}`);
    }
    if (hex.length !== 2) {
      throw new OttlRuntimeError(`invalid LEEF 2.0 delimiter: hex delimiter must decode to a single byte, got ${hex.length / 2} bytes`);
    }
    const byte = parseInt(hex, 16);
    return byte < 0x80 ? String.fromCharCode(byte) : byte;
  }
  if (utf8ByteLength(spec) !== 1) {
    throw new OttlRuntimeError(
      `invalid LEEF 2.0 delimiter: delimiter must be a single character or 0x-prefixed hex value, got ${JSON.stringify(spec)}`,
    );
  }
  return spec;
}

function header1(remainder: string): Header {
  const parts = splitN(remainder, '|', 5);
  if (parts.length < 4) {
    throw new OttlRuntimeError(`invalid LEEF 1.0 header: expected at least 4 fields (vendor, product, version, eventID), got ${parts.length}`);
  }
  return { vendor: parts[0], productName: parts[1], productVersion: parts[2], eventId: parts[3], delimiter: '\t', attributes: parts[4] ?? '' };
}

function header2(remainder: string): Header {
  const parts = splitN(remainder, '|', 6);
  if (parts.length < 4) {
    throw new OttlRuntimeError(`invalid LEEF 2.0 header: expected at least 4 fields (vendor, product, version, eventID), got ${parts.length}`);
  }
  const base = { vendor: parts[0], productName: parts[1], productVersion: parts[2], eventId: parts[3] };
  if (parts.length === 4) return { ...base, delimiter: '\t', attributes: '' };
  // A fifth field with '=' is already the first attribute (the delimiter field was omitted).
  if (parts[4].includes('=')) return { ...base, delimiter: '\t', attributes: splitN(remainder, '|', 5)[4] ?? '' };
  return { ...base, delimiter: parseDelimiter(parts[4]), attributes: parts[5] ?? '' };
}

function splitAttributes(attributes: string, delimiter: string | number): string[] {
  if (typeof delimiter === 'string') return attributes.split(delimiter);
  // A single non-ASCII byte: split the UTF-8 bytes, as Go does on its byte strings.
  const bytes = utf8Encode(attributes);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === delimiter) {
      out.push(utf8Decode(bytes.subarray(start, i)));
      start = i + 1;
    }
  }
  return out;
}

/** Parses one LEEF message; exported for tests. */
export function parseLEEFMessage(message: string): Map<string, Value> {
  const start = message.indexOf('LEEF:');
  if (start === -1) throw new OttlRuntimeError("invalid LEEF message: 'LEEF:' not found");
  const leef = message.slice(start);
  const pipe = leef.indexOf('|');
  if (pipe === -1) throw new OttlRuntimeError('invalid LEEF message: missing pipe delimiter in header');
  const version = leef.slice('LEEF:'.length, pipe);
  if (version !== '1.0' && version !== '2.0') {
    throw new OttlRuntimeError(`unsupported LEEF version: ${version} (supported: 1.0, 2.0)`);
  }
  const remainder = leef.slice(pipe + 1);
  const h = version === '1.0' ? header1(remainder) : header2(remainder);
  const attributes = new Map<string, Value>();
  if (h.attributes !== '') {
    for (const pair of splitAttributes(h.attributes, h.delimiter)) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      attributes.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }
  return new Map<string, Value>([
    ['leef.version', version],
    ['leef.vendor', h.vendor],
    ['leef.product.name', h.productName],
    ['leef.product.version', h.productVersion],
    ['leef.event.id', h.eventId],
    ['leef.attributes', attributes],
  ]);
}

export const parseLEEF = defineFunction({
  name: 'ParseLEEF',
  kind: 'converter',
  params: [{ name: 'target', kind: 'string' }],
  contexts: ['log'],
  description: 'Parses a Log Event Extended Format (LEEF 1.0 / 2.0) message into a map.',
  create: (args) => {
    const target = args.target;
    return (ctx) => {
      const source = target(ctx);
      if (source === '') throw new OttlRuntimeError('cannot parse empty LEEF message');
      return parseLEEFMessage(source);
    };
  },
});
