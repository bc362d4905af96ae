/**
 * Parameter declarations of the functions `Time` … `Year` checked through the compiler against the
 * reference's `*Arguments` structs: literal-only parameters, strict versus coercing getters, the
 * factories' compile-time validations, and named arguments (matched, as the reference does, by
 * `FieldByName(strcase.ToCamel(name))`).
 */
import { describe, expect, it } from 'vitest';
import { toCamel } from '../../src/compiler/bind-args.js';
import { newLogRecord } from '../../src/core/model.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { evalContext } from '../../src/testing/index.js';
import type { Value } from '../../src/core/values/types.js';

/** Runs one statement on a log whose body and attributes are given; returns attributes["r"]. */
function run(statement: string, body: Value = null, attrs: Record<string, Value> = {}): Value | undefined {
  const record = newLogRecord();
  record.body = body;
  for (const [k, v] of Object.entries(attrs)) record.attributes.set(k, v);
  compileStatements([statement], { context: 'log' }).execute(evalContext({ log: record }));
  return record.attributes.get('r');
}

const compileErrors: [string, string | RegExp][] = [
  // Literal-only parameters (Go `string`, `int64`, `bool`).
  ['set(log.attributes["r"], Trim(log.body, log.attributes["c"]))', /string literal/],
  ['set(log.attributes["r"], Time(log.body, log.attributes["f"]))', /string literal/],
  ['set(log.attributes["r"], Time("2023", "%Y", log.attributes["loc"]))', /string literal/],
  ['truncate_all(log.attributes, log.attributes["n"])', /int64 literal/],
  ['truncate_all(log.attributes, 2.5)', /int64 literal/],
  ['truncate_all(log.attributes, 3, "false")', /bool literal/],
  ['set(log.attributes["r"], ToKeyValueString(log.attributes, log.attributes["d"]))', /string literal/],
  ['set(log.attributes["r"], ToKeyValueString(log.attributes, "=", " ", "true"))', /bool literal/],
  // Factory validations.
  ['set(log.attributes["r"], Time("2023", ""))', 'format cannot be nil'],
  ['set(log.attributes["r"], Time("2023", "%Y", "Nowhere/City"))', 'failed to load location Nowhere/City'],
  ['truncate_all(log.attributes, -1)', 'invalid limit for truncate_all function, -1 cannot be negative'],
  ['set(log.attributes["r"], ToKeyValueString(log.attributes, ""))', 'delimiter cannot be set to an empty string'],
  ['set(log.attributes["r"], ToKeyValueString(log.attributes, "=", ""))', 'pair delimiter cannot be set to an empty string'],
  ['set(log.attributes["r"], ToKeyValueString(log.attributes, ":", ":"))', 'pair delimiter ":" cannot be equal to delimiter ":"'],
  // Paths and arity.
  ['truncate_all({"a": "b"}, 1)', /path/],
  ['set(log.attributes["r"], Unix())', /argument/],
  ['set(log.attributes["r"], UUID(1))', /argument/],
  ['set(log.attributes["r"], TruncateTime(Now()))', /argument/],
];

const runtimeErrors: [string, Value, string][] = [
  // Strict getters: no conversion, nil is an error.
  ['set(log.attributes["r"], ToUpperCase(log.body))', 5n, 'expected string but got int64'],
  ['set(log.attributes["r"], ToLowerCase(log.body))', null, 'expected string but got nil'],
  ['set(log.attributes["r"], TrimPrefix(log.body, "a"))', true, 'expected string but got bool'],
  ['set(log.attributes["r"], XXH3(log.body))', 1.5, 'expected string but got float64'],
  ['set(log.attributes["r"], Unix(log.body))', '1', 'expected int64 but got string'],
  ['set(log.attributes["r"], Values(log.body))', 'x', 'expected pcommon.Map but got string'],
  ['set(log.attributes["r"], Year(log.body))', 2024n, 'expected time but got int64'],
  ['set(log.attributes["r"], TruncateTime(Now(), log.body))', null, 'expected duration but got nil'],
  ['truncate_all(log.body, 1)', 'text', 'expected pcommon.Map but got string'],
  ['set(log.attributes["r"], ToKeyValueString(log.body))', null, 'expected pcommon.Map but got nil'],
];

describe('parameter kinds through the compiler (Time … Year)', () => {
  it.each(compileErrors)('%s does not compile', (statement, message) => {
    expect(() => compileStatements([statement], { context: 'log' })).toThrow(message);
  });
  it.each(runtimeErrors)('%s fails on %s', (statement, body, message) => {
    expect(() => run(statement, body)).toThrow(message);
  });
  it('TraceID takes anything byte-like (ByteSliceLikeGetter)', () => {
    const record = newLogRecord();
    record.body = '0102030405060708090a0b0c0d0e0f10';
    compileStatements(['set(log.trace_id, TraceID(log.body))'], { context: 'log' }).execute(evalContext({ log: record }));
    expect(record.traceId).toEqual(Uint8Array.from({ length: 16 }, (_, i) => i + 1));
  });
  it('Unix takes an optional nanoseconds getter', () => {
    expect(run('set(log.attributes["r"], UnixNano(Unix(log.attributes["s"], log.attributes["ns"])))', null, { s: 2n, ns: 5n })).toBe(
      2_000_000_005n,
    );
  });
});

describe('named arguments match as strcase.ToCamel(name) == Go field name', () => {
  const accepted: [string, Value][] = [
    ['set(log.attributes["r"], ToKeyValueString({"b": "1", "a": "2"}, sort_output = true))', 'a=2 b=1'],
    ['set(log.attributes["r"], ToKeyValueString({"b": "1", "a": "2"}, sortOutput = true))', 'a=2 b=1'],
    ['set(log.attributes["r"], ToKeyValueString({"b": "1", "a": "2"}, sort_output = true, pair_delimiter = ","))', 'a=2,b=1'],
    ['set(log.attributes["r"], Trim(target = "xxaxx", replacement = "x"))', 'a'],
    ['set(log.attributes["r"], TrimSuffix(suffix = ".log", target = "app.log"))', 'app'],
    ['set(log.attributes["r"], UnixSeconds(Unix(seconds = 7, nanoseconds = 1)))', 7n],
  ];
  it.each(accepted)('%s', (statement, want) => {
    expect(run(statement)).toBe(want);
  });
  // The field is Utf8Safe: every spelling strcase maps there is accepted (names start lower-case in
  // the grammar). Without the UTF-8 guard a 1-byte cut of "é" keeps a (broken) byte instead of "".
  it.each(['utf8_safe', 'utf8safe', 'utf8_Safe', 'utf8Safe'])('truncate_all(…, %s = false)', (name) => {
    const record = newLogRecord();
    record.attributes.set('k', 'é');
    compileStatements([`truncate_all(log.attributes, 1, ${name} = false)`], { context: 'log' }).execute(evalContext({ log: record }));
    expect(record.attributes.get('k')).not.toBe('');
  });
  it('truncate_all keeps whole characters by default', () => {
    const record = newLogRecord();
    record.attributes.set('k', 'é');
    compileStatements(['truncate_all(log.attributes, 1)'], { context: 'log' }).execute(evalContext({ log: record }));
    expect(record.attributes.get('k')).toBe('');
  });
  it.each([
    ['set(log.attributes["r"], Trim("a", cutset = "x"))', 'cutset'],
    ['set(log.attributes["r"], ToKeyValueString({}, sort = true))', 'sort'],
    ['set(log.attributes["r"], URL(uri = "http://h/"))', 'uri'],
  ])('%s: no such parameter', (statement, name) => {
    expect(() => compileStatements([statement], { context: 'log' })).toThrow(name);
  });
  it.each([
    ['utf8_safe', 'Utf8Safe'],
    ['utf8safe', 'Utf8Safe'],
    ['URI', 'Uri'],
    ['u_r_i', 'URI'],
    ['source_i_p', 'SourceIP'],
    ['x_path', 'XPath'],
    ['XPath', 'Xpath'],
    ['pair-delimiter', 'PairDelimiter'],
    [' sort_output ', 'SortOutput'],
  ])('toCamel(%j) is %j', (name, want) => {
    expect(toCamel(name)).toBe(want);
  });
});
