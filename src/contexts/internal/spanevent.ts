/** The span event block (`ctxspanevent` plus the context's `event_index`). */
import type { EvalContext } from '../../core/eval-context.js';
import type { SpanEvent } from '../../core/model.js';
import { defineBlock, type Block } from './block.js';
import { mapField, stringField, timeField, uint32Field, unixNanoField } from './fields.js';


const event = (ctx: EvalContext): SpanEvent => ctx.spanEvent as SpanEvent;

/** The `spanevent.*` paths. */
export const SPANEVENT_BLOCK: Block = defineBlock(
  'spanevent',
  {
    time_unix_nano: () => {
      return unixNanoField((ctx) => event(ctx).timeUnixNano, (ctx, t) => {
        event(ctx).timeUnixNano = t;
      });
    },
    time: () => {
      return timeField((ctx) => event(ctx).timeUnixNano, (ctx, t) => {
        event(ctx).timeUnixNano = t;
      });
    },
    name: () => {
      return stringField((ctx) => event(ctx).name, (ctx, s) => {
        event(ctx).name = s;
      });
    },
    attributes: (node) => {
      return mapField((ctx) => event(ctx).attributes, node.keys());
    },
    dropped_attributes_count: () => {
      return uint32Field((ctx) => event(ctx).droppedAttributesCount, (ctx, n) => {
        event(ctx).droppedAttributesCount = n;
      });
    },
    event_index: () => {
      // The position of the event in its span: read-only.
      return { get: (ctx) => BigInt(ctx.eventIndex) };
    },
  },
  { attributes: ['[]'] },
);
