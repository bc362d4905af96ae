/**
 * A small pull reader over JSON text, used by the schema-driven decoders.
 *
 * Why not `JSON.parse`: it rounds integer literals beyond 2^53 (OTLP int64 fields may be bare
 * numbers), and decoding straight into the model avoids building a second, throw-away tree.
 * The reader validates full JSON syntax (including values it skips) and reports syntax errors
 * with their offset; type errors are raised by the callers through {@link JsonReader.fail}.
 */
import { ValueError, quote } from './errors.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const MINUS = 0x2d;

/** The character codes that can start a JSON number. */
export function isNumberStart(c: number): boolean {
  return c === MINUS || (c >= 0x30 && c <= 0x39);
}

/** Markers for {@link JsonReader.missedHash}: not a hash (hashes are int32). */
const MISS_NONE = 0.5;
const MISS_TAKEN = 1.5;

/** A set of strings looked up by the hash {@link JsonReader.readKnownString} computes. */
export class KnownStrings {
  readonly byHash = new Map<number, string>();

  constructor(strings: Iterable<string>) {
    for (const str of strings) this.add(str);
  }

  /** Adds `str` unless another string already has its hash (then that one wins). */
  add(str: string): void {
    let h = 0;
    for (let i = 0; i < str.length; i++) h = (Math.imul(h, 31) + str.charCodeAt(i)) | 0;
    if (!this.byHash.has(h)) this.byHash.set(h, str);
  }
}

/**
 * Every OTLP/JSON field name, lowerCamelCase and snake_case, so object keys are shared strings.
 * The tables in `schema/` add the names they declare as they are built.
 */
export const FIELD_NAMES = new KnownStrings([]);

export class JsonReader {
  /** Current offset into {@link text}. */
  pos: number;
  /** Whether the last number token was a plain integer (no fraction, no exponent). */
  numIsInt = true;
  /** How many `arrayValue`/`kvlistValue` levels enclose the value being read (see MAX_VALUE_DEPTH). */
  depth = 0;
  /** The hash of the last string {@link readKnownString} did not find (or a MISS_* marker). */
  private missedHash = MISS_NONE;
  /** Called for a repeated attribute key (offset of its entry); the entry is dropped either way. */
  onDuplicateKey: ((key: string, offset: number) => void) | undefined = undefined;

  constructor(
    readonly text: string,
    start = 0,
    /** Attribute keys seen so far: keys repeat on every record, so one copy of each is kept. */
    private readonly attrKeys = new KnownStrings([]),
  ) {
    this.pos = start;
  }

  /** A reader over `text` (e.g. the next NDJSON line) sharing this one's key table and hooks. */
  forText(text: string): JsonReader {
    const r = new JsonReader(text, 0, this.attrKeys);
    r.onDuplicateKey = this.onDuplicateKey;
    return r;
  }

  /** Skips JSON whitespace and returns the next character code (NaN at the end of input). */
  peek(): number {
    const t = this.text;
    let p = this.pos;
    let c = t.charCodeAt(p);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = t.charCodeAt(++p);
    this.pos = p;
    return c;
  }

  /** Throws a data (type/range) error about the value starting at `offset`. */
  fail(detail: string, offset = this.pos): never {
    throw new ValueError(detail, offset);
  }

  /** Throws a JSON syntax error at the current position. */
  syntaxError(detail?: string): never {
    const c = this.text.charCodeAt(this.pos);
    const msg =
      detail ??
      (Number.isNaN(c)
        ? 'unexpected end of input'
        : `unexpected character ${quote(String.fromCodePoint(this.text.codePointAt(this.pos)!))}`);
    throw new ValueError(`invalid JSON: ${msg}`, this.pos, true);
  }

  /** Consumes `null` if it is next; the caller then keeps the field's default. */
  takeNull(): boolean {
    if (this.peek() !== 0x6e) return false;
    this.literal('null');
    return true;
  }

  private literal(word: string): void {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return;
    }
    this.syntaxError();
  }

  /** Describes the value at the current position for "expected X, got Y" messages. */
  describe(): string {
    const c = this.peek();
    if (c === LBRACE) return 'an object';
    if (c === LBRACKET) return 'an array';
    const start = this.pos;
    if (c === QUOTE) {
      const s = this.readString();
      this.pos = start;
      return quote(s);
    }
    this.skipValue();
    const lit = this.text.slice(start, this.pos);
    this.pos = start;
    return lit.length > 60 ? lit.slice(0, 57) + '…' : lit;
  }

  /** Expects `{` and returns the first key, or `null` for `{}`. */
  firstKey(what = 'an object'): string | null {
    if (this.peek() !== LBRACE) this.fail(`expected ${what}, got ${this.describe()}`);
    this.pos++;
    if (this.peek() === RBRACE) {
      this.pos++;
      return null;
    }
    return this.key();
  }

  /** After a member's value: returns the next key, or `null` at `}`. */
  nextKey(): string | null {
    const c = this.peek();
    if (c === COMMA) {
      this.pos++;
      return this.key();
    }
    if (c === RBRACE) {
      this.pos++;
      return null;
    }
    return this.syntaxError();
  }

  private key(): string {
    if (this.peek() !== QUOTE) this.syntaxError();
    const k = this.readKnownString(FIELD_NAMES);
    if (this.peek() !== COLON) this.syntaxError();
    this.pos++;
    return k;
  }

  /**
   * Reads a string token, returning the shared copy from `known` when the text spells one of its
   * strings. Hashing while scanning finds it without allocating: object keys are the bulk of a
   * document's strings, and this keeps them out of the garbage collector's way.
   */
  readKnownString(known: KnownStrings): string {
    const t = this.text;
    const start = this.pos + 1;
    let p = start;
    let h = 0;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === QUOTE) break;
      // `!(c >= 0x20)` also catches NaN (end of input).
      if (c === BACKSLASH || !(c >= 0x20)) return this.readEscapedString();
      h = (Math.imul(h, 31) + c) | 0;
      p++;
    }
    this.pos = p + 1;
    const hit = known.byHash.get(h);
    if (hit !== undefined && hit.length === p - start && t.startsWith(hit, start)) return hit;
    this.missedHash = hit === undefined ? h : MISS_TAKEN;
    return t.slice(start, p);
  }

  /** Expects `[`; returns whether a first element follows (false for `[]`). */
  firstElement(): boolean {
    if (this.peek() !== LBRACKET) this.fail(`expected an array, got ${this.describe()}`);
    this.pos++;
    if (this.peek() === RBRACKET) {
      this.pos++;
      return false;
    }
    return true;
  }

  /** After an element: returns whether another element follows. */
  nextElement(): boolean {
    const c = this.peek();
    if (c === COMMA) {
      this.pos++;
      return true;
    }
    if (c === RBRACKET) {
      this.pos++;
      return false;
    }
    return this.syntaxError();
  }

  /** Reads a string token (the reader must be at `"`). */
  readString(): string {
    const t = this.text;
    const start = this.pos + 1;
    let p = start;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === QUOTE) break;
      // `!(c >= 0x20)` also catches NaN (end of input).
      if (c === BACKSLASH || !(c >= 0x20)) return this.readEscapedString();
      p++;
    }
    this.pos = p + 1;
    return t.slice(start, p);
  }

  /** Slow path for strings with escapes: find the end, let `JSON.parse` unescape and validate. */
  private readEscapedString(): string {
    const t = this.text;
    let p = this.pos + 1;
    for (;;) {
      const c = t.charCodeAt(p);
      if (Number.isNaN(c)) {
        this.pos = p;
        this.syntaxError('unterminated string');
      }
      if (c < 0x20) {
        this.pos = p;
        this.syntaxError('control character in string');
      }
      if (c === QUOTE) break;
      p += c === BACKSLASH ? 2 : 1;
    }
    const token = t.slice(this.pos, p + 1);
    try {
      const s = JSON.parse(token) as string;
      this.pos = p + 1;
      return s;
    } catch {
      // Point at the first bad escape.
      const m = /\\(?:u(?![0-9a-fA-F]{4})|[^"\\/bfnrtu])/.exec(token);
      this.pos += m ? m.index : 0;
      return this.syntaxError('invalid escape in string');
    }
  }

  /** Reads a number token and returns its literal text; sets {@link numIsInt}. */
  readNumber(): string {
    const t = this.text;
    const start = this.pos;
    let p = start;
    let c = t.charCodeAt(p);
    if (c === MINUS) c = t.charCodeAt(++p);
    if (c === 0x30) c = t.charCodeAt(++p);
    else if (c >= 0x31 && c <= 0x39) {
      do c = t.charCodeAt(++p);
      while (c >= 0x30 && c <= 0x39);
    } else {
      this.pos = p;
      this.syntaxError();
    }
    let isInt = true;
    if (c === 0x2e) {
      isInt = false;
      c = t.charCodeAt(++p);
      if (!(c >= 0x30 && c <= 0x39)) {
        this.pos = p;
        this.syntaxError();
      }
      do c = t.charCodeAt(++p);
      while (c >= 0x30 && c <= 0x39);
    }
    if (c === 0x65 || c === 0x45) {
      isInt = false;
      c = t.charCodeAt(++p);
      if (c === 0x2b || c === MINUS) c = t.charCodeAt(++p);
      if (!(c >= 0x30 && c <= 0x39)) {
        this.pos = p;
        this.syntaxError();
      }
      do c = t.charCodeAt(++p);
      while (c >= 0x30 && c <= 0x39);
    }
    this.numIsInt = isInt;
    this.pos = p;
    return t.slice(start, p);
  }

  /** Reads `true` or `false`, or fails with a type error. */
  readBool(): boolean {
    const c = this.peek();
    if (c === 0x74 && this.text.startsWith('true', this.pos)) {
      this.pos += 4;
      return true;
    }
    if (c === 0x66 && this.text.startsWith('false', this.pos)) {
      this.pos += 5;
      return false;
    }
    return this.fail(`expected a bool, got ${this.describe()}`);
  }

  /**
   * Reads an attribute key (the reader must be at `"`), returning one shared copy per distinct key
   * (bounded, so unique keys cannot grow the table forever).
   */
  readAttributeKey(): string {
    this.missedHash = MISS_NONE;
    const k = this.readKnownString(this.attrKeys);
    // Only a key not in the table (and whose hash is free) is added: the common hit costs nothing more.
    if (this.missedHash !== MISS_NONE && this.missedHash !== MISS_TAKEN && this.attrKeys.byHash.size < 4096) {
      this.attrKeys.byHash.set(this.missedHash, k);
    }
    return k;
  }

  /**
   * Skips (and validates) any JSON value, e.g. an unknown field's. Iterative, so no nesting depth
   * of a skipped value can reach the JS stack: the open containers are kept in a string of `}`/`]`.
   */
  skipValue(): void {
    let open = '';
    for (;;) {
      const c = this.peek();
      let opened = false;
      switch (c) {
        case LBRACE:
          if (this.firstKey() !== null) {
            open += '}';
            opened = true;
          }
          break;
        case LBRACKET:
          if (this.firstElement()) {
            open += ']';
            opened = true;
          }
          break;
        case QUOTE:
          this.readString();
          break;
        case 0x74:
          this.literal('true');
          break;
        case 0x66:
          this.literal('false');
          break;
        case 0x6e:
          this.literal('null');
          break;
        default:
          if (!isNumberStart(c)) this.syntaxError();
          this.readNumber();
      }
      if (opened) continue;
      // A value ended: close every container that ends with it.
      for (;;) {
        if (open.length === 0) return;
        const more = open.charCodeAt(open.length - 1) === RBRACE ? this.nextKey() !== null : this.nextElement();
        if (more) break;
        open = open.slice(0, -1);
      }
    }
  }
}
