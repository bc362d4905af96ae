/** The resource block (`ctxresource`): `resource.attributes`, `dropped_attributes_count`, `schema_url`. */
import type { PathAccessor } from '../types.js';
import type { Block } from './block.js';
import { unknownSegment } from './errors.js';
import { mapField, stringField, uint32Field } from './fields.js';
import type { PathNode } from './path-node.js';

/** The `resource.*` paths. */
export const RESOURCE_BLOCK: Block = {
  name: 'resource',
  paths: ['attributes', 'attributes[]', 'dropped_attributes_count', 'schema_url'],
  resolve(node: PathNode): PathAccessor {
    switch (node.name) {
      case 'attributes':
        return mapField((ctx) => ctx.resource.attributes, node.keys());
      case 'dropped_attributes_count':
        return uint32Field(
          (ctx) => ctx.resource.droppedAttributesCount,
          (ctx, n) => {
            ctx.resource.droppedAttributesCount = n;
          },
        );
      case 'schema_url':
        return stringField(
          (ctx) => ctx.resourceHolder.schemaUrl,
          (ctx, s) => {
            ctx.resourceHolder.schemaUrl = s;
          },
        );
      default:
        throw unknownSegment(node.name, node.text, 'resource', node.span);
    }
  },
};
