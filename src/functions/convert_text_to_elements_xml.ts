/** `ConvertTextToElementsXML(target, x_path?, element_name?)`: wraps loose text in elements. */
import type { Element, Node } from '@xmldom/xmldom';

import { NodeType, outputDoc, queryAll, type XmlDoc } from './internal/xml-doc.js';
import { docOrThrow, xpathArg } from './internal/xml-run.js';
import { defineFunction } from './signature.js';

function convert(doc: XmlDoc, parent: Node, name: string): void {
  if (parent.nodeType !== NodeType.ELEMENT || parent.firstChild === null) return;
  let values = 0;
  let elements = 0;
  for (let c: Node | null = parent.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType === NodeType.ELEMENT) {
      convert(doc, c, name);
      elements++;
    } else if (c.nodeType === NodeType.TEXT) {
      values++;
    }
  }
  if (values === 0 || elements + values <= 1) return;
  for (let c: Node | null = parent.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType !== NodeType.TEXT) continue;
    const wrapper: Element = doc.doc.createElement(name);
    wrapper.appendChild(doc.doc.createTextNode((c as unknown as { data: string }).data));
    parent.replaceChild(wrapper, c);
    c = wrapper;
  }
}

/**
 * Under each node selected by `xpath` (default `/`, the whole document), and recursively below
 * it, wraps every text node in an element named `element_name` (default `value`) when the text
 * shares its parent with other text or elements (`<a>foo<b/>bar</a>` →
 * `<a><value>foo</value><b></b><value>bar</value></a>`); a lone text child is left as is. White
 * space between elements counts as text. Empty arguments mean the defaults.
 *
 * Errors: an invalid XPath (compile time); malformed XML (run time).
 */
export const ConvertTextToElementsXML = defineFunction({
  name: 'ConvertTextToElementsXML',
  kind: 'converter',
  description: 'wraps loose XML text into elements',
  params: [
    { name: 'target', kind: 'string', doc: 'the XML document' },
    { name: 'x_path', kind: 'literalString', optional: true, doc: 'where to convert (default /)' },
    { name: 'element_name', kind: 'literalString', optional: true, doc: 'wrapper element name (default value)' },
  ] as const,
  create: ({ target, x_path: xpath, element_name: elementName }) => {
    const expr = xpathArg('x_path', xpath === undefined || xpath === '' ? '/' : xpath);
    const name = elementName === undefined || elementName === '' ? 'value' : elementName;
    return (ctx) => {
      const doc = docOrThrow(target(ctx));
      for (const n of queryAll(doc, expr)) convert(doc, n, name);
      return outputDoc(doc);
    };
  },
});
