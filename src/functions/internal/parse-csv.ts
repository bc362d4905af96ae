/**
 * One CSV row read the way the reference does it: Go's `encoding/csv` reader (strict or lazy
 * quotes, a fixed field count) over the whole text, with extra physical lines stitched back into
 * the last field of the previous line (`parseutils.ReadCSVRow`).
 */

const ERR_BARE_QUOTE = 'bare " in non-quoted-field';
const ERR_QUOTE = 'extraneous or missing " in quoted-field';

interface RecordResult {
  readonly fields: string[];
  readonly error?: string;
}

/** Splits text into Go `readLine` lines: each keeps its `\n`; `\r\n` becomes `\n`; a final `\r` is dropped. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    let line = nl < 0 ? text.slice(start) : text.slice(start, nl + 1);
    start = nl < 0 ? text.length : nl + 1;
    if (line.endsWith('\r\n')) line = line.slice(0, -2) + '\n';
    else if (nl < 0 && line.endsWith('\r')) line = line.slice(0, -1);
    lines.push(line);
  }
  return lines;
}

/** Length of the trailing newline of a line (0 or 1). */
function nlLength(s: string): number {
  return s.endsWith('\n') ? 1 : 0;
}

class CsvReader {
  private next = 0;
  constructor(
    private readonly lines: string[],
    private readonly comma: string,
    private readonly lazyQuotes: boolean,
    private readonly fieldsPerRecord: number,
  ) {}

  private readLine(): string | undefined {
    return this.next < this.lines.length ? this.lines[this.next++] : undefined;
  }

  /** Go's `readRecord`: the fields read (possibly partial) and the error, or undefined at EOF. */
  read(): RecordResult | undefined {
    let line: string | undefined;
    for (;;) {
      line = this.readLine();
      if (line === undefined) return undefined;
      if (line.length === nlLength(line)) continue; // skip empty lines
      break;
    }
    const fields: string[] = [];
    let field = '';
    let error: string | undefined;
    const comma = this.comma;
    parse: for (;;) {
      if (!line.startsWith('"')) {
        const i = line.indexOf(comma);
        const text = i >= 0 ? line.slice(0, i) : line.slice(0, line.length - nlLength(line));
        if (!this.lazyQuotes && text.includes('"')) {
          error = ERR_BARE_QUOTE;
          break parse;
        }
        fields.push(text);
        if (i >= 0) {
          line = line.slice(i + comma.length);
          continue parse;
        }
        break parse;
      }
      // Quoted field.
      line = line.slice(1);
      field = '';
      for (;;) {
        const i = line.indexOf('"');
        if (i >= 0) {
          field += line.slice(0, i);
          line = line.slice(i + 1);
          if (line.startsWith('"')) {
            field += '"';
            line = line.slice(1);
          } else if (line.startsWith(comma)) {
            line = line.slice(comma.length);
            fields.push(field);
            continue parse;
          } else if (nlLength(line) === line.length) {
            fields.push(field);
            break parse;
          } else if (this.lazyQuotes) {
            field += '"';
          } else {
            error = ERR_QUOTE;
            break parse;
          }
        } else if (line.length > 0) {
          field += line;
          const more = this.readLine();
          line = more ?? '';
        } else {
          if (!this.lazyQuotes) {
            error = ERR_QUOTE;
            break parse;
          }
          fields.push(field);
          break parse;
        }
      }
    }
    if (error === undefined && fields.length !== this.fieldsPerRecord) error = 'wrong number of fields';
    return { fields, error };
  }
}

/**
 * The fields of the single row in `row`. A field may contain newlines: Go's reader sees them as
 * several records, and the first field of each following record continues the last field of the
 * previous one. @throws Error `read csv line: …` when a record fails with nothing read,
 * `no csv lines found` for empty input, and `csv: invalid field or comment delimiter` for a
 * delimiter of `"`, `\r` or `\n`.
 */
export function readCsvRow(row: string, delimiter: string, fieldCount: number, lazyQuotes: boolean): string[] {
  if (delimiter === '"' || delimiter === '\r' || delimiter === '\n' || delimiter === '\ufffd') {
    throw new Error('read csv line: csv: invalid field or comment delimiter');
  }
  const reader = new CsvReader(splitLines(row), delimiter, lazyQuotes, fieldCount);
  const lines: string[][] = [];
  for (;;) {
    const rec = reader.read();
    if (rec === undefined) break;
    if (rec.error !== undefined && rec.fields.length === 0) throw new Error(`read csv line: ${rec.error}`);
    lines.push(rec.fields);
  }
  if (lines.length === 0) throw new Error('no csv lines found');
  const joined = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i];
    joined[joined.length - 1] += '\n' + next[0];
    for (let n = 1; n < next.length; n++) joined.push(next[n]);
  }
  return joined;
}
