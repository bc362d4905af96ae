/** Log context (`ottllog`): `log.*` plus the scope and resource blocks. */
import type { Block } from './internal/block.js';
import { defineContext, listPaths } from './internal/context.js';
import { LOG_BLOCK } from './internal/log.js';
import { RESOURCE_BLOCK } from './internal/resource.js';
import { SCOPE_BLOCK } from './internal/scope.js';
import { LOG_SYMBOLS } from './internal/symbols.js';
import type { ContextDefinition } from './types.js';

const BLOCKS: Readonly<Record<string, Block>> = { log: LOG_BLOCK, scope: SCOPE_BLOCK, instrumentation_scope: SCOPE_BLOCK, resource: RESOURCE_BLOCK };

/** The `log` context definition. */
export const LOG_CONTEXT: ContextDefinition = defineContext('log', BLOCKS, LOG_SYMBOLS);

/** Every path of the `log` context, prefixed (`[]` marks a keyed form), for "did you mean" hints. */
export const LOG_PATHS: readonly string[] = listPaths('log', BLOCKS);
