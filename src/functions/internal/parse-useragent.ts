/**
 * User-agent parsing with the ua-parser `regexes.yaml` database (the `uap-core` package), matched
 * the way the reference's uap-go library does: the first pattern that matches wins; each field is
 * the pattern's replacement template (default `$1`, `$2`…) expanded with the match's groups.
 *
 * The database is loaded and each pattern compiled lazily, on first use, because reading and
 * compiling all of it takes a noticeable fraction of a second.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { RE2JS } from 're2js';
import { parse } from 'yaml';

interface RawPattern {
  readonly regex: string;
  readonly regex_flag?: string;
  readonly [replacement: string]: string | undefined;
}

class Pattern {
  private compiled: RE2JS | null | undefined;
  constructor(
    private readonly raw: RawPattern,
    readonly templates: readonly string[],
  ) {}

  /** The groups of the first match (unset groups are ''), or undefined. */
  match(s: string): string[] | undefined {
    if (this.compiled === undefined) {
      try {
        const flag = this.raw.regex_flag;
        this.compiled = RE2JS.compile(flag ? `(?${flag})${this.raw.regex}` : this.raw.regex);
      } catch {
        this.compiled = null; // a pattern RE2 cannot compile never matches
      }
    }
    if (this.compiled === null) return undefined;
    const m = this.compiled.matcher(s);
    if (!m.find()) return undefined;
    const groups: string[] = [];
    for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? '');
    return groups;
  }
}

/**
 * Go `Regexp.ExpandString` for templates without named groups: `$n` / `${n}` is group n (empty
 * when absent), `$$` is `$`, and `$` followed by a name that is not a number expands to nothing.
 */
function expand(template: string, groups: readonly string[]): string {
  return template.replace(/\$(\$|\{([A-Za-z0-9_]+)\}|[A-Za-z0-9_]+)/g, (_m, ref: string, braced?: string) => {
    if (ref === '$') return '$';
    const name = braced ?? ref;
    return /^[0-9]+$/.test(name) ? (groups[Number(name)] ?? '') : '';
  });
}

interface Database {
  readonly ua: readonly Pattern[];
  readonly os: readonly Pattern[];
}

let database: Database | undefined;

type RawDoc = Record<string, RawPattern[]>;

const SECTION = /^([a-z_]+):\s*$/;
const ENTRY = /^\s*(- )?([a-z_0-9]+): '((?:[^']|'')*)'\s*(?:#.*)?$/;

/**
 * Reads regexes.yaml with a line parser: the file only uses `section:` headers and
 * `- key: 'single-quoted'` entries, and this is an order of magnitude faster than a general YAML
 * parser. Returns undefined if any line has another shape (then the YAML parser is used).
 */
function readSimple(text: string): RawDoc | undefined {
  const doc: RawDoc = {};
  let section: RawPattern[] | undefined;
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const sec = SECTION.exec(line);
    if (sec !== null) {
      section = [];
      doc[sec[1]] = section;
      current = undefined;
      continue;
    }
    const m = ENTRY.exec(line);
    if (m === null || section === undefined) return undefined;
    if (m[1] !== undefined) {
      current = {};
      section.push(current as unknown as RawPattern);
    }
    if (current === undefined) return undefined;
    current[m[2]] = m[3].replaceAll("''", "'");
  }
  return doc;
}

function load(): Database {
  if (database !== undefined) return database;
  const require = createRequire(import.meta.url);
  const text = readFileSync(require.resolve('uap-core/regexes.yaml'), 'utf8');
  const doc = (readSimple(text) ?? parse(text)) as {
    user_agent_parsers: RawPattern[];
    os_parsers: RawPattern[];
  };
  const tpl = (p: RawPattern, keys: string[], defaults: string[]) =>
    keys.map((k, i) => (p[k] === undefined || p[k] === null ? '' : String(p[k])) || defaults[i]);
  database = {
    ua: doc.user_agent_parsers.map(
      (p) => new Pattern(p, tpl(p, ['family_replacement', 'v1_replacement', 'v2_replacement', 'v3_replacement'], ['$1', '$2', '$3', '$4'])),
    ),
    os: doc.os_parsers.map(
      (p) =>
        new Pattern(
          p,
          tpl(p, ['os_replacement', 'os_v1_replacement', 'os_v2_replacement', 'os_v3_replacement', 'os_v4_replacement'], [
            '$1',
            '$2',
            '$3',
            '$4',
            '$5',
          ]),
        ),
    ),
  };
  return database;
}

/** Family and version parts; family is `Other` when nothing matches. */
export interface Parsed {
  readonly family: string;
  readonly parts: readonly string[];
}

function first(patterns: readonly Pattern[], s: string): Parsed {
  for (const p of patterns) {
    const groups = p.match(s);
    if (groups === undefined) continue;
    const [family, ...parts] = p.templates.map((t) => expand(t, groups));
    if (family !== '') return { family, parts };
  }
  return { family: 'Other', parts: [] };
}

const CACHE_SIZE = 1024;
const uaCache = new Map<string, Parsed>();
const osCache = new Map<string, Parsed>();

/** Looks `s` up in a bounded cache (cleared when full): a miss scans hundreds of patterns. */
function cached(cache: Map<string, Parsed>, patterns: () => readonly Pattern[], s: string): Parsed {
  let r = cache.get(s);
  if (r === undefined) {
    r = first(patterns(), s);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(s, r);
  }
  return r;
}

/** uap-go `ParseUserAgent` (results cached, as uap-go does). */
export function parseUserAgent(s: string): Parsed {
  return cached(uaCache, () => load().ua, s);
}

/** uap-go `ParseOs` (results cached). */
export function parseOs(s: string): Parsed {
  return cached(osCache, () => load().os, s);
}

/** uap-go `ToVersionString`: the non-empty version parts joined with dots (stopping at none). */
export function versionString(parts: readonly string[]): string {
  let out = '';
  parts.forEach((p, i) => {
    if (p !== '') out += i === 0 ? p : '.' + p;
  });
  return out;
}
