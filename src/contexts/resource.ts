/** Resource context (`ottlresource`): `resource.*` and `resource.cache`. */
import type { Block } from './internal/block.js';
import { defineContext, listPaths } from './internal/context.js';
import { RESOURCE_BLOCK } from './internal/resource.js';
import { NO_SYMBOLS } from './internal/symbols.js';
import type { ContextDefinition } from './types.js';

const BLOCKS: Readonly<Record<string, Block>> = { resource: RESOURCE_BLOCK };

/** The `resource` context definition. */
export const RESOURCE_CONTEXT: ContextDefinition = defineContext('resource', BLOCKS, NO_SYMBOLS);

/** Every path of the `resource` context, prefixed (`[]` marks a keyed form), for "did you mean" hints. */
export const RESOURCE_PATHS: readonly string[] = listPaths('resource', BLOCKS);
