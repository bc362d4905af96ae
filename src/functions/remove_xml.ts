/** `RemoveXML(target, x_path)`: removes the nodes an XPath selects. */
import type { Element, Node } from '@xmldom/xmldom';

import { NodeType, outputDoc, queryAll } from './internal/xml-doc.js';
import { docOrThrow, xpathArg } from './internal/xml-run.js';
import { defineFunction } from './signature.js';

/**
 * Returns `target` without the selected nodes: elements (with their content), attributes,
 * comments and CDATA sections are removed, and selected text nodes are emptied. Other selections
 * are ignored. The empty document gives `""`.
 *
 * Errors: an invalid XPath (compile time); malformed XML (run time).
 */
export const RemoveXML = defineFunction({
  name: 'RemoveXML',
  kind: 'converter',
  description: 'removes the nodes selected by an XPath',
  params: [
    { name: 'target', kind: 'string', doc: 'the XML document' },
    { name: 'x_path', kind: 'literalString', doc: 'the XPath 1.0 selection' },
  ] as const,
  create: ({ target, x_path: xpath }) => {
    const expr = xpathArg('x_path', xpath);
    return (ctx) => {
      const doc = docOrThrow(target(ctx));
      for (const n of queryAll(doc, expr)) {
        if (n === doc.root) continue; // the document itself cannot be removed
        switch (n.nodeType) {
          case NodeType.ELEMENT:
          case NodeType.COMMENT:
          case NodeType.CDATA:
            n.parentNode?.removeChild(n);
            break;
          case NodeType.ATTRIBUTE: {
            const owner = (n as unknown as { ownerElement: Element | null }).ownerElement;
            owner?.removeAttribute((n as unknown as { name: string }).name);
            break;
          }
          case NodeType.TEXT:
            (n as Node & { data: string }).data = '';
            break;
          default:
            break;
        }
      }
      return outputDoc(doc);
    };
  },
});
