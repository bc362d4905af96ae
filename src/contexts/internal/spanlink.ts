/** The span link block (`ctxspanlink`). */
import { OttlRuntimeError } from '../../core/errors.js';
import type { EvalContext } from '../../core/eval-context.js';
import type { SpanLink } from '../../core/model.js';
import type { PathAccessor } from '../types.js';
import { defineBlock, type Block } from './block.js';
import {
  idAccessors,
  idPathField,
  intField,
  mapField,
  stringField,
  uint32Field,
} from './fields.js';
import type { PathNode } from './path-node.js';

const link = (ctx: EvalContext): SpanLink => ctx.spanLink as SpanLink;

function idPath(node: PathNode, size: 8 | 16): PathAccessor {
  return idPathField(node, 'spanlink', size, ...idAccessors(link, size));
}

/** The `spanlink.*` paths. */
export const SPANLINK_BLOCK: Block = defineBlock(
  'spanlink',
  {
    trace_id: (node) => {
      return idPath(node, 16);
    },
    span_id: (node) => {
      return idPath(node, 8);
    },
    trace_state: () => {
      return stringField((ctx) => link(ctx).traceState, (ctx, s) => {
        link(ctx).traceState = s;
      });
    },
    attributes: (node) => {
      return mapField((ctx) => link(ctx).attributes, node.keys());
    },
    dropped_attributes_count: () => {
      return uint32Field((ctx) => link(ctx).droppedAttributesCount, (ctx, n) => {
        link(ctx).droppedAttributesCount = n;
      });
    },
    flags: () => {
      // Unlike other uint32 fields, link flags reject out-of-range values instead of wrapping.
      return intField(
        (ctx) => BigInt(link(ctx).flags),
        (ctx, i) => {
          if (i < 0n || i > 0xffffffffn) throw new OttlRuntimeError(`value ${i} is out of range for uint32`);
          link(ctx).flags = Number(i);
        },
      );
    },
  },
  { trace_id: ['.string'], span_id: ['.string'], attributes: ['[]'] },
);
