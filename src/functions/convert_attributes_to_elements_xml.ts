/** `ConvertAttributesToElementsXML(target, x_path?)`: turns attributes into child elements. */
import type { Element } from '@xmldom/xmldom';

import { NodeType, outputDoc, queryAll } from './internal/xml-doc.js';
import { docOrThrow, xpathArg } from './internal/xml-run.js';
import { defineFunction } from './signature.js';

/**
 * For each attribute selected by `xpath` (default `//@*`, every attribute), appends an element
 * named after the attribute, holding its value as text, as the last child of the owning element,
 * then removes the attribute (`<a x="1"><b/></a>` → `<a><b></b><x>1</x></a>`). Non-attribute
 * selections are ignored; an empty `xpath` means the default.
 *
 * Errors: an invalid XPath (compile time); malformed XML (run time).
 */
export const ConvertAttributesToElementsXML = defineFunction({
  name: 'ConvertAttributesToElementsXML',
  kind: 'converter',
  description: 'converts XML attributes into child elements',
  params: [
    { name: 'target', kind: 'string', doc: 'the XML document' },
    { name: 'x_path', kind: 'literalString', optional: true, doc: 'the attributes to convert (default //@*)' },
  ] as const,
  create: ({ target, x_path: xpath }) => {
    const expr = xpathArg('x_path', xpath === undefined || xpath === '' ? '//@*' : xpath);
    return (ctx) => {
      const doc = docOrThrow(target(ctx));
      for (const n of queryAll(doc, expr)) {
        if (n.nodeType !== NodeType.ATTRIBUTE) continue;
        const attr = n as unknown as { name: string; localName: string | null; value: string; ownerElement: Element | null };
        const owner = attr.ownerElement;
        if (owner === null) continue;
        const local = attr.name.includes(':') ? attr.name.slice(attr.name.indexOf(':') + 1) : attr.name;
        const el = doc.doc.createElement(local);
        el.appendChild(doc.doc.createTextNode(attr.value));
        owner.appendChild(el);
        owner.removeAttribute(attr.name);
      }
      return outputDoc(doc);
    };
  },
});
