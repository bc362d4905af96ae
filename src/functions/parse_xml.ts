/** `ParseXML(target)`: XML to a map of tag, content, attributes and children. */
import { OttlRuntimeError } from '../core/errors.js';
import type { Value, ValueMap } from '../core/values/types.js';
import { XmlTokenizer, type XmlToken } from './internal/xml-tokenize.js';
import { defineFunction } from './signature.js';

interface Element {
  readonly tag: string;
  readonly attrs: readonly (readonly [string, string])[];
  text: string;
  readonly children: Element[];
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon > 0 ? name.slice(colon + 1) : name;
}

function toMap(e: Element): ValueMap {
  const m: ValueMap = new Map();
  m.set('tag', e.tag);
  if (e.text !== '') m.set('content', e.text);
  if (e.attrs.length > 0) {
    const attrs: ValueMap = new Map();
    for (const [k, v] of e.attrs) attrs.set(localName(k), v);
    m.set('attributes', attrs);
  }
  if (e.children.length > 0) m.set('children', e.children.map(toMap) as Value[]);
  return m;
}

/** Go `bytes.TrimSpace`: ASCII and Unicode white space at both ends. */
function trimSpace(s: string): string {
  return s.replace(/^[\s\u0085]+|[\s\u0085]+$/g, '');
}

function parse(text: string): ValueMap {
  const tok = new XmlTokenizer(text);
  let t: XmlToken | undefined;
  // Skip everything before the first element, as Go's Decode does.
  do {
    t = tok.next();
    if (t === undefined) throw new Error('EOF');
  } while (t.kind !== 'start');
  const first = t;
  const root: Element = { tag: localName(first.name), attrs: first.attrs, text: '', children: [] };
  if (!first.selfClosing) {
    const stack: Element[] = [root];
    while (stack.length > 0) {
      t = tok.next();
      if (t === undefined) throw new Error('unexpected EOF');
      const cur = stack[stack.length - 1];
      if (t.kind === 'start') {
        const child: Element = { tag: localName(t.name), attrs: t.attrs, text: '', children: [] };
        cur.children.push(child);
        if (!t.selfClosing) stack.push(child);
      } else if (t.kind === 'end') {
        stack.pop();
      } else if (t.kind === 'text') {
        cur.text += trimSpace(t.data);
      }
    }
  }
  if (tok.pos !== text.length) throw new OttlRuntimeError('trailing bytes after parsing xml');
  return toMap(root);
}

/**
 * Parses the first element of `target` into `{tag, content?, attributes?, children?}`: `tag` is the
 * local name, `content` the element's own text with each run trimmed and concatenated (omitted
 * when empty), `attributes` a map by local name (omitted when none), `children` the child elements
 * in order (omitted when none). Comments, processing instructions and directives are ignored.
 *
 * Errors (run time): malformed XML (`unmarshal xml: …`), anything after the element (`trailing
 * bytes after parsing xml`), nesting deeper than 10,000.
 */
export const ParseXML = defineFunction({
  name: 'ParseXML',
  kind: 'converter',
  description: 'parses XML into a map of tag, content, attributes and children',
  params: [{ name: 'target', kind: 'string', doc: 'the XML document' }] as const,
  create:
    ({ target }) =>
    (ctx) => {
      try {
        return parse(target(ctx));
      } catch (e) {
        if (e instanceof OttlRuntimeError) throw e;
        throw new OttlRuntimeError(`unmarshal xml: ${(e as Error).message}`);
      }
    },
});
