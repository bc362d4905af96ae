/** Enum symbol tables, as each context registers them in the reference. */

const table = (entries: Record<string, number>): ReadonlyMap<string, bigint> =>
  new Map(Object.entries(entries).map(([k, v]) => [k, BigInt(v)]));

/** `SPAN_KIND_*` and `STATUS_CODE_*` (span, span event and span link contexts). */
export const SPAN_SYMBOLS = table({
  SPAN_KIND_UNSPECIFIED: 0,
  SPAN_KIND_INTERNAL: 1,
  SPAN_KIND_SERVER: 2,
  SPAN_KIND_CLIENT: 3,
  SPAN_KIND_PRODUCER: 4,
  SPAN_KIND_CONSUMER: 5,
  STATUS_CODE_UNSET: 0,
  STATUS_CODE_OK: 1,
  STATUS_CODE_ERROR: 2,
});

/** `AGGREGATION_TEMPORALITY_*` and `METRIC_DATA_TYPE_*` (metric context). */
export const METRIC_SYMBOLS = table({
  AGGREGATION_TEMPORALITY_UNSPECIFIED: 0,
  AGGREGATION_TEMPORALITY_DELTA: 1,
  AGGREGATION_TEMPORALITY_CUMULATIVE: 2,
  METRIC_DATA_TYPE_NONE: 0,
  METRIC_DATA_TYPE_GAUGE: 1,
  METRIC_DATA_TYPE_SUM: 2,
  METRIC_DATA_TYPE_HISTOGRAM: 3,
  METRIC_DATA_TYPE_EXPONENTIAL_HISTOGRAM: 4,
  METRIC_DATA_TYPE_SUMMARY: 5,
});

/** `FLAG_*` plus the metric symbols (data point and exemplar contexts). */
export const DATAPOINT_SYMBOLS: ReadonlyMap<string, bigint> = new Map([
  ['FLAG_NONE', 0n],
  ['FLAG_NO_RECORDED_VALUE', 1n],
  ...METRIC_SYMBOLS,
]);

const SEVERITY_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'];

/** `SEVERITY_NUMBER_UNSPECIFIED` = 0, then `TRACE`, `TRACE2`…`FATAL4` = 1…24 (log context). */
export const LOG_SYMBOLS: ReadonlyMap<string, bigint> = new Map([
  ['SEVERITY_NUMBER_UNSPECIFIED', 0n],
  ...SEVERITY_LEVELS.flatMap((level, i) =>
    ['', '2', '3', '4'].map((suffix, j): [string, bigint] => [`SEVERITY_NUMBER_${level}${suffix}`, BigInt(i * 4 + j + 1)]),
  ),
]);

/** Contexts without enum-typed fields. */
export const NO_SYMBOLS: ReadonlyMap<string, bigint> = new Map();
