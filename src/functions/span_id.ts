/** `SpanID(target)`: a SpanID from 8 raw bytes or 16 hex characters. */
import { SpanID as SpanIDValue } from '../core/values/types.js';
import { defineIdConverter } from './internal/conv-id.js';

/**
 * Builds a SpanID from `target` coerced to bytes (`bytesLike`): exactly 8 bytes are the id; 16
 * bytes (such as a 16-character string) are read as hex. Any other length (nil counts as 0), or bad
 * hex, is a run-time error (`SpanID: could not decode ID: invalid length: expected 8 or 16 bytes, got N`).
 */
export const SpanID = defineIdConverter('SpanID', 8, (b) => new SpanIDValue(b));
