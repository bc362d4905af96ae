/**
 * OTLP/JSON → model. Input is one document, or several documents separated by whitespace
 * (newline-delimited JSON, as the collector's file exporter writes). Each document is an object
 * holding exactly one of `resourceLogs`, `resourceSpans`, `resourceMetrics` (or nothing: `{}` is an
 * empty document). Decoding follows the protobuf JSON mapping (see `scalars.ts`) and keeps every
 * value exact; unknown fields are ignored.
 *
 * Two readers give the same documents, both interpreting one table per OTLP message (`schema/`):
 * the fast path (`tree/`: native `JSON.parse`, a walk of its tree into the model whose tally of
 * the text's length proves nothing was lost, or a pass over the text for texts it does not fit)
 * takes the documents it can vouch for; the text reader
 * (`json-reader.ts`) reads the others and reports every error with its line and JSON path.
 */
import type { TelemetryDocument } from '../../core/model.js';
import { DecodeError, ValueError, inField, quote, toDecodeError } from './errors.js';
import { JsonReader } from './json-reader.js';
import { SIGNALS } from './schema/signals.js';
import { documentFromText } from './tree/document.js';

export { DecodeError } from './errors.js';

/** Options of {@link decodeDocuments}. */
export interface DecodeOptions {
  /**
   * Called for input the decoder accepts but cannot keep exactly as written (today: a repeated
   * attribute key, whose later entries are dropped). Without it such input is still accepted; the
   * CLI prints each notice on stderr.
   */
  readonly onNotice?: (notice: DecodeNotice) => void;
  /**
   * Where the text starts in the input it was cut from (1-based line and column), for a caller that
   * decodes a large input piece by piece (the CLI reads NDJSON line by line): every line and column
   * reported, in errors and notices, counts from there. Default: line 1, column 1.
   */
  readonly start?: { readonly line: number; readonly column: number };
}

/** Something in the input that was accepted with a documented change. */
export interface DecodeNotice {
  readonly fileName: string;
  /** 1-based line of the value concerned. */
  readonly line: number;
  /** The complete, printable message (`file:line: …`). */
  readonly message: string;
}

/**
 * Decodes every document in `text`.
 *
 * Input is one document (possibly pretty-printed over many lines) or newline-delimited JSON: when
 * the first document fits on its line, every document must end on the line where it starts, so an
 * incomplete line is reported at its own line rather than where the next line stops making sense.
 *
 * An empty `{}` document decodes as logs with no `resourceLogs` (it encodes back to `{}`); a
 * document with members but none of `resourceLogs`, `resourceSpans`, `resourceMetrics` is an error
 * (a misspelt key must not pass as empty data); `"resourceLogs": null` is an empty list, as in
 * protobuf JSON and pdata. Blank input yields no documents. A leading byte-order mark is ignored.
 *
 * @param text the JSON text, or its UTF-8 bytes (then invalid UTF-8 is an error at its line and
 *   column instead of being replaced by U+FFFD).
 * @param fileName used in error messages (`-` for stdin).
 * @throws DecodeError on invalid JSON (with line and column) or on a value that does not fit its
 *   OTLP field (with the line and the JSON path, e.g. `resourceLogs[0].scopeLogs[1].logRecords[3].timeUnixNano`).
 */
export function decodeDocuments(text: string | Uint8Array, fileName: string, options: DecodeOptions = {}): TelemetryDocument[] {
  return [...iterateDocuments(text, fileName, options)];
}

/**
 * Decodes the documents in `text` one at a time, so a caller can process and drop each before the
 * next is built (memory stays at one document for newline-delimited input). Same rules and errors
 * as {@link decodeDocuments}; an error is thrown when the bad document is reached.
 */
export function iterateDocuments(
  input: string | Uint8Array,
  fileName: string,
  options: DecodeOptions = {},
): Generator<TelemetryDocument, void, undefined> {
  return readDocuments(input, fileName, options, true);
}

/**
 * {@link iterateDocuments}, with the fast path (`tree/document.ts`) on or off: off, every document
 * is read by the text reader. Internal: for tests and benchmarks that compare the two.
 */
export function* readDocuments(
  input: string | Uint8Array,
  fileName: string,
  options: DecodeOptions,
  fast: boolean,
): Generator<TelemetryDocument, void, undefined> {
  const at = options.start ?? { line: 1, column: 1 };
  let text: string;
  try {
    text = typeof input === 'string' ? input : decodeUtf8(input, fileName);
  } catch (e) {
    throw e instanceof DecodeError ? shiftError(e, at) : e;
  }
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let r = new JsonReader(text, start);
  // Where `r`'s text starts in `text` (the line's start while reading NDJSON line by line).
  let base = 0;
  const onNotice = options.onNotice;
  if (onNotice !== undefined) {
    r.onDuplicateKey = (key, offset) => {
      const line = lineOf(text, base + offset) + at.line - 1;
      const message = `${fileName}:${line}: attribute key ${quote(key)} repeated: the first entry is kept, later ones are dropped`;
      onNotice({ fileName, line, message });
    };
  }
  let lineMode = false;
  let first = true;
  if (fast) {
    // The first document alone on its line makes the input newline-delimited; a single document
    // may also span the whole text (pretty-printed, or one line). Otherwise the text reader decides.
    const eol = text.indexOf('\n', start);
    const whole = start === 0 ? text : text.slice(start);
    const firstLine = eol === -1 || !contentAfter(text, eol) ? null : documentFromText(text.slice(start, eol));
    if (firstLine !== null) {
      yield firstLine;
      first = false;
      lineMode = true;
      base = eol;
      r = r.forText('');
    } else {
      const doc = documentFromText(whole);
      if (doc !== null) {
        yield doc;
        return;
      }
    }
  }
  try {
    for (;;) {
      if (Number.isNaN(r.peek())) {
        if (!lineMode) return;
        // The end of a line (r.pos is at its '\n'): the next lines go through the fast path while
        // it takes them; the first it declines gets a text reader of its own.
        let lineStart = base + r.pos + 1;
        for (;;) {
          if (lineStart >= text.length) return;
          const eol = text.indexOf('\n', lineStart);
          const end = eol === -1 ? text.length : eol;
          const line = text.slice(lineStart, end);
          const doc = fast && line.length > 0 ? documentFromText(line) : null;
          if (doc === null) {
            base = lineStart;
            r = r.forText(line);
            break;
          }
          yield doc;
          lineStart = end + 1;
        }
        continue;
      }
      const docStart = r.pos;
      let doc: TelemetryDocument;
      try {
        doc = readDocument(r);
      } catch (e) {
        // A document that does not end on its line: read it again across lines (a pretty-printed
        // document after one-line ones is still valid); when that fails too, the line's own error
        // is the one to report.
        if (!lineMode || !(e instanceof ValueError) || e.offset < r.text.length) throw e;
        const whole = r.forText(text);
        whole.pos = base + docStart;
        try {
          doc = readDocument(whole);
        } catch {
          throw e;
        }
        lineMode = false;
        base = 0;
        r = whole;
      }
      if (first) {
        first = false;
        const eol = text.indexOf('\n', r.pos);
        // The first document fits on its line: newline-delimited input, one reader per line from here on.
        if (eol !== -1 && text.lastIndexOf('\n', r.pos - 1) < docStart) {
          lineMode = true;
          base = r.pos;
          r = r.forText(text.slice(r.pos, eol));
        }
      }
      yield doc;
    }
  } catch (e) {
    if (e instanceof ValueError) throw shiftError(toDecodeError(e, text, fileName, base), at);
    throw e;
  }
}

/** The error as seen from the whole input, when the decoded text starts at `at` in it. */
function shiftError(e: DecodeError, at: { readonly line: number; readonly column: number }): DecodeError {
  if (at.line === 1 && at.column === 1) return e;
  const column = e.column === undefined || e.line !== 1 ? e.column : e.column + at.column - 1;
  return new DecodeError(e.fileName, e.line + at.line - 1, column, e.path, e.detail, e.byteOffset);
}

/**
 * Decodes text holding exactly one document.
 * @throws DecodeError as {@link decodeDocuments}, and when the text holds zero or several documents.
 */
export function decodeDocument(text: string | Uint8Array, fileName: string, options: DecodeOptions = {}): TelemetryDocument {
  const docs = decodeDocuments(text, fileName, options);
  if (docs.length !== 1) {
    throw new DecodeError(fileName, 1, undefined, '', `expected one document, got ${docs.length}`);
  }
  return docs[0];
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * UTF-8 bytes → text, refusing invalid UTF-8 (the reference's protobuf decoding refuses invalid
 * UTF-8 in strings too): silently replacing bytes by U+FFFD would change the data.
 * @throws DecodeError at the line and column of the first invalid byte.
 */
export function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, at - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) line++;
    const column = [...Buffer.from(bytes.buffer, bytes.byteOffset + lineStart, at - lineStart).toString('utf8')].length + 1;
    const hex = bytes[at].toString(16).padStart(2, '0');
    throw new DecodeError(fileName, line, column, '', `invalid UTF-8: byte 0x${hex} at byte offset ${at}`);
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

const NON_SPACE = /[^ \t\n\r]/g;

/** Whether anything but whitespace follows `from`. */
function contentAfter(text: string, from: number): boolean {
  NON_SPACE.lastIndex = from;
  return NON_SPACE.test(text);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function readDocument(r: JsonReader): TelemetryDocument {
  let doc: TelemetryDocument | null = null;
  let signalKey = '';
  let unknownKey: string | null = null;
  const docStart = r.pos;
  for (let key = r.firstKey('an object (an OTLP document)'); key !== null; key = r.nextKey()) {
    try {
      const at = r.pos;
      const signal = SIGNALS.get(key);
      if (signal === undefined) {
        unknownKey ??= key;
        r.skipValue();
        continue;
      }
      const next = signal.text(r);
      if (doc !== null) r.fail(`a document holds exactly one signal, got both ${signalKey} and ${key}`, at);
      doc = next;
      signalKey = key;
    } catch (e) {
      throw inField(e, key);
    }
  }
  if (doc === null && unknownKey !== null) {
    r.fail(`not an OTLP document: expected resourceLogs, resourceSpans or resourceMetrics, got ${quote(unknownKey)}`, docStart);
  }
  return doc ?? { signal: 'logs', data: { resourceLogs: [] } };
}
