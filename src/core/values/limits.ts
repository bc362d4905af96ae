/**
 * Bounds that every part of the engine agrees on, so that what one step produces the next step
 * can read back (decode → rules → encode → decode, `ParseJSON` → encode → decode).
 */

/**
 * The deepest a value may nest: a map or slice inside a map or slice … at most this many levels
 * (a scalar has depth 0, `[1]` depth 1, `{"a":[1]}` depth 2). The decoder, the encoder,
 * `ParseJSON`, copies and JSON rendering all enforce it; comparisons work at any depth.
 *
 * Why 1000: the recursive readers and writers use a few stack frames per level, and V8's default
 * stack (about 1 MB on the main thread, 4 MB in workers) overflows somewhere between 2,400 and
 * 10,000 levels depending on the frame sizes — the OTLP decoder is the tightest, at about 2,440.
 * 1000 keeps every one of them below half of its overflow point, even when called from deep
 * inside the compiled rules, while being far beyond any real telemetry (pdata and Go's
 * `encoding/json`, whose own limit is 10,000, never see such values in practice).
 */
export const MAX_VALUE_DEPTH = 1000;

/** The message every depth check uses (callers wrap it in their own error type and position). */
export function valueTooDeepMessage(): string {
  return `value nested deeper than ${MAX_VALUE_DEPTH} levels (the maximum value depth)`;
}
