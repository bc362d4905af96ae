/**
 * A fast reader for the plain YAML most rule configs are written in: block mappings and block
 * sequences, one scalar per line (plain, 'single' or "double" quoted), comments and blank lines.
 * It reads a 200-statement config several times faster than the `yaml` package's Document API,
 * which matters for hot reload. Anything else (anchors, tags, flow collections with items, block
 * or multi-line scalars, numbers, duplicate keys, odd indentation, `---`) makes it give up and
 * return `undefined`, and the caller parses with the `yaml` package instead, which also reports
 * every YAML error. So it never decides what valid YAML means; it only recognizes, strictly, text
 * whose meaning is plain.
 *
 * Positions are 1-based line and column of the scalar (of its opening quote when quoted) and of
 * each key, as the `yaml` package's ranges give them; a test compares the two on many configs.
 */

/** Where something was written: 1-based line and column, and that line's text. */
export interface SimplePosition {
  readonly line: number;
  readonly column: number;
  readonly lineText: string;
}

/** What the reader builds with: the caller's representation of strings, mappings and sequences. */
export interface SimpleYamlBuilder<S, M> {
  /** A string scalar written at `at` (at its opening quote when `quoted`). */
  string(value: string, at: SimplePosition, quoted: boolean): S;
  /** A mapping written from `at` (its first key, or its `{`), with each key's position (in order). */
  mapping(entries: readonly (readonly [key: string, value: SimpleValue<S, M>])[], keys: Map<string, SimplePosition>, at: SimplePosition): M;
  /** A sequence written from `at` (its first `-`, or its `[`). */
  sequence(items: SimpleValue<S, M>[], at: SimplePosition): SimpleValue<S, M>[];
}

export type SimpleValue<S, M> = S | M | SimpleValue<S, M>[] | boolean | null;

/** Thrown inside the reader when the text is outside the plain subset; never escapes it. */
class NotSimple {}
const NOT_SIMPLE = new NotSimple();

interface Line {
  /** 1-based line number. */
  readonly number: number;
  readonly indent: number;
  /** The line without its trailing `\r`. */
  readonly text: string;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_./-]*):(?=[ ]|$)/;
/** Plain scalars whose first character could make them something other than a plain string. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`+.0-9~]/;
const NULLS = new Set(['null', 'Null', 'NULL']);
const BOOLS = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);
const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0' };

/**
 * Reads `text` when it is plain block YAML (see the module comment); `undefined` when it is not.
 * A document of only comments and blank lines is `null`, as in the `yaml` package.
 */
export function readSimpleYaml<S, M>(text: string, build: SimpleYamlBuilder<S, M>): SimpleValue<S, M> | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  const lines: Line[] = [];
  let number = 0;
  for (const raw of text.split('\n')) {
    number++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    const rest = line.charCodeAt(indent);
    if (Number.isNaN(rest) || rest === 35 /* # */) continue;
    // Tabs (in indentation or anywhere) and control characters: let the full parser judge.
    if (/[\t\x00-\x08\x0b-\x1f\x7f]/.test(line)) return undefined;
    lines.push({ number, indent, text: line });
  }
  if (lines.length === 0) return null;
  const reader = new Reader(lines, build);
  try {
    if (lines[0].indent !== 0) return undefined;
    const root = reader.block(0);
    return reader.at === lines.length ? root : undefined;
  } catch (e) {
    if (e === NOT_SIMPLE) return undefined;
    throw e;
  }
}

class Reader<S, M> {
  /** Index of the next line to read. */
  at = 0;

  constructor(
    private readonly lines: readonly Line[],
    private readonly build: SimpleYamlBuilder<S, M>,
  ) {}

  /** A mapping or sequence whose entries start at column `indent` (0-based) of the next line. */
  block(indent: number): SimpleValue<S, M> {
    const line = this.lines[this.at];
    return isDash(line.text, line.indent) ? this.sequence(indent) : this.mapping(indent, line.indent);
  }

  private sequence(indent: number): SimpleValue<S, M>[] {
    const items: SimpleValue<S, M>[] = [];
    const start = this.lines[this.at];
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      // A line at this column that is not an item belongs to the mapping above (`key:` then `- …`
      // at the key's column), or is out of place, which the caller's next check finds.
      if (line.indent < indent || (line.indent === indent && !isDash(line.text, indent))) break;
      if (line.indent > indent) throw NOT_SIMPLE;
      let col = indent + 1;
      while (line.text.charCodeAt(col) === 32) col++;
      if (col >= line.text.length || line.text.charCodeAt(col) === 35) {
        // `-` alone: the item is the block below, indented deeper.
        this.at++;
        items.push(this.nested(indent, false));
      } else if (KEY.test(line.text.slice(col))) {
        // `- key: …`: a mapping whose keys line up with this first one.
        items.push(this.mapping(col, col));
      } else {
        if (line.text.charCodeAt(col) === 45 /* - */ && isDash(line.text, col)) throw NOT_SIMPLE;
        this.at++;
        items.push(this.scalar(line, col));
        this.noDeeper(indent);
      }
    }
    return this.build.sequence(items, position(start, indent));
  }

  /** Entries at column `indent`; the first may start mid-line (after `- `) at column `first`. */
  private mapping(indent: number, first: number): M {
    const entries: [string, SimpleValue<S, M>][] = [];
    const positions = new Map<string, SimplePosition>();
    const start = this.lines[this.at];
    let isFirst = true;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at];
      const col = isFirst ? first : line.indent;
      if (!isFirst) {
        if (line.indent < indent) break;
        if (line.indent > indent) throw NOT_SIMPLE;
      }
      isFirst = false;
      const m = KEY.exec(line.text.slice(col));
      if (m === null) throw NOT_SIMPLE;
      const key = m[1];
      if (positions.has(key)) throw NOT_SIMPLE;
      positions.set(key, position(line, col));
      let vcol = col + m[0].length;
      while (line.text.charCodeAt(vcol) === 32) vcol++;
      this.at++;
      if (vcol >= line.text.length || line.text.charCodeAt(vcol) === 35) {
        entries.push([key, this.nested(indent, true)]);
      } else {
        entries.push([key, this.scalar(line, vcol)]);
        this.noDeeper(indent);
      }
    }
    return this.build.mapping(entries, positions, position(start, first));
  }

  /** The value under a `key:` or `-` with nothing after it: a deeper block, a `- ` list at the key's column, or null. */
  private nested(indent: number, underKey: boolean): SimpleValue<S, M> {
    const next = this.lines[this.at];
    if (next === undefined) return null;
    if (next.indent > indent) return this.block(next.indent);
    if (underKey && next.indent === indent && isDash(next.text, indent)) return this.sequence(indent);
    return null;
  }

  /** After a scalar: a deeper line would continue it (a multi-line scalar): not plain. */
  private noDeeper(indent: number): void {
    const next = this.lines[this.at];
    if (next !== undefined && next.indent > indent) throw NOT_SIMPLE;
  }

  /** The scalar from `col` to the end of `line` (a comment aside). */
  private scalar(line: Line, col: number): SimpleValue<S, M> {
    const text = line.text;
    const c = text[col];
    let value: string;
    let end: number;
    if (c === "'") {
      value = '';
      let i = col + 1;
      for (;;) {
        const q = text.indexOf("'", i);
        if (q < 0) throw NOT_SIMPLE;
        value += text.slice(i, q);
        if (text[q + 1] === "'") {
          value += "'";
          i = q + 2;
        } else {
          end = q + 1;
          break;
        }
      }
    } else if (c === '"') {
      value = '';
      let i = col + 1;
      for (;;) {
        const q = indexOfEither(text, i);
        if (q < 0) throw NOT_SIMPLE;
        value += text.slice(i, q);
        if (text[q] === '"') {
          end = q + 1;
          break;
        }
        const e = text[q + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(q + 2, q + 6))) {
          const code = parseInt(text.slice(q + 2, q + 6), 16);
          // Lone surrogates are the full parser's business.
          if (code >= 0xd800 && code <= 0xdfff) throw NOT_SIMPLE;
          value += String.fromCharCode(code);
          i = q + 6;
        } else if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
          value += ESCAPES[e];
          i = q + 2;
        } else {
          throw NOT_SIMPLE;
        }
      }
    } else {
      if (text.startsWith('[]', col) || text.startsWith('{}', col)) {
        if (!restIsComment(text, col + 2)) throw NOT_SIMPLE;
        return text[col] === '[' ? this.build.sequence([], position(line, col)) : this.build.mapping([], new Map(), position(line, col));
      }
      if (INDICATOR_START.test(text.slice(col))) throw NOT_SIMPLE;
      const hash = text.indexOf(' #', col);
      const plain = (hash < 0 ? text.slice(col) : text.slice(col, hash)).trimEnd();
      if (plain.includes(': ') || plain.endsWith(':')) throw NOT_SIMPLE;
      if (NULLS.has(plain)) return null;
      const bool = BOOLS.get(plain);
      if (bool !== undefined) return bool;
      return this.build.string(plain, position(line, col), false);
    }
    if (!restIsComment(text, end)) throw NOT_SIMPLE;
    return this.build.string(value, position(line, col), true);
  }
}

/** The position of 0-based column `col` of `line`. */
function position(line: Line, col: number): SimplePosition {
  return { line: line.number, column: col + 1, lineText: line.text };
}

/** Whether `text` has `- ` (or a lone `-`) at column `col`. */
function isDash(text: string, col: number): boolean {
  return text.charCodeAt(col) === 45 && (col + 1 === text.length || text.charCodeAt(col + 1) === 32);
}

/** Whether only spaces, then nothing or a ` #` comment, follow column `from`. */
function restIsComment(text: string, from: number): boolean {
  let i = from;
  while (text.charCodeAt(i) === 32) i++;
  return i === text.length || (text.charCodeAt(i) === 35 && i > from);
}

/** The next `"` or `\` from `from`, or -1. */
function indexOfEither(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 92) return i;
  }
  return -1;
}
