/**
 * Fuzzing the OTLP/JSON codec: on arbitrary text, mutated documents (as text and as bytes, so
 * invalid UTF-8 too), deep and huge values, the decoder returns documents or throws a DecodeError,
 * the encoder returns text or throws an EncodeError — never a RangeError, TypeError or anything
 * else — decode → encode → decode is the identity on generated documents, and the decoder's fast
 * path (`JSON.parse` and a tree walk) gives what the text reader alone gives.
 *
 * Bounded here (2,030 cases in all); `FUZZ_RUNS=N npm run fuzz` runs N (see test/support/fuzz.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocuments, DecodeError } from '../../src/codec/otlpjson/decode.js';
import { encodeDocument, encodeDocuments, EncodeError } from '../../src/codec/otlpjson/encode.js';
import type { TelemetryDocument } from '../../src/core/model.js';
import { telemetryDocumentArb } from '../../src/testing/index.js';
import { MAX_VALUE_DEPTH } from '../../src/core/values/limits.js';
import type { Value } from '../../src/core/values/types.js';
import { document, toJsonText } from './arbitraries.js';
import { decodeOutcome } from './decode-outcome.js';
import { fuzzFamily, fuzzTimeout } from '../support/fuzz.js';
import { mutate, textMutation } from '../support/text-mutation.js';

/** 2,030: the ordinary suite's cases in all, the sum of the `runs(…)` below. */
const runs = fuzzFamily(2030);
const timeout = fuzzTimeout;

/** Decodes, allowing only a DecodeError that names the file; returns the documents or null. */
function decodeOrExplain(input: string | Uint8Array): TelemetryDocument[] | null {
  try {
    return decodeDocuments(input, 'fuzz.json');
  } catch (e) {
    if (!(e instanceof DecodeError) || !e.message.startsWith('fuzz.json:')) throw e;
    return null;
  }
}

/** Encodes, allowing only an EncodeError; returns the text or null. */
function encodeOrExplain(docs: readonly TelemetryDocument[]): string | null {
  try {
    return encodeDocuments(docs);
  } catch (e) {
    if (!(e instanceof EncodeError)) throw e;
    return null;
  }
}

/** decode(encode(docs)) deep-equals docs (an empty document comes back as empty logs). */
function expectRoundTrip(docs: readonly TelemetryDocument[]): void {
  const text = encodeOrExplain(docs);
  if (text === null) return;
  expect(decodeDocuments(text, 'again.json')).toEqual(docs.map(normalizeEmpty));
}

function normalizeEmpty(doc: TelemetryDocument): TelemetryDocument {
  const n = doc.signal === 'logs' ? doc.data.resourceLogs.length : doc.signal === 'traces' ? doc.data.resourceSpans.length : doc.data.resourceMetrics.length;
  return n === 0 ? { signal: 'logs', data: { resourceLogs: [] } } : doc;
}

/** Characters that matter to a JSON reader, for insertions and replacements. */
const JSONISH = [...'{}[]",:0123456789-+.eEtrufalsn\\/ \n\t', '\u00e9', '\ud83d', '\u2028', 'null', 'true', '"key"', '{"', '[{', '"value":', '"intValue":'];

const mutation = textMutation(['change', 'insert', 'remove', 'duplicate', 'truncate'], fc.constantFrom(...JSONISH), 40);

/** A value `depth` levels deep, the kind of each level chosen from `seed`'s bits. */
function deepValue(depth: number, seed: number, leaf: Value): Value {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = (seed >>> i % 31) & 1 ? [v] : new Map([[`k${i % 3}`, v]]);
  return v;
}

/** The OTLP/JSON text of {@link deepValue}, built without recursion. */
function deepAnyValueJson(depth: number, seed: number): string {
  let open = '';
  let close = '';
  for (let i = depth - 1; i >= 0; i--) {
    if ((seed >>> i % 31) & 1) {
      open += '{"arrayValue":{"values":[';
      close = ']}}' + close;
    } else {
      open += `{"kvlistValue":{"values":[{"key":"k${i % 3}","value":`;
      close = '}]}}' + close;
    }
  }
  return open + '{"intValue":"7"}' + close;
}

/**
 * Edits aimed at what `JSON.parse` loses or changes: a member written twice (with a different
 * value), integers written as long or exponent literals, escaped keys, space before a colon.
 */
const lossyEdit = fc.record({
  at: fc.nat(),
  how: fc.constantFrom('repeat-member', 'long-number', 'escape-key', 'space-colon', 'other-name'),
  literal: fc.constantFrom('1.00000000000000001', '1e-400', '9007199254740993', '2.5e1', '1E0', '0.99999999999999999', '-0', '1.0', '"1e3"', 'null'),
});

const INTEGER_FIELD = /Nano|[cC]ount|^flags$|^severityNumber$|^intValue$|^asInt$|^kind$|^code$|^scale$|^offset$/;

/** Values for a member repeated under its other name: lists, maps and ids, which the tree reader fills in place. */
const OTHER_NAME_VALUES = ['[{}]', '[{"key":"x","value":{}}]', '[1]', '"0102030405060708"', '"0102030405060708090a0b0c0d0e0f10"', '{}'];

function lossy(text: string, e: { at: number; how: string; literal: string }): string {
  if (e.how === 'other-name') {
    // `"snake_name":value,` before a lowerCamelCase member whose value is a list, an object or a string.
    const camel = [...text.matchAll(/"([a-z]+[A-Z][A-Za-z]*)":[ ]?[[{"]/g)];
    if (camel.length === 0) return text;
    const m = camel[e.at % camel.length];
    const snake = m[1].replace(/[A-Z]/g, (c) => '_' + c.toLowerCase());
    return text.slice(0, m.index) + `"${snake}":${OTHER_NAME_VALUES[e.at % OTHER_NAME_VALUES.length]},` + text.slice(m.index);
  }
  // Members with a scalar value; for long numbers, the integer ones.
  const scalars = [...text.matchAll(/"([A-Za-z_]+)":[ ]?(-?[\d.eE+]+|"[^"\\]*")/g)];
  const members = e.how === 'long-number' ? scalars.filter((m) => INTEGER_FIELD.test(m[1])) : scalars;
  if (members.length === 0) return text;
  const m = members[e.at % members.length];
  const i = m.index;
  const valueAt = i + m[0].length - m[2].length;
  switch (e.how) {
    case 'repeat-member':
      // `"key":literal,` before the member: JSON.parse keeps the later one, the text reader reads both.
      return text.slice(0, i) + `"${m[1]}":${e.literal},` + text.slice(i);
    case 'long-number':
      return text.slice(0, valueAt) + e.literal + text.slice(i + m[0].length);
    case 'escape-key':
      return text.slice(0, i + 1) + `\\u${m[1].charCodeAt(0).toString(16).padStart(4, '0')}` + text.slice(i + 2);
    default:
      return text.slice(0, i + m[1].length + 2) + ' ' + text.slice(i + m[1].length + 2);
  }
}

const logsWithBody = (body: string): string => `{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":${body}}]}]}]}`;

describe('codec fuzzing', () => {
  it('decoding arbitrary text throws nothing but DecodeError', { timeout }, () => {
    const jsonish = fc.array(fc.constantFrom(...JSONISH), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 80 }), jsonish), (t) => void decodeOrExplain(t)), runs(300));
  });

  it('decoding mutated documents (text and bytes) throws nothing but DecodeError', { timeout }, () => {
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 3 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(), fc.nat(255), (docs, ms, at, byte) => {
        const text = ms.reduce(mutate, docs.map((d) => toJsonText(d)).join('\n'));
        const docsOut = decodeOrExplain(text);
        if (docsOut !== null) expectRoundTrip(docsOut);
        const bytes = Buffer.from(text);
        if (bytes.length > 0) bytes[at % bytes.length] = byte;
        void decodeOrExplain(bytes);
      }),
      runs(300),
    );
  });

  it('values around MAX_VALUE_DEPTH and far beyond decode up to the bound and fail cleanly past it', { timeout }, () => {
    const depth = fc.oneof(fc.integer({ min: MAX_VALUE_DEPTH - 2, max: MAX_VALUE_DEPTH + 2 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1000, max: 5000 }));
    fc.assert(
      fc.property(depth, fc.nat(), fc.boolean(), (d, seed, asUnknownField) => {
        const value = deepAnyValueJson(d, seed);
        const text = asUnknownField ? `{"resourceLogs":[],"x":${value}}` : logsWithBody(value);
        const docs = decodeOrExplain(text);
        expect(docs !== null).toBe(asUnknownField || d <= MAX_VALUE_DEPTH);
        if (docs !== null) expectRoundTrip(docs);
        // The same value built in memory: the encoder agrees with the decoder on the bound.
        const body = deepValue(d, seed, 7n);
        const doc = decodeDocuments(logsWithBody('{}'), 'x')[0];
        if (doc.signal === 'logs') doc.data.resourceLogs[0].scopeLogs[0].logRecords[0].body = body;
        expect(encodeOrExplain([doc]) !== null).toBe(d <= MAX_VALUE_DEPTH);
      }),
      runs(60),
    );
  });

  it('the fast path (JSON.parse) gives the same documents and errors as the text reader', { timeout }, () => {
    fc.assert(
      fc.property(
        fc.array(document, { minLength: 1, maxLength: 3 }),
        fc.array(lossyEdit, { maxLength: 3 }),
        fc.array(mutation, { maxLength: 1 }),
        fc.constantFrom(undefined, 1),
        (docs, edits, ms, indent) => {
          const text = ms.reduce(mutate, edits.reduce(lossy, docs.map((d) => toJsonText(d, indent)).join('\n')));
          expect(decodeOutcome(text, true)).toEqual(decodeOutcome(text, false));
        },
      ),
      runs(400),
    );
  });

  it('huge strings, many attributes and long lists round-trip', { timeout }, () => {
    const huge = fc.record({ len: fc.integer({ min: 0, max: 200_000 }), ch: fc.constantFrom('a', 'é', '😀', '"', '\\', '\u0000'), attrs: fc.integer({ min: 0, max: 2000 }) });
    fc.assert(
      fc.property(huge, ({ len, ch, attrs }) => {
        const s = JSON.stringify(ch.repeat(Math.floor(len / ch.length)));
        const list = Array.from({ length: attrs }, (_, i) => `{"key":"a${i}","value":{"intValue":"${i}"}}`).join(',');
        const text = `{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":{"stringValue":${s}},"attributes":[${list}]}]}]}]}`;
        const docs = decodeOrExplain(text);
        expect(docs).not.toBeNull();
        expectRoundTrip(docs ?? []);
      }),
      runs(20),
    );
  });

  it('decode → encode → decode is the identity on generated OTLP/JSON documents', { timeout }, () => {
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 3 }), fc.constantFrom(undefined, 1), (docs, indent) => {
        const models = decodeDocuments(docs.map((d) => toJsonText(d, indent)).join('\n'), 'gen.json');
        expectRoundTrip(models);
      }),
      runs(500),
    );
  });

  it('encoding generated models throws nothing but EncodeError, and what it writes reads back', { timeout }, () => {
    fc.assert(fc.property(telemetryDocumentArb(), (doc) => expectRoundTrip([doc])), runs(400));
  });

  it('a single encoded document is one line', () => {
    fc.assert(
      fc.property(telemetryDocumentArb(), (doc) => {
        expect(encodeDocument(doc)).not.toContain('\n');
      }),
      runs(50),
    );
  });
});
