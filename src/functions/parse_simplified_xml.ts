/** `ParseSimplifiedXML(target)`: XML to nested maps, keeping only element names and text. */
import type { Node } from '@xmldom/xmldom';

import type { Value, ValueMap } from '../core/values/types.js';
import { NodeType } from './internal/xml-doc.js';
import { docOrThrow } from './internal/xml-run.js';
import { defineFunction } from './signature.js';

/** The first text or CDATA child of an element without child elements, else ''. */
function leafValue(node: Node): string {
  for (let c = node.firstChild; c !== null; c = c.nextSibling) if (c.nodeType === NodeType.ELEMENT) return '';
  for (let c = node.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType === NodeType.TEXT || c.nodeType === NodeType.CDATA) return (c as unknown as { data: string }).data;
  }
  return '';
}

function parseElement(parent: Node, out: ValueMap): void {
  const counts = new Map<string, number>();
  for (let c = parent.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType === NodeType.ELEMENT) counts.set(c.nodeName, (counts.get(c.nodeName) ?? 0) + 1);
  }
  if (counts.size === 0) return;
  for (let c = parent.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType !== NodeType.ELEMENT || c.firstChild === null) continue;
    const name = c.nodeName;
    const leaf = leafValue(c);
    if ((counts.get(name) ?? 0) > 1) {
      let list = out.get(name);
      if (!Array.isArray(list)) {
        list = [];
        out.set(name, list);
      }
      if (leaf !== '') {
        list.push(leaf);
        continue;
      }
      const child: ValueMap = new Map();
      parseElement(c, child);
      if (child.size > 0) (list as Value[]).push(child);
      continue;
    }
    if (leaf !== '') {
      out.set(name, leaf);
      continue;
    }
    const child: ValueMap = new Map();
    parseElement(c, child);
    if (child.size > 0) out.set(name, child);
  }
}

/**
 * Converts `target` to a map keyed by element names, ignoring attributes, comments, processing
 * instructions and text mixed with child elements: an element whose content is text becomes that
 * text (untrimmed, CDATA included); an element with child elements becomes a map; repeated sibling
 * names become a slice (an empty sibling still forces the slice: `<a><b>3</b><b/></a>` →
 * `{"a": {"b": ["3"]}}`); empty elements are dropped.
 *
 * Errors (run time): malformed XML, nesting deeper than 10,000.
 */
export const ParseSimplifiedXML = defineFunction({
  name: 'ParseSimplifiedXML',
  kind: 'converter',
  description: 'parses XML into nested maps of element text (no attributes)',
  params: [{ name: 'target', kind: 'string', doc: 'the XML document' }] as const,
  create:
    ({ target }) =>
    (ctx) => {
      const doc = docOrThrow(target(ctx));
      const out: ValueMap = new Map();
      parseElement(doc.root, out);
      return out;
    },
});
