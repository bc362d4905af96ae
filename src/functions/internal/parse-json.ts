/**
 * A JSON reader that yields OTTL values the way the reference's ParseJSON builds pdata values:
 * every number becomes a float64, `null` becomes nil, objects become `Map`s in document order (a
 * repeated key keeps its first position and takes the last value), and `__proto__` is plain data.
 * JavaScript's `JSON.parse` cannot be used: plain objects reorder integer-like keys.
 */
import { MAX_VALUE_DEPTH, valueTooDeepMessage } from '../../core/values/limits.js';
import type { Value, ValueMap } from '../../core/values/types.js';

/** A malformed document; the message names the offset. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
}

class Reader {
  pos = 0;
  depth = 0;
  constructor(readonly text: string) {}

  fail(what: string): never {
    throw new JsonSyntaxError(`ParseJSON: ${what} at offset ${this.pos}`);
  }

  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.pos++;
      else break;
    }
  }

  value(): Value {
    this.skipSpace();
    const c = this.text[this.pos];
    switch (c) {
      case '{':
        return this.object();
      case '[':
        return this.array();
      case '"':
        return this.string();
      case 't':
        return this.word('true', true);
      case 'f':
        return this.word('false', false);
      case 'n':
        return this.word('null', null);
      default:
        if (c === '-' || (c >= '0' && c <= '9')) return this.number();
        return this.fail(c === undefined ? 'unexpected end of input' : `unexpected character ${JSON.stringify(c)}`);
    }
  }

  word<T extends Value>(w: string, v: T): T {
    if (!this.text.startsWith(w, this.pos)) this.fail(`invalid literal`);
    this.pos += w.length;
    return v;
  }

  number(): number {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = this.pos;
    const found = m.exec(this.text);
    if (found === null || found[0] === '-') this.fail('invalid number');
    this.pos += found[0].length;
    return Number(found[0]);
  }

  string(): string {
    const t = this.text;
    this.pos++; // opening quote
    let out = '';
    let start = this.pos;
    for (;;) {
      if (this.pos >= t.length) this.fail('unterminated string');
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) {
        out += t.slice(start, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20) this.fail('control character in string');
      if (c !== 0x5c) {
        this.pos++;
        continue;
      }
      out += t.slice(start, this.pos);
      const e = t[this.pos + 1];
      this.pos += 2;
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out += e;
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          const hex = t.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 4;
          break;
        }
        default:
          this.fail('invalid escape');
      }
      start = this.pos;
    }
  }

  enter(): void {
    // The engine-wide bound: whatever ParseJSON returns can be encoded and decoded again.
    if (++this.depth > MAX_VALUE_DEPTH) this.fail(`exceeded max depth: ${valueTooDeepMessage()}`);
  }

  array(): Value[] {
    this.enter();
    this.pos++;
    const out: Value[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      this.depth--;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === ']') break;
      if (c !== ',') this.fail('expected , or ]');
    }
    this.depth--;
    return out;
  }

  object(): ValueMap {
    this.enter();
    this.pos++;
    const out: ValueMap = new Map();
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      this.depth--;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail('expected a string key');
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos++] !== ':') this.fail('expected :');
      out.set(key, this.value());
      this.skipSpace();
      const c = this.text[this.pos++];
      if (c === '}') break;
      if (c !== ',') this.fail('expected , or }');
    }
    this.depth--;
    return out;
  }
}

/**
 * Parses the first JSON value of `text` (anything after it is ignored, as the reference's
 * streaming reader does). @throws JsonSyntaxError on malformed input.
 */
export function parseJsonValue(text: string): Value {
  return new Reader(text).value();
}
