/** Span link context (`ottlspanlink`): `spanlink.*`, the parent `span.*`, scope and resource. */
import type { Block } from './internal/block.js';
import { defineContext, listPaths } from './internal/context.js';
import { RESOURCE_BLOCK } from './internal/resource.js';
import { SCOPE_BLOCK } from './internal/scope.js';
import { SPAN_BLOCK } from './internal/span.js';
import { SPANLINK_BLOCK } from './internal/spanlink.js';
import { SPAN_SYMBOLS } from './internal/symbols.js';
import type { ContextDefinition } from './types.js';

const BLOCKS: Readonly<Record<string, Block>> = { spanlink: SPANLINK_BLOCK, span: SPAN_BLOCK, scope: SCOPE_BLOCK, instrumentation_scope: SCOPE_BLOCK, resource: RESOURCE_BLOCK };

/** The `spanlink` context definition. */
export const SPANLINK_CONTEXT: ContextDefinition = defineContext('spanlink', BLOCKS, SPAN_SYMBOLS);

/** Every path of the `spanlink` context, prefixed (`[]` marks a keyed form), for "did you mean" hints. */
export const SPANLINK_PATHS: readonly string[] = listPaths('spanlink', BLOCKS);
