/** `GetXML(target, x_path)`: the XML of the nodes an XPath selects. */
import { htmlEscape, innerText, NodeType, outputNode, queryAll } from './internal/xml-doc.js';
import { docOrThrow, xpathArg } from './internal/xml-run.js';
import { defineFunction } from './signature.js';

/**
 * Returns the selected nodes of `target`, concatenated: elements as XML (`<b></b>` form), text
 * nodes as escaped text, attributes and CDATA sections as their (escaped) text value; comments
 * and processing instructions are skipped. Nothing selected gives `""`.
 *
 * Errors: an invalid XPath (compile time); malformed XML (run time).
 */
export const GetXML = defineFunction({
  name: 'GetXML',
  kind: 'converter',
  description: 'the XML of the nodes selected by an XPath',
  params: [
    { name: 'target', kind: 'string', doc: 'the XML document' },
    { name: 'x_path', kind: 'literalString', doc: 'the XPath 1.0 selection' },
  ] as const,
  create: ({ target, x_path: xpath }) => {
    const expr = xpathArg('x_path', xpath);
    return (ctx) => {
      const doc = docOrThrow(target(ctx));
      let out = '';
      for (const n of queryAll(doc, expr)) {
        if (n === doc.root) continue; // the document node itself is not output
        switch (n.nodeType) {
          case NodeType.ELEMENT:
          case NodeType.TEXT:
            out += outputNode(n);
            break;
          case NodeType.ATTRIBUTE:
          case NodeType.CDATA:
            out += htmlEscape(innerText(n));
            break;
          default:
            break;
        }
      }
      return out;
    };
  },
});
