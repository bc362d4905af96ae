/**
 * Localized month/weekday names and AM/PM words from `Intl` (CLDR), for `Time(..., locale)`.
 * The reference translates localized text to English with CLDR data (elastic/lunes) before parsing;
 * we match the localized names directly, accepting the usual spelling variants (with or without
 * the abbreviation dot, with or without the spaces of "p. m.").
 */
import type { ParseNames } from './parse.js';

const cache = new Map<string, ParseNames>();

function variants(name: string): string[] {
  const base = name.normalize('NFC').replace(/[\u00a0\u202f]/g, ' ');
  const out = new Set([base, base.replace(/\.$/, ''), base.replace(/\s+/g, ''), base.replace(/[\s.]/g, '')]);
  out.delete('');
  return [...out];
}

function part(locale: string, opts: Intl.DateTimeFormatOptions, date: Date, type: Intl.DateTimeFormatPartTypes): string[] {
  const fmt = new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' });
  const standalone = fmt.formatToParts(date).find((p) => p.type === type)?.value;
  // The format (genitive) form, as in "25 de febrero" / "25 февраля".
  const withDay = new Intl.DateTimeFormat(locale, { ...opts, day: 'numeric', timeZone: 'UTC' })
    .formatToParts(date)
    .find((p) => p.type === type)?.value;
  return [...new Set([standalone, withDay].filter((x): x is string => x !== undefined).flatMap(variants))];
}

/**
 * Validates a BCP 47 tag as the reference's `ValidateLocale` does. Throws
 * `unsupported locale 'x', value must be a supported BCP 47 language tag` or `invalid locale 'x': …`.
 */
export function validateLocale(locale: string): void {
  const unsupported = () => new Error(`unsupported locale '${locale}', value must be a supported BCP 47 language tag`);
  let canonical: string[];
  try {
    canonical = Intl.getCanonicalLocales(locale);
  } catch (e) {
    // Well-formed BCP 47 that ECMA-402 refuses (extlangs such as `foo-bar`) is merely unsupported.
    if (/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(locale)) throw unsupported();
    throw new Error(`invalid locale '${locale}': ${(e as Error).message}`);
  }
  if (Intl.DateTimeFormat.supportedLocalesOf(canonical).length === 0) throw unsupported();
}

/** The names a locale uses when writing dates (cached per locale). */
export function localeNames(locale: string): ParseNames {
  let names = cache.get(locale);
  if (names !== undefined) return names;
  const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2001, i, 15)));
  // 2001-01-07 was a Sunday.
  const days = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2001, 0, 7 + i)));
  const am = part(locale, { hour: 'numeric', hour12: true }, new Date(Date.UTC(2001, 0, 1, 9)), 'dayPeriod');
  const pm = part(locale, { hour: 'numeric', hour12: true }, new Date(Date.UTC(2001, 0, 1, 15)), 'dayPeriod');
  names = {
    longMonths: months.map((d) => part(locale, { month: 'long' }, d, 'month')),
    shortMonths: months.map((d) => part(locale, { month: 'short' }, d, 'month')),
    longDays: days.map((d) => part(locale, { weekday: 'long' }, d, 'weekday')),
    shortDays: days.map((d) => part(locale, { weekday: 'short' }, d, 'weekday')),
    am: [...am, 'AM', 'am'],
    pm: [...pm, 'PM', 'pm'],
  };
  cache.set(locale, names);
  return names;
}
