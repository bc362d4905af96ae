/**
 * The decoder's fast path (`JSON.parse` and a walk of its tree): it must take ordinary documents,
 * and leave to the text reader every document where `JSON.parse` loses something — the decoder's
 * answer (documents or error) is then the text reader's. The fuzz test checks the same law on
 * generated and edited documents; these are the cases random edits rarely line up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/codec/otlpjson/tree/document.js';
import { numberChars, tally } from '../../src/codec/otlpjson/tree/tally.js';
import type { TelemetryDocument } from '../../src/core/model.js';
import { decodeOutcome } from './decode-outcome.js';
import { document, toJsonText } from './arbitraries.js';

const record = (fields: string): string => `{"resourceLogs":[{"scopeLogs":[{"logRecords":[{${fields}}]}]}]}`;
const body = (value: string): string => record(`"body":${value}`);
/** `"flags":0,` (10 characters) dropped by JSON.parse, and 10 saved by `1e9`, `1e4`, `1e3` over `String(n)`. */
const SHORTER_NUMBERS = record(
  '"flags":0,"flags":1,"attributes":[{"key":"a","value":{"doubleValue":1e9}},{"key":"b","value":{"doubleValue":1e4}},{"key":"c","value":{"doubleValue":1e3}}]',
);
/** `4503599627370496.4` in an int field (2 characters over `String(n)`), with 2 saved by two `99999999999999999999` (1e20). */
const NINES_MAKE_UP = record(
  '"timeUnixNano":4503599627370496.4,"attributes":[{"key":"a","value":{"doubleValue":99999999999999999999}},{"key":"b","value":{"doubleValue":99999999999999999999}}]',
);
const histogram = (point: string): string =>
  `{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"h","histogram":{"dataPoints":[{${point}}]}}]}]}]}`;

describe('the fast path declines what JSON.parse would change', () => {
  const cases: [string, string][] = [
    ['a repeated AnyValue member', body('{"stringValue":"a","stringValue":"b"}')],
    ['a repeated member whose first value is invalid', record('"timeUnixNano":"x","timeUnixNano":"5"')],
    ['a repeated id whose second value is empty', record('"traceId":"0102030405060708090a0b0c0d0e0f10","traceId":""')],
    ['a repeated signal', '{"resourceLogs":[],"resourceLogs":[{}]}'],
    ['a repeated member with space before its colon', body('{"stringValue" :"a","stringValue":"b"}')],
    ['an integer with a fraction that rounds to an integer', record('"flags":0.99999999999999999')],
    ['an integer whose exponent underflows to zero', body('{"intValue":1e-400}')],
    ['an integer beyond 2^53 as a bare number', body('{"intValue":9007199254740993}')],
    ['a bucket count with a fraction', histogram('"bucketCounts":[1,2.00000000000000001]')],
    ['a bucket count behind an escaped key', histogram('"bucketCount\\u0073":[1,2.00000000000000001]')],
    ['a repeated attribute key (the notice needs its line)', record('"attributes":[{"key":"k","value":{}},{"key":"k","value":{}}]')],
    // Compact, and as long as the tree written back: only the exponents tell the text apart.
    ['a repeated member made up for by numbers written shorter with exponents', SHORTER_NUMBERS],
    ['a 16-digit integer with a fraction that rounds it', record('"timeUnixNano":4503599627370496.4')],
    // The two characters of the fraction made up for by two powers of ten written as nines, one shorter each.
    ['a fraction made up for by nines that round to 1e20', NINES_MAKE_UP],
    ['an AnyValue nested too deep', body('{"arrayValue":{"values":['.repeat(1001) + ']}}'.repeat(1001))],
  ];
  it.each(cases)('%s', (_, text) => {
    expect(documentFromText(text)).toBeNull();
    // …and the decoder still answers as the text reader does.
    expect(decodeOutcome(text, true)).toEqual(decodeOutcome(text, false));
  });
});

describe('the fast path takes ordinary documents', () => {
  const cases: [string, string][] = [
    ['escaped quotes and colons in strings', body('{"stringValue":"{\\"a\\":1,\\"b\\" :2}"}')],
    ['a key ending in an escaped backslash', record('"x\\\\":1,"flags":1')],
    ['long doubles and exponents in double fields', body('{"doubleValue":142.57142857142858}') + '\n' + body('{"doubleValue":1e-7}')],
    ['integers as strings and short numbers', record('"timeUnixNano":"1700000000000000001","severityNumber":9,"flags":1')],
    ['-0.0 as a double', body('{"doubleValue":-0.0}')],
    ['pretty-printed text', JSON.stringify(JSON.parse(record('"severityText":"INFO","attributes":[{"key":"a","value":{"intValue":"1"}}]')), null, 2)],
  ];
  it.each(cases)('%s', (_, text) => {
    for (const line of text.includes('\n{') ? text.split('\n') : [text]) expect(documentFromText(line)).not.toBeNull();
    expect(decodeOutcome(text, true)).toEqual(decodeOutcome(text, false));
  });

  it('keeps -0.0 and 19-digit timestamps exact', () => {
    const [doc] = decodeOutcome(record('"timeUnixNano":"1700000000000000001","body":{"doubleValue":-0.0}'), true) as TelemetryDocument[];
    const rec = doc.signal === 'logs' ? doc.data.resourceLogs[0].scopeLogs[0].logRecords[0] : undefined;
    expect(rec?.timeUnixNano).toBe(1700000000000000001n);
    expect(Object.is(rec?.body, -0)).toBe(true);
  });
});

describe('newline-delimited input', () => {
  it('reads the lines after one the fast path declines, and reports errors at their line', () => {
    const good = record('"severityText":"a"');
    const declined = body('{"intValue":9007199254740993}');
    const docs = decodeOutcome([good, declined, good].join('\n'), true) as TelemetryDocument[];
    expect(docs).toHaveLength(3);
    expect(decodeOutcome([good, declined, good].join('\n'), false)).toEqual(docs);
    expect(decodeOutcome([good, good, record('"flags":-1')].join('\n'), true)).toBe(
      'f.json:3: resourceLogs[0].scopeLogs[0].logRecords[0].flags: uint32 out of range: -1',
    );
  });
});

describe('the tree reader fills the values each new message holds', () => {
  // The text reader keeps the last of the two names; filled in place, the slot would hold both.
  const bothNames: [string, string][] = [
    ['a list under both its names', '{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"severityText":"a"}],"log_records":[{"severityText":"b"}]}]}]}'],
    ['a map under both its names', `{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"gauge":{"dataPoints":[{"exemplars":[{"filteredAttributes":[{"key":"a","value":{}}],"filtered_attributes":[{"key":"b","value":{}}]}]}]}}]}]}]}`],
  ];
  it.each(bothNames)('declines %s', (_, text) => {
    expect(documentFromText(text)).toBeNull();
    expect(decodeOutcome(text, true)).toEqual(decodeOutcome(text, false));
  });

  it('gives every message its own maps, lists, ids and nested messages', () => {
    const span = (n: number): string =>
      `{"traceId":"0102030405060708090a0b0c0d0e0f1${n}","spanId":"010203040506070${n}","attributes":[{"key":"k${n}","value":{"intValue":"${n}"}}],` +
      `"events":[{"name":"e${n}"}],"status":{"code":${n}}}`;
    const text = `{"resourceSpans":[{"resource":{"attributes":[{"key":"r","value":{}}]},"scopeSpans":[{"scope":{"name":"s"},"spans":[${span(1)},${span(2)}]}]},{"scopeSpans":[{"spans":[{}]}]}]}`;
    const doc = documentFromText(text);
    expect(doc?.signal).toBe('traces');
    if (doc?.signal !== 'traces') return;
    const [first, second] = doc.data.resourceSpans;
    const [a, b] = first.scopeSpans[0].spans;
    const empty = second.scopeSpans[0].spans[0];
    expect([...a.attributes]).toEqual([['k1', 1n]]);
    expect([...b.attributes]).toEqual([['k2', 2n]]);
    expect([a.traceId[15], b.traceId[15], a.spanId[7], b.spanId[7]]).toEqual([0x11, 0x12, 0x01, 0x02]);
    expect([a.events.map((e) => e.name), b.events.map((e) => e.name)]).toEqual([['e1'], ['e2']]);
    expect([a.status.code, b.status.code]).toEqual([1, 2]);
    // The message without members keeps its defaults: nothing read into another message reached it.
    expect([empty.attributes.size, empty.events.length, empty.status.code, empty.traceId.every((x) => x === 0)]).toEqual([0, 0, 0, true]);
    expect([first.resource.attributes.size, second.resource.attributes.size, first.scopeSpans[0].scope.name, second.scopeSpans[0].scope.name]).toEqual([1, 0, 's', '']);
    expect(decodeOutcome(text, true)).toEqual(decodeOutcome(text, false));
  });
});

describe('the tally of the tree walk (tree/tally.ts)', () => {
  it('counts a compact text without escapes to its length, so the fast path needs no pass over it', () => {
    fc.assert(
      fc.property(document, (d) => {
        const text = JSON.stringify(JSON.parse(toJsonText(d)));
        if (documentFromText(text) === null) return;
        // Escapes are longer than the characters they stand for: such a text is checked by its pass.
        if (text.includes('\\')) expect(tally.chars).toBeLessThan(text.length);
        else expect(tally.chars).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('counts a number as String(n), and marks every number an exponent writes shorter', () => {
    /** The shortest literal with an exponent: all significant digits, no point (`12345e21`). */
    const exponentForm = (n: number): string => {
      const [mantissa, exp] = Math.abs(n).toExponential().split('e');
      const digits = mantissa.replace('.', '');
      return (n < 0 ? '-' : '') + digits + 'e' + (Number(exp) - (digits.length - 1));
    };
    const numbers = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.maxSafeInteger(), fc.constantFrom(1000, -2e6, 2 ** 60, 1e21, 0.001, 0.01, 5e-7));
    fc.assert(
      fc.property(numbers, (n) => {
        tally.shorter = false;
        expect(numberChars(n)).toBe(String(n).length);
        if (exponentForm(n).length < String(n).length) expect(tally.shorter).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is sharp on the cases above: the text is exactly as long as the tree written back', () => {
    const sameLength = (text: string): boolean => JSON.stringify(JSON.parse(text)).length === text.length;
    expect(sameLength(SHORTER_NUMBERS)).toBe(true);
    expect(sameLength(NINES_MAKE_UP)).toBe(true);
    expect(JSON.stringify(JSON.parse(record('"timeUnixNano":4503599627370496.4'))).length).toBe(record('"timeUnixNano":4503599627370496.4').length - 2);
  });
});
