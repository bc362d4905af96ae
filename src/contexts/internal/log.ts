/** The log record block (`ctxlog`). */
import { OttlRuntimeError } from '../../core/errors.js';
import type { EvalContext } from '../../core/eval-context.js';
import type { LogRecord } from '../../core/model.js';
import type { PathAccessor } from '../types.js';
import { defineBlock, type Block } from './block.js';
import { pcommonTypeName, unknownSegment } from './errors.js';
import { expectString } from './expect.js';
import {
  idAccessors,
  idPathField,
  int32Field,
  mapField,
  stringField,
  timeField,
  uint32Field,
  unixNanoField,
} from './fields.js';
import { valueAsString } from '../../core/values/format.js';
import { getMapValue, getSliceValue, setMapValue, setSliceValue } from './indexing.js';
import type { PathNode } from './path-node.js';
import { toStored } from './store.js';
import type { CompiledKey } from '../types.js';

const log = (ctx: EvalContext): LogRecord => ctx.log as LogRecord;

/** `log.body[...]`: only a map or slice body can be indexed; an empty body is not auto-created. */
function bodyKeys(keys: readonly CompiledKey[]): PathAccessor {
  return {
    get: (ctx) => {
      const body = log(ctx).body;
      if (body instanceof Map) return getMapValue(ctx, body, keys);
      if (Array.isArray(body)) return getSliceValue(ctx, body, keys);
      throw new OttlRuntimeError(`log bodies of type ${pcommonTypeName(body)} cannot be indexed`);
    },
    set: (ctx, v) => {
      const body = log(ctx).body;
      if (body instanceof Map) return setMapValue(ctx, body, keys, v);
      if (Array.isArray(body)) return setSliceValue(ctx, body, keys, v);
      throw new OttlRuntimeError(`log bodies of type ${pcommonTypeName(body)} cannot be indexed`);
    },
  };
}

function bodyPath(node: PathNode): PathAccessor {
  const next = node.next();
  if (next !== null) {
    if (next.name === 'string') {
      return {
        get: (ctx) => valueAsString(log(ctx).body),
        set: (ctx, v) => {
          log(ctx).body = expectString(v);
        },
      };
    }
    throw unknownSegment(next.name, next.text, 'log', next.span);
  }
  const keys = node.keys();
  if (keys !== null) return bodyKeys(keys);
  return {
    get: (ctx) => log(ctx).body,
    set: (ctx, v) => {
      log(ctx).body = toStored(v);
    },
  };
}

function idPath(node: PathNode, size: 8 | 16): PathAccessor {
  return idPathField(node, 'log', size, ...idAccessors(log, size));
}

/** The `log.*` paths. */
export const LOG_BLOCK: Block = defineBlock(
  'log',
  {
    time_unix_nano: () => {
      return unixNanoField((ctx) => log(ctx).timeUnixNano, (ctx, t) => {
        log(ctx).timeUnixNano = t;
      });
    },
    observed_time_unix_nano: () => {
      return unixNanoField((ctx) => log(ctx).observedTimeUnixNano, (ctx, t) => {
        log(ctx).observedTimeUnixNano = t;
      });
    },
    time: () => {
      return timeField((ctx) => log(ctx).timeUnixNano, (ctx, t) => {
        log(ctx).timeUnixNano = t;
      });
    },
    observed_time: () => {
      return timeField((ctx) => log(ctx).observedTimeUnixNano, (ctx, t) => {
        log(ctx).observedTimeUnixNano = t;
      });
    },
    severity_number: () => {
      return int32Field((ctx) => log(ctx).severityNumber, (ctx, n) => {
        log(ctx).severityNumber = n;
      });
    },
    severity_text: () => {
      return stringField((ctx) => log(ctx).severityText, (ctx, s) => {
        log(ctx).severityText = s;
      });
    },
    body: (node) => {
      return bodyPath(node);
    },
    attributes: (node) => {
      return mapField((ctx) => log(ctx).attributes, node.keys());
    },
    dropped_attributes_count: () => {
      return uint32Field((ctx) => log(ctx).droppedAttributesCount, (ctx, n) => {
        log(ctx).droppedAttributesCount = n;
      });
    },
    flags: () => {
      return uint32Field((ctx) => log(ctx).flags, (ctx, n) => {
        log(ctx).flags = n;
      });
    },
    trace_id: (node) => {
      return idPath(node, 16);
    },
    span_id: (node) => {
      return idPath(node, 8);
    },
    event_name: () => {
      return stringField((ctx) => log(ctx).eventName, (ctx, s) => {
        log(ctx).eventName = s;
      });
    },
  },
  { body: ['[]', '.string'], attributes: ['[]'], trace_id: ['.string'], span_id: ['.string'] },
);
