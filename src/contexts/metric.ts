/** Metric context (`ottlmetric`): `metric.*` plus the scope and resource blocks. */
import type { Block } from './internal/block.js';
import { defineContext, listPaths } from './internal/context.js';
import { METRIC_BLOCK } from './internal/metric.js';
import { RESOURCE_BLOCK } from './internal/resource.js';
import { SCOPE_BLOCK } from './internal/scope.js';
import { METRIC_SYMBOLS } from './internal/symbols.js';
import type { ContextDefinition } from './types.js';

const BLOCKS: Readonly<Record<string, Block>> = { metric: METRIC_BLOCK, scope: SCOPE_BLOCK, instrumentation_scope: SCOPE_BLOCK, resource: RESOURCE_BLOCK };

/** The `metric` context definition. */
export const METRIC_CONTEXT: ContextDefinition = defineContext('metric', BLOCKS, METRIC_SYMBOLS);

/** Every path of the `metric` context, prefixed (`[]` marks a keyed form), for "did you mean" hints. */
export const METRIC_PATHS: readonly string[] = listPaths('metric', BLOCKS);
