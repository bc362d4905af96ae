/** `InsertXML(target, x_path, sub_document)`: adds XML under each selected element. */
import { OttlRuntimeError } from '../core/errors.js';
import { goQuote } from '../core/values/go-text.js';
import { NodeType, outputDoc, queryAll } from './internal/xml-doc.js';
import { docOrThrow, xpathArg } from './internal/xml-run.js';
import { defineFunction } from './signature.js';

/**
 * Parses `sub_document` and appends a copy of its top-level nodes as the last children of every
 * element selected by `xpath` (`/` selects the document itself, so the nodes are appended at the
 * top level). Returns the resulting document.
 *
 * Errors: an invalid XPath (compile time); malformed XML in either document, or a selection
 * that includes a non-element node (`InsertXML XPath selected non-element: "…"`) (run time).
 */
export const InsertXML = defineFunction({
  name: 'InsertXML',
  kind: 'converter',
  description: 'inserts an XML fragment under the elements selected by an XPath',
  params: [
    { name: 'target', kind: 'string', doc: 'the XML document' },
    { name: 'x_path', kind: 'literalString', doc: 'the XPath 1.0 selection' },
    { name: 'sub_document', kind: 'string', doc: 'the XML to insert' },
  ] as const,
  create: ({ target, x_path: xpath, sub_document: subDocument }) => {
    const expr = xpathArg('x_path', xpath);
    return (ctx) => {
      const doc = docOrThrow(target(ctx));
      const sub = docOrThrow(subDocument(ctx));
      const errors: string[] = [];
      for (const n of queryAll(doc, expr)) {
        if (n.nodeType !== NodeType.ELEMENT) {
          const data = n.nodeType === NodeType.ATTRIBUTE ? n.nodeName : ((n as unknown as { data?: string }).data ?? n.nodeName);
          errors.push(`InsertXML XPath selected non-element: ${goQuote(data)}`);
          continue;
        }
        for (let c = sub.root.firstChild; c !== null; c = c.nextSibling) {
          n.appendChild(doc.doc.importNode(c, true));
        }
      }
      if (errors.length > 0) throw new OttlRuntimeError(errors.join('\n'));
      return outputDoc(doc);
    };
  },
});
