/**
 * The function catalogue: the generated reference page is up to date, every declaration is
 * well-formed, and every function of the inventory (`/work/shared/ottl-inventory.md` §4) exists.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { functionCatalog, functionsMarkdown } from '../../src/functions/catalog.js';
import { FILTER_FUNCTIONS, STANDARD_FUNCTIONS, TRANSFORM_FUNCTIONS } from '../../src/functions/index.js';
import type { AnyFunctionDefinition, ParamSpec } from '../../src/functions/signature.js';

const DOCS = join(dirname(fileURLToPath(import.meta.url)), '../../docs/functions.md');

/** §4.0/§4.1: the 17 editors of ottlfuncs (the 16 of §4.1 plus clear, PR #50020). */
const EDITORS = [
  'append', 'clear', 'delete_index', 'delete_key', 'delete_matching_keys', 'keep_matching_keys', 'flatten', 'keep_keys', 'limit',
  'merge_maps', 'replace_all_matches', 'replace_all_patterns', 'replace_match', 'replace_pattern', 'set', 'stringify_all', 'truncate_all',
];

/** §4.2: the 106 converters of ottlfuncs (98 stable + 8 experimental lambda converters). */
const CONVERTERS = [
  'All', 'Any', 'Base64Decode', 'Base64Encode', 'Bool', 'Coalesce', 'CommunityID', 'Concat',
  'ContainsValue', 'ConvertAttributesToElementsXML', 'ConvertCase', 'ConvertTextToElementsXML', 'Day', 'Decode', 'Double', 'Duration',
  'ExtractGrokPatterns', 'ExtractPatterns', 'Filter', 'Find', 'FNV', 'Format', 'FormatTime', 'GetXML',
  'HasPrefix', 'HasSuffix', 'Hex', 'Hour', 'Hours', 'Index', 'InsertXML', 'Int',
  'IsBool', 'IsDouble', 'IsEmpty', 'IsInCIDR', 'IsInt', 'IsList', 'IsMap', 'IsMatch',
  'IsRootSpan', 'IsString', 'IsValidLuhn', 'Keys', 'Len', 'Log', 'MapEach', 'MapKeys',
  'MD5', 'Microseconds', 'Milliseconds', 'Minute', 'Minutes', 'Month', 'Murmur3Hash', 'Murmur3Hash128',
  'Nanosecond', 'Nanoseconds', 'Now', 'ParseCSV', 'ParseInt', 'ParseJSON', 'ParseKeyValue', 'ParseSeverity',
  'ParseSimplifiedXML', 'ParseXML', 'ProfileID', 'Reduce', 'RemoveXML', 'Second', 'Seconds', 'SHA1',
  'SHA256', 'SHA512', 'SliceToMap', 'Sort', 'SpanID', 'Split', 'String', 'Substring',
  'Time', 'ToCamelCase', 'ToKeyValueString', 'ToLowerCase', 'ToSnakeCase', 'ToUpperCase', 'TraceID', 'Trim',
  'TrimPrefix', 'TrimSuffix', 'TruncateTime', 'Unix', 'UnixMicro', 'UnixMilli', 'UnixNano', 'UnixSeconds',
  'URL', 'UserAgent', 'UUID', 'UUIDv7', 'Values', 'Weekday', 'When', 'XXH128',
  'XXH3', 'Year',
];

/** §4.3: the 19 transform-processor functions (14 metric functions, 4 log converters, 1 span editor). */
const TRANSFORM = [
  'convert_sum_to_gauge', 'convert_gauge_to_sum', 'extract_count_metric', 'extract_percentile_metric',
  'extract_sum_metric', 'convert_summary_count_val_to_sum', 'convert_summary_quantile_val_to_gauge', 'convert_summary_sum_val_to_sum',
  'copy_metric', 'scale_metric', 'aggregate_on_attributes', 'convert_exponential_histogram_to_histogram',
  'aggregate_on_attribute_value', 'merge_histogram_buckets', 'ParseCEF', 'ParseCLF',
  'ParseELF', 'ParseLEEF', 'set_semconv_span_name',
];

/** §4.4: the 2 filter-processor functions. */
const FILTER = ['HasAttrKeyOnDatapoint', 'HasAttrOnDatapoint'];

/** The experimental lambda converters: registered only behind a feature gate. */
const EXPERIMENTAL = ['All', 'Any', 'Filter', 'Find', 'MapEach', 'MapKeys', 'Reduce', 'When'];

/** Inventory functions not implemented yet; keep this list in sync when adding one. */
const KNOWN_MISSING: string[] = [];

const names = (defs: readonly AnyFunctionDefinition[]) => defs.map((d) => d.name);

/** Expected names absent from `defs`, printed so a failure says what is missing. */
function missingFrom(expected: readonly string[], defs: readonly AnyFunctionDefinition[]): string[] {
  const have = new Set(names(defs));
  const missing = expected.filter((n) => !have.has(n));
  if (missing.length > 0) console.warn(`missing functions: ${missing.join(', ')}`);
  return missing;
}

describe('docs/functions.md', () => {
  it('is the generated reference (regenerate: node bin/ottl.js functions --markdown > docs/functions.md)', () => {
    expect(readFileSync(DOCS, 'utf8')).toBe(functionsMarkdown() + '\n');
  });
});

describe('function declarations', () => {
  const all = [...STANDARD_FUNCTIONS, ...TRANSFORM_FUNCTIONS, ...FILTER_FUNCTIONS];

  it.each(all.map((d) => [d.name, d] as const))('%s has a description, a well-cased name and snake_case parameters', (_name, def) => {
    expect(def.description.trim()).not.toBe('');
    expect(def.name).toMatch(def.kind === 'editor' ? /^[a-z][a-z0-9_]*$/ : /^[A-Z][A-Za-z0-9]*$/);
    const params = def.params as readonly ParamSpec[];
    for (const p of params) expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(new Set(params.map((p) => p.name)).size).toBe(params.length);
    // Optional parameters come last: positional calls could not skip one otherwise.
    const firstOptional = params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(params.slice(firstOptional).every((p) => p.optional)).toBe(true);
  });

  it('has unique names within each host', () => {
    for (const host of [[...STANDARD_FUNCTIONS, ...TRANSFORM_FUNCTIONS], [...STANDARD_FUNCTIONS, ...FILTER_FUNCTIONS]]) {
      const seen = names(host);
      expect(seen.filter((n, i) => seen.indexOf(n) !== i)).toEqual([]);
    }
    expect(new Set(functionCatalog().map((f) => f.name)).size).toBe(functionCatalog().length);
  });

  it('gates exactly the experimental lambda converters', () => {
    expect(all.filter((d) => d.featureGate !== undefined).map((d) => d.name).sort()).toEqual([...EXPERIMENTAL].sort());
  });
});

describe('the inventory of functions', () => {
  it('has every ottlfuncs editor and converter', () => {
    expect(missingFrom([...EDITORS, ...CONVERTERS], STANDARD_FUNCTIONS)).toEqual(KNOWN_MISSING.filter((n) => !TRANSFORM.includes(n) && !FILTER.includes(n)));
  });

  it('has every transform- and filter-processor function', () => {
    expect([...missingFrom(TRANSFORM, TRANSFORM_FUNCTIONS), ...missingFrom(FILTER, FILTER_FUNCTIONS)]).toEqual(
      KNOWN_MISSING.filter((n) => TRANSFORM.includes(n) || FILTER.includes(n)),
    );
  });

  it('has the inventory’s kinds and counts (17 editors, 106 converters, 19 + 2 processor functions)', () => {
    expect([EDITORS.length, CONVERTERS.length, TRANSFORM.length, FILTER.length]).toEqual([17, 106, 19, 2]);
    const kindOf = new Map(functionCatalog().map((f) => [f.name, f.kind]));
    for (const n of EDITORS) expect(kindOf.get(n), n).toBe('editor');
    for (const n of CONVERTERS) expect(kindOf.get(n), n).toBe('converter');
  });

  it('has nothing beyond the inventory', () => {
    const expected = new Set([...EDITORS, ...CONVERTERS, ...TRANSFORM, ...FILTER]);
    expect(functionCatalog().map((f) => f.name).filter((n) => !expected.has(n))).toEqual([]);
  });
});
