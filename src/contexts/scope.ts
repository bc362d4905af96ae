/** Instrumentation scope context (`ottlscope`): `scope.*` (alias `instrumentation_scope.*`) and `resource.*`. */
import type { Block } from './internal/block.js';
import { defineContext, listPaths } from './internal/context.js';
import { RESOURCE_BLOCK } from './internal/resource.js';
import { SCOPE_BLOCK } from './internal/scope.js';
import { NO_SYMBOLS } from './internal/symbols.js';
import type { ContextDefinition } from './types.js';

const BLOCKS: Readonly<Record<string, Block>> = { scope: SCOPE_BLOCK, instrumentation_scope: SCOPE_BLOCK, resource: RESOURCE_BLOCK };

/** The `scope` context definition. */
export const SCOPE_CONTEXT: ContextDefinition = defineContext('scope', BLOCKS, NO_SYMBOLS);

/** Every path of the `scope` context, prefixed (`[]` marks a keyed form), for "did you mean" hints. */
export const SCOPE_PATHS: readonly string[] = listPaths('scope', BLOCKS);
