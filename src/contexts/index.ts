/**
 * The OTTL contexts: for each, path resolution to get/set accessors and its enum symbols.
 *
 * Each context is its own block of paths plus the blocks of the contexts enclosing it, reached by
 * prefix (`log.body`, `scope.name`, `resource.attributes`); which contexts enclose which comes from
 * the one context registry in `core/contexts.ts`. Profiles and the `otelcol.*` request-data paths
 * are not provided.
 */
import { canonicalContext, CONTEXT_NAMES, reachablePrefixes, type ContextName } from '../core/contexts.js';
import type { Block } from './internal/block.js';
import { defineContext } from './internal/context.js';
import { DATAPOINT_BLOCK } from './internal/datapoint.js';
import { EXEMPLAR_BLOCK } from './internal/exemplar.js';
import { LOG_BLOCK } from './internal/log.js';
import { METRIC_BLOCK } from './internal/metric.js';
import { RESOURCE_BLOCK } from './internal/resource.js';
import { SCOPE_BLOCK } from './internal/scope.js';
import { SPAN_BLOCK } from './internal/span.js';
import { SPANEVENT_BLOCK } from './internal/spanevent.js';
import { SPANLINK_BLOCK } from './internal/spanlink.js';
import { DATAPOINT_SYMBOLS, LOG_SYMBOLS, METRIC_SYMBOLS, NO_SYMBOLS, SPAN_SYMBOLS } from './internal/symbols.js';
import type { ContextDefinition } from './types.js';

export { PathError } from './types.js';
export type { CompiledKey, ContextDefinition, PathAccessor, PathRequest, PathSegment } from './types.js';
export type { ContextName } from '../core/contexts.js';
export { CONTEXT_NAMES, isContextName } from '../core/contexts.js';
export { ModelObject } from './internal/model-object.js';

/** Each context's own paths, as data. */
const OWN_BLOCK: Readonly<Record<ContextName, Block>> = {
  resource: RESOURCE_BLOCK,
  scope: SCOPE_BLOCK,
  span: SPAN_BLOCK,
  spanevent: SPANEVENT_BLOCK,
  spanlink: SPANLINK_BLOCK,
  metric: METRIC_BLOCK,
  datapoint: DATAPOINT_BLOCK,
  exemplar: EXEMPLAR_BLOCK,
  log: LOG_BLOCK,
};

/** Each context's enum symbols (the reference's per-context `parseEnum`). */
const SYMBOLS: Readonly<Record<ContextName, ReadonlyMap<string, bigint>>> = {
  resource: NO_SYMBOLS,
  scope: NO_SYMBOLS,
  span: SPAN_SYMBOLS,
  spanevent: SPAN_SYMBOLS,
  spanlink: SPAN_SYMBOLS,
  metric: METRIC_SYMBOLS,
  datapoint: DATAPOINT_SYMBOLS,
  exemplar: DATAPOINT_SYMBOLS,
  log: LOG_SYMBOLS,
};

/** The blocks a context reaches, keyed by every prefix that selects them (aliases included). */
function blocksOf(name: ContextName): Record<string, Block> {
  const blocks: Record<string, Block> = {};
  for (const prefix of reachablePrefixes(name)) {
    const context = canonicalContext(prefix);
    if (context !== undefined) blocks[prefix] = OWN_BLOCK[context];
  }
  return blocks;
}

/** Every context by name. */
export const CONTEXTS: ReadonlyMap<ContextName, ContextDefinition> = new Map(
  CONTEXT_NAMES.map((name) => [name, defineContext(name, blocksOf(name), SYMBOLS[name])]),
);

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
  return (CONTEXTS.get(context) as ContextDefinition).paths;
}
