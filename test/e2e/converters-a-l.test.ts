/**
 * The reference's `Test_e2e_converters` rows (pkg/ottl/e2e/e2e_test.go) whose statement's first
 * converter starts with A–L, plus the rows that call no converter at all (dynamic indexing, string
 * escapes, map and list literals), which belong to no letter range. Each runs in a `context: log`
 * group with `error_mode: propagate` over the converters fixture, as written and, as the reference
 * also does, with `log.`-qualified paths.
 */
import { describe, it } from 'vitest';
import { checkRow, convertersFixture, map, withLogContextNames, type E2eRow, type Fixture } from './log-fixture-a.js';

const put = (key: string, value: unknown) => (f: Fixture) => void f.attrs.set(key, value as never);
const test = (value: unknown) => put('test', value);
const body = (value: unknown) => (f: Fixture) => void (f.log.body = value as never);
const pass = test('pass');
const nothing = () => {};

const grokUrl = map([
  ['url.scheme', 'http'],
  ['url.username', 'user'],
  ['url.domain', 'example.com'],
  ['url.port', 80n],
  ['url.path', '/path'],
  ['url.query', 'query=string'],
]);

/** Rows that cannot pass yet, with the reason; they are skipped, never dropped. */
export const KNOWN_DIVERGENCES: Record<string, string> = {};

/** Rows without any converter: indexing, escapes, literals. */
const noConverterRows: E2eRow[] = [
  {
    statement: 'set(attributes["newOne"], attributes[1])',
    want: nothing,
    error: 'unable to resolve a string index in map: invalid key type',
  },
  {
    statement: 'set(attributes["array"][0.0], "bar")',
    want: nothing,
    error:
      "unable to resolve an integer index in slice: could not resolve key for map/slice, expecting 'int64' but got 'float64'",
  },
  { statement: 'set(attributes[attributes["flags"]], "something33")', want: put('A|B|C', 'something33') },
  { statement: 'set(attributes[attributes[attributes["flags"]]], "something2")', want: put('something', 'something2') },
  { statement: 'set(body, attributes["things"][attributes["int_value"] + 1]["name"])', want: body('bar') },
  {
    statement: 'set(body, attributes[attributes["foo"][attributes["slice"]][attributes["int_value"] + 1 - 1]])',
    want: body('val2'),
  },
  {
    statement: 'set(body, attributes[attributes["foo"][attributes["slice"]][attributes["int_value"]]])',
    want: body('val2'),
  },
  {
    statement: 'set(resource.attributes[attributes["flags"]], "something33")',
    want: (f) => void f.resource.attributes.set('A|B|C', 'something33'),
  },
  {
    statement: 'set(resource.attributes[resource.attributes[attributes["flags"]]], "something33")',
    want: (f) => void f.resource.attributes.set('newValue', 'something33'),
  },
  { statement: 'set(attributes[resource.attributes[attributes["flags"]]], "something33")', want: put('newValue', 'something33') },
  { statement: 'set(body, attributes["array"])', want: body(['looong']) },
  { statement: 'set(attributes["array"][attributes["int_value"]], 3)', want: put('array', [3n]) },
  { statement: String.raw`set(attributes["test"], "\\")`, want: test('\\') },
  { statement: String.raw`set(attributes["test"], "\\\\")`, want: test('\\\\') },
  { statement: String.raw`set(attributes["test"], "\\\\\\")`, want: test('\\\\\\') },
  { statement: String.raw`set(attributes["test"], "\\\\\\\\")`, want: test('\\\\\\\\') },
  { statement: String.raw`set(attributes["test"], "\"")`, want: test('"') },
  // keep_keys must see two list items, the first a single backslash.
  { statement: String.raw`keep_keys(attributes["foo"], ["\\", "bar"])`, want: put('foo', map([['bar', 'pass']])) },
  { statement: 'set(attributes["test"], {"list":[{"foo":"bar"}]})', want: test(map([['list', [map([['foo', 'bar']])]]])) },
  {
    statement: 'set(attributes, {"list":[{"foo":"bar"}]})',
    want: (f) => {
      f.attrs.clear();
      f.attrs.set('list', [map([['foo', 'bar']])]);
    },
  },
  {
    statement: 'set(attributes["arr"], [{"list":[{"foo":"bar"}]}, {"bar":"baz"}])',
    want: put('arr', [map([['list', [map([['foo', 'bar']])]]]), map([['bar', 'baz']])]),
  },
];

/** Rows whose first converter starts with A–L. */
const converterRows: E2eRow[] = [
  {
    statement: 'set(attributes["array"][ConvertCase(attributes["A|B|C"], "upper")], "bar")',
    want: nothing,
    error: "unable to resolve an integer index in slice: could not resolve key for map/slice, expecting 'int64'",
  },
  { statement: 'set(attributes[ConvertCase(attributes["A|B|C"], "upper")], "myvalue")', want: put('SOMETHING', 'myvalue') },
  {
    statement: 'set(attributes[ConvertCase(attributes[attributes["flags"]], "upper")], "myvalue")',
    want: put('SOMETHING', 'myvalue'),
  },
  { statement: 'set(body, attributes["things"][Len(attributes["things"]) - 1]["name"])', want: body('bar') },
  { statement: 'set(attributes["test"], Base64Decode("cGFzcw=="))', want: pass },
  { statement: 'set(attributes["test"], Decode("cGFzcw==", "base64"))', want: pass },
  {
    statement: 'set(attributes["decoded_base64"], Decode("cGFzcw==", attributes["encoding"]))',
    want: put('decoded_base64', 'pass'),
  },
  { statement: 'set(attributes["test"], Concat(["A","B"], ":"))', want: test('A:B') },
  { statement: 'set(attributes["test"], Concat(["A","B"], attributes["val"]))', want: test('Aval2B') },
  { statement: 'set(attributes["test"], ConvertCase(attributes["http.method"], "upper"))', want: test('GET') },
  { statement: 'set(attributes["test"], ConvertCase("PASS", "lower"))', want: pass },
  { statement: 'set(attributes["test"], ConvertCase("fooBar", "snake"))', want: test('foo_bar') },
  { statement: 'set(attributes["test"], ConvertCase("foo_bar", "camel"))', want: test('FooBar') },
  {
    statement:
      'set(attributes["test"], ConvertAttributesToElementsXML("<Log id=\\"1\\"><Message>This is a log message!</Message></Log>"))',
    want: test('<Log><Message>This is a log message!</Message><id>1</id></Log>'),
  },
  {
    statement: 'set(body, ConvertTextToElementsXML("<a><b/>foo</a>"))',
    want: body('<a><b></b><value>foo</value></a>'),
  },
  {
    statement: 'set(body, ConvertTextToElementsXML("<a><b/>foo</a><c><b/>bar</c>", "/a", "custom"))',
    want: body('<a><b></b><custom>foo</custom></a><c><b></b>bar</c>'),
  },
  { statement: 'set(attributes["test"], Double(1.0))', want: test(1) },
  { statement: 'set(attributes["test"], Double("1"))', want: test(1) },
  { statement: 'set(attributes["test"], Double(true))', want: test(1) },
  { statement: 'set(attributes["test"], Double(1))', want: test(1) },
  {
    statement: String.raw`set(attributes["test"], ExtractPatterns("aa123bb", "(?P<numbers>\\d+)"))`,
    want: test(map([['numbers', '123']])),
  },
  {
    statement: String.raw`set(attributes["test"], ExtractPatterns("aa123bb", Concat(["(?P", "<numbers>", "\\d+)"], "")))`,
    want: test(map([['numbers', '123']])),
  },
  {
    statement:
      'set(attributes["test"], ExtractGrokPatterns("http://user:password@example.com:80/path?query=string", "%{ELB_URI}", true))',
    want: test(grokUrl),
  },
  {
    statement:
      'set(attributes["test"], ExtractGrokPatterns("http://user:password@example.com:80/path?query=string", Concat(["%{", "ELB_URI", "}"], ""), true))',
    want: test(grokUrl),
  },
  { statement: 'set(attributes["test"], FNV("pass"))', want: test(266877920130663416n) },
  { statement: 'set(attributes["test"], Format("%03d-%s", [7, "test"]))', want: test('007-test') },
  { statement: 'set(attributes["test"], Hour(Time("12", "%H")))', want: test(12n) },
  { statement: 'set(attributes["test"], Hours(Duration("90m")))', want: test(1.5) },
  { statement: 'set(attributes["test"], InsertXML("<a></a>", "/a", "<b></b>"))', want: test('<a><b></b></a>') },
  { statement: 'set(attributes["test"], Int(1.0))', want: test(1n) },
  { statement: 'set(attributes["test"], Int("1"))', want: test(1n) },
  { statement: 'set(attributes["test"], Int(true))', want: test(1n) },
  { statement: 'set(attributes["test"], Int(1))', want: test(1n) },
  {
    statement: 'set(attributes["test"], GetXML("<a><b>1</b><c><b>2</b></c></a>", "/a//b"))',
    want: test('<b>1</b><b>2</b>'),
  },
  { statement: 'set(attributes["test"], Hex(1.0))', want: test('3ff0000000000000') },
  { statement: 'set(attributes["test"], Hex(true))', want: test('01') },
  { statement: 'set(attributes["test"], Hex(12))', want: test('000000000000000c') },
  { statement: 'set(attributes["test"], Hex("12"))', want: test('3132') },
  { statement: 'set(attributes["test"], "pass") where IsBool(false)', want: pass },
  { statement: 'set(attributes["test"], "pass") where IsDouble(1.0)', want: pass },
  { statement: 'set(attributes["test"], "pass") where IsMap(attributes["foo"])', want: pass },
  { statement: 'set(attributes["test"], "pass") where IsList(attributes["foo"]["slice"])', want: pass },
  { statement: String.raw`set(attributes["test"], "pass") where IsMatch("aa123bb", "\\d{3}")`, want: pass },
  { statement: 'set(attributes["test"], "pass") where IsString("")', want: pass },
  { statement: 'set(attributes["test"], Len(attributes["foo"]))', want: test(4n) },
  { statement: 'set(attributes["test"], Log(1))', want: test(0) },
  { statement: 'set(attributes["test"], IsValidLuhn("17893729974"))', want: test(true) },
  { statement: 'set(attributes["test"], IsValidLuhn(17893729975))', want: test(false) },
  { statement: 'set(attributes["time"], FormatTime(time, "%Y-%m-%d"))', want: put('time', '2020-02-11') },
  { statement: 'set(attributes["test"], "pass") where IsString(UUID())', want: pass },
  { statement: 'set(attributes["test"], "pass") where IsString(UUIDv7())', want: pass },
  { statement: 'keep_keys(attributes["foo"], [Concat(["ba", "r"], "")])', want: put('foo', map([['bar', 'pass']])) },
  { statement: 'set(attributes["test"], IsList([{"list":[{"foo":"bar"}]}, {"bar":"baz"}]))', want: test(true) },
  { statement: 'set(attributes["test"], IsMap({"list":[{"foo":"bar"}]}))', want: test(true) },
  { statement: 'set(attributes["test"], Len([{"list":[{"foo":"bar"}]}, {"bar":"baz"}]))', want: test(2n) },
  { statement: 'set(attributes["indexof"], Index("opentelemetry", "telemetry"))', want: put('indexof', 4n) },
  { statement: 'set(attributes["indexof"], Index(attributes["slices"], "name"))', want: put('indexof', -1n) },
  { statement: 'set(attributes["indexof"], Index(attributes["slices"], "slice2"))', want: put('indexof', 1n) },
  // The slice holds a map; Index finds it by value.
  {
    statement: 'set(attributes["indexof"], Index(attributes["slices"], attributes["slices"][2]))',
    want: put('indexof', 2n),
  },
  { statement: 'set(attributes["test"], Bool(1))', want: test(true) },
  { statement: 'set(attributes["test"], Bool("1"))', want: test(true) },
  { statement: 'set(attributes["test"], Bool(true))', want: test(true) },
  { statement: 'set(attributes["test"], Bool("true"))', want: test(true) },
];

function table(name: string, rows: E2eRow[]): void {
  describe(name, () => {
    const live = rows.filter((r) => !(r.statement in KNOWN_DIVERGENCES));
    it.each(live.map((r) => [r.statement, r] as const))('%s', (_s, row) => checkRow(row, convertersFixture));
    // The reference runs every row a second time with context-qualified paths (`log.attributes`).
    it.each(live.map((r) => [withLogContextNames(r.statement), r] as const))('%s', (text, row) =>
      checkRow(row, convertersFixture, text),
    );
    const skipped = rows.filter((r) => r.statement in KNOWN_DIVERGENCES);
    if (skipped.length > 0) {
      it.skip.each(skipped.map((r) => [r.statement, KNOWN_DIVERGENCES[r.statement]] as const))('%s (%s)', () => {});
    }
  });
}

describe('reference e2e: converters A–L', () => {
  table('rows without a converter', noConverterRows);
  table('converters A–L', converterRows);

  it('lists only known divergences that are rows of these tables', () => {
    const all = [...noConverterRows, ...converterRows];
    for (const k of Object.keys(KNOWN_DIVERGENCES)) {
      if (!all.some((r) => r.statement === k)) throw new Error(`not a row: ${k}`);
    }
  });
});
