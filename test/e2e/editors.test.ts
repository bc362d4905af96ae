/**
 * Every row of the reference's `Test_e2e_editors` (pkg/ottl/e2e/e2e_test.go): one editor statement
 * run in a `context: log` group over the editors fixture, compared with the fixture after the row's edit.
 * As in the reference, each row runs twice: as written and with `log.`-qualified paths.
 */
import { describe, expect, it } from 'vitest';
import { checkRow, editorsFixture, map, withLogContextNames, type E2eRow, type Fixture } from './log-fixture-a.js';

/** Removes keys from the record's attributes. */
const remove = (f: Fixture, ...keys: string[]) => keys.forEach((k) => f.attrs.delete(k));

/** Replaces the record's attributes with exactly these entries. */
const replaceAll = (f: Fixture, entries: [string, unknown][]) => {
  f.attrs.clear();
  for (const [k, v] of entries) f.attrs.set(k, v as never);
};

const fooMapOf = (f: Fixture) => f.attrs.get('foo') as Map<string, unknown>;

/** Every key but the `http.*` ones. */
const NON_HTTP = ['flags', 'total.string', 'foo', 'things', 'conflict.conflict1', 'conflict'];

const mergedFoo = (f: Fixture) => {
  f.attrs.set('bar', 'pass');
  f.attrs.set('slice', ['val']);
  f.attrs.set('nested', map([['test', 'pass']]));
};

/** Rows that cannot pass yet, with the reason; they are skipped, never dropped. */
export const KNOWN_DIVERGENCES: Record<string, string> = {};

const rows: E2eRow[] = [
  { statement: 'delete_key(attributes, "http.method")', want: (f) => remove(f, 'http.method') },
  {
    statement: 'delete_matching_keys(attributes, "^http")',
    want: (f) => remove(f, 'http.method', 'http.path', 'http.url'),
  },
  { statement: 'keep_matching_keys(attributes, "^http")', want: (f) => remove(f, ...NON_HTTP) },
  { statement: 'keep_matching_keys(attributes, Concat(["^", "http"], ""))', want: (f) => remove(f, ...NON_HTTP) },
  {
    statement: 'flatten(attributes)',
    want: (f) => {
      remove(f, 'foo', 'conflict.conflict1', 'conflict', 'things');
      f.attrs.set('foo.bar', 'pass');
      f.attrs.set('foo.flags', 'pass');
      f.attrs.set('foo.slice.0', 'val');
      f.attrs.set('foo.nested.test', 'pass');
      f.attrs.set('conflict.conflict1.conflict2', 'nopass');
      f.attrs.set('things.0.name', 'foo');
      f.attrs.set('things.0.value', 2n);
      f.attrs.set('things.1.name', 'bar');
      f.attrs.set('things.1.value', 5n);
    },
  },
  {
    statement: 'flatten(attributes, "test")',
    want: (f) =>
      replaceAll(f, [
        ['test.http.method', 'get'],
        ['test.http.path', '/health'],
        ['test.http.url', 'http://localhost/health'],
        ['test.flags', 'A|B|C'],
        ['test.total.string', '123456789'],
        ['test.foo.bar', 'pass'],
        ['test.foo.flags', 'pass'],
        ['test.foo.slice.0', 'val'],
        ['test.foo.nested.test', 'pass'],
        ['test.conflict.conflict1.conflict2', 'nopass'],
        ['test.things.0.name', 'foo'],
        ['test.things.0.value', 2n],
        ['test.things.1.name', 'bar'],
        ['test.things.1.value', 5n],
      ]),
  },
  {
    statement: 'flatten(attributes, "test", resolveConflicts=true)',
    want: (f) =>
      replaceAll(f, [
        ['test.http.method', 'get'],
        ['test.http.path', '/health'],
        ['test.http.url', 'http://localhost/health'],
        ['test.flags', 'A|B|C'],
        ['test.total.string', '123456789'],
        ['test.foo.bar', 'pass'],
        ['test.foo.flags', 'pass'],
        ['test.foo.slice', 'val'],
        ['test.foo.nested.test', 'pass'],
        ['test.conflict.conflict1.conflict2', 'pass'],
        ['test.conflict.conflict1.conflict2.0', 'nopass'],
        ['test.things.0.name', 'foo'],
        ['test.things.0.value', 2n],
        ['test.things.1.name', 'bar'],
        ['test.things.1.value', 5n],
      ]),
  },
  {
    statement: 'flatten(attributes, depth=1)',
    want: (f) =>
      replaceAll(f, [
        ['http.method', 'get'],
        ['http.path', '/health'],
        ['http.url', 'http://localhost/health'],
        ['flags', 'A|B|C'],
        ['total.string', '123456789'],
        ['foo.bar', 'pass'],
        ['foo.flags', 'pass'],
        ['foo.slice', ['val']],
        ['conflict.conflict1.conflict2', 'nopass'],
        ['conflict.conflict1', map([['conflict2', 'pass']])],
        [
          'things.0',
          map([
            ['name', 'foo'],
            ['value', 2n],
          ]),
        ],
        [
          'things.1',
          map([
            ['name', 'bar'],
            ['value', 5n],
          ]),
        ],
        ['foo.nested', map([['test', 'pass']])],
      ]),
  },
  {
    statement: 'keep_keys(attributes, ["flags", "total.string"])',
    want: (f) => remove(f, 'http.method', 'http.path', 'http.url', 'foo', 'things', 'conflict.conflict1', 'conflict'),
  },
  { statement: 'limit(attributes, 100, [])', want: () => {} },
  {
    statement: 'limit(attributes, 1, ["total.string"])',
    want: (f) =>
      remove(f, 'http.method', 'http.path', 'http.url', 'flags', 'foo', 'things', 'conflict.conflict1', 'conflict'),
  },
  { statement: 'merge_maps(attributes, attributes["foo"], "insert")', want: mergedFoo },
  { statement: 'merge_maps(attributes, attributes["foo"], "update")', want: (f) => f.attrs.set('flags', 'pass') },
  {
    statement: 'merge_maps(attributes, attributes["foo"], "upsert")',
    want: (f) => {
      mergedFoo(f);
      f.attrs.set('flags', 'pass');
    },
  },
  {
    statement: 'merge_maps(attributes, {"map_literal": {"list": [{"foo":"bar"}, "test"]}}, "upsert")',
    want: (f) => f.attrs.set('map_literal', map([['list', [map([['foo', 'bar']]), 'test']]])),
  },
  {
    statement: 'replace_all_matches(attributes, "*/*", "test")',
    want: (f) => {
      f.attrs.set('http.path', 'test');
      f.attrs.set('http.url', 'test');
    },
  },
  {
    statement: 'replace_all_matches(attributes, Concat(["*","/","*"],""), "test")',
    want: (f) => {
      f.attrs.set('http.path', 'test');
      f.attrs.set('http.url', 'test');
    },
  },
  {
    statement: 'replace_all_patterns(attributes, "key", "^http", "test")',
    want: (f) => {
      remove(f, 'http.method', 'http.path', 'http.url');
      f.attrs.set('test.method', 'get');
      f.attrs.set('test.path', '/health');
      f.attrs.set('test.url', 'http://localhost/health');
    },
  },
  {
    statement: 'replace_all_patterns(attributes, "value", "/", "@")',
    want: (f) => {
      f.attrs.set('http.path', '@health');
      f.attrs.set('http.url', 'http:@@localhost@health');
    },
  },
  {
    statement: 'replace_match(attributes["http.path"], Concat(["*","/","*"],""), "test")',
    want: (f) => f.attrs.set('http.path', 'test'),
  },
  {
    statement: 'replace_all_patterns(attributes, "value", Concat(["/","health"],""), "@")',
    want: (f) => {
      f.attrs.set('http.path', '@');
      f.attrs.set('http.url', 'http://localhost@');
    },
  },
  { statement: 'replace_match(attributes["http.path"], "*/*", "test")', want: (f) => f.attrs.set('http.path', 'test') },
  { statement: 'replace_pattern(attributes["http.path"], "/", "@")', want: (f) => f.attrs.set('http.path', '@health') },
  {
    statement: 'replace_pattern(attributes["http.path"], Concat(["/","health"],""), "@")',
    want: (f) => f.attrs.set('http.path', '@'),
  },
  {
    statement: 'replace_pattern(attributes["http.path"], "/", "@", SHA256)',
    want: (f) =>
      f.attrs.set('http.path', 'c3641f8544d7c02f3580b07c0f9887f0c6a27ff5ab1d4a3e29caf197cfc299aehealth'),
  },
  { statement: 'set(attributes["test"], "pass")', want: (f) => f.attrs.set('test', 'pass') },
  // Pinned reading: the reference's table row predates v0.161, where `set` with nil was a no-op. Since the
  // `ottl.set.allowNil` gate became stable (v0.162) nil passes to the target, and a missing attribute key is
  // created with an empty value (inventory 2.8); these two rows follow the newest behaviour.
  { statement: 'set(attributes["test"], nil)', want: (f) => f.attrs.set('test', null) },
  { statement: 'set(attributes["test"], "nil")', want: (f) => f.attrs.set('test', 'nil') },
  { statement: 'set(attributes["test"], attributes["unknown"])', want: (f) => f.attrs.set('test', null) },
  { statement: 'set(attributes["foo"]["test"], "pass")', want: (f) => fooMapOf(f).set('test', 'pass') },
  { statement: 'truncate_all(attributes, 100)', want: () => {} },
  {
    statement: 'truncate_all(attributes, 1)',
    want: (f) => {
      f.attrs.set('http.method', 'g');
      f.attrs.set('http.path', '/');
      f.attrs.set('http.url', 'h');
      f.attrs.set('flags', 'A');
      f.attrs.set('total.string', '1');
    },
  },
  {
    statement: 'append(attributes["foo"]["slice"], "sample_value")',
    want: (f) => (fooMapOf(f).get('slice') as unknown[]).push('sample_value'),
  },
  {
    statement: 'append(attributes["foo"]["flags"], "sample_value")',
    want: (f) => fooMapOf(f).set('flags', ['pass', 'sample_value']),
  },
  {
    statement: 'append(attributes["foo"]["slice"], values=[5,6])',
    want: (f) => (fooMapOf(f).get('slice') as unknown[]).push(5n, 6n),
  },
  {
    statement: 'append(attributes["foo"]["new_slice"], values=[5,6])',
    want: (f) => fooMapOf(f).set('new_slice', [5n, 6n]),
  },
];

describe('reference e2e: editors', () => {
  const live = rows.filter((r) => !(r.statement in KNOWN_DIVERGENCES));
  it.each(live.map((r) => [r.statement, r] as const))('%s', (_s, row) => checkRow(row, editorsFixture));

  // The reference runs every row a second time with context-qualified paths (`log.attributes`).
  it.each(live.map((r) => [withLogContextNames(r.statement), r] as const))('%s', (text, row) =>
    checkRow(row, editorsFixture, text),
  );

  const skipped = rows.filter((r) => r.statement in KNOWN_DIVERGENCES);
  if (skipped.length > 0) {
    it.skip.each(skipped.map((r) => [r.statement, KNOWN_DIVERGENCES[r.statement]] as const))('%s (%s)', () => {});
  }

  it('fails a row whose expectation is wrong (a value, or Int versus Double)', () => {
    const row = (want: (f: Fixture) => void): E2eRow => ({ statement: 'set(attributes["test"], 1.0)', want });
    expect(() => checkRow(row((f) => f.attrs.set('test', 1)), editorsFixture)).not.toThrow();
    expect(() => checkRow(row((f) => f.attrs.set('test', 2)), editorsFixture)).toThrow();
    expect(() => checkRow(row((f) => f.attrs.set('test', 1n)), editorsFixture)).toThrow();
    expect(() => checkRow({ ...row(() => {}), error: 'boom' }, editorsFixture)).toThrow();
  });

  it('lists only known divergences that are rows of this table', () => {
    for (const k of Object.keys(KNOWN_DIVERGENCES)) {
      if (!rows.some((r) => r.statement === k)) throw new Error(`not a row: ${k}`);
    }
  });
});
