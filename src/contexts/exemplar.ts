/** Exemplar context (`ottlexemplar`): `exemplar.*`, the parent `datapoint.*` and `metric.*`, scope and resource. */
import type { Block } from './internal/block.js';
import { defineContext, listPaths } from './internal/context.js';
import { DATAPOINT_BLOCK } from './internal/datapoint.js';
import { EXEMPLAR_BLOCK } from './internal/exemplar.js';
import { METRIC_BLOCK } from './internal/metric.js';
import { RESOURCE_BLOCK } from './internal/resource.js';
import { SCOPE_BLOCK } from './internal/scope.js';
import { DATAPOINT_SYMBOLS } from './internal/symbols.js';
import type { ContextDefinition } from './types.js';

const BLOCKS: Readonly<Record<string, Block>> = { exemplar: EXEMPLAR_BLOCK, datapoint: DATAPOINT_BLOCK, metric: METRIC_BLOCK, scope: SCOPE_BLOCK, instrumentation_scope: SCOPE_BLOCK, resource: RESOURCE_BLOCK };

/** The `exemplar` context definition. */
export const EXEMPLAR_CONTEXT: ContextDefinition = defineContext('exemplar', BLOCKS, DATAPOINT_SYMBOLS);

/** Every path of the `exemplar` context, prefixed (`[]` marks a keyed form), for "did you mean" hints. */
export const EXEMPLAR_PATHS: readonly string[] = listPaths('exemplar', BLOCKS);
