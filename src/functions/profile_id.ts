/** `ProfileID(target)`: a ProfileID from 16 raw bytes or 32 hex characters. */
import { ProfileID as ProfileIDValue } from '../core/values/types.js';
import { defineIdConverter } from './internal/conv-id.js';

/**
 * Builds a ProfileID from `target` coerced to bytes (`bytesLike`): exactly 16 bytes are the id; 32
 * bytes (such as a 32-character string) are read as hex. Any other length (nil counts as 0), or bad
 * hex, is a run-time error (`ProfileID: could not decode ID: invalid length: expected 16 or 32 bytes, got N`).
 */
// Outside the 1.0 surface: the reference moved it to the profile module (`contexts/xprofile`, development
// stability), where it is offered without a gate, as here.
export const ProfileID = { ...defineIdConverter('ProfileID', 16, (b) => new ProfileIDValue(b)), tier: 'experimental' as const };
