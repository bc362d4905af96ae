/** The span block (`ctxspan`): every `span.*` path, used by the span, span event and span link contexts. */
import { OttlRuntimeError } from '../../core/errors.js';
import type { EvalContext } from '../../core/eval-context.js';
import type { Span, SpanEvent, SpanLink, Status } from '../../core/model.js';
import type { PathAccessor } from '../types.js';
import { defineBlock, type Block } from './block.js';
import { setNil, unknownSegment, wrongType } from './errors.js';
import { expectString } from './expect.js';
import {
  idPathField,
  int32Field,
  mapField,
  stringField,
  timeField,
  uint32Field,
  unixNanoField,
} from './fields.js';
import { modelValue, unwrapModel } from './model-object.js';
import type { PathNode } from './path-node.js';
import { parseTraceState, traceStateGet, traceStateInsert } from './tracestate.js';
import { PathError } from '../types.js';

const span = (ctx: EvalContext): Span => ctx.span as Span;

/** `ptrace.SpanKind.String()`; out-of-range kinds print as "". */
export const SPAN_KIND_NAMES = ['Unspecified', 'Internal', 'Server', 'Client', 'Producer', 'Consumer'];
/** `traceutil.SpanKindStr`. */
export const SPAN_KIND_DEPRECATED_NAMES = SPAN_KIND_NAMES.map((n) => `SPAN_KIND_${n.toUpperCase()}`);

function kindFromName(names: readonly string[], what: string): PathAccessor {
  return {
    get: (ctx) => names[span(ctx).kind] ?? '',
    set: (ctx, v) => {
      const s = expectString(v);
      const k = names.indexOf(s);
      if (k < 0) throw new OttlRuntimeError(`unknown span kind ${what}, ${s}`);
      span(ctx).kind = k;
    },
  };
}

/**
 * A list of model structures (`events`, `links`): replaced by a deep copy. nil is an error: these
 * are pdata slices of messages, which the reference's setters reject nil for (PR #49728).
 */
export function modelListField<T>(goType: string, list: (ctx: EvalContext) => T[]): PathAccessor {
  return {
    get: (ctx) => modelValue(goType, list(ctx)),
    set: (ctx, v) => {
      if (v === null) setNil();
      const target = list(ctx);
      const src = unwrapModel(v, goType) as T[] | undefined;
      if (src === undefined) wrongType(goType, v);
      const copy = structuredClone(src);
      target.length = 0;
      target.push(...copy);
    },
  };
}

function traceStateKey(node: PathNode, keys: NonNullable<ReturnType<PathNode['keys']>>): PathAccessor {
  if (keys.length !== 1) throw new PathError('must provide exactly 1 key when accessing trace_state', node.span);
  const key = keys[0];
  const name = (): string => {
    if (typeof key.constant !== 'string') throw new OttlRuntimeError('trace_state indexing type must be a string');
    return key.constant;
  };
  return {
    get: (ctx) => {
      const members = parseTraceState(span(ctx).traceState);
      return members === null ? null : traceStateGet(members, name());
    },
    set: (ctx, v) => {
      const value = expectString(v);
      const s = span(ctx);
      const members = parseTraceState(s.traceState);
      if (members === null) return;
      const updated = traceStateInsert(members, name(), value);
      if (updated !== null) s.traceState = updated;
    },
  };
}

function statusField(node: PathNode): PathAccessor {
  const next = node.next();
  if (next === null) {
    return {
      get: (ctx) => modelValue('ptrace.Status', span(ctx).status),
      set: (ctx, v) => {
        if (v === null) setNil();
        const src = unwrapModel(v, 'ptrace.Status') as Status | undefined;
        if (src === undefined) wrongType('ptrace.Status', v);
        const dst = span(ctx).status;
        dst.code = src.code;
        dst.message = src.message;
      },
    };
  }
  switch (next.name) {
    case 'code':
      return int32Field(
        (ctx) => span(ctx).status.code,
        (ctx, n) => {
          span(ctx).status.code = n;
        },
      );
    case 'message':
      return stringField(
        (ctx) => span(ctx).status.message,
        (ctx, s) => {
          span(ctx).status.message = s;
        },
      );
    default:
      throw unknownSegment(next.name, next.text, 'span', next.span);
  }
}

/** `trace_id` / `span_id` / `parent_span_id` with the optional `.string` form. */
function idPath(node: PathNode, size: 8 | 16, get: (s: Span) => Uint8Array, put: (s: Span, b: Uint8Array) => void): PathAccessor {
  return idPathField(
    node,
    'span',
    size,
    (ctx) => get(span(ctx)),
    (ctx, b) => put(span(ctx), b),
  );
}

/** The `span.*` paths. */
export const SPAN_BLOCK: Block = defineBlock(
  'span',
  {
    trace_id: (node) => {
      return idPath(node, 16, (s) => s.traceId, (s, b) => {
        s.traceId = b;
      });
    },
    span_id: (node) => {
      return idPath(node, 8, (s) => s.spanId, (s, b) => {
        s.spanId = b;
      });
    },
    parent_span_id: (node) => {
      return idPath(node, 8, (s) => s.parentSpanId, (s, b) => {
        s.parentSpanId = b;
      });
    },
    trace_state: (node) => {
      const keys = node.keys();
      if (keys !== null) return traceStateKey(node, keys);
      return stringField(
        (ctx) => span(ctx).traceState,
        (ctx, s) => {
          span(ctx).traceState = s;
        },
      );
    },
    name: () => {
      return stringField(
        (ctx) => span(ctx).name,
        (ctx, s) => {
          span(ctx).name = s;
        },
      );
    },
    kind: (node) => {
      const next = node.next();
      if (next === null) {
        return int32Field(
          (ctx) => span(ctx).kind,
          (ctx, n) => {
            span(ctx).kind = n;
          },
        );
      }
      if (next.name === 'string') return kindFromName(SPAN_KIND_NAMES, 'string');
      if (next.name === 'deprecated_string') return kindFromName(SPAN_KIND_DEPRECATED_NAMES, 'deprecated string');
      throw unknownSegment(next.name, next.text, 'span', next.span);
    },
    start_time_unix_nano: () => {
      return unixNanoField((ctx) => span(ctx).startTimeUnixNano, (ctx, t) => {
        span(ctx).startTimeUnixNano = t;
      });
    },
    end_time_unix_nano: () => {
      return unixNanoField((ctx) => span(ctx).endTimeUnixNano, (ctx, t) => {
        span(ctx).endTimeUnixNano = t;
      });
    },
    start_time: () => {
      return timeField((ctx) => span(ctx).startTimeUnixNano, (ctx, t) => {
        span(ctx).startTimeUnixNano = t;
      });
    },
    end_time: () => {
      return timeField((ctx) => span(ctx).endTimeUnixNano, (ctx, t) => {
        span(ctx).endTimeUnixNano = t;
      });
    },
    attributes: (node) => {
      return mapField((ctx) => span(ctx).attributes, node.keys());
    },
    dropped_attributes_count: () => {
      return uint32Field((ctx) => span(ctx).droppedAttributesCount, (ctx, n) => {
        span(ctx).droppedAttributesCount = n;
      });
    },
    events: () => {
      return modelListField<SpanEvent>('ptrace.SpanEventSlice', (ctx) => span(ctx).events);
    },
    dropped_events_count: () => {
      return uint32Field((ctx) => span(ctx).droppedEventsCount, (ctx, n) => {
        span(ctx).droppedEventsCount = n;
      });
    },
    links: () => {
      return modelListField<SpanLink>('ptrace.SpanLinkSlice', (ctx) => span(ctx).links);
    },
    dropped_links_count: () => {
      return uint32Field((ctx) => span(ctx).droppedLinksCount, (ctx, n) => {
        span(ctx).droppedLinksCount = n;
      });
    },
    status: (node) => {
      return statusField(node);
    },
  },
  { trace_id: ['.string'], span_id: ['.string'], parent_span_id: ['.string'], trace_state: ['[]'], kind: ['.string', '.deprecated_string'], attributes: ['[]'], status: ['.code', '.message'] },
);
