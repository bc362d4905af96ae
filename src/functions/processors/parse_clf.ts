/**
 * `ParseCLF(target, Optional[format])` (transform processor, log context): parses an access-log
 * line in Common Log Format (`"clf"`, the default) or NCSA Combined format (`"combined"`) into a
 * map: `remote_host`, `rfc931`, `authuser`, `timestamp`, `request` (and, when the request has three
 * space-separated parts, `method`, `request_uri`, `protocol`), `status` (Int), `bytes` (Int,
 * omitted for `-`) and, for combined, `referer` and `user_agent`. Quoted fields may use Apache's
 * escapes (`\"`, `\\`, `\n`, `\t`, `\xhh`…), which are decoded.
 * An unknown format is a compile error; an empty or non-matching line, or a non-numeric status or
 * byte count, is a run-time error.
 */
import { OttlRuntimeError } from '../../core/errors.js';
import { compileRegex, type GoRegex } from '../../core/text/regex.js';
import { utf8Decode, utf8Encode } from '../../core/values/utf8.js';
import type { Value } from '../../core/values/types.js';
import { goParseInt } from '../internal/conv-parse-int.js';
import { goTrimSpace } from '../internal/text-case.js';
import { ArgumentError, defineFunction } from '../signature.js';

const QUOTED = String.raw`"((?:[^"\\]|\\.)*)"`;
const PREFIX = String.raw`^(\S+) (\S+) (\S+) \[([^\]]+)\] ` + QUOTED + String.raw` (\S+) (\S+)`;
// Compiled on first use, not at import (start-up of a process that never parses a log line).
let clf: GoRegex | undefined;
let combined: GoRegex | undefined;

const SIMPLE_ESCAPES: Record<string, number> = { '\\': 0x5c, '"': 0x22, n: 0x0a, t: 0x09, r: 0x0d, b: 0x08, f: 0x0c, v: 0x0b };

/**
 * Reverses Apache mod_log_config escaping on the UTF-8 bytes of `s`; sequences that are not valid
 * escapes are kept as they are. `\xhh` may produce bytes that are not valid UTF-8 on their own; the
 * result is decoded as UTF-8 (invalid bytes become U+FFFD).
 */
function unescapeCLF(s: string): string {
  if (!s.includes('\\')) return s;
  const src = utf8Encode(s);
  const out: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c !== 0x5c || i + 1 === src.length) {
      out.push(c);
      continue;
    }
    i++;
    const next = String.fromCharCode(src[i]);
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out.push(simple);
    } else if (next === 'x') {
      const hex = i + 2 < src.length ? String.fromCharCode(src[i + 1], src[i + 2]) : '';
      if (/^[0-9a-fA-F]{2}$/.test(hex)) {
        out.push(parseInt(hex, 16));
        i += 2;
      } else {
        out.push(0x5c, 0x78);
      }
    } else {
      out.push(0x5c, src[i]);
    }
  }
  return utf8Decode(Uint8Array.from(out));
}

function parseIntField(what: string, text: string): bigint {
  try {
    return goParseInt(text, 10);
  } catch (e) {
    throw new OttlRuntimeError(`invalid ${what} ${JSON.stringify(text)}: ${(e as Error).message}`);
  }
}

/** Parses one line; exported for reuse and tests. */
export function parseCLFMessage(message: string, format: 'clf' | 'combined'): Map<string, Value> {
  const re = format === 'combined' ? (combined ??= compileRegex(PREFIX + ' ' + QUOTED + ' ' + QUOTED + '$')) : (clf ??= compileRegex(PREFIX + '$'));
  const m = re.findSubmatch(goTrimSpace(message));
  if (m === null) throw new OttlRuntimeError(`invalid CLF message: does not match expected "${format}" format`);
  const result = new Map<string, Value>([
    ['remote_host', m[1]],
    ['rfc931', m[2]],
    ['authuser', m[3]],
    ['timestamp', m[4]],
  ]);
  const request = unescapeCLF(m[5]);
  result.set('request', request);
  const parts = splitN3(request);
  if (parts !== null) {
    result.set('method', parts[0]);
    result.set('request_uri', parts[1]);
    result.set('protocol', parts[2]);
  }
  result.set('status', parseIntField('status code', m[6]));
  if (m[7] !== '-') result.set('bytes', parseIntField('bytes value', m[7]));
  if (format === 'combined') {
    result.set('referer', unescapeCLF(m[8]));
    result.set('user_agent', unescapeCLF(m[9]));
  }
  return result;
}

/** Go `strings.SplitN(s, " ", 3)` when it yields exactly three parts. */
function splitN3(s: string): [string, string, string] | null {
  const a = s.indexOf(' ');
  if (a < 0) return null;
  const b = s.indexOf(' ', a + 1);
  if (b < 0) return null;
  return [s.slice(0, a), s.slice(a + 1, b), s.slice(b + 1)];
}

export const parseCLF = defineFunction({
  name: 'ParseCLF',
  kind: 'converter',
  params: [
    { name: 'target', kind: 'string' },
    { name: 'format', kind: 'literalString', optional: true, doc: '"clf" (default) or "combined"' },
  ],
  contexts: ['log'],
  description: 'Parses a Common or Combined Log Format line into a map.',
  create: (args) => {
    const format = args.format ?? 'clf';
    if (format !== 'clf' && format !== 'combined') {
      throw new ArgumentError('format', `invalid format "${format}": must be "clf" or "combined"`);
    }
    const target = args.target;
    return (ctx) => {
      const source = target(ctx);
      if (source === '') throw new OttlRuntimeError('cannot parse empty CLF message');
      return parseCLFMessage(source, format);
    };
  },
});
