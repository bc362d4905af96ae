/**
 * An XML tokenizer with the strictness of Go's `encoding/xml` decoder (which the reference's XML
 * functions use, directly or through xmlquery): quoted attributes, known entities only, matching
 * end tags, `\r\n` and `\r` read as `\n`. Several top-level elements and top-level text are
 * allowed, as in Go. Errors read `XML syntax error on line N: …`.
 */

export type XmlToken =
  | { readonly kind: 'start'; readonly name: string; readonly attrs: readonly (readonly [string, string])[]; readonly selfClosing: boolean }
  | { readonly kind: 'end'; readonly name: string }
  | { readonly kind: 'text'; readonly data: string; readonly cdata: boolean }
  | { readonly kind: 'comment'; readonly data: string }
  | { readonly kind: 'procinst'; readonly target: string; readonly inst: string }
  | { readonly kind: 'directive'; readonly data: string };

/** Go's limit on element nesting. */
export const MAX_XML_DEPTH = 10_000;

const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w:.\-\u00B7\u00C0-\uFFFF]*/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** Reads the tokens of `text`; `end` in the result is the offset after the last token read. */
export class XmlTokenizer {
  pos = 0;
  private readonly open: string[] = [];

  constructor(private readonly text: string) {}

  private fail(msg: string): never {
    const line = this.text.slice(0, this.pos).split('\n').length;
    throw new Error(`XML syntax error on line ${line}: ${msg}`);
  }

  /** Open elements, outermost first. */
  get depth(): number {
    return this.open.length;
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.text);
    if (m === null) this.fail('expected element name after <');
    this.pos += m[0].length;
    return m[0];
  }

  private space(): void {
    while (this.pos < this.text.length && ' \t\r\n'.includes(this.text[this.pos])) this.pos++;
  }

  private decode(raw: string): string {
    const norm = raw.replace(/\r\n?/g, '\n');
    if (!norm.includes('&')) return norm;
    return norm.replace(/&([^;&<\s]*)(;?)/g, (_m, ent: string, semi: string) => {
      if (semi !== ';') this.fail(`invalid character entity &${ent} (no semicolon)`);
      if (Object.hasOwn(ENTITIES, ent)) return ENTITIES[ent];
      const num = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(ent);
      if (num !== null) {
        const cp = num[1][0] === 'x' ? parseInt(num[1].slice(1), 16) : parseInt(num[1], 10);
        if (cp <= 0x10ffff && cp !== 0) return String.fromCodePoint(cp);
      }
      return this.fail(`invalid character entity &${ent};`);
    });
  }

  /** The next token, or undefined at the end of input (an error while elements are open). */
  next(): XmlToken | undefined {
    const t = this.text;
    if (this.pos >= t.length) {
      if (this.open.length > 0) this.fail('unexpected EOF');
      return undefined;
    }
    if (t[this.pos] !== '<') {
      const lt = t.indexOf('<', this.pos);
      const end = lt < 0 ? t.length : lt;
      const raw = t.slice(this.pos, end);
      this.pos = end;
      return { kind: 'text', data: this.decode(raw), cdata: false };
    }
    if (t.startsWith('<!--', this.pos)) {
      const end = t.indexOf('--', this.pos + 4);
      if (end < 0) this.fail('unexpected EOF');
      if (t[end + 2] !== '>') {
        this.pos = end;
        this.fail('invalid sequence "--" not allowed in comments');
      }
      const data = t.slice(this.pos + 4, end);
      this.pos = end + 3;
      return { kind: 'comment', data };
    }
    if (t.startsWith('<![CDATA[', this.pos)) {
      const end = t.indexOf(']]>', this.pos + 9);
      if (end < 0) this.fail('unexpected EOF in CDATA section');
      const data = t.slice(this.pos + 9, end).replace(/\r\n?/g, '\n');
      this.pos = end + 3;
      return { kind: 'text', data, cdata: true };
    }
    if (t.startsWith('<!', this.pos)) {
      let depth = 0;
      let i = this.pos + 2;
      for (; i < t.length; i++) {
        if (t[i] === '<') depth++;
        else if (t[i] === '>') {
          if (depth === 0) break;
          depth--;
        }
      }
      if (i >= t.length) this.fail('unexpected EOF');
      const data = t.slice(this.pos + 2, i);
      this.pos = i + 1;
      return { kind: 'directive', data };
    }
    if (t.startsWith('<?', this.pos)) {
      this.pos += 2;
      const target = this.name();
      const end = t.indexOf('?>', this.pos);
      if (end < 0) this.fail('unexpected EOF');
      const inst = t.slice(this.pos, end);
      this.pos = end + 2;
      return { kind: 'procinst', target, inst };
    }
    if (t.startsWith('</', this.pos)) {
      this.pos += 2;
      const name = this.name();
      this.space();
      if (t[this.pos] !== '>') this.fail(`invalid characters between </${name} and >`);
      this.pos++;
      const top = this.open.pop();
      if (top === undefined) this.fail(`unexpected end element </${name}>`);
      if (top !== name) this.fail(`element <${top}> closed by </${name}>`);
      return { kind: 'end', name };
    }
    this.pos++;
    const name = this.name();
    const attrs: [string, string][] = [];
    for (;;) {
      this.space();
      if (t.startsWith('/>', this.pos)) {
        this.pos += 2;
        if (this.open.length >= MAX_XML_DEPTH) this.fail(`exceeded maximum XML nesting depth of ${MAX_XML_DEPTH}`);
        return { kind: 'start', name, attrs, selfClosing: true };
      }
      if (t[this.pos] === '>') {
        this.pos++;
        if (this.open.length >= MAX_XML_DEPTH) this.fail(`exceeded maximum XML nesting depth of ${MAX_XML_DEPTH}`);
        this.open.push(name);
        return { kind: 'start', name, attrs, selfClosing: false };
      }
      if (this.pos >= t.length) this.fail('unexpected EOF');
      const attr = this.name();
      this.space();
      if (t[this.pos] !== '=') this.fail('attribute name without = in element');
      this.pos++;
      this.space();
      const q = t[this.pos];
      if (q !== '"' && q !== "'") this.fail('unquoted or missing attribute value in element');
      const close = t.indexOf(q, this.pos + 1);
      if (close < 0) this.fail('unexpected EOF');
      const raw = t.slice(this.pos + 1, close);
      if (raw.includes('<')) this.fail(`unescaped < inside quoted string`);
      this.pos = close + 1;
      attrs.push([attr, this.decode(raw)]);
    }
  }
}
