/** `Duration(duration)`: parses Go duration text (`1h30m`, `100ms`). */
import { OttlRuntimeError } from '../core/errors.js';
import { parseDuration } from '../core/time/duration.js';
import { OttlDuration } from '../core/values/types.js';
import { defineFunction } from './signature.js';

/**
 * Parses `duration` as Go's `time.ParseDuration`: a signed sequence of decimal numbers with units
 * `ns`, `us`/`µs`, `ms`, `s`, `m`, `h` (`-1.5h`, `1h40m3s30ms100us1ns`). No days. Nil, a non-string,
 * or invalid text (`time: invalid duration "x"`, `time: missing unit in duration "1"`,
 * `time: unknown unit "d" in duration "1d"`) is a run-time error.
 */
export const Duration = defineFunction({
  name: 'Duration',
  kind: 'converter',
  description: 'Parses Go duration text (1h30m, 100ms) into a duration',
  params: [{ name: 'duration', kind: 'string' }] as const,
  create: ({ duration }) => (ctx) => {
    try {
      return new OttlDuration(parseDuration(duration(ctx)));
    } catch (e) {
      if (e instanceof OttlRuntimeError) throw e;
      throw new OttlRuntimeError((e as Error).message);
    }
  },
});
