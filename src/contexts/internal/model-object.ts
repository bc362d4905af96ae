/**
 * Paths such as `span.status`, `span.events` or `metric.data_points` expose telemetry structures that
 * are not OTTL values of their own (the reference returns `ptrace.Status`, `ptrace.SpanEventSlice`…).
 * They travel through the runtime as the {@link ModelObject} member of the value union: opaque to
 * functions, but a setter of the same path kind accepts one (so `set(span.status, span.status)`-style
 * copies work).
 */
import { ModelObject, type Value } from '../../core/values/types.js';

export { ModelObject };

/** Wraps a model structure as a runtime value. */
export function modelValue(goType: string, ref: unknown): Value {
  return new ModelObject(goType, ref);
}

/** The wrapped structure when `v` is a {@link ModelObject} of `goType`, else undefined. */
export function unwrapModel(v: Value, goType: string): unknown {
  return v instanceof ModelObject && v.goType === goType ? v.ref : undefined;
}
