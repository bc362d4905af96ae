/**
 * Paths such as `span.status`, `span.events` or `metric.data_points` expose telemetry structures that
 * are not OTTL values (the reference returns `ptrace.Status`, `ptrace.SpanEventSlice`…). They travel
 * through the runtime wrapped in a {@link ModelObject}: opaque to functions, but a setter of the
 * same path kind accepts one (so `set(span.status, span.status)`-style copies work).
 */
import type { Value } from '../../core/values/types.js';

/** A reference to a model structure, tagged with the Go type the reference would report. */
export class ModelObject {
  constructor(
    /** `ptrace.Status`, `ptrace.SpanEventSlice`, `pmetric.NumberDataPointSlice`… */
    readonly goType: string,
    /** The live model object or array. */
    readonly ref: unknown,
  ) {}
}

/**
 * Wraps a model structure as a runtime value. The {@link Value} union has no member for it, so the
 * wrapper is cast; consumers that switch on value kinds see an unknown object and treat it as opaque.
 */
export function modelValue(goType: string, ref: unknown): Value {
  return new ModelObject(goType, ref) as unknown as Value;
}

/** The wrapped structure when `v` is a {@link ModelObject} of `goType`, else undefined. */
export function unwrapModel(v: Value, goType: string): unknown {
  const o = v as unknown;
  return o instanceof ModelObject && o.goType === goType ? o.ref : undefined;
}
