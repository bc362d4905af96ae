/** The exemplar block (`ctxexemplar`). */
import type { EvalContext } from '../../core/eval-context.js';
import type { Exemplar } from '../../core/model.js';
import type { PathAccessor } from '../types.js';
import { defineBlock, type Block } from './block.js';
import {
  floatField,
  idAccessors,
  idPathField,
  intField,
  mapField,
  timeField,
  unixNanoField,
} from './fields.js';
import type { PathNode } from './path-node.js';

const exemplar = (ctx: EvalContext): Exemplar => ctx.exemplar as Exemplar;

function idPath(node: PathNode, size: 8 | 16): PathAccessor {
  return idPathField(node, 'exemplar', size, ...idAccessors(exemplar, size));
}

/** The `exemplar.*` paths. */
export const EXEMPLAR_BLOCK: Block = defineBlock(
  'exemplar',
  {
    time_unix_nano: () => {
      return unixNanoField((ctx) => exemplar(ctx).timeUnixNano, (ctx, t) => {
        exemplar(ctx).timeUnixNano = t;
      });
    },
    time: () => {
      return timeField((ctx) => exemplar(ctx).timeUnixNano, (ctx, t) => {
        exemplar(ctx).timeUnixNano = t;
      });
    },
    double_value: () => {
      // pdata's DoubleValue() / IntValue() are 0 unless the exemplar holds that kind.
      return floatField(
        (ctx) => {
          const v = exemplar(ctx).value;
          return typeof v === 'number' ? v : 0;
        },
        (ctx, f) => {
          exemplar(ctx).value = f;
        },
      );
    },
    int_value: () => {
      return intField(
        (ctx) => {
          const v = exemplar(ctx).value;
          return typeof v === 'bigint' ? v : 0n;
        },
        (ctx, i) => {
          exemplar(ctx).value = i;
        },
      );
    },
    trace_id: (node) => {
      return idPath(node, 16);
    },
    span_id: (node) => {
      return idPath(node, 8);
    },
    filtered_attributes: (node) => {
      return mapField((ctx) => exemplar(ctx).filteredAttributes, node.keys());
    },
  },
  { trace_id: ['.string'], span_id: ['.string'], filtered_attributes: ['[]'] },
);
