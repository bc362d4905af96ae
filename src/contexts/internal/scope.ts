/** The instrumentation scope block (`ctxscope`), reached as `scope.` or `instrumentation_scope.`. */

import { defineBlock, type Block } from './block.js';
import { mapField, stringField, uint32Field } from './fields.js';


/** The `scope.*` / `instrumentation_scope.*` paths. */
export const SCOPE_BLOCK: Block = defineBlock(
  'scope',
  {
    name: () => {
      return stringField(
        (ctx) => ctx.scope.name,
        (ctx, s) => {
          ctx.scope.name = s;
        },
      );
    },
    version: () => {
      return stringField(
        (ctx) => ctx.scope.version,
        (ctx, s) => {
          ctx.scope.version = s;
        },
      );
    },
    attributes: (node) => {
      return mapField((ctx) => ctx.scope.attributes, node.keys());
    },
    dropped_attributes_count: () => {
      return uint32Field(
        (ctx) => ctx.scope.droppedAttributesCount,
        (ctx, n) => {
          ctx.scope.droppedAttributesCount = n;
        },
      );
    },
    schema_url: () => {
      return stringField(
        (ctx) => ctx.scopeHolder.schemaUrl,
        (ctx, s) => {
          ctx.scopeHolder.schemaUrl = s;
        },
      );
    },
  },
  { attributes: ['[]'] },
);
