/**
 * Time zones: UTC offsets for IANA names (through `Intl`) and fixed offsets.
 *
 * An {@link OttlTime}'s zone is `undefined` (UTC), a fixed offset written `+hh:mm` or `+hh:mm:ss`
 * (Go's unnamed `FixedZone`, e.g. from a parsed `-0700`), or an IANA name. Offsets are looked up
 * per instant, so daylight saving time and historic (LMT) offsets follow the ICU tz database, as Go
 * follows its tzdata.
 */

const FIXED_OFFSET = /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Names ICU accepts as legacy aliases but that are not tz database zones, so Go's
 * `time.LoadLocation` rejects them (`EST`, `MST`, `HST` are real tzdata zones and stay valid).
 */
const ICU_ONLY_IDS = new Set([
  'ACT', 'AET', 'AGT', 'ART', 'AST', 'BET', 'BST', 'CAT', 'CNT', 'CST', 'CTT', 'EAT', 'ECT', 'IET',
  'IST', 'JST', 'MIT', 'NET', 'NST', 'PLT', 'PNT', 'PRT', 'PST', 'SST', 'VST', 'SystemV/AST4',
]);

const formatters = new Map<string, Intl.DateTimeFormat>();
const nameFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * English locales whose ICU abbreviations match the tz database, each trusted only for the zones
 * of its region (ICU also invents names the tz database does not use, such as GST for Dubai).
 */
const FALLBACK_LOCALES: readonly [string, RegExp][] = [
  ['en-GB', /^(Europe|Africa)\//],
  ['en-IE', /^Europe\/Dublin$/],
  ['en-IN', /^Asia\/(Kolkata|Calcutta)$/],
  ['en-AU', /^(Australia|Antarctica)\/|^Pacific\/Auckland$|^NZ$/],
  ['en-ZA', /^Africa\//],
  ['en-HK', /^Asia\/Hong_Kong$|^Hongkong$/],
];

/** tz database abbreviations that no English ICU locale spells, by zone and offset (seconds). */
const KNOWN_ABBREVIATIONS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  'Asia/Shanghai': { 28800: 'CST', 32400: 'CDT' },
  PRC: { 28800: 'CST', 32400: 'CDT' },
  'Asia/Taipei': { 28800: 'CST' },
  'Asia/Tokyo': { 32400: 'JST' },
  Japan: { 32400: 'JST' },
  'Asia/Seoul': { 32400: 'KST' },
  'Asia/Jerusalem': { 7200: 'IST', 10800: 'IDT' },
  'Asia/Tel_Aviv': { 7200: 'IST', 10800: 'IDT' },
  'Asia/Karachi': { 18000: 'PKT' },
  'Asia/Manila': { 28800: 'PST' },
  'Europe/Moscow': { 10800: 'MSK' },
  'Asia/Jakarta': { 25200: 'WIB' },
};

function icuShortName(zone: string, locale: string, ms: number): string {
  const key = locale + ' ' + zone;
  let f = nameFormatters.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    nameFormatters.set(key, f);
  }
  return f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Parses a fixed-offset zone (`+05:30`) to seconds east of UTC, or undefined if it is not one. */
export function fixedOffsetSeconds(zone: string): number | undefined {
  const m = FIXED_OFFSET.exec(zone);
  if (m === null) return undefined;
  const secs = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? '0');
  return m[1] === '-' ? -secs : secs;
}

/** Writes seconds east of UTC as a fixed-offset zone (`-07:00`, `+05:30:15`). */
export function fixedOffsetZone(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  let s = Math.abs(offsetSeconds);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${sign}${p2(h)}:${p2(m)}${s !== 0 ? ':' + p2(s) : ''}`;
}

/**
 * Whether Go's `time.LoadLocation` would accept `name`: `""` and `UTC` (UTC), `Local`, or a zone
 * of the tz database. Names are case-sensitive, as Go reads them from files.
 */
export function isKnownZone(name: string): boolean {
  if (name === '' || name === 'UTC' || name === 'Local') return true;
  if (ICU_ONLY_IDS.has(name)) return false;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return false;
  // ICU is case-insensitive; tzdata file names always start each segment with an upper-case letter
  // (or are upper-case abbreviations such as EST5EDT), except for a few such as `posixrules`.
  if (!name.split('/').every((seg) => /^[A-Z]/.test(seg))) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

let localZoneCache: string | undefined | null = null;

/**
 * The process's local zone as an {@link OttlTime} zone (Go's `time.Local`): the `TZ` environment
 * variable or the system zone; `undefined` when that is UTC.
 */
export function localZone(): string | undefined {
  if (localZoneCache === null) {
    const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
    localZoneCache = tz === undefined || tz === 'UTC' || tz === 'Etc/UTC' ? undefined : tz;
  }
  return localZoneCache;
}

/**
 * Resolves a location name as Go's `LoadLocation` does: `""`/`UTC` give UTC (undefined), `Local`
 * gives the local zone. Throws `unknown time zone NAME` for names Go would reject.
 */
export function loadLocation(name: string): string | undefined {
  if (name === '' || name === 'UTC') return undefined;
  if (name === 'Local') return localZone();
  if (!isKnownZone(name)) throw new Error(`unknown time zone ${name}`);
  return name;
}

const MS_MIN = -8.64e15;
const MS_MAX = 8.64e15;

/**
 * The offset east of UTC, in seconds, of `zone` at the instant `unixSeconds`. Instants outside
 * JavaScript's date range use the offset at the nearest representable instant.
 */
export function zoneOffsetAt(zone: string | undefined, unixSeconds: number): number {
  if (zone === undefined) return 0;
  const fixed = fixedOffsetSeconds(zone);
  if (fixed !== undefined) return fixed;
  let ms = unixSeconds * 1000;
  if (ms < MS_MIN + 864e5 * 2) ms = MS_MIN + 864e5 * 2;
  else if (ms > MS_MAX - 864e5 * 2) ms = MS_MAX - 864e5 * 2;
  const parts = formatterFor(zone).formatToParts(new Date(ms));
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        year = Number(p.value);
        break;
      case 'month':
        month = Number(p.value);
        break;
      case 'day':
        day = Number(p.value);
        break;
      case 'hour':
        hour = Number(p.value);
        break;
      case 'minute':
        minute = Number(p.value);
        break;
      case 'second':
        second = Number(p.value);
        break;
      case 'era':
        bc = p.value === 'BC' || p.value === 'B';
        break;
      default:
        break;
    }
  }
  if (bc) year = 1 - year;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  const wallMs = d.getTime();
  const instantMs = Math.floor(ms / 1000) * 1000;
  return Math.round((wallMs - instantMs) / 1000);
}

/**
 * The offset for a wall-clock time in `zone` (`wallSeconds`: the wall clock read as if it were UTC),
 * resolved like Go's `time.Date`: take the offset in effect at `wallSeconds`; if the instant it gives
 * lies outside that offset's period, use the offset in effect at that instant instead. In a gap or
 * an overlap this picks the same side as Go.
 */
export function offsetForWallClock(zone: string | undefined, wallSeconds: number): number {
  if (zone === undefined) return 0;
  const fixed = fixedOffsetSeconds(zone);
  if (fixed !== undefined) return fixed;
  const o1 = zoneOffsetAt(zone, wallSeconds);
  if (o1 === 0) return 0;
  const utc = wallSeconds - o1;
  const o2 = zoneOffsetAt(zone, utc);
  return o2 === o1 ? o1 : o2;
}

/** A zone abbreviation such as `EST`/`EDT` for `zone` at `unixSeconds`, when ICU knows one. */
export function zoneAbbreviation(zone: string | undefined, unixSeconds: number): string {
  if (zone === undefined) return 'UTC';
  const fixed = fixedOffsetSeconds(zone);
  if (fixed !== undefined) return '';
  let ms = unixSeconds * 1000;
  if (ms < MS_MIN + 864e5 * 2) ms = MS_MIN + 864e5 * 2;
  else if (ms > MS_MAX - 864e5 * 2) ms = MS_MAX - 864e5 * 2;
  let name = icuShortName(zone, 'en-US', ms);
  if (name.startsWith('GMT') && name !== 'GMT') {
    // en-US only knows American abbreviations; other English locales know CET, BST, IST, AEST…
    for (const [locale, region] of FALLBACK_LOCALES) {
      if (!region.test(zone)) continue;
      const n = icuShortName(zone, locale, ms);
      if (!n.startsWith('GMT') && !n.startsWith('UTC')) {
        name = n;
        break;
      }
    }
  }
  if (name.startsWith('GMT') && name !== 'GMT') {
    const known = KNOWN_ABBREVIATIONS[zone]?.[zoneOffsetAt(zone, unixSeconds)];
    if (known !== undefined) return known;
  }
  if (name === 'GMT' && zone !== 'GMT' && /^(Etc\/)?(UTC|UCT|Universal|Zulu)$/.test(zone)) return 'UTC';
  // ICU writes zones without an abbreviation as `GMT+5:30`; the tz database writes `+0530`.
  const m = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
  if (m !== null) {
    const hh = m[2]!.padStart(2, '0');
    return `${m[1]}${hh}${m[3] ?? ''}`;
  }
  return name;
}
