/** Go's `time.Time.Format` over a tokenized layout. */
import type { OttlTime } from '../values/types.js';
import { civilFields } from './civil.js';
import { ENGLISH, type LayoutChunk, tokenizeLayout } from './layout.js';
import { zoneAbbreviation } from './zone.js';
import { splitUnixNano } from './civil.js';

/** Go's `appendInt(b, x, width)`: zero-padded to `width`, sign first. */
function padInt(x: number, width: number): string {
  const neg = x < 0;
  const s = String(Math.abs(x)).padStart(width, '0');
  return neg ? '-' + s : s;
}

function fraction(nsec: number, digits: number, sep: string, trim: boolean): string {
  if (trim && (digits === 0 || nsec === 0)) return '';
  let s = String(nsec).padStart(9, '0').slice(0, digits);
  if (trim) s = s.replace(/0+$/, '');
  return s === '' && trim ? '' : sep + s;
}

function numericZone(offset: number, colon: boolean, withMinutes: boolean, withSeconds: boolean): string {
  let zone = Math.trunc(offset / 60);
  const absOffset = Math.abs(offset);
  let out = '';
  if (zone < 0) {
    out = '-';
    zone = -zone;
  } else out = '+';
  out += padInt(Math.trunc(zone / 60), 2);
  if (withMinutes) out += (colon ? ':' : '') + padInt(zone % 60, 2);
  if (withSeconds) out += (colon ? ':' : '') + padInt(absOffset % 60, 2);
  return out;
}

/** Formats a time with already-tokenized layout chunks (see {@link tokenizeLayout}). */
export function formatChunks(chunks: readonly LayoutChunk[], t: OttlTime): string {
  const f = civilFields(t);
  let out = '';
  for (const c of chunks) {
    if (c.kind === 'lit') {
      out += c.text;
      continue;
    }
    switch (c.std) {
      case 'Year':
        out += padInt(f.year % 100, 2);
        break;
      case 'LongYear':
        out += padInt(f.year, 4);
        break;
      case 'Month':
        out += ENGLISH.shortMonths[f.month - 1];
        break;
      case 'LongMonth':
        out += ENGLISH.longMonths[f.month - 1];
        break;
      case 'NumMonth':
        out += String(f.month);
        break;
      case 'ZeroMonth':
        out += padInt(f.month, 2);
        break;
      case 'WeekDay':
        out += ENGLISH.shortDays[f.weekday];
        break;
      case 'LongWeekDay':
        out += ENGLISH.longDays[f.weekday];
        break;
      case 'Day':
        out += String(f.day);
        break;
      case 'UnderDay':
        out += (f.day < 10 ? ' ' : '') + String(f.day);
        break;
      case 'ZeroDay':
        out += padInt(f.day, 2);
        break;
      case 'UnderYearDay':
        out += String(f.yearDay).padStart(3, ' ');
        break;
      case 'ZeroYearDay':
        out += padInt(f.yearDay, 3);
        break;
      case 'Hour':
        out += padInt(f.hour, 2);
        break;
      case 'Hour12':
        out += String(f.hour % 12 === 0 ? 12 : f.hour % 12);
        break;
      case 'ZeroHour12':
        out += padInt(f.hour % 12 === 0 ? 12 : f.hour % 12, 2);
        break;
      case 'Minute':
        out += String(f.minute);
        break;
      case 'ZeroMinute':
        out += padInt(f.minute, 2);
        break;
      case 'Second':
        out += String(f.second);
        break;
      case 'ZeroSecond':
        out += padInt(f.second, 2);
        break;
      case 'PM':
        out += f.hour >= 12 ? 'PM' : 'AM';
        break;
      case 'pm':
        out += f.hour >= 12 ? 'pm' : 'am';
        break;
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
        const colon = c.std.includes('Colon');
        const short = c.std.includes('Short');
        const secs = c.std.includes('Seconds');
        // The ISO 8601 forms write UTC as "Z".
        if (c.std.startsWith('ISO') && f.offset === 0) out += 'Z';
        else out += numericZone(f.offset, colon, !short, secs);
        break;
      }
      case 'TZ': {
        const name = zoneAbbreviation(t.zone, splitUnixNano(t.unixNano).sec);
        out += name !== '' ? name : numericZone(f.offset, false, true, false);
        break;
      }
      case 'FracSecond0':
        out += fraction(f.nanosecond, c.digits ?? 0, c.sep ?? '.', false);
        break;
      case 'FracSecond9':
        out += fraction(f.nanosecond, c.digits ?? 0, c.sep ?? '.', true);
        break;
    }
  }
  return out;
}

/** Go's `t.Format(layout)`. */
export function formatGo(layout: string, t: OttlTime): string {
  return formatChunks(tokenizeLayout(layout), t);
}
