/** `Time(time, format, location?, locale?)`: parses text into a time with `%` directives. */
import { OttlRuntimeError } from '../core/errors.js';
import { localeNames, validateLocale } from '../core/time/locale.js';
import type { ParseNames } from '../core/time/parse.js';
import { StrptimeParser } from '../core/time/strptime.js';
import { loadLocation, localZone } from '../core/time/zone.js';
import { ArgumentError, defineFunction } from './signature.js';

/**
 * Parses `time` with the `%`-directive `format` (see `FormatTime`; `%s` is nanoseconds). The
 * result keeps the zone it was read in: the zone in the text (`%z`, `%Z`), else `location` (an IANA
 * name), else UTC when the format ends in `Z` (a literal `Z` or `%Z`), else the local zone.
 * `locale` (a BCP 47 tag) selects the language of month and weekday names and AM/PM. Numbers may be unpadded and
 * preceded by spaces; `%z` also reads `Z`, `+hh:mm` and `+hh`. A format without a date part uses
 * today's date; one without a year uses the current year (last year if that is over a week ahead).
 *
 * Compile-time errors: empty format, digits in the format, unknown directive, `%L`/`%f`/`%s` not
 * after `.` or `,`, unknown location, unsupported locale. Run-time errors: an empty or non-string
 * `time`, text that does not match (`parsing time "x" as "%Y": cannot parse "x" as "%Y"`), a zone
 * abbreviation that is not a known zone.
 */
export const Time = defineFunction({
  name: 'Time',
  kind: 'converter',
  description: 'Parses text into a time using %-directives',
  params: [
    { name: 'time', kind: 'string' },
    { name: 'format', kind: 'literalString' },
    { name: 'location', kind: 'literalString', optional: true },
    { name: 'locale', kind: 'literalString', optional: true },
  ] as const,
  create: ({ time, format, location, locale }) => {
    if (format === '') throw new ArgumentError('format', 'format cannot be nil');
    let zone: string | undefined;
    if (location !== undefined && location !== '') {
      try {
        zone = loadLocation(location);
      } catch (e) {
        throw new ArgumentError('location', `failed to load location ${location}: ${(e as Error).message}`);
      }
    } else if (format.endsWith('Z')) {
      // The reference's GetLocation tests the format text itself, so a trailing `%Z` also means UTC.
      zone = undefined;
    } else {
      zone = localZone();
    }
    let names: ParseNames | undefined;
    if (locale !== undefined) {
      try {
        validateLocale(locale);
      } catch (e) {
        throw new ArgumentError('locale', (e as Error).message);
      }
      names = localeNames(locale);
    }
    let parser: StrptimeParser;
    try {
      parser = new StrptimeParser(format);
    } catch (e) {
      throw new ArgumentError('format', (e as Error).message);
    }
    return (ctx) => {
      const text = time(ctx);
      if (text === '') throw new OttlRuntimeError('time cannot be nil');
      try {
        return parser.parse(text, zone, names).time;
      } catch (e) {
        throw new OttlRuntimeError((e as Error).message);
      }
    };
  },
});
