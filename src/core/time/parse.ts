/**
 * Go's `time.ParseInLocation` over a tokenized layout, with its quirks: numbers of one or two digits
 * where the layout element is unpadded, a fraction after seconds accepted even if the layout has
 * none, zone abbreviations resolved against the default location, `+hhmm` offsets kept as fixed
 * zones, and errors that name the layout element and the remaining value.
 */
import { OttlTime } from '../values/types.js';
import { civilFields, daysIn, fromCivil, isLeapYear, splitUnixNano } from './civil.js';
import { ENGLISH, type LayoutChunk, type Std } from './layout.js';
import { fixedOffsetZone, zoneAbbreviation, zoneOffsetAt } from './zone.js';

/** A failed parse, shaped like Go's `time.ParseError`. */
export interface GoParseError {
  readonly layoutElem: string;
  readonly valueElem: string;
  /** Set for range and extra-text errors (`": day out of range"`). */
  readonly message: string;
}

/** A successful parse: the time plus the zone name and offset Go's `t.Zone()` would report. */
export interface GoParsed {
  readonly time: OttlTime;
  readonly zoneName: string;
  readonly offset: number;
}

export type GoParseResult = { ok: true; value: GoParsed } | { ok: false; error: GoParseError };

/** A list of names by index; an entry may list several accepted spellings. */
export type NameList = readonly (string | readonly string[])[];

/** Localized month and weekday names and AM/PM words (matched case-insensitively). */
export interface ParseNames {
  readonly longMonths: NameList;
  readonly shortMonths: NameList;
  readonly longDays: NameList;
  readonly shortDays: NameList;
  readonly am?: readonly string[];
  readonly pm?: readonly string[];
}

const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function getnum(s: string, fixed: boolean): [number, string] | null {
  if (!isDigit(s, 0)) return null;
  if (!isDigit(s, 1)) return fixed ? null : [s.charCodeAt(0) - 48, s.slice(1)];
  return [(s.charCodeAt(0) - 48) * 10 + (s.charCodeAt(1) - 48), s.slice(2)];
}

function getnum3(s: string, fixed: boolean): [number, string] | null {
  let n = 0;
  let i = 0;
  for (; i < 3 && isDigit(s, i); i++) n = n * 10 + s.charCodeAt(i) - 48;
  if (i === 0 || (fixed && i !== 3)) return null;
  return [n, s.slice(i)];
}

/** Go's `atoi` for layout fields: optional sign, then only digits. */
function atoi(s: string): number | null {
  let neg = false;
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '' || !/^\d+$/.test(s)) return null;
  const n = Number(s);
  return neg ? -n : n;
}

function cutspace(s: string): string {
  let i = 0;
  while (i < s.length && s[i] === ' ') i++;
  return s.slice(i);
}

/** Go's `skip`: literal layout text must match; a space matches any run of spaces (even none). */
function skip(value: string, prefix: string): string | null {
  while (prefix.length > 0) {
    if (prefix[0] === ' ') {
      if (value.length > 0 && value[0] !== ' ') return null;
      prefix = cutspace(prefix);
      value = cutspace(value);
      continue;
    }
    if (value.length === 0 || value[0] !== prefix[0]) return null;
    prefix = prefix.slice(1);
    value = value.slice(1);
  }
  return value;
}

function lookupName(tab: NameList, value: string, localized: boolean): [number, string] | null {
  if (!localized) {
    for (let i = 0; i < tab.length; i++) {
      const v = tab[i] as string;
      // Go folds ASCII letters only.
      if (value.length >= v.length && asciiLower(value.slice(0, v.length)) === asciiLower(v)) return [i, value.slice(v.length)];
    }
    return null;
  }
  // Localized names: every variant of every entry, longest match wins, Unicode case folding.
  let best: [number, string] | null = null;
  let bestLen = 0;
  const lower = value.toLowerCase();
  for (let i = 0; i < tab.length; i++) {
    const entry = tab[i]!;
    for (const v of typeof entry === 'string' ? [entry] : entry) {
      const lv = v.toLowerCase();
      if (lv.length > bestLen && lower.startsWith(lv)) {
        best = [i, value.slice(lv.length)];
        bestLen = lv.length;
      }
    }
  }
  return best;
}

function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

function leadingIntLen(s: string): number {
  let i = 0;
  while (i < s.length && isDigit(s, i)) i++;
  return i;
}

function parseSignedOffset(value: string): number {
  const sign = value[0];
  if (sign !== '-' && sign !== '+') return 0;
  const n = leadingIntLen(value.slice(1));
  if (n === 0) return 0;
  if (Number(value.slice(1, 1 + n)) > 23) return 0;
  return 1 + n;
}

/** Go's `parseTimeZone`: the length of a zone abbreviation at the start of `value`, or 0. */
function parseTimeZone(value: string): number {
  if (value.length < 3) return 0;
  if (value.startsWith('ChST') || value.startsWith('MeST')) return 4;
  if (value.startsWith('GMT')) return value.length === 3 ? 3 : 3 + parseSignedOffset(value.slice(3));
  if (value[0] === '+' || value[0] === '-') return parseSignedOffset(value);
  let nUpper = 0;
  for (; nUpper < 6 && nUpper < value.length; nUpper++) {
    const c = value.charCodeAt(nUpper);
    if (c < 65 || c > 90) break;
  }
  switch (nUpper) {
    case 3:
      return 3;
    case 4:
      return value[3] === 'T' || value.startsWith('WITA') ? 4 : 0;
    case 5:
      return value[4] === 'T' ? 5 : 0;
    default:
      return 0;
  }
}

function parseNanoseconds(value: string, nbytes: number): number | null {
  if (value[0] !== '.' && value[0] !== ',') return null;
  if (nbytes > 10) nbytes = 10;
  const digits = value.slice(1, nbytes);
  if (!/^\d+$/.test(digits)) return null;
  return Number(digits) * 10 ** (10 - nbytes);
}

/**
 * Go's `Location.lookupName`: the offset of the zone called `name` in `zone` around `unixSec`,
 * preferring a period in which that name was actually in effect. Zone names are probed with ICU's
 * abbreviations over the surrounding year.
 */
export function lookupZoneName(zone: string | undefined, name: string, unixSec: number): number | undefined {
  if (zone === undefined) return name === 'UTC' ? 0 : undefined;
  const probes = [0, -91, 91, -182, 182, -273, 273].map((d) => unixSec + d * 86400);
  const candidates: number[] = [];
  for (const p of probes) {
    if (zoneAbbreviation(zone, p) === name) candidates.push(zoneOffsetAt(zone, p));
  }
  for (const off of candidates) {
    if (zoneAbbreviation(zone, unixSec - off) === name) return zoneOffsetAt(zone, unixSec - off);
  }
  return candidates[0];
}

const NO_OFFSET = -1;

/**
 * Parses `value` against layout chunks in the default location `defaultZone` (Go's
 * `time.ParseInLocation`). `names` replaces the English month/day names and AM/PM (localized parsing).
 */
export function parseChunks(
  chunks: readonly LayoutChunk[],
  value: string,
  defaultZone: string | undefined,
  names?: ParseNames,
): GoParseResult {
  const tab: ParseNames = names ?? ENGLISH;
  const localized = names !== undefined;
  let year = 0;
  let month = -1;
  let day = -1;
  let yday = -1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nsec = 0;
  let zUTC = false;
  let zoneOffset = NO_OFFSET;
  let zoneName = '';
  let pmSet = false;
  let amSet = false;
  const fail = (layoutElem: string, valueElem: string, message = ''): GoParseResult => ({
    ok: false,
    error: { layoutElem, valueElem, message },
  });

  for (let ci = 0; ci < chunks.length; ci++) {
    const c = chunks[ci]!;
    if (c.kind === 'lit') {
      const rest = skip(value, c.text);
      if (rest === null) return fail(c.text, value);
      value = rest;
      continue;
    }
    const hold = value;
    let rangeErr = '';
    let bad = false;
    const std: Std = c.std;
    switch (std) {
      case 'Year': {
        if (value.length < 2) {
          bad = true;
          break;
        }
        const y = atoi(value.slice(0, 2));
        value = value.slice(2);
        if (y === null) bad = true;
        else year = y >= 69 ? y + 1900 : y + 2000;
        break;
      }
      case 'LongYear': {
        if (value.length < 4 || !isDigit(value, 0)) {
          bad = true;
          break;
        }
        const y = atoi(value.slice(0, 4));
        value = value.slice(4);
        if (y === null) bad = true;
        else year = y;
        break;
      }
      case 'Month':
      case 'LongMonth': {
        const r = lookupName(std === 'Month' ? tab.shortMonths : tab.longMonths, value, localized);
        if (r === null) bad = true;
        else [month, value] = [r[0] + 1, r[1]];
        break;
      }
      case 'NumMonth':
      case 'ZeroMonth': {
        const r = getnum(value, std === 'ZeroMonth');
        if (r === null) bad = true;
        else {
          [month, value] = r;
          if (month <= 0 || month > 12) rangeErr = 'month';
        }
        break;
      }
      case 'WeekDay':
      case 'LongWeekDay': {
        const r = lookupName(std === 'WeekDay' ? tab.shortDays : tab.longDays, value, localized);
        if (r === null) bad = true;
        else value = r[1];
        break;
      }
      case 'Day':
      case 'UnderDay':
      case 'ZeroDay': {
        if (std === 'UnderDay' && value[0] === ' ') value = value.slice(1);
        const r = getnum(value, std === 'ZeroDay');
        if (r === null) bad = true;
        else [day, value] = r;
        break;
      }
      case 'UnderYearDay':
      case 'ZeroYearDay': {
        for (let i = 0; i < 2; i++) if (std === 'UnderYearDay' && value[0] === ' ') value = value.slice(1);
        const r = getnum3(value, std === 'ZeroYearDay');
        if (r === null) bad = true;
        else [yday, value] = r;
        break;
      }
      case 'Hour': {
        const r = getnum(value, false);
        if (r === null) bad = true;
        else {
          [hour, value] = r;
          if (hour >= 24) rangeErr = 'hour';
        }
        break;
      }
      case 'Hour12':
      case 'ZeroHour12': {
        const r = getnum(value, std === 'ZeroHour12');
        if (r === null) bad = true;
        else {
          [hour, value] = r;
          if (hour > 12) rangeErr = 'hour';
        }
        break;
      }
      case 'Minute':
      case 'ZeroMinute': {
        const r = getnum(value, std === 'ZeroMinute');
        if (r === null) bad = true;
        else {
          [min, value] = r;
          if (min >= 60) rangeErr = 'minute';
        }
        break;
      }
      case 'Second':
      case 'ZeroSecond': {
        const r = getnum(value, std === 'ZeroSecond');
        if (r === null) {
          bad = true;
          break;
        }
        [sec, value] = r;
        if (sec >= 60) {
          rangeErr = 'second';
          break;
        }
        // A fraction in the value but none in the layout: Go takes it anyway.
        if (value.length >= 2 && (value[0] === '.' || value[0] === ',') && isDigit(value, 1)) {
          const next = chunks.slice(ci + 1).find((x) => x.kind === 'std');
          if (next?.kind === 'std' && (next.std === 'FracSecond0' || next.std === 'FracSecond9')) break;
          let n = 2;
          while (n < value.length && isDigit(value, n)) n++;
          const ns = parseNanoseconds(value, n);
          if (ns === null) bad = true;
          else nsec = ns;
          value = value.slice(n);
        }
        break;
      }
      case 'PM':
      case 'pm': {
        if (localized) {
          const amR = lookupName(names.am ?? [], value, true);
          const pmR = lookupName(names.pm ?? [], value, true);
          const pick = pmR !== null && (amR === null || pmR[1].length <= amR[1].length) ? pmR : amR;
          if (pick === null) bad = true;
          else {
            if (pick === pmR) pmSet = true;
            else amSet = true;
            value = pick[1];
          }
          break;
        }
        if (value.length < 2) {
          bad = true;
          break;
        }
        const p = value.slice(0, 2);
        value = value.slice(2);
        if (p === (std === 'PM' ? 'PM' : 'pm')) pmSet = true;
        else if (p === (std === 'PM' ? 'AM' : 'am')) amSet = true;
        else bad = true;
        break;
      }
      case 'ISO8601TZ':
      case 'ISO8601SecondsTZ':
      case 'ISO8601ShortTZ':
      case 'ISO8601ColonTZ':
      case 'ISO8601ColonSecondsTZ':
      case 'NumTZ':
      case 'NumSecondsTz':
      case 'NumShortTZ':
      case 'NumColonTZ':
      case 'NumColonSecondsTZ': {
        if (std.startsWith('ISO') && value[0] === 'Z') {
          value = value.slice(1);
          zUTC = true;
          break;
        }
        let sign: string;
        let hh: string;
        let mm: string;
        let ss = '00';
        if (std === 'ISO8601ColonTZ' || std === 'NumColonTZ') {
          if (value.length < 6 || value[3] !== ':') {
            bad = true;
            break;
          }
          [sign, hh, mm, value] = [value[0]!, value.slice(1, 3), value.slice(4, 6), value.slice(6)];
        } else if (std === 'NumShortTZ' || std === 'ISO8601ShortTZ') {
          if (value.length < 3) {
            bad = true;
            break;
          }
          [sign, hh, mm, value] = [value[0]!, value.slice(1, 3), '00', value.slice(3)];
        } else if (std === 'ISO8601ColonSecondsTZ' || std === 'NumColonSecondsTZ') {
          if (value.length < 9 || value[3] !== ':' || value[6] !== ':') {
            bad = true;
            break;
          }
          [sign, hh, mm, ss, value] = [value[0]!, value.slice(1, 3), value.slice(4, 6), value.slice(7, 9), value.slice(9)];
        } else if (std === 'ISO8601SecondsTZ' || std === 'NumSecondsTz') {
          if (value.length < 7) {
            bad = true;
            break;
          }
          [sign, hh, mm, ss, value] = [value[0]!, value.slice(1, 3), value.slice(3, 5), value.slice(5, 7), value.slice(7)];
        } else {
          if (value.length < 5) {
            bad = true;
            break;
          }
          [sign, hh, mm, value] = [value[0]!, value.slice(1, 3), value.slice(3, 5), value.slice(5)];
        }
        const h = getnum(hh, true);
        const m = getnum(mm, true);
        const s = getnum(ss, true);
        if (h === null || m === null || s === null) {
          bad = true;
          break;
        }
        if (h[0] > 24) rangeErr = 'time zone offset hour';
        if (m[0] > 60) rangeErr = 'time zone offset minute';
        if (s[0] > 60) rangeErr = 'time zone offset second';
        zoneOffset = (h[0] * 60 + m[0]) * 60 + s[0];
        if (sign === '-') zoneOffset = -zoneOffset;
        else if (sign !== '+') bad = true;
        break;
      }
      case 'TZ': {
        if (value.startsWith('UTC')) {
          zUTC = true;
          value = value.slice(3);
          break;
        }
        const n = parseTimeZone(value);
        if (n === 0) {
          bad = true;
          break;
        }
        zoneName = value.slice(0, n);
        value = value.slice(n);
        break;
      }
      case 'FracSecond0': {
        const ndigit = 1 + (c.digits ?? 0);
        if (value.length < ndigit) {
          bad = true;
          break;
        }
        const ns = parseNanoseconds(value, ndigit);
        if (ns === null) bad = true;
        else nsec = ns;
        value = value.slice(ndigit);
        break;
      }
      case 'FracSecond9': {
        if (value.length < 2 || (value[0] !== '.' && value[0] !== ',') || !isDigit(value, 1)) break;
        let i = 0;
        while (i + 1 < value.length && isDigit(value, i + 1)) i++;
        const ns = parseNanoseconds(value, 1 + i);
        if (ns === null) bad = true;
        else nsec = ns;
        value = value.slice(1 + i);
        break;
      }
    }
    if (rangeErr !== '') return fail(c.text, value, `: ${rangeErr} out of range`);
    if (bad) return fail(c.text, hold);
  }
  if (value.length !== 0) return fail('', value, `: extra text: ${JSON.stringify(value)}`);
  if (pmSet && hour < 12) hour += 12;
  else if (amSet && hour === 12) hour = 0;

  if (yday >= 0) {
    let d = 0;
    let m = 0;
    if (isLeapYear(year)) {
      if (yday === 31 + 29) {
        m = 2;
        d = 29;
      } else if (yday > 31 + 29) yday--;
    }
    if (yday < 1 || yday > 365) return fail('', value, ': day-of-year out of range');
    if (m === 0) {
      m = Math.floor((yday - 1) / 31) + 1;
      if (DAYS_BEFORE[m]! < yday) m++;
      d = yday - DAYS_BEFORE[m - 1]!;
    }
    if (month >= 0 && month !== m) return fail('', value, ': day-of-year does not match month');
    month = m;
    if (day >= 0 && day !== d) return fail('', value, ': day-of-year does not match day');
    day = d;
  } else {
    if (month < 0) month = 1;
    if (day < 0) day = 1;
  }
  if (day < 1 || day > daysIn(month, year)) return fail('', value, ': day out of range');

  if (zUTC) {
    const t = fromCivil(year, month, day, hour, min, sec, nsec, undefined);
    return { ok: true, value: { time: t, zoneName: 'UTC', offset: 0 } };
  }
  if (zoneOffset !== NO_OFFSET) {
    const utc = fromCivil(year, month, day, hour, min, sec, nsec, undefined);
    const t = new OttlTime(utc.unixNano - BigInt(zoneOffset) * 1_000_000_000n);
    const unixSec = splitUnixNano(t.unixNano).sec;
    const localOffset = zoneOffsetAt(defaultZone, unixSec);
    const localName = zoneAbbreviation(defaultZone, unixSec);
    if (localOffset === zoneOffset && (zoneName === '' || localName === zoneName)) {
      return { ok: true, value: { time: new OttlTime(t.unixNano, defaultZone), zoneName: localName, offset: localOffset } };
    }
    return { ok: true, value: { time: new OttlTime(t.unixNano, fixedOffsetZone(zoneOffset)), zoneName, offset: zoneOffset } };
  }
  if (zoneName !== '') {
    const utc = fromCivil(year, month, day, hour, min, sec, nsec, undefined);
    const unixSec = splitUnixNano(utc.unixNano).sec;
    const off = lookupZoneName(defaultZone, zoneName, unixSec);
    if (off !== undefined) {
      const t = new OttlTime(utc.unixNano - BigInt(off) * 1_000_000_000n, defaultZone);
      return { ok: true, value: { time: t, zoneName, offset: off } };
    }
    let offset = 0;
    if (zoneName.length > 3 && zoneName.startsWith('GMT')) offset = Number(zoneName.slice(3)) * 3600;
    const t = new OttlTime(utc.unixNano - BigInt(offset) * 1_000_000_000n, offset === 0 ? undefined : fixedOffsetZone(offset));
    return { ok: true, value: { time: t, zoneName, offset } };
  }
  const t = fromCivil(year, month, day, hour, min, sec, nsec, defaultZone);
  const f = civilFields(t);
  return {
    ok: true,
    value: { time: t, zoneName: zoneAbbreviation(defaultZone, splitUnixNano(t.unixNano).sec), offset: f.offset },
  };
}
