/** Span context (`ottlspan`): `span.*` plus the scope and resource blocks. */
import type { Block } from './internal/block.js';
import { defineContext, listPaths } from './internal/context.js';
import { RESOURCE_BLOCK } from './internal/resource.js';
import { SCOPE_BLOCK } from './internal/scope.js';
import { SPAN_BLOCK } from './internal/span.js';
import { SPAN_SYMBOLS } from './internal/symbols.js';
import type { ContextDefinition } from './types.js';

const BLOCKS: Readonly<Record<string, Block>> = { span: SPAN_BLOCK, scope: SCOPE_BLOCK, instrumentation_scope: SCOPE_BLOCK, resource: RESOURCE_BLOCK };

/** The `span` context definition. */
export const SPAN_CONTEXT: ContextDefinition = defineContext('span', BLOCKS, SPAN_SYMBOLS);

/** Every path of the `span` context, prefixed (`[]` marks a keyed form), for "did you mean" hints. */
export const SPAN_PATHS: readonly string[] = listPaths('span', BLOCKS);
