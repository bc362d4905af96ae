/**
 * Public API of the OTTL library.
 *
 * Typical embedding: compile a transform processor config once, then process batches.
 *
 * ```ts
 * import { TransformProcessor, decodeDocuments, encodeDocument } from 'ottl';
 * const processor = TransformProcessor.fromText(yamlText, 'transform.yaml');
 * for (const doc of decodeDocuments(jsonText, 'input.json')) {
 *   processor.process(doc);           // edits in place; throws PropagatedError under propagate
 *   console.log(encodeDocument(doc));
 * }
 * ```
 */

// Values and the telemetry model.
export { OttlTime, OttlDuration, TraceID, SpanID, ProfileID, typeName } from './values/types.js';
export type { Value, ValueMap, ValueList } from './values/types.js';
export type * from './model/types.js';
export {
  newLogRecord,
  newSpan,
  newSpanEvent,
  newSpanLink,
  newMetric,
  newResource,
  newScope,
  newNumberDataPoint,
  newHistogramDataPoint,
  newExponentialHistogramDataPoint,
  newSummaryDataPoint,
  newExemplar,
} from './model/types.js';

// OTLP/JSON.
export { decodeDocuments, decodeDocument, DecodeError } from './model/otlpjson/decode.js';
export { encodeDocument, encodeDocuments } from './model/otlpjson/encode.js';

// OTLP/protobuf.
export { decodeProtobuf, decodeProtobufAnySignal } from './model/otlpproto/decode.js';
export { encodeProtobuf } from './model/otlpproto/encode.js';
export { detectFormat, formatHintOf } from './model/otlpproto/sniff.js';
export type { OtlpFormat } from './model/otlpproto/sniff.js';

// The language front end.
export { parseStatement, parseCondition, parseValueExpression, parseStatements } from './parser/parse.js';
export type { ParseResult } from './parser/parse.js';
export type * as ast from './parser/ast.js';
export { Source, formatDiagnostic, formatDiagnostics } from './diagnostics/index.js';
export type { Diagnostic } from './diagnostics/index.js';

// Compiling and running rules.
export { TransformProcessor } from './runtime/transform/processor.js';
export type { TransformOptions } from './runtime/transform/processor.js';
export { FilterProcessor } from './runtime/filter/processor.js';
export type { FilterOptions, FilterResult } from './runtime/filter/processor.js';
export type { ItemCounts } from './runtime/filter/counts.js';
export { compileStatements, compileConditions, compileCondition } from './runtime/rules/standalone.js';
export type { StandaloneOptions } from './runtime/rules/standalone.js';
export { EvalContext } from './runtime/eval-context.js';
export { FeatureGates, KNOWN_GATES } from './runtime/feature-gates.js';
export { RuleSetError } from './runtime/rules/compile-group.js';
export { ConfigError } from './runtime/config/yaml.js';
export { PropagatedError } from './runtime/error-mode.js';
export type { ErrorMode, Logger } from './runtime/error-mode.js';
export { OttlRuntimeError } from './runtime/errors.js';

// Hot-reloadable rule sets.
export { ReloadableProcessor, transformCompiler, filterCompiler } from './runtime/reload/index.js';
export type { RuleSet, RuleSetCompiler, UpdateResult, RuleSetVersion, ConfigSource } from './runtime/reload/index.js';

// Functions.
export { allFunctions } from './functions/index.js';
export { defineFunction, ArgumentError } from './functions/signature.js';
export type { FunctionDefinition, ParamSpec, ParamKind, Getter, GetSetter } from './functions/signature.js';
