/**
 * Go reference-time layouts (`time.Format` / `time.Parse`): "Mon Jan 2 15:04:05 MST 2006".
 *
 * The layout is split into chunks exactly as Go's `nextStdChunk` does, so literal text that happens
 * to spell a layout element (`Jan`, `PM`, `MST`, `2006`…) is an element, as in Go.
 */

/** The kinds of layout element ("std chunks"). */
export type Std =
  | 'LongMonth' | 'Month' | 'NumMonth' | 'ZeroMonth'
  | 'LongWeekDay' | 'WeekDay'
  | 'Day' | 'UnderDay' | 'ZeroDay' | 'UnderYearDay' | 'ZeroYearDay'
  | 'Hour' | 'Hour12' | 'ZeroHour12' | 'Minute' | 'ZeroMinute' | 'Second' | 'ZeroSecond'
  | 'LongYear' | 'Year' | 'PM' | 'pm' | 'TZ'
  | 'ISO8601TZ' | 'ISO8601SecondsTZ' | 'ISO8601ShortTZ' | 'ISO8601ColonTZ' | 'ISO8601ColonSecondsTZ'
  | 'NumTZ' | 'NumSecondsTz' | 'NumShortTZ' | 'NumColonTZ' | 'NumColonSecondsTZ'
  | 'FracSecond0' | 'FracSecond9';

/** One piece of a layout: literal text, or an element with its layout text (`"2006"`, `".999"`). */
export type LayoutChunk =
  | { readonly kind: 'lit'; readonly text: string }
  | { readonly kind: 'std'; readonly std: Std; readonly text: string; readonly digits?: number; readonly sep?: string };

const STD_0X: Std[] = ['ZeroMonth', 'ZeroDay', 'ZeroHour12', 'ZeroMinute', 'ZeroSecond', 'Year'];
const TZ_FORMS: [string, Std, Std][] = [
  ['070000', 'NumSecondsTz', 'ISO8601SecondsTZ'],
  ['07:00:00', 'NumColonSecondsTZ', 'ISO8601ColonSecondsTZ'],
  ['0700', 'NumTZ', 'ISO8601TZ'],
  ['07:00', 'NumColonTZ', 'ISO8601ColonTZ'],
  ['07', 'NumShortTZ', 'ISO8601ShortTZ'],
];

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function startsWithLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/** Finds the next element in `layout` as Go's `nextStdChunk`: [prefix, element, suffix] or null. */
function nextStd(layout: string): [string, LayoutChunk & { kind: 'std' }, string] | null {
  const at = (i: number, std: Std, len: number): [string, LayoutChunk & { kind: 'std' }, string] => [
    layout.slice(0, i),
    { kind: 'std', std, text: layout.slice(i, i + len) },
    layout.slice(i + len),
  ];
  for (let i = 0; i < layout.length; i++) {
    const c = layout[i];
    const rest = layout.slice(i);
    switch (c) {
      case 'J':
        if (rest.startsWith('Jan')) {
          if (rest.startsWith('January')) return at(i, 'LongMonth', 7);
          if (!startsWithLower(rest.slice(3))) return at(i, 'Month', 3);
        }
        break;
      case 'M':
        if (rest.startsWith('Mon')) {
          if (rest.startsWith('Monday')) return at(i, 'LongWeekDay', 6);
          if (!startsWithLower(rest.slice(3))) return at(i, 'WeekDay', 3);
        }
        if (rest.startsWith('MST')) return at(i, 'TZ', 3);
        break;
      case '0':
        if (rest.length >= 2 && rest[1]! >= '1' && rest[1]! <= '6') return at(i, STD_0X[rest.charCodeAt(1) - 49]!, 2);
        if (rest.startsWith('002')) return at(i, 'ZeroYearDay', 3);
        break;
      case '1':
        if (rest[1] === '5') return at(i, 'Hour', 2);
        return at(i, 'NumMonth', 1);
      case '2':
        if (rest.startsWith('2006')) return at(i, 'LongYear', 4);
        return at(i, 'Day', 1);
      case '_':
        if (rest[1] === '2') {
          if (rest.startsWith('_2006')) return [layout.slice(0, i + 1), { kind: 'std', std: 'LongYear', text: '2006' }, layout.slice(i + 5)];
          return at(i, 'UnderDay', 2);
        }
        if (rest.startsWith('__2')) return at(i, 'UnderYearDay', 3);
        break;
      case '3':
        return at(i, 'Hour12', 1);
      case '4':
        return at(i, 'Minute', 1);
      case '5':
        return at(i, 'Second', 1);
      case 'P':
        if (rest[1] === 'M') return at(i, 'PM', 2);
        break;
      case 'p':
        if (rest[1] === 'm') return at(i, 'pm', 2);
        break;
      case '-':
      case 'Z':
        for (const [form, num, iso] of TZ_FORMS) {
          if (rest.startsWith(form, 1)) return at(i, c === '-' ? num : iso, form.length + 1);
        }
        break;
      case '.':
      case ',':
        if (rest[1] === '0' || rest[1] === '9') {
          const ch = rest[1];
          let j = 1;
          while (j < rest.length && rest[j] === ch) j++;
          if (!isDigitAt(rest, j)) {
            return [
              layout.slice(0, i),
              { kind: 'std', std: ch === '0' ? 'FracSecond0' : 'FracSecond9', text: rest.slice(0, j), digits: j - 1, sep: c },
              layout.slice(i + j),
            ];
          }
        }
        break;
      default:
        break;
    }
  }
  return null;
}

/** Splits a Go layout into literal and element chunks. */
export function tokenizeLayout(layout: string): LayoutChunk[] {
  const out: LayoutChunk[] = [];
  let rest = layout;
  for (;;) {
    const n = nextStd(rest);
    if (n === null) {
      if (rest !== '') out.push({ kind: 'lit', text: rest });
      return out;
    }
    if (n[0] !== '') out.push({ kind: 'lit', text: n[0] });
    out.push(n[1]);
    rest = n[2];
  }
}

/** The month and weekday names and AM/PM markers used to format and parse. */
export interface NameTable {
  readonly longMonths: readonly string[];
  readonly shortMonths: readonly string[];
  readonly longDays: readonly string[];
  readonly shortDays: readonly string[];
}

export const ENGLISH: NameTable = {
  longMonths: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  longDays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};
