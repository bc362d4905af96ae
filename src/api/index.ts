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
export { OttlTime, OttlDuration, TraceID, SpanID, ProfileID, typeName } from '../core/values/types.js';
export type { Value, ValueMap, ValueList } from '../core/values/types.js';
export type * from '../core/model.js';
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
} from '../core/model.js';

// OTLP/JSON.
export { decodeDocuments, decodeDocument, DecodeError } from '../codec/otlpjson/decode.js';
export { encodeDocument, encodeDocuments, EncodeError } from '../codec/otlpjson/encode.js';

// OTLP/protobuf.
export { decodeProtobuf, decodeProtobufAnySignal } from '../codec/otlpproto/decode.js';
export { encodeProtobuf } from '../codec/otlpproto/encode.js';
export { detectFormat, formatHintOf } from '../codec/otlpproto/sniff.js';
export type { OtlpFormat } from '../codec/otlpproto/sniff.js';

// The language front end.
export { parseStatement, parseCondition, parseValueExpression, parseStatements } from '../parser/parse.js';
export type { ParseResult } from '../parser/parse.js';
export type * as ast from '../parser/ast.js';
export { Source, formatDiagnostic, formatDiagnostics } from '../core/diagnostics/index.js';
export type { Diagnostic } from '../core/diagnostics/index.js';

// The environment: one object that compiles every kind of rule set, with custom functions.
export { createEnvironment, RuleSetError } from '../engine/environment.js';
export type { Environment, EnvironmentOptions, CompileResult, RulesOptions } from '../engine/environment.js';
export type { CheckResult, CheckedProcessor, CheckOptions, ProcessorKind } from '../engine/check.js';
export { renderProblem, sortProblems } from '../core/diagnostics/problem.js';
export type { Problem, ProblemCode, Severity } from '../core/diagnostics/problem.js';

// Compiling and running rules.
export { TransformProcessor } from '../engine/transform/processor.js';
export type { TransformOptions } from '../engine/transform/processor.js';
export { FilterProcessor } from '../engine/filter/processor.js';
export type { FilterOptions, FilterResult } from '../engine/filter/processor.js';
export { addCounts, zeroCounts, ITEM_KINDS, SIGNAL_KINDS } from '../engine/filter/counts.js';
export type { ItemCounts } from '../engine/filter/counts.js';
export { compileStatements, compileConditions, compileCondition } from '../engine/rules/standalone.js';
export type { StandaloneOptions } from '../engine/rules/standalone.js';
export { createEvalContext } from '../core/eval-context.js';
export { parseMetadataPairs } from '../core/request-metadata.js';
export type { ProcessOptions, RequestMetadata, RequestMetadataInput } from '../core/request-metadata.js';
export type { EvalContext, EvalContextParts } from '../core/eval-context.js';
export { FeatureGates, KNOWN_GATES } from '../core/feature-gates.js';
export { ConfigError } from '../engine/config/yaml.js';
export { PropagatedError } from '../engine/error-mode.js';
export type { ErrorMode, Logger } from '../engine/error-mode.js';
export { OttlRuntimeError } from '../core/errors.js';

// Explaining a transform run, record by record (`ottl run --explain`, the playground).
export { Explainer, explainTransform } from '../engine/explain.js';
export { renderValue } from '../engine/render-value.js';
export type { Change, ExplainedRecord, ExplainEvent, ExplainObserver } from '../engine/explain.js';
export type { ExecutionObserver } from '../engine/sequences.js';

// Hot-reloadable rule sets.
export { ReloadableProcessor, transformCompiler, filterCompiler } from '../reload/index.js';
export type { RuleSet, RuleSetCompiler, UpdateResult, RuleSetVersion, ConfigSource } from '../reload/index.js';

// Functions.
export { allFunctions } from '../functions/index.js';
export { setFunctionLimits, functionLimits } from '../functions/internal/limits.js';
export type { FunctionHost } from '../functions/index.js';
export { functionCatalog, functionsMarkdown } from '../functions/catalog.js';
export type { FunctionListing } from '../functions/describe.js';
export { defineFunction, ArgumentError } from '../functions/signature.js';
export type { FunctionDefinition, ParamSpec, ParamKind } from '../functions/signature.js';
export type { Getter, GetSetter } from '../core/getters.js';

// Needed by `ottl test` and the CLI's inline rules: building processor configs without a file.
export { LocatedText, parseConfigText, isObject } from '../engine/config/yaml.js';
export type { ConfigObject, ConfigValue, LoadedConfig } from '../engine/config/yaml.js';
export type { TransformConfig, StatementGroupConfig } from '../engine/transform/config.js';
export { readTransformConfig } from '../engine/transform/config.js';
export type { FilterConfig, ConditionGroupConfig, SignalFilterConfig } from '../engine/filter/config.js';
export { readFilterConfig, looksLikeFilter } from '../engine/filter/config.js';
export type { ContextName } from '../core/contexts.js';
export { availability, replacementNote } from '../functions/catalog.js';
