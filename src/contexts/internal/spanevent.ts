/** The span event block (`ctxspanevent` plus the context's `event_index`). */
import type { EvalContext } from '../../core/eval-context.js';
import type { SpanEvent } from '../../core/model.js';
import type { PathAccessor } from '../types.js';
import type { Block } from './block.js';
import { unknownSegment } from './errors.js';
import { mapField, stringField, timeField, uint32Field, unixNanoField } from './fields.js';
import type { PathNode } from './path-node.js';

const event = (ctx: EvalContext): SpanEvent => ctx.spanEvent as SpanEvent;

/** The `spanevent.*` paths. */
export const SPANEVENT_BLOCK: Block = {
  name: 'spanevent',
  paths: ['time_unix_nano', 'time', 'name', 'attributes', 'attributes[]', 'dropped_attributes_count', 'event_index'],
  resolve(node: PathNode): PathAccessor {
    switch (node.name) {
      case 'time_unix_nano':
        return unixNanoField((ctx) => event(ctx).timeUnixNano, (ctx, t) => {
          event(ctx).timeUnixNano = t;
        });
      case 'time':
        return timeField((ctx) => event(ctx).timeUnixNano, (ctx, t) => {
          event(ctx).timeUnixNano = t;
        });
      case 'name':
        return stringField((ctx) => event(ctx).name, (ctx, s) => {
          event(ctx).name = s;
        });
      case 'attributes':
        return mapField((ctx) => event(ctx).attributes, node.keys());
      case 'dropped_attributes_count':
        return uint32Field((ctx) => event(ctx).droppedAttributesCount, (ctx, n) => {
          event(ctx).droppedAttributesCount = n;
        });
      case 'event_index':
        // The position of the event in its span: read-only.
        return { get: (ctx) => BigInt(ctx.eventIndex) };
      default:
        throw unknownSegment(node.name, node.text, 'spanevent', node.span);
    }
  },
};
