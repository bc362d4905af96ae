/**
 * Model structures a path yields (`span.status` → ptrace.Status, `span.events` → ptrace.SpanEventSlice,
 * `datapoint.exemplars` → pmetric.ExemplarSlice…) through each getter kind, as the reference's
 * `expression.go` getters, `func_len.go` and `func_is_list.go` treat these Go types. Before they had
 * their own member in the value union, they fell through to the last case of exhaustive branches
 * (`Concat([span.status], "")` failed with `unsupported type: pprofile.ProfileID`).
 */
import { describe, expect, it } from 'vitest';
import {
  newExemplar,
  newExponentialHistogramDataPoint,
  newMetric,
  newNumberDataPoint,
  newSpan,
  newSpanEvent,
  newSpanLink,
  newSummaryDataPoint,
  type Span,
} from '../../src/core/model.js';
import { EvalContext } from '../../src/core/eval-context.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import type { ContextName } from '../../src/contexts/index.js';
import type { Value } from '../../src/core/values/types.js';

function spanContext(events: number): { ctx: EvalContext; span: Span } {
  const span = newSpan();
  span.name = 'bear';
  span.status = { code: 2, message: 'broken' };
  for (let i = 0; i < events; i++) span.events.push({ ...newSpanEvent(), name: `e${i}` });
  span.links.push(newSpanLink());
  const ctx = new EvalContext();
  ctx.span = span;
  return { ctx, span };
}

function datapointContext(exemplars: number): EvalContext {
  const p = newNumberDataPoint();
  p.value = 1n;
  for (let i = 0; i < exemplars; i++) p.exemplars.push(newExemplar());
  const metric = newMetric();
  metric.data = { kind: 'gauge', dataPoints: [p, newNumberDataPoint()] };
  const ctx = new EvalContext();
  ctx.metric = metric;
  ctx.dataPoint = p;
  return ctx;
}

/** Evaluates `expr` in the context by storing it in the cache. */
function evaluate(context: ContextName, expr: string, ctx: EvalContext): Value {
  compileStatements([`set(${context}.cache["out"], ${expr})`], { context }).execute(ctx);
  return ctx.cache.get('out') ?? null;
}

describe('model structures through converters', () => {
  it.each([
    // StringLikeGetter: Go's JSON encoding of the pdata wrapper, which has no exported fields.
    { expr: 'Concat([span.status], "")', want: '{}' },
    { expr: 'Concat(["a", span.events, "b"], "-")', want: 'a-{}-b' },
    { expr: 'String(span.status)', want: '{}' },
    // Type tests: a structure is none of the value types.
    { expr: 'IsMap(span.status)', want: false },
    { expr: 'IsString(span.status)', want: false },
    { expr: 'IsInt(span.events)', want: false },
    // func_is_list.go: the pdata slices of messages are lists; a structure is not.
    { expr: 'IsList(span.events)', want: true },
    { expr: 'IsList(span.links)', want: true },
    { expr: 'IsList(span.status)', want: false },
    // func_len.go: the pdata slices are counted.
    { expr: 'Len(span.events)', want: 3n },
    { expr: 'Len(span.links)', want: 1n },
    // Equality is Go's `==` on the wrappers: the same structure of the same record.
    { expr: 'span.status == span.status', want: true },
    { expr: 'span.events == span.links', want: false },
    { expr: 'span.events != span.events', want: false },
    { expr: 'span.status == nil', want: false },
  ])('$expr → $want', ({ expr, want }) => {
    const { ctx } = spanContext(3);
    if (/[!=]=/.test(expr)) {
      // A comparison is a condition: evaluate it as a where clause.
      compileStatements([`set(span.cache["out"], true) where ${expr}`], { context: 'span' }).execute(ctx);
      expect(ctx.cache.get('out') ?? false).toBe(want);
    } else {
      expect(evaluate('span', expr, ctx)).toStrictEqual(want);
    }
  });

  it.each([
    // Strict getters name the Go type.
    { expr: 'ToUpperCase(span.status)', error: 'expected string but got ptrace.Status' },
    { expr: 'Keys(span.status)', error: 'expected pcommon.Map but got ptrace.Status' },
    // The other *LikeGetters have no conversion for it.
    { expr: 'Int(span.status)', error: 'unsupported type: ptrace.Status' },
    { expr: 'Double(span.events)', error: 'unsupported type: ptrace.SpanEventSlice' },
    // Len has no case for a structure.
    { expr: 'Len(span.status)', error: 'target arg must be of type string' },
  ])('$expr fails: $error', ({ expr, error }) => {
    const { ctx } = spanContext(1);
    expect(() => evaluate('span', expr, ctx)).toThrow(error);
  });

  it('storing a structure into an attribute is an error (ctxutil.SetValue has no case for it)', () => {
    const { ctx, span } = spanContext(1);
    expect(() =>
      compileStatements(['set(span.attributes["s"], span.status)'], { context: 'span' }).execute(ctx),
    ).toThrow('unsupported type ptrace.Status for set operation');
    expect(span.attributes.has('s')).toBe(false);
  });

  it.each([
    { expr: 'Len(datapoint.exemplars)', exemplars: 2, want: 2n },
    { expr: 'IsList(datapoint.exemplars)', exemplars: 0, want: true },
    { expr: 'Len(metric.data_points)', exemplars: 0, want: 2n },
    { expr: 'IsList(metric.data_points)', exemplars: 0, want: true },
  ])('$expr → $want', ({ expr, exemplars, want }) => {
    const ctx = datapointContext(exemplars);
    expect(evaluate('datapoint', expr, ctx)).toStrictEqual(want);
  });

  it('counts summary quantiles (pmetric.SummaryDataPointValueAtQuantileSlice); the exponential buckets are a structure', () => {
    const ctx = new EvalContext();
    const p = newSummaryDataPoint();
    p.quantileValues = [{ quantile: 0.5, value: 1 }, { quantile: 0.9, value: 2 }];
    ctx.dataPoint = p;
    expect(evaluate('datapoint', 'Len(datapoint.quantile_values)', ctx)).toBe(2n);
    const e = newExponentialHistogramDataPoint();
    ctx.dataPoint = e;
    expect(evaluate('datapoint', 'IsList(datapoint.positive)', ctx)).toBe(false);
    expect(() => evaluate('datapoint', 'Len(datapoint.positive)', ctx)).toThrow('target arg must be of type string');
  });
});
