/**
 * `ParseELF(target)` (transform processor, log context): parses a W3C Extended Log Format block
 * (directives `#Version`, `#Fields`, `#Software`, `#Date`, `#Start-Date`, `#End-Date`, `#Remark`,
 * then data lines) into a map: `elf.version` (required), the optional `elf.software`, `elf.date`,
 * `elf.start_date`, `elf.end_date`, `elf.remark`, `elf.fields` (the last `#Fields` list) and
 * `elf.entries` (one map per data line, keys `elf.<field>`, values strings). Directive names are
 * case-insensitive; a later `#Fields` applies to the lines after it. Data values are separated by
 * spaces or tabs and may be double-quoted (`""` is a quote inside). Missing trailing values become
 * `-`. Lines may end in `\n`, `\r\n` or `\r`; blank lines are skipped.
 * An empty block, a missing `#Version`, a data line before `#Fields`, a `#Fields` line without a
 * colon or an unterminated quote is a run-time error. Other directives without a colon are skipped.
 */
import { OttlRuntimeError } from '../../core/errors.js';
import type { Value } from '../../core/values/types.js';
import { goTrimSpace } from '../internal/text-case.js';
import { defineFunction } from '../signature.js';

/** Go `unicode.IsSpace` (used by `strings.Fields`). */
const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** Go `strings.Fields`. */
function fields(s: string): string[] {
  return s.split(GO_SPACE).filter((f) => f !== '');
}

/** Non-blank, trimmed lines, splitting on `\r\n`, `\r` or `\n`. */
function lines(s: string): string[] {
  return s
    .split(/\r\n?|\n/)
    .map(goTrimSpace)
    .filter((l) => l !== '');
}

/** `#Key: value` → [key, value] (both trimmed), or null without a colon. */
function directive(line: string): [string, string] | null {
  const body = line.slice(1);
  const colon = body.indexOf(':');
  if (colon === -1) return null;
  return [goTrimSpace(body.slice(0, colon)), goTrimSpace(body.slice(colon + 1))];
}

function dataValues(line: string): string[] {
  const values: string[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i >= n) break;
    if (line[i] === '"') {
      i++;
      let value = '';
      let closed = false;
      while (i < n) {
        if (line[i] !== '"') {
          value += line[i++];
        } else if (i + 1 < n && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else {
          i++;
          closed = true;
          break;
        }
      }
      if (!closed) throw new OttlRuntimeError(`invalid ELF: unterminated quoted value in data line: ${JSON.stringify(line)}`);
      values.push(value);
    } else {
      const start = i;
      while (i < n && line[i] !== ' ' && line[i] !== '\t') i++;
      values.push(line.slice(start, i));
    }
  }
  return values;
}

const DIRECTIVE_KEYS: Record<string, string> = {
  software: 'elf.software',
  date: 'elf.date',
  'start-date': 'elf.start_date',
  'end-date': 'elf.end_date',
  remark: 'elf.remark',
};

/** Parses one ELF block; exported for tests. */
export function parseELFMessage(input: string): Map<string, Value> {
  const entries: Value[] = [];
  const result = new Map<string, Value>([['elf.entries', entries]]);
  let hasVersion = false;
  let current: string[] = [];
  for (const line of lines(input)) {
    if (line.startsWith('#')) {
      const d = directive(line);
      if (d === null) {
        // A broken #Fields line would silently misname every later value, so it is an error.
        if (goTrimSpace(line.slice(1)).slice(0, 6).toLowerCase() === 'fields') {
          throw new OttlRuntimeError(
            `invalid ELF: malformed #Fields directive ${JSON.stringify(line)}: directive ${JSON.stringify(line)} has no colon separator`,
          );
        }
        continue;
      }
      const [key, value] = d;
      const lower = key.toLowerCase();
      if (lower === 'version') {
        hasVersion = true;
        result.set('elf.version', value);
      } else if (lower === 'fields') {
        current = fields(value);
      } else if (DIRECTIVE_KEYS[lower] !== undefined) {
        result.set(DIRECTIVE_KEYS[lower], value);
      }
      continue;
    }
    if (current.length === 0) throw new OttlRuntimeError('invalid ELF: data entry found before #Fields directive');
    const values = dataValues(line);
    const entry = new Map<string, Value>();
    current.forEach((field, i) => entry.set(`elf.${field}`, i < values.length ? values[i] : '-'));
    entries.push(entry);
  }
  if (!hasVersion) throw new OttlRuntimeError('invalid ELF: missing #Version directive');
  result.set('elf.fields', [...current]);
  return result;
}

export const parseELF = defineFunction({
  name: 'ParseELF',
  kind: 'converter',
  params: [{ name: 'target', kind: 'string' }],
  contexts: ['log'],
  description: 'Parses a W3C Extended Log Format block into directives, field names and entries.',
  create: (args) => {
    const target = args.target;
    return (ctx) => {
      const source = target(ctx);
      if (source === '') throw new OttlRuntimeError('cannot parse empty ELF message');
      return parseELFMessage(source);
    };
  },
});
