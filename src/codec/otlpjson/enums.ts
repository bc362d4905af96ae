/** OTLP enum names accepted in OTLP/JSON (protobuf JSON allows an enum's name or its number). */

function table(prefix: string, names: readonly string[]): ReadonlyMap<string, number> {
  return new Map(names.map((n, i) => [prefix + n, i]));
}

/** `SeverityNumber`. */
export const SEVERITY_NUMBER = table('SEVERITY_NUMBER_', [
  'UNSPECIFIED',
  ...['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'].flatMap((l) => [l, l + '2', l + '3', l + '4']),
]);

/** `Span.SpanKind`. */
export const SPAN_KIND = table('SPAN_KIND_', ['UNSPECIFIED', 'INTERNAL', 'SERVER', 'CLIENT', 'PRODUCER', 'CONSUMER']);

/** `Status.StatusCode`. */
export const STATUS_CODE = table('STATUS_CODE_', ['UNSET', 'OK', 'ERROR']);

/** `AggregationTemporality`. */
export const AGGREGATION_TEMPORALITY = table('AGGREGATION_TEMPORALITY_', ['UNSPECIFIED', 'DELTA', 'CUMULATIVE']);

/** An enum's protobuf name (for messages) and its name → number table. */
export interface EnumType {
  name: string;
  values: ReadonlyMap<string, number>;
}

export const SeverityNumberEnum: EnumType = { name: 'SeverityNumber', values: SEVERITY_NUMBER };
export const SpanKindEnum: EnumType = { name: 'SpanKind', values: SPAN_KIND };
export const StatusCodeEnum: EnumType = { name: 'StatusCode', values: STATUS_CODE };
export const AggregationTemporalityEnum: EnumType = {
  name: 'AggregationTemporality',
  values: AGGREGATION_TEMPORALITY,
};
