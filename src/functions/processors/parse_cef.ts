/**
 * `ParseCEF(target)` (transform processor, log context): parses an ArcSight Common Event Format
 * message (anything before `CEF:`, such as a syslog prefix, is skipped) into a map with
 * `cef.version`, `cef.device_vendor`, `cef.device_product`, `cef.device_version`,
 * `cef.device_event_class_id`, `cef.name`, `cef.severity` and `cef.extensions` (a map of string
 * values, empty when there is no extension). Header fields may escape `\|` and `\\`; extension
 * values may escape `\\`, `\=`, `\n` and `\r`. An extension value runs up to the next ` key=`.
 * An empty message, a missing `CEF:`, a missing version or fewer than seven header fields is a
 * run-time error.
 */
import { OttlRuntimeError } from '../../core/errors.js';
import { compileRegex, type GoRegex } from '../../core/text/regex.js';
import type { Value } from '../../core/values/types.js';
import { defineFunction } from '../signature.js';

const HEADER_FIELDS = 7;
// Compiled on first use, not at import.
let extensionKey: GoRegex | undefined;

/** Splits on unescaped pipes: the 7 header fields, then the rest (the extension) if present. */
function splitHeader(message: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === '\\' && i + 1 < message.length && (message[i + 1] === '|' || message[i + 1] === '\\')) {
      current += c + message[i + 1];
      i++;
      continue;
    }
    if (c === '|') {
      fields.push(current);
      current = '';
      if (fields.length === HEADER_FIELDS) {
        fields.push(message.slice(i + 1));
        return fields;
      }
      continue;
    }
    current += c;
  }
  fields.push(current);
  if (fields.length < HEADER_FIELDS) {
    throw new OttlRuntimeError(
      `invalid CEF header: expected at least ${HEADER_FIELDS} pipe-delimited fields (CEF:Version, Device Vendor, Device Product, Device Version, Device Event Class ID, Name, Severity), got ${fields.length}`,
    );
  }
  return fields;
}

function unescapeHeader(s: string): string {
  return s.includes('\\') ? s.replace(/\\([|\\])/g, '$1') : s;
}

const VALUE_ESCAPES: Record<string, string> = { '\\': '\\', '=': '=', n: '\n', r: '\r' };

function unescapeValue(s: string): string {
  return s.includes('\\') ? s.replace(/\\([\\=nr])/g, (_m, c: string) => VALUE_ESCAPES[c]) : s;
}

function parseExtensions(extension: string): Map<string, Value> {
  const result = new Map<string, Value>();
  const matches = (extensionKey ??= compileRegex('(?:^| )([A-Za-z][A-Za-z0-9_]*)=')).findAllSubmatchIndex(extension);
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const key = extension.slice(m[2], m[3]);
    const end = i + 1 < matches.length ? matches[i + 1][0] : extension.length;
    result.set(key, unescapeValue(extension.slice(m[1], end).replace(/ +$/, '')));
  }
  return result;
}

/** Parses one CEF message; exported for tests. */
export function parseCEFMessage(message: string): Map<string, Value> {
  const start = message.indexOf('CEF:');
  if (start === -1) throw new OttlRuntimeError("invalid CEF message: 'CEF:' not found");
  const fields = splitHeader(message.slice(start));
  const version = fields[0].slice('CEF:'.length);
  if (version === '') throw new OttlRuntimeError('invalid CEF message: missing version');
  const result = new Map<string, Value>([
    ['cef.version', version],
    ['cef.device_vendor', unescapeHeader(fields[1])],
    ['cef.device_product', unescapeHeader(fields[2])],
    ['cef.device_version', unescapeHeader(fields[3])],
    ['cef.device_event_class_id', unescapeHeader(fields[4])],
    ['cef.name', unescapeHeader(fields[5])],
    ['cef.severity', unescapeHeader(fields[6])],
  ]);
  const extension = fields.length === HEADER_FIELDS + 1 ? fields[HEADER_FIELDS] : '';
  result.set('cef.extensions', extension !== '' ? parseExtensions(extension) : new Map());
  return result;
}

export const parseCEF = defineFunction({
  name: 'ParseCEF',
  kind: 'converter',
  params: [{ name: 'target', kind: 'string' }],
  contexts: ['log'],
  description: 'Parses a Common Event Format (CEF) message into a map.',
  create: (args) => {
    const target = args.target;
    return (ctx) => {
      const source = target(ctx);
      if (source === '') throw new OttlRuntimeError('cannot parse empty CEF message');
      return parseCEFMessage(source);
    };
  },
});
