/** `IsRootSpan()`: whether the current span has no parent. */
import { OttlRuntimeError } from '../core/errors.js';
import { defineFunction } from './signature.js';

/**
 * Returns true when the span's parent span id is empty (all zeros). Only offered in the span
 * context; a record without a span is a run-time error.
 */
export const IsRootSpan = defineFunction({
  name: 'IsRootSpan',
  kind: 'converter',
  description: 'Returns whether the current span is a root span (empty parent span id)',
  contexts: ['span'],
  params: [] as const,
  create: () => (ctx) => {
    const span = ctx.span;
    if (span === null) throw new OttlRuntimeError('IsRootSpan requires a span');
    const p = span.parentSpanId;
    for (let i = 0; i < p.length; i++) if (p[i] !== 0) return false;
    return true;
  },
});
