/**
 * The `%`-directive time formats of `Time` and `FormatTime` (the reference's ctimefmt package).
 *
 * A format is translated to a Go layout (`%Y` → `2006`, `%s` → `999999999`: nanoseconds, not epoch
 * seconds) and handed to the Go layout engine, so Go rules shine through, including literal text
 * that spells a layout element. Parsing is flexible, as in the reference: a directive whose strict
 * form fails is retried with its lenient forms (unpadded numbers, `%z` as `Z`, `+hh:mm` or `+hh`,
 * `%D` with a 2-digit year), and whitespace before a number is skipped.
 */
import { OttlTime } from '../values/types.js';
import { civilFields, fromCivil, splitUnixNano } from './civil.js';
import { formatChunks } from './format.js';
import { type LayoutChunk, tokenizeLayout } from './layout.js';
import { type GoParseError, type GoParsed, type GoParseResult, type ParseNames, parseChunks } from './parse.js';
import { loadLocation, localZone, zoneAbbreviation } from './zone.js';

/** The clock used for dates missing from a value (time-only layouts, no year); replaceable in tests. */
export const clock = { now: (): bigint => BigInt(Date.now()) * 1_000_000n };

/** Directive → Go layout text. */
export const DIRECTIVES: ReadonlyMap<string, string> = new Map([
  ['%Y', '2006'], ['%y', '06'], ['%m', '01'], ['%o', '_1'], ['%q', '1'], ['%b', 'Jan'], ['%h', 'Jan'],
  ['%B', 'January'], ['%d', '02'], ['%e', '_2'], ['%g', '2'], ['%a', 'Mon'], ['%A', 'Monday'],
  ['%H', '15'], ['%l', '3'], ['%I', '03'], ['%p', 'PM'], ['%P', 'pm'], ['%M', '04'], ['%S', '05'],
  ['%L', '999'], ['%f', '999999'], ['%s', '999999999'], ['%Z', 'MST'], ['%z', 'Z0700'],
  ['%w', '-070000'], ['%i', '-07'], ['%j', '-07:00'], ['%k', '-07:00:00'], ['%D', '01/02/2006'],
  ['%x', '01/02/2006'], ['%F', '2006-01-02'], ['%T', '15:04:05'], ['%X', '15:04:05'],
  ['%r', '03:04:05 pm'], ['%R', '15:04'], ['%n', '\n'], ['%t', '\t'], ['%%', '%'],
  ['%c', 'Mon Jan 02 15:04:05 2006'],
]);

/** Lenient alternatives tried when parsing, each split into Go layout elements. */
const PARSE_ALTERNATIVES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['%m', [['1']]], ['%o', [['1']]], ['%q', [['1']]], ['%d', [['2']]], ['%e', [['2']]], ['%g', [['2']]],
  ['%I', [['3']]], ['%M', [['4']]], ['%S', [['5']]],
  ['%D', [['1', '/', '2', '/', '2006'], ['1', '/', '2', '/', '06']]],
  ['%x', [['1', '/', '2', '/', '2006'], ['1', '/', '2', '/', '06']]],
  ['%F', [['2006', '-', '1', '-', '2']]],
  ['%T', [['15', ':', '4', ':', '5']]], ['%X', [['15', ':', '4', ':', '5']]],
  ['%r', [['3', ':', '4', ':', '5', ' ', 'pm']]], ['%R', [['15', ':', '4']]],
  ['%c', [['Mon', ' ', 'Jan', ' ', '2', ' ', '15', ':', '4', ':', '5', ' ', '2006']]],
  ['%z', [['Z0700'], ['Z07:00'], ['Z07']]],
]);

/** Every `%x` pair, as the reference's `%.` regexp finds them (a trailing lone `%` is literal). */
function directiveSpans(format: string): [number, number][] {
  const out: [number, number][] = [];
  const chars = [...format];
  let pos = 0;
  for (let i = 0; i < chars.length; i++) {
    const len = chars[i]!.length;
    if (chars[i] === '%' && i + 1 < chars.length && chars[i + 1] !== '\n') {
      out.push([pos, pos + 1 + chars[i + 1]!.length]);
      pos += 1 + chars[i + 1]!.length;
      i++;
      continue;
    }
    pos += len;
  }
  return out;
}

/**
 * Checks a format as the reference's `Validate`: no digits, `%L`/`%f`/`%s` preceded by `.` or `,`,
 * only known directives. Throws with the reference's message.
 */
export function validateStrptime(format: string): void {
  if (/\d/.test(format)) throw new Error('format string should not contain decimals');
  const frac = /[^.,]%[Lfs]/.exec(format);
  if (frac !== null) throw new Error(`invalid fractional seconds directive: '${frac[0]}'. must be preceded with '.' or ','`);
  const bad = directiveSpans(format)
    .map(([a, b]) => format.slice(a, b))
    .filter((d) => !DIRECTIVES.has(d));
  if (bad.length > 0) {
    throw new Error(`invalid strptime format: [${bad.map((d) => 'unsupported ctimefmt.toNative() directive: ' + d).join(' ')}]`);
  }
}

/** Translates a format to a Go layout; throws on unknown directives (the reference's `toNative`). */
export function strptimeToGo(format: string): string {
  let out = '';
  let last = 0;
  const bad: string[] = [];
  for (const [a, b] of directiveSpans(format)) {
    out += format.slice(last, a);
    const d = format.slice(a, b);
    const sub = DIRECTIVES.get(d);
    if (sub === undefined) bad.push('unsupported ctimefmt.toNative() directive: ' + d);
    else out += sub;
    last = b;
  }
  if (bad.length > 0) throw new Error(`convert to go time format: [${bad.join(' ')}]`);
  return out + format.slice(last);
}

/** A compiled `%` format for `FormatTime`. */
export function compileStrptimeFormat(format: string): (t: OttlTime) => string {
  const chunks = tokenizeLayout(strptimeToGo(format));
  return (t) => formatChunks(chunks, t);
}

/** Go elements that, per the reference, tell a time-only layout from one with a date. */
const DATE_ELEMENTS = ['2006', '06', 'January', 'Jan', '01', '_1', '02', '_2', 'Monday', 'Mon', '002'];

/** Whether a Go layout has date elements (else the reference puts the time on today's date). */
export function hasDateElements(layout: string): boolean {
  return DATE_ELEMENTS.some((e) => layout.includes(e));
}

/** A failed flexible parse: the Go error with the failing directive named. */
export class StrptimeParseError extends Error {
  constructor(
    readonly value: string,
    readonly format: string,
    readonly detail: GoParseError,
  ) {
    super(
      detail.message !== ''
        ? `parsing time ${JSON.stringify(value)}${detail.message}`
        : `parsing time ${JSON.stringify(value)} as ${JSON.stringify(format)}: cannot parse ${JSON.stringify(detail.valueElem)} as ${JSON.stringify(detail.layoutElem)}`,
    );
    this.name = 'StrptimeParseError';
  }
}

type Attempt = { ok: true; value: GoParsed; layout: string } | { ok: false; error: { layoutElem: string; valueElem: string; message: string } };

/**
 * A `%` format compiled for parsing. It remembers the Go layout that last succeeded and tries it
 * first, as the reference does, so a steady stream of same-shaped values parses in one pass.
 */
export class StrptimeParser {
  private readonly spans: [number, number][];
  private lastLayout: { layout: string; chunks: LayoutChunk[] } | undefined;
  private readonly chunkCache = new Map<string, LayoutChunk[]>();

  constructor(readonly format: string) {
    validateStrptime(format);
    this.spans = directiveSpans(format);
  }

  private chunks(layout: string): LayoutChunk[] {
    let c = this.chunkCache.get(layout);
    if (c === undefined) {
      c = tokenizeLayout(layout);
      if (this.chunkCache.size < 64) this.chunkCache.set(layout, c);
    }
    return c;
  }

  /**
   * Parses `value`; `defaultZone` is used when the value carries no zone. Throws
   * {@link StrptimeParseError} when no form of the format matches.
   */
  parse(value: string, defaultZone: string | undefined, names?: ParseNames): GoParsed & { layout: string } {
    if (this.lastLayout !== undefined) {
      const r = this.parseLayout(this.lastLayout.layout, value, defaultZone, names);
      if (r.ok) return { ...r.value, layout: this.lastLayout.layout };
    }
    const r = this.iterate('', 0, 0, value, defaultZone, names);
    if (!r.ok) throw new StrptimeParseError(value, this.format, r.error);
    this.lastLayout = { layout: r.layout, chunks: this.chunks(r.layout) };
    return { ...r.value, layout: r.layout };
  }

  /**
   * One Go layout, as the reference's `ParseGotime`: parse in the default zone; if the value named a
   * zone abbreviation the default zone does not know (offset 0 and not UTC), load that zone by name and
   * parse again (`failed to load location X` when it is not a zone); then fill a missing date with
   * today, or a missing year with the current one.
   */
  private parseLayout(layout: string, value: string, zone: string | undefined, names: ParseNames | undefined): GoParseResult {
    const chunks = this.chunks(layout);
    let r = parseChunks(chunks, value, zone, names);
    if (!r.ok) return r;
    const { zoneName, offset, time } = r.value;
    const locZone = new OttlTime(time.unixNano, zone);
    if (offset === 0 && zoneName !== 'UTC' && zoneName !== zoneAbbrevOf(locZone)) {
      let loaded: string | undefined;
      try {
        loaded = loadLocation(zoneName);
      } catch (e) {
        throw new Error(`failed to load location ${zoneName}: ${(e as Error).message}`);
      }
      const again = parseChunks(chunks, value, loaded, names);
      if (again.ok) r = again;
    }
    return { ok: true, value: { ...r.value, time: fixDate(r.value.time, layout) } };
  }

  private iterate(partial: string, start: number, k: number, value: string, zone: string | undefined, names: ParseNames | undefined): Attempt {
    if (k === this.spans.length) {
      const layout = partial + this.format.slice(start);
      const r = this.parseLayout(layout, value, zone, names);
      return r.ok ? { ok: true, value: r.value, layout } : r;
    }
    const [a, b] = this.spans[k]!;
    const prefix = partial + this.format.slice(start, a);
    const directive = this.format.slice(a, b);
    let result: Attempt = { ok: false, error: { layoutElem: directive, valueElem: value, message: '' } };
    // Returns the index of the failing element (then renamed to the directive), or -1.
    const tryElements = (elements: readonly string[]): [number, string] => {
      result = this.iterate(prefix + elements.join(''), b, k + 1, value, zone, names);
      if (!result.ok) {
        const i = elements.indexOf(result.error.layoutElem);
        if (i >= 0) {
          result = { ok: false, error: { ...result.error, layoutElem: directive } };
          return [i, result.error.valueElem];
        }
      }
      return [-1, ''];
    };
    // On a failing number, skip the whitespace in front of it and try again.
    const attempt = (elements: readonly string[]): number => {
      let els = elements;
      for (;;) {
        const [i, remainder] = tryElements(els);
        if (i >= 0) {
          const first = els[i]![0];
          if (first !== undefined && /[0-9Z]/.test(first)) {
            const space = /^\s+/.exec(remainder)?.[0];
            if (space !== undefined) {
              els = [...els.slice(0, i), space, ...els.slice(i)];
              continue;
            }
          }
        }
        return i;
      }
    };
    const alternatives = PARSE_ALTERNATIVES.get(directive);
    if (alternatives !== undefined) {
      for (const alt of alternatives) if (attempt(alt) < 0) break;
      return result;
    }
    const sub = DIRECTIVES.get(directive);
    if (sub === undefined) {
      return { ok: false, error: { layoutElem: directive, valueElem: '', message: `: unsupported directive ${directive}` } };
    }
    attempt(['', sub]);
    return result;
  }
}

function zoneAbbrevOf(t: OttlTime): string {
  return zoneAbbreviation(t.zone, splitUnixNano(t.unixNano).sec);
}

/** The reference's date fix-ups: today's date for time-only layouts, the current year for year 0. */
function fixDate(t: OttlTime, layout: string): OttlTime {
  const f = civilFields(t);
  const now = civilFields(new OttlTime(clock.now(), localZone()));
  if (!hasDateElements(layout)) {
    return fromCivil(now.year, now.month, now.day, f.hour, f.minute, f.second, f.nanosecond, t.zone);
  }
  if (f.year > 0) return t;
  let d = fromCivil(now.year, f.month, f.day, f.hour, f.minute, f.second, f.nanosecond, t.zone);
  // A date more than a week ahead of today is taken to be from last year.
  const weekAhead = clock.now() + 7n * 86_400_000_000_000n;
  if (d.unixNano > weekAhead) d = fromCivil(now.year - 1, f.month, f.day, f.hour, f.minute, f.second, f.nanosecond, t.zone);
  return d;
}
