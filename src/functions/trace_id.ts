/** `TraceID(target)`: a TraceID from 16 raw bytes or 32 hex characters. */
import { TraceID as TraceIDValue } from '../core/values/types.js';
import { defineIdConverter } from './internal/conv-id.js';

/**
 * Builds a TraceID from `target` coerced to bytes (`bytesLike`): exactly 16 bytes are the id; 32
 * bytes (such as a 32-character string) are read as hex. Any other length (nil counts as 0), or bad
 * hex, is a run-time error (`TraceID: could not decode ID: invalid length: expected 16 or 32 bytes, got N`).
 */
export const TraceID = defineIdConverter('TraceID', 16, (b) => new TraceIDValue(b));
