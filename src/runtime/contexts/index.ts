/**
 * The OTTL contexts: for each, path resolution to get/set accessors and its enum symbols.
 *
 * Every context also reaches the read-only request metadata, `otelcol.client.metadata` (see
 * `internal/otelcol.ts`; the embedder passes it with a batch). Profiles, and the `otelcol` paths
 * that need a collector (`client.addr`, `client.auth`, `grpc.metadata`), are not provided.
 */
import { DATAPOINT_CONTEXT, DATAPOINT_PATHS } from './datapoint.js';
import { EXEMPLAR_CONTEXT, EXEMPLAR_PATHS } from './exemplar.js';
import { LOG_CONTEXT, LOG_PATHS } from './log.js';
import { METRIC_CONTEXT, METRIC_PATHS } from './metric.js';
import { RESOURCE_CONTEXT, RESOURCE_PATHS } from './resource.js';
import { SCOPE_CONTEXT, SCOPE_PATHS } from './scope.js';
import { SPAN_CONTEXT, SPAN_PATHS } from './span.js';
import { SPANEVENT_CONTEXT, SPANEVENT_PATHS } from './spanevent.js';
import { SPANLINK_CONTEXT, SPANLINK_PATHS } from './spanlink.js';
import type { ContextDefinition, ContextName } from './types.js';

export { PathError } from './types.js';
export type { CompiledKey, ContextDefinition, ContextName, PathAccessor, PathRequest, PathSegment } from './types.js';
export { ModelObject } from './internal/model-object.js';

/** Every context name, lowest (resource) to highest. */
export const CONTEXT_NAMES: readonly ContextName[] = [
  'resource',
  'scope',
  'span',
  'spanevent',
  'spanlink',
  'metric',
  'datapoint',
  'exemplar',
  'log',
];

/** Every context by name. */
export const CONTEXTS: ReadonlyMap<ContextName, ContextDefinition> = new Map<ContextName, ContextDefinition>([
  ['resource', RESOURCE_CONTEXT],
  ['scope', SCOPE_CONTEXT],
  ['span', SPAN_CONTEXT],
  ['spanevent', SPANEVENT_CONTEXT],
  ['spanlink', SPANLINK_CONTEXT],
  ['metric', METRIC_CONTEXT],
  ['datapoint', DATAPOINT_CONTEXT],
  ['exemplar', EXEMPLAR_CONTEXT],
  ['log', LOG_CONTEXT],
]);

const PATHS: ReadonlyMap<ContextName, readonly string[]> = new Map<ContextName, readonly string[]>([
  ['resource', RESOURCE_PATHS],
  ['scope', SCOPE_PATHS],
  ['span', SPAN_PATHS],
  ['spanevent', SPANEVENT_PATHS],
  ['spanlink', SPANLINK_PATHS],
  ['metric', METRIC_PATHS],
  ['datapoint', DATAPOINT_PATHS],
  ['exemplar', EXEMPLAR_PATHS],
  ['log', LOG_PATHS],
]);

/** Whether `name` is one of {@link CONTEXT_NAMES}. */
export function isContextName(name: string): name is ContextName {
  return (CONTEXTS as ReadonlyMap<string, ContextDefinition>).has(name);
}

/**
 * The prefixes paths may carry in `context`: its own name first, then the higher contexts it
 * reaches (`instrumentation_scope` and `scope` both name the scope).
 */
export function contextPrefixes(context: ContextName): readonly string[] {
  return (CONTEXTS.get(context) as ContextDefinition).prefixes;
}

/**
 * Every path name of `context`, prefixed, for "did you mean" hints: `log.attributes`,
 * `log.attributes[]` (the keyed form), `log.body.string`, `resource.schema_url`, `log.cache`…
 */
export function contextPaths(context: ContextName): readonly string[] {
  return PATHS.get(context) as readonly string[];
}
export type { ProcessOptions, RequestMetadata, RequestMetadataInput } from './request-metadata.js';
