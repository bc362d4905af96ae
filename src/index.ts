/**
 * Public API of the OTTL library.
 */
export { OttlTime, OttlDuration, TraceID, SpanID, ProfileID, typeName } from './values/types.js';
export type { Value, ValueMap, ValueList } from './values/types.js';
