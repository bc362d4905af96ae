/** Span event context (`ottlspanevent`): `spanevent.*`, the parent `span.*`, scope and resource. */
import type { Block } from './internal/block.js';
import { defineContext, listPaths } from './internal/context.js';
import { RESOURCE_BLOCK } from './internal/resource.js';
import { SCOPE_BLOCK } from './internal/scope.js';
import { SPAN_BLOCK } from './internal/span.js';
import { SPANEVENT_BLOCK } from './internal/spanevent.js';
import { SPAN_SYMBOLS } from './internal/symbols.js';
import type { ContextDefinition } from './types.js';

const BLOCKS: Readonly<Record<string, Block>> = { spanevent: SPANEVENT_BLOCK, span: SPAN_BLOCK, scope: SCOPE_BLOCK, instrumentation_scope: SCOPE_BLOCK, resource: RESOURCE_BLOCK };

/** The `spanevent` context definition. */
export const SPANEVENT_CONTEXT: ContextDefinition = defineContext('spanevent', BLOCKS, SPAN_SYMBOLS);

/** Every path of the `spanevent` context, prefixed (`[]` marks a keyed form), for "did you mean" hints. */
export const SPANEVENT_PATHS: readonly string[] = listPaths('spanevent', BLOCKS);
