/** The resource block (`ctxresource`): `resource.attributes`, `dropped_attributes_count`, `schema_url`. */

import { defineBlock, type Block } from './block.js';
import { mapField, stringField, uint32Field } from './fields.js';


/** The `resource.*` paths. */
export const RESOURCE_BLOCK: Block = defineBlock(
  'resource',
  {
    attributes: (node) => {
      return mapField((ctx) => ctx.resource.attributes, node.keys());
    },
    dropped_attributes_count: () => {
      return uint32Field(
        (ctx) => ctx.resource.droppedAttributesCount,
        (ctx, n) => {
          ctx.resource.droppedAttributesCount = n;
        },
      );
    },
    schema_url: () => {
      return stringField(
        (ctx) => ctx.resourceHolder.schemaUrl,
        (ctx, s) => {
          ctx.resourceHolder.schemaUrl = s;
        },
      );
    },
  },
  { attributes: ['[]'] },
);
