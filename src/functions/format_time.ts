/** `FormatTime(time, format)`: formats a time with `%` directives. */
import { compileStrptimeFormat, validateStrptime } from '../core/time/strptime.js';
import { ArgumentError, defineFunction } from './signature.js';

/**
 * Formats `time` in its own zone with the `%`-directive `format`: `%Y %y %m %o %q %b %h %B %d %e %g
 * %a %A %H %I %l %p %P %M %S %L %f %s %z %Z %i %j %k %w %D %x %F %T %X %r %R %c %n %t %%` (`%s` is
 * nanoseconds; `%L %f %s` drop trailing zeros, and the dot when all are zero, as Go's `.999`; `%z`
 * writes `Z` for UTC). The format becomes a Go layout, so literal text spelling a Go layout element
 * (`Jan`, `PM`, `MST`…) is formatted too, as in the reference.
 *
 * Compile-time errors: empty format, digits, unknown directives, `%L`/`%f`/`%s` not after `.` or
 * `,`. Nil or a non-time argument is a run-time error.
 */
export const FormatTime = defineFunction({
  name: 'FormatTime',
  kind: 'converter',
  description: 'Formats a time using %-directives',
  params: [
    { name: 'time', kind: 'time' },
    { name: 'format', kind: 'literalString' },
  ] as const,
  create: ({ time, format }) => {
    if (format === '') throw new ArgumentError('format', 'format cannot be nil');
    let fmt: ReturnType<typeof compileStrptimeFormat>;
    try {
      validateStrptime(format);
      fmt = compileStrptimeFormat(format);
    } catch (e) {
      throw new ArgumentError('format', (e as Error).message);
    }
    return (ctx) => fmt(time(ctx));
  },
});
