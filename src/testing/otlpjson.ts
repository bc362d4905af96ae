/**
 * fast-check arbitraries of OTLP/JSON documents (all signals, every AnyValue kind, int64 extremes,
 * non-BMP strings, empty and deeply nested values) and of their JSON text, for codec tests.
 *
 * Generated documents are plain objects in OTLP/JSON form. 64-bit integers are strings, or — to
 * exercise exact parsing of bare numbers beyond 2^53 — {@link rawNumber} markers that
 * {@link toJsonText} writes as bare JSON numbers.
 */
import fc from 'fast-check';

const RAW = '\u0000raw:';

/** A bare JSON number in the generated text (JSON.stringify cannot write big integers itself). */
export const rawNumber = (digits: string): string => RAW + digits;

/** Writes a generated document as JSON text, turning {@link rawNumber} markers into bare numbers. */
export function toJsonText(doc: unknown, indent?: number): string {
  return JSON.stringify(doc, null, indent).replace(/"\\u0000raw:(-?\d+)"/g, '$1');
}

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

const biased = (min: bigint, max: bigint): fc.Arbitrary<bigint> =>
  fc.oneof(fc.constantFrom(min, max, 0n, 1n, -1n, 1n << 53n, (1n << 53n) + 1n).filter((v) => v >= min && v <= max), fc.bigInt({ min, max }));

/** A 64-bit integer written as a string or a bare number. */
const int64Json = (min: bigint, max: bigint): fc.Arbitrary<string> =>
  fc.tuple(biased(min, max), fc.boolean()).map(([v, bare]) => (bare ? rawNumber(v.toString()) : v.toString()));

const int64 = int64Json(INT64_MIN, INT64_MAX);
const uint64 = int64Json(0n, UINT64_MAX);
const uint32 = fc.oneof(fc.constantFrom(0, 1, 4294967295), fc.nat({ max: 4294967295 }));

/** Any string, including non-BMP characters and escapes. */
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ maxLength: 8 }), fc.constantFrom('', '__proto__', 'constructor', '"\\\n\t\u0000'));

/** A double as OTLP/JSON writes it: a number, or the NaN/Infinity strings. */
const doubleJson: fc.Arbitrary<number | string> = fc.double().map((d) => (Number.isFinite(d) ? d : String(d)));

const hexId = (bytes: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant(''),
    fc.constant('0'.repeat(bytes * 2)),
    fc.uint8Array({ minLength: bytes, maxLength: bytes }).chain((b) =>
      fc.boolean().map((upper) => {
        const h = Buffer.from(b).toString('hex');
        return upper ? h.toUpperCase() : h;
      }),
    ),
  );

const base64 = fc.tuple(fc.uint8Array({ maxLength: 12 }), fc.constantFrom('base64', 'base64url')).map(([b, enc]) =>
  Buffer.from(b).toString(enc as BufferEncoding),
);

type Json = unknown;

/** An AnyValue of at most `depth` nested levels. */
export const otlpJsonAnyValueArb: fc.Memo<Json> = fc.memo((depth: number) => {
  const leaves: fc.Arbitrary<Json>[] = [
    text.map((s) => ({ stringValue: s })),
    fc.boolean().map((b) => ({ boolValue: b })),
    int64.map((i) => ({ intValue: i })),
    doubleJson.map((d) => ({ doubleValue: d })),
    base64.map((b) => ({ bytesValue: b })),
    fc.constant({}),
  ];
  if (depth <= 1) return fc.oneof(...leaves);
  return fc.oneof(
    ...leaves,
    fc.array(otlpJsonAnyValueArb(depth - 1), { maxLength: 3 }).map((values) => ({ arrayValue: values.length ? { values } : {} })),
    otlpJsonAttributesArb(depth - 1).map((values) => ({ kvlistValue: values.length ? { values } : {} })),
  );
});

/** An attribute list with unique keys (a Map cannot hold a repeated key). */
export function otlpJsonAttributesArb(depth = 3): fc.Arbitrary<Json[]> {
  return fc.uniqueArray(fc.record({ key: text, value: otlpJsonAnyValueArb(depth) }), { maxLength: 4, selector: (kv) => kv.key });
}

/** Omits some fields at random so defaults and absent fields are both covered. */
const rec = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) => fc.record(model, { requiredKeys: [] });

const resource = rec({ attributes: otlpJsonAttributesArb(), droppedAttributesCount: uint32 });
const scope = rec({ name: text, version: text, attributes: otlpJsonAttributesArb(), droppedAttributesCount: uint32 });

const severity = fc.oneof(fc.integer({ min: 0, max: 24 }), fc.constantFrom('SEVERITY_NUMBER_INFO', 'SEVERITY_NUMBER_ERROR4', 'SEVERITY_NUMBER_UNSPECIFIED'));

const logRecord = rec({
  timeUnixNano: uint64,
  observedTimeUnixNano: uint64,
  severityNumber: severity,
  severityText: text,
  body: otlpJsonAnyValueArb(4),
  attributes: otlpJsonAttributesArb(),
  droppedAttributesCount: uint32,
  flags: uint32,
  traceId: hexId(16),
  spanId: hexId(8),
  eventName: text,
});

const spanEvent = rec({ timeUnixNano: uint64, name: text, attributes: otlpJsonAttributesArb(2), droppedAttributesCount: uint32 });
const spanLink = rec({
  traceId: hexId(16),
  spanId: hexId(8),
  traceState: text,
  attributes: otlpJsonAttributesArb(2),
  droppedAttributesCount: uint32,
  flags: uint32,
});
const span = rec({
  traceId: hexId(16),
  spanId: hexId(8),
  traceState: text,
  parentSpanId: hexId(8),
  flags: uint32,
  name: text,
  kind: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom('SPAN_KIND_SERVER', 'SPAN_KIND_CONSUMER')),
  startTimeUnixNano: uint64,
  endTimeUnixNano: uint64,
  attributes: otlpJsonAttributesArb(2),
  droppedAttributesCount: uint32,
  events: fc.array(spanEvent, { maxLength: 2 }),
  droppedEventsCount: uint32,
  links: fc.array(spanLink, { maxLength: 2 }),
  droppedLinksCount: uint32,
  status: rec({ message: text, code: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constant('STATUS_CODE_ERROR')) }),
});

const exemplar = fc
  .tuple(
    rec({ filteredAttributes: otlpJsonAttributesArb(1), timeUnixNano: uint64, spanId: hexId(8), traceId: hexId(16) }),
    fc.option(fc.oneof(doubleJson.map((d) => ({ asDouble: d })), int64.map((i) => ({ asInt: i }))), { nil: undefined }),
  )
  .map(([x, v]) => ({ ...x, ...v }));

const pointCommon = { attributes: otlpJsonAttributesArb(1), startTimeUnixNano: uint64, timeUnixNano: uint64, flags: uint32 };
const temporality = fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constant('AGGREGATION_TEMPORALITY_CUMULATIVE'));

const numberPoint = fc
  .tuple(rec({ ...pointCommon, exemplars: fc.array(exemplar, { maxLength: 2 }) }), fc.option(fc.oneof(doubleJson.map((d) => ({ asDouble: d })), int64.map((i) => ({ asInt: i }))), { nil: undefined }))
  .map(([p, v]) => ({ ...p, ...v }));

const histogramPoint = rec({
  ...pointCommon,
  count: uint64,
  sum: doubleJson,
  bucketCounts: fc.array(uint64, { maxLength: 3 }),
  explicitBounds: fc.array(doubleJson, { maxLength: 3 }),
  exemplars: fc.array(exemplar, { maxLength: 1 }),
  min: doubleJson,
  max: doubleJson,
});

const buckets = rec({ offset: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), bucketCounts: fc.array(uint64, { maxLength: 3 }) });

const expHistogramPoint = rec({
  ...pointCommon,
  count: uint64,
  sum: doubleJson,
  scale: fc.integer({ min: -10, max: 20 }),
  zeroCount: uint64,
  positive: buckets,
  negative: buckets,
  exemplars: fc.array(exemplar, { maxLength: 1 }),
  min: doubleJson,
  max: doubleJson,
  zeroThreshold: doubleJson,
});

// A summary's `sum` is a plain double, so 0 is its default and is omitted on output; the conformance
// canonicaliser keeps `sum: 0` (it cannot tell a summary's sum from an optional one), so avoid 0 here.
const summaryPoint = rec({
  ...pointCommon,
  count: uint64,
  sum: doubleJson.filter((d) => d !== 0),
  quantileValues: fc.array(rec({ quantile: doubleJson, value: doubleJson }), { maxLength: 2 }),
});

const metricData = fc.oneof(
  rec({ dataPoints: fc.array(numberPoint, { maxLength: 2 }) }).map((gauge) => ({ gauge })),
  rec({ dataPoints: fc.array(numberPoint, { maxLength: 2 }), aggregationTemporality: temporality, isMonotonic: fc.boolean() }).map(
    (sum) => ({ sum }),
  ),
  rec({ dataPoints: fc.array(histogramPoint, { maxLength: 2 }), aggregationTemporality: temporality }).map((histogram) => ({ histogram })),
  rec({ dataPoints: fc.array(expHistogramPoint, { maxLength: 2 }), aggregationTemporality: temporality }).map(
    (exponentialHistogram) => ({ exponentialHistogram }),
  ),
  rec({ dataPoints: fc.array(summaryPoint, { maxLength: 2 }) }).map((summary) => ({ summary })),
  fc.constant({}),
);

// The conformance canonicaliser normalises base64 only in `attributes`, so metadata bytes are canonical.
const metadata = otlpJsonAttributesArb(1).map((kvs) =>
  kvs.map((kv) => {
    const v = (kv as { value: { bytesValue?: string } }).value;
    return v.bytesValue === undefined ? kv : { ...(kv as object), value: { bytesValue: Buffer.from(v.bytesValue, 'base64').toString('base64') } };
  }),
);

const metric = fc
  .tuple(rec({ name: text, description: text, unit: text, metadata }), metricData)
  .map(([m, d]) => ({ ...m, ...d }));

const schemaUrl = fc.constantFrom('', 'https://opentelemetry.io/schemas/1.21.0');

/** A logs document. */
export const otlpJsonLogsArb = fc.array(
  rec({ resource, schemaUrl, scopeLogs: fc.array(rec({ scope, schemaUrl, logRecords: fc.array(logRecord, { maxLength: 3 }) }), { maxLength: 2 }) }),
  { maxLength: 2 },
).map((resourceLogs) => ({ resourceLogs }));

/** A traces document. */
export const otlpJsonTracesArb = fc.array(
  rec({ resource, schemaUrl, scopeSpans: fc.array(rec({ scope, schemaUrl, spans: fc.array(span, { maxLength: 2 }) }), { maxLength: 2 }) }),
  { maxLength: 2 },
).map((resourceSpans) => ({ resourceSpans }));

/** A metrics document. */
export const otlpJsonMetricsArb = fc.array(
  rec({ resource, schemaUrl, scopeMetrics: fc.array(rec({ scope, schemaUrl, metrics: fc.array(metric, { maxLength: 3 }) }), { maxLength: 2 }) }),
  { maxLength: 2 },
).map((resourceMetrics) => ({ resourceMetrics }));

/** A document of any signal, or the empty document `{}`. */
export const otlpJsonDocumentArb = fc.oneof(otlpJsonLogsArb, otlpJsonTracesArb, otlpJsonMetricsArb, fc.constant({}));
