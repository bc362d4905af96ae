/** `ExtractGrokPatterns(target, pattern, named_captures_only?, pattern_definitions?)`. */
import { OttlRuntimeError } from '../core/errors.js';
import { goQuote } from '../core/values/go-text.js';
import type { Value, ValueMap } from '../core/values/types.js';
import { compileGrok, type GrokProgram } from './internal/grok-compile.js';
import { ArgumentError, defineFunction } from './signature.js';

const MAX_CACHED_PATTERNS = 64;

function parseGoInt(s: string, name: string): bigint {
  if (!/^[+-]?[0-9]+$/.test(s)) throw new Error(`strconv.Atoi: parsing ${goQuote(s)}: invalid syntax`);
  const v = BigInt(s);
  if (v < -(1n << 63n) || v >= 1n << 63n) throw new Error(`strconv.Atoi: parsing ${goQuote(s)}: value out of range`);
  void name;
  return v;
}

function parseGoFloat(s: string): number {
  const t = s.replaceAll(/^[+]/g, '');
  if (/^[+-]?(inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  if (/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(s)) return Number(t);
  throw new Error(`strconv.ParseFloat: parsing ${goQuote(s)}: invalid syntax`);
}

function parseGoBool(s: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  throw new Error(`strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax`);
}

function convert(value: string, name: string, hint: string | undefined): Value {
  switch (hint) {
    case undefined:
    case 'string':
      return value;
    case 'int':
    case 'long':
      return parseGoInt(value, name);
    case 'float':
    case 'double':
      return parseGoFloat(value);
    case 'bool':
    case 'boolean':
      return parseGoBool(value);
    default:
      throw new Error(`invalid type for ${name}: type not specified`);
  }
}

function parseDefinitions(defs: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  defs.forEach((def, i) => {
    const eq = def.indexOf('=');
    if (eq < 0) {
      const shown = def.length > 20 ? def.slice(0, 17) + '...' : def;
      throw new ArgumentError(
        'pattern_definitions',
        `pattern ${goQuote(shown)} supplied to ExtractGrokPatterns at index ${i} has incorrect format, expecting PATTERNNAME=pattern definition`,
      );
    }
    const name = def.slice(0, eq);
    if (name.includes(':')) throw new ArgumentError('pattern_definitions', `pattern ID ${goQuote(name)} should not contain ':'`);
    out.set(name, def.slice(eq + 1));
  });
  return out;
}

/**
 * Matches `target` against the grok `pattern` (built on RE2, linear time) and returns a map of the
 * named captures that matched non-empty text; an unmatched target gives an empty map. Dots in
 * capture ids are kept (`%{IP:client.ip}` → key `client.ip`). A `:TYPE` suffix converts the value:
 * `int`/`long` → int64, `float`/`double` → float64, `bool`/`boolean` → bool.
 *
 * `named_captures_only` (default false) leaves bare `%{SYNTAX}` references uncaptured (otherwise
 * they are captured under the syntax name). `pattern_definitions` adds `NAME=pattern` definitions,
 * which take precedence over the built-in library (the go-grok "complete" set: default, AWS,
 * firewalls, syslog, httpd…).
 *
 * Errors: malformed pattern definitions (compile time); an unknown pattern name, an invalid
 * regex, no named group while `named_captures_only` is true, or a failed type conversion (run
 * time; patterns are compiled once per distinct pattern text).
 */
export const ExtractGrokPatterns = defineFunction({
  name: 'ExtractGrokPatterns',
  kind: 'converter',
  description: 'extracts fields from text with a grok pattern',
  params: [
    { name: 'target', kind: 'string', doc: 'the text to parse' },
    { name: 'pattern', kind: 'string', doc: 'the grok pattern' },
    { name: 'named_captures_only', kind: 'literalBool', optional: true, doc: 'capture only %{SYNTAX:ID} references' },
    { name: 'pattern_definitions', kind: 'literalStringList', optional: true, doc: 'extra NAME=pattern definitions' },
  ] as const,
  create: ({ target, pattern, named_captures_only: nco, pattern_definitions: defs }) => {
    const namedOnly = nco === true;
    const custom = parseDefinitions(defs ?? []);
    const cache = new Map<string, GrokProgram>();
    const program = (text: string): GrokProgram => {
      let p = cache.get(text);
      if (p !== undefined) return p;
      try {
        p = compileGrok(text, namedOnly, custom);
      } catch (e) {
        throw new OttlRuntimeError(
          `the regex pattern supplied to ExtractGrokPatterns '${goQuote(text)}' is not a valid pattern: ${(e as Error).message}`,
        );
      }
      if (cache.size >= MAX_CACHED_PATTERNS) cache.clear();
      cache.set(text, p);
      return p;
    };
    return (ctx) => {
      const p = program(pattern(ctx));
      if (namedOnly && !p.hasNamedGroups) {
        throw new OttlRuntimeError('at least 1 named capture group must be supplied in the given regex');
      }
      const text = target(ctx);
      const out: ValueMap = new Map();
      const match = p.regex.findSubmatch(text);
      if (match === null) return out;
      for (let g = 1; g < p.names.length; g++) {
        const name = p.names[g];
        if (name === '' || match[g] === '') continue;
        let v: Value;
        try {
          v = convert(match[g], name, p.hints.get(name));
        } catch (e) {
          throw new OttlRuntimeError((e as Error).message);
        }
        const key = name.replaceAll('___', '.');
        out.set(key, v);
      }
      return out;
    };
  },
});
