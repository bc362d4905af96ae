/** Data point context (`ottldatapoint`): `datapoint.*`, the parent `metric.*`, scope and resource. */
import type { Block } from './internal/block.js';
import { defineContext, listPaths } from './internal/context.js';
import { DATAPOINT_BLOCK } from './internal/datapoint.js';
import { METRIC_BLOCK } from './internal/metric.js';
import { RESOURCE_BLOCK } from './internal/resource.js';
import { SCOPE_BLOCK } from './internal/scope.js';
import { DATAPOINT_SYMBOLS } from './internal/symbols.js';
import type { ContextDefinition } from './types.js';

const BLOCKS: Readonly<Record<string, Block>> = { datapoint: DATAPOINT_BLOCK, metric: METRIC_BLOCK, scope: SCOPE_BLOCK, instrumentation_scope: SCOPE_BLOCK, resource: RESOURCE_BLOCK };

/** The `datapoint` context definition. */
export const DATAPOINT_CONTEXT: ContextDefinition = defineContext('datapoint', BLOCKS, DATAPOINT_SYMBOLS);

/** Every path of the `datapoint` context, prefixed (`[]` marks a keyed form), for "did you mean" hints. */
export const DATAPOINT_PATHS: readonly string[] = listPaths('datapoint', BLOCKS);
