/**
 * `ottl/testing`: helpers for testing OTTL functions and rules, for contributors to this library and
 * for programs that define their own functions.
 *
 * - fast-check arbitraries for values ({@link valueArb}, {@link attributeValueArb}…), path texts
 *   ({@link pathTextArb}), telemetry records built with the model's factories ({@link logRecordArb},
 *   {@link spanArb}, {@link metricArb}, {@link logsDataArb}…) and OTLP/JSON documents;
 * - {@link callFunction} / {@link callEditor}: call a function definition directly with plain
 *   values, wrapped as the compiler wraps real arguments.
 *
 * Requires the `fast-check` package (an optional peer dependency of `ottl`).
 *
 * ```ts
 * import fc from 'fast-check';
 * import { callFunction, valueArb } from 'ottl/testing';
 * fc.assert(fc.property(valueArb(), (v) => callFunction(IsString, { value: v }) === (typeof v === 'string')));
 * ```
 */
export {
  attributesArb,
  attributeValueArb,
  bytesArb,
  doubleArb,
  durationArb,
  edgyInt64Arb,
  idBytesArb,
  int64Arb,
  mapKeyArb,
  profileIdArb,
  spanIdArb,
  stringArb,
  timeArb,
  traceIdArb,
  valueArb,
} from './values.js';
export type { DoubleArbOptions, ValueArbOptions, ValueKind } from './values.js';
export { pathTextArb } from './paths.js';
export type { PathTextArbOptions } from './paths.js';
export {
  exemplarArb,
  exponentialHistogramDataPointArb,
  histogramDataPointArb,
  logRecordArb,
  logsDataArb,
  metricArb,
  metricDataArb,
  metricsDataArb,
  numberDataPointArb,
  resourceArb,
  scopeArb,
  spanArb,
  spanEventArb,
  spanLinkArb,
  summaryDataPointArb,
  telemetryDocumentArb,
  tracesDataArb,
} from './telemetry.js';
export type { DocumentArbOptions } from './telemetry.js';
export {
  otlpJsonAnyValueArb,
  otlpJsonAttributesArb,
  otlpJsonDocumentArb,
  otlpJsonLogsArb,
  otlpJsonMetricsArb,
  otlpJsonTracesArb,
  rawNumber,
  toJsonText,
} from './otlpjson.js';
export { callEditor, callFunction, compileFunction, contextNameOf, dynamic, evalContext, lambda, pathBox } from './call.js';
export type { ArgInput, ArgInputs, BoundCall, PathBox } from './call.js';
export type { EvalContextParts } from '../core/eval-context.js';
