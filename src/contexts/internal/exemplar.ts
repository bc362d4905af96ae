/** The exemplar block (`ctxexemplar`). */
import type { EvalContext } from '../../core/eval-context.js';
import type { Exemplar } from '../../core/model.js';
import type { PathAccessor } from '../types.js';
import type { Block } from './block.js';
import { unknownSegment } from './errors.js';
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
export const EXEMPLAR_BLOCK: Block = {
  name: 'exemplar',
  paths: [
    'time_unix_nano', 'time', 'double_value', 'int_value', 'trace_id', 'trace_id.string', 'span_id',
    'span_id.string', 'filtered_attributes', 'filtered_attributes[]',
  ],
  resolve(node: PathNode): PathAccessor {
    switch (node.name) {
      case 'time_unix_nano':
        return unixNanoField((ctx) => exemplar(ctx).timeUnixNano, (ctx, t) => {
          exemplar(ctx).timeUnixNano = t;
        });
      case 'time':
        return timeField((ctx) => exemplar(ctx).timeUnixNano, (ctx, t) => {
          exemplar(ctx).timeUnixNano = t;
        });
      case 'double_value':
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
      case 'int_value':
        return intField(
          (ctx) => {
            const v = exemplar(ctx).value;
            return typeof v === 'bigint' ? v : 0n;
          },
          (ctx, i) => {
            exemplar(ctx).value = i;
          },
        );
      case 'trace_id':
        return idPath(node, 16);
      case 'span_id':
        return idPath(node, 8);
      case 'filtered_attributes':
        return mapField((ctx) => exemplar(ctx).filteredAttributes, node.keys());
      default:
        throw unknownSegment(node.name, node.text, 'exemplar', node.span);
    }
  },
};
