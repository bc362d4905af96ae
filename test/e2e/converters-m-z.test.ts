/**
 * The reference's `Test_e2e_converters` rows (pkg/ottl/e2e/e2e_test.go) whose first converter is
 * named M–Z, plus its rows that call no converter at all (dynamic indexing, string escapes, map and
 * list literals). Each row runs in a `context: log` group with `error_mode: propagate` over the
 * reference's log record and must leave the payload equal to the fixture after the row's `want`.
 */
import { describe, expect, it } from 'vitest';
import type { LogsData } from '../../src/core/model.js';
import type { Value } from '../../src/core/values/types.js';
import { logFixture, map, recordOf, resourceOf, runLogs, withLogPrefix } from './log-fixture-b.js';

interface Row {
  readonly statement: string;
  /** The expected edit of the fixture. */
  readonly want: (d: LogsData) => void;
  /** A substring of the error the statement must fail with (the payload must stay unchanged). */
  readonly error?: string;
}

const attrs = (d: LogsData) => recordOf(d).attributes;
/** `want` that sets one log attribute. */
const put =
  (key: string, value: Value) =>
  (d: LogsData): void => {
    attrs(d).set(key, value);
  };
const passes = put('test', 'pass');
const unchanged = (): void => {};

/** Rows without any converter call. */
const NO_CONVERTER_ROWS: readonly Row[] = [
  {
    statement: 'set(attributes["newOne"], attributes[1])',
    want: unchanged,
    error: 'unable to resolve a string index in map: invalid key type',
  },
  {
    statement: 'set(attributes["array"][0.0], "bar")',
    want: unchanged,
    error: "unable to resolve an integer index in slice: could not resolve key for map/slice, expecting 'int64' but got 'float64'",
  },
  { statement: 'set(attributes[attributes["flags"]], "something33")', want: put('A|B|C', 'something33') },
  { statement: 'set(attributes[attributes[attributes["flags"]]], "something2")', want: put('something', 'something2') },
  {
    statement: 'set(body, attributes["things"][attributes["int_value"] + 1]["name"])',
    want: (d) => void (recordOf(d).body = 'bar'),
  },
  {
    statement: 'set(body, attributes[attributes["foo"][attributes["slice"]][attributes["int_value"] + 1 - 1]])',
    want: (d) => void (recordOf(d).body = 'val2'),
  },
  {
    statement: 'set(body, attributes[attributes["foo"][attributes["slice"]][attributes["int_value"]]])',
    want: (d) => void (recordOf(d).body = 'val2'),
  },
  {
    statement: 'set(resource.attributes[attributes["flags"]], "something33")',
    want: (d) => void resourceOf(d).attributes.set('A|B|C', 'something33'),
  },
  {
    statement: 'set(resource.attributes[resource.attributes[attributes["flags"]]], "something33")',
    want: (d) => void resourceOf(d).attributes.set('newValue', 'something33'),
  },
  { statement: 'set(attributes[resource.attributes[attributes["flags"]]], "something33")', want: put('newValue', 'something33') },
  { statement: 'set(body, attributes["array"])', want: (d) => void (recordOf(d).body = ['looong']) },
  { statement: 'set(attributes["array"][attributes["int_value"]], 3)', want: put('array', [3n]) },
  { statement: String.raw`set(attributes["test"], "\\")`, want: put('test', '\\') },
  { statement: String.raw`set(attributes["test"], "\\\\")`, want: put('test', '\\\\') },
  { statement: String.raw`set(attributes["test"], "\\\\\\")`, want: put('test', '\\\\\\') },
  { statement: String.raw`set(attributes["test"], "\\\\\\\\")`, want: put('test', '\\\\\\\\') },
  { statement: String.raw`set(attributes["test"], "\"")`, want: put('test', '"') },
  {
    // keep_keys must see a two-element list: the escaped backslash does not swallow the comma.
    statement: String.raw`keep_keys(attributes["foo"], ["\\", "bar"])`,
    want: put('foo', map({ bar: 'pass' })),
  },
  { statement: 'set(attributes["test"], {"list":[{"foo":"bar"}]})', want: put('test', map({ list: [map({ foo: 'bar' })] })) },
  {
    statement: 'set(attributes, {"list":[{"foo":"bar"}]})',
    want: (d) => void (recordOf(d).attributes = map({ list: [map({ foo: 'bar' })] })),
  },
  {
    statement: 'set(attributes["arr"], [{"list":[{"foo":"bar"}]}, {"bar":"baz"}])',
    want: put('arr', [map({ list: [map({ foo: 'bar' })] }), map({ bar: 'baz' })]),
  },
];

const hdr = map({ header1: 'val1', header2: 'val2', header3: 'val3' });

/** Rows whose first converter is named M–Z. */
const M_TO_Z_ROWS: readonly Row[] = [
  { statement: 'set(attributes["test"], "pass") where Time("10", "%M") - Time("01", "%M") < Duration("10m")', want: passes },
  { statement: 'set(attributes["test"], ToCamelCase("foo_bar"))', want: put('test', 'FooBar') },
  { statement: 'set(attributes["test"], ToSnakeCase("fooBar"))', want: put('test', 'foo_bar') },
  { statement: 'set(attributes["test"], ToUpperCase(attributes["http.method"]))', want: put('test', 'GET') },
  { statement: 'set(attributes["test"], ToLowerCase("PASS"))', want: put('test', 'pass') },
  { statement: 'set(attributes["test"], MD5("pass"))', want: put('test', '1a1dc91c907325c69271ddf0c944bc72') },
  { statement: 'set(attributes["test"], Microseconds(Duration("1ms")))', want: put('test', 1000n) },
  { statement: 'set(attributes["test"], Milliseconds(Duration("1s")))', want: put('test', 1000n) },
  { statement: 'set(attributes["test"], Minutes(Duration("1h")))', want: put('test', 60) },
  { statement: 'set(attributes["test"], Murmur3Hash128("Hello World"))', want: put('test', 'dbc2a0c1ab26631a27b4c09fcf1fe683') },
  { statement: 'set(attributes["test"], Murmur3Hash("Hello World"))', want: put('test', 'ce837619') },
  { statement: 'set(attributes["test"], Nanoseconds(Duration("1ms")))', want: put('test', 1000000n) },
  { statement: 'set(attributes["test"], "pass") where Now() - Now() < Duration("1h")', want: passes },
  {
    statement: 'set(attributes["test"], ParseCSV("val1;val2;val3","header1|header2|header3",";","|","strict"))',
    want: put('test', hdr),
  },
  {
    statement: 'set(attributes["test"], ParseCSV("val1,val2,val3","header1|header2|header3",headerDelimiter="|",mode="strict"))',
    want: put('test', hdr),
  },
  { statement: String.raw`set(attributes["test"], ParseJSON("{\"id\":1}"))`, want: put('test', map({ id: 1 })) },
  { statement: String.raw`set(attributes["test"], ParseJSON("[\"value1\",\"value2\"]"))`, want: put('test', ['value1', 'value2']) },
  { statement: 'set(attributes["test"], ParseKeyValue("k1=v1 k2=v2"))', want: put('test', map({ k1: 'v1', k2: 'v2' })) },
  { statement: 'set(attributes["test"], ParseKeyValue("k1!v1_k2!v2", "!", "_"))', want: put('test', map({ k1: 'v1', k2: 'v2' })) },
  {
    statement: String.raw`set(attributes["test"], ParseKeyValue("k1!v1_k2!\"v2__!__v2\"", "!", "_"))`,
    want: put('test', map({ k1: 'v1', k2: 'v2__!__v2' })),
  },
  { statement: 'set(attributes["test"], ToKeyValueString(ParseKeyValue("k1=v1 k2=v2"), "=", " ", true))', want: put('test', 'k1=v1 k2=v2') },
  {
    statement: 'set(attributes["test"], ToKeyValueString(ParseKeyValue("k1:v1,k2:v2", ":" , ","), ":", ",", true))',
    want: put('test', 'k1:v1,k2:v2'),
  },
  { statement: 'set(attributes["test"], ToKeyValueString(ParseKeyValue("k1=v1 k2=v2"), "!", "+", true))', want: put('test', 'k1!v1+k2!v2') },
  {
    statement: 'set(attributes["test"], ToKeyValueString(ParseKeyValue("k1=v1 k2=v2=v3"), "=", " ", true))',
    want: put('test', 'k1=v1 k2="v2=v3"'),
  },
  {
    statement: 'set(attributes["test"], ParseSimplifiedXML("<Log><id>1</id><Message>This is a log message!</Message></Log>"))',
    want: put('test', map({ Log: map({ id: '1', Message: 'This is a log message!' }) })),
  },
  {
    statement: String.raw`set(attributes["test"], ParseXML("<Log id=\"1\"><Message>This is a log message!</Message></Log>"))`,
    want: put(
      'test',
      map({ tag: 'Log', attributes: map({ id: '1' }), children: [map({ tag: 'Message', content: 'This is a log message!' })] }),
    ),
  },
  {
    statement: String.raw`set(attributes["test"], RemoveXML("<Log id=\"1\"><Message>This is a log message!</Message></Log>", "/Log/Message"))`,
    want: put('test', '<Log id="1"></Log>'),
  },
  { statement: 'set(attributes["test"], Seconds(Duration("1m")))', want: put('test', 60) },
  { statement: 'set(attributes["test"], SHA1("pass"))', want: put('test', '9d4e1e23bd5b727046a9e3b4b7db57bd8d6ee684') },
  {
    statement: 'set(attributes["test"], SHA256("pass"))',
    want: put('test', 'd74ff0ee8da3b9806b18c877dbf29bbde50b5bd8e4dad7a3a725000feb82e8f1'),
  },
  {
    statement: 'set(attributes["test"], SHA512("pass"))',
    want: put(
      'test',
      '5b722b307fce6c944905d132691d5e4a2214b7fe92b738920eb3fce3a90420a19511c3010a0e7712b054daef5b57bad59ecbd93b3280f210578f547f4aed4d25',
    ),
  },
  { statement: 'set(attributes["test"], Sort(Split(attributes["flags"], "|"), "desc"))', want: put('test', ['C', 'B', 'A']) },
  { statement: 'set(attributes["test"], Sort([true, false, false]))', want: put('test', [false, false, true]) },
  { statement: 'set(attributes["test"], Sort([3, 6, 9], "desc"))', want: put('test', [9n, 6n, 3n]) },
  {
    statement: 'set(attributes["test"], Sort([Double(1.5), Double(10.2), Double(2.3), Double(0.5)]))',
    want: put('test', [0.5, 1.5, 2.3, 10.2]),
  },
  { statement: 'set(attributes["test"], Sort([Int(11), Double(2.2), Double(-1)]))', want: put('test', [-1, 2.2, 11n]) },
  {
    // Mixed types sort by their string forms, as the reference does.
    statement: 'set(attributes["test"], Sort([false, Int(11), Double(2.2), "three"]))',
    want: put('test', [11n, 2.2, false, 'three']),
  },
  { statement: 'set(span_id, SpanID(0x0000000000000000))', want: (d) => void (recordOf(d).spanId = new Uint8Array(8)) },
  {
    statement:
      'set(attributes["test"], "pass") where String(ProfileID(0x00000000000000000000000000000001)) == "[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1]"',
    want: passes,
  },
  { statement: 'set(attributes["test"], Split(attributes["flags"], "|"))', want: put('test', ['A', 'B', 'C']) },
  { statement: 'set(attributes["test"], String("test"))', want: put('test', 'test') },
  { statement: 'set(attributes["test"], String(attributes["http.method"]))', want: put('test', 'get') },
  { statement: 'set(attributes["test"], String(span_id))', want: put('test', '[1,2,3,4,5,6,7,8]') },
  { statement: 'set(attributes["test"], String([1,2,3]))', want: put('test', '[1,2,3]') },
  { statement: 'set(attributes["test"], String(true))', want: put('test', 'true') },
  { statement: 'set(attributes["test"], Substring("pass", 0, 2))', want: put('test', 'pa') },
  {
    statement: 'set(trace_id, TraceID(0x00000000000000000000000000000000))',
    want: (d) => void (recordOf(d).traceId = new Uint8Array(16)),
  },
  {
    statement: 'set(time, TruncateTime(time, Duration("1s")))',
    want: (d) => void (recordOf(d).timeUnixNano = 1581452772000000000n),
  },
  { statement: 'set(attributes["test"], "pass") where UnixMicro(time) > 0', want: passes },
  { statement: 'set(attributes["test"], "pass") where UnixMilli(time) > 0', want: passes },
  { statement: 'set(attributes["test"], "pass") where UnixNano(time) > 0', want: passes },
  { statement: 'set(attributes["test"], "pass") where UnixSeconds(time) > 0', want: passes },
  {
    // The newest table expects `os.name` ("Other" for curl); older ones predate it.
    statement: 'set(attributes["test"], UserAgent("curl/7.81.0"))',
    want: put(
      'test',
      map({ 'user_agent.original': 'curl/7.81.0', 'user_agent.name': 'curl', 'user_agent.version': '7.81.0', 'os.name': 'Other' }),
    ),
  },
  {
    statement: 'set(attributes["test"], SliceToMap(attributes["things"], ["name"]))',
    want: put('test', map({ foo: map({ name: 'foo', value: 2n }), bar: map({ name: 'bar', value: 5n }) })),
  },
  {
    statement: 'set(attributes["test"], SliceToMap(attributes["things"], ["name"], ["value"]))',
    want: put('test', map({ foo: 2n, bar: 5n })),
  },
  // Rows of the newest e2e_test.go (the `*ottllog.TransformContext` version).
  { statement: 'set(attributes["test"], ParseInt("0xAF", 0))', want: put('test', 175n) },
  { statement: 'set(attributes["test"], ParseInt("12345", 10))', want: put('test', 12345n) },
  { statement: 'set(attributes["test"], ParseInt("AF", 16))', want: put('test', 175n) },
  {
    statement: 'set(attributes["test"], Sort(Values({"key1": true, "key2": "value", "key3": 1})))',
    want: put('test', [1n, true, 'value']),
  },
  {
    statement: 'set(attributes["test"], Sort(Split(attributes["flags"], attributes["split_delimiter"]), "desc"))',
    want: put('test', ['C', 'B', 'A']),
  },
  { statement: 'set(span_id, SpanID("0102030405060708"))', want: (d) => void (recordOf(d).spanId = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8])) },
  {
    statement: 'set(trace_id, TraceID("0102030405060708090a0b0c0d0e0f10"))',
    want: (d) => void (recordOf(d).traceId = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])),
  },
  {
    statement: 'set(attributes["test"], SliceToMap(attributes["things"]))',
    want: put('test', map({ '0': map({ name: 'foo', value: 2n }), '1': map({ name: 'bar', value: 5n }) })),
  },
  {
    statement: 'set(attributes["test"], SliceToMap(attributes["things"], ["nonexistent_key"], ["value"]))',
    want: unchanged,
    error: 'could not extract key from element',
  },
  {
    statement: 'set(attributes["test"], SliceToMap(attributes["things"], ["name"], ["nonexistent_value"]))',
    want: unchanged,
    error: 'provided object does not contain the path',
  },
  { statement: 'set(attributes["list"], Sort(Keys({"foo": "bar", "baz": "foo"})))', want: put('list', ['baz', 'foo']) },
  { statement: 'set(attributes["test"], XXH3("hello world"))', want: put('test', 'd447b1ea40e6988b') },
  { statement: 'set(attributes["test"], XXH128("hello world"))', want: put('test', 'df8d09e93f874900a99b8775cc15b6c7') },
  {
    statement: 'set(attributes["test"], SliceToMap(attributes["primitiveValuesSlice"]))',
    want: put('test', map({ '0': 'value1', '1': 42n, '2': true })),
  },
  {
    // Verbatim from upstream: tabs, newlines and a trailing comma inside the map literal.
    statement:
      'set(\n\tattributes["test"], \n\tParseSeverity(severity_number, \n\t\t{\n\t\t\t"error":[\n\t\t\t\t{"equals": ["err"]},\n' +
      '                {"range": { "min": 3, "max": 4 }}\n\t\t\t],\n\t\t\t"info":[\n                {"range": { "min": 1, "max": 2 }}\n' +
      '\t\t\t],\n\t\t}\n\t))',
    want: put('test', 'info'),
  },
];

/** Rows we cannot yet make pass, with the reason; they are skipped, not dropped. */
export const KNOWN_DIVERGENCES: ReadonlyMap<string, string> = new Map<string, string>([]);

/** Runs the row as written and, like the reference, again with every path prefixed by `log.`. */
function check(row: Row): void {
  const expected = logFixture();
  row.want(expected);
  for (const statement of [row.statement, withLogPrefix(row.statement)]) {
    const actual = logFixture();
    if (row.error !== undefined) {
      expect(() => runLogs(actual, [statement]), statement).toThrow(row.error);
      // A run-time error, not a compile-time one: under `ignore` the config compiles and the
      // record is left as it was.
      const ignored = logFixture();
      expect(() => runLogs(ignored, [statement], { errorMode: 'ignore' }), statement).not.toThrow();
      expect(ignored, statement).toEqual(expected);
    } else {
      runLogs(actual, [statement]);
    }
    expect(actual, statement).toEqual(expected);
  }
}

describe.each([
  ['rows without a converter', NO_CONVERTER_ROWS],
  ['rows whose first converter is M–Z', M_TO_Z_ROWS],
])('e2e converters: %s', (_group, rows) => {
  const live = rows.filter((r) => !KNOWN_DIVERGENCES.has(r.statement));
  it.each(live.map((r) => [r.statement, r] as const))('%s', (_s, row) => check(row));
  const skipped = rows.filter((r) => KNOWN_DIVERGENCES.has(r.statement));
  if (skipped.length > 0) it.skip.each(skipped.map((r) => [r.statement, KNOWN_DIVERGENCES.get(r.statement)]))('%s (%s)', () => {});
});
