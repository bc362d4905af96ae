/** The instrumentation scope block (`ctxscope`), reached as `scope.` or `instrumentation_scope.`. */
import type { PathAccessor } from '../types.js';
import type { Block } from './block.js';
import { unknownSegment } from './errors.js';
import { mapField, stringField, uint32Field } from './fields.js';
import type { PathNode } from './path-node.js';

/** The `scope.*` / `instrumentation_scope.*` paths. */
export const SCOPE_BLOCK: Block = {
  name: 'scope',
  paths: ['name', 'version', 'attributes', 'attributes[]', 'dropped_attributes_count', 'schema_url'],
  resolve(node: PathNode): PathAccessor {
    switch (node.name) {
      case 'name':
        return stringField(
          (ctx) => ctx.scope.name,
          (ctx, s) => {
            ctx.scope.name = s;
          },
        );
      case 'version':
        return stringField(
          (ctx) => ctx.scope.version,
          (ctx, s) => {
            ctx.scope.version = s;
          },
        );
      case 'attributes':
        return mapField((ctx) => ctx.scope.attributes, node.keys());
      case 'dropped_attributes_count':
        return uint32Field(
          (ctx) => ctx.scope.droppedAttributesCount,
          (ctx, n) => {
            ctx.scope.droppedAttributesCount = n;
          },
        );
      case 'schema_url':
        return stringField(
          (ctx) => ctx.scopeHolder.schemaUrl,
          (ctx, s) => {
            ctx.scopeHolder.schemaUrl = s;
          },
        );
      default:
        throw unknownSegment(node.name, node.text, 'scope', node.span);
    }
  },
};
