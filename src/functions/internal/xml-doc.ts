/**
 * The XML document model behind GetXML, InsertXML, RemoveXML, ParseSimplifiedXML and the Convert…XML
 * functions, reproducing what the reference does with antchfx/xmlquery:
 * - parsing keeps every text run (white space included), CDATA sections, comments and processing
 *   instructions; a leading `<?xml …?>` declaration is kept only when the input starts with it;
 * - output is xmlquery's `OutputXML`: no self-closing tags (`<b></b>`), attribute values and text
 *   escaped like Go's `html.EscapeString` (`&#34;`, `&#39;`), CDATA and comments as written;
 * - XPath 1.0 queries run with the `xpath` package over an @xmldom/xmldom tree. The document's
 *   top level is a wrapper element used as the XPath root, so `/` selects the whole document and
 *   several top-level elements are allowed, as in Go.
 */
import { DOMImplementation, type Document, type Element, type Node } from '@xmldom/xmldom';
import xpath from 'xpath';

import { XmlTokenizer } from './xml-tokenize.js';

const ELEMENT = 1;
const ATTRIBUTE = 2;
const TEXT = 3;
const CDATA = 4;
const PROCINST = 7;
const COMMENT = 8;

export const NodeType = { ELEMENT, ATTRIBUTE, TEXT, CDATA, PROCINST, COMMENT } as const;

/** A parsed document: `root` stands for xmlquery's document node. */
export interface XmlDoc {
  readonly doc: Document;
  readonly root: Element;
}

const impl = new DOMImplementation();

/** A parsed XPath expression (the `xpath` package's `parse` result; its typings omit it). */
export interface CompiledXPath {
  readonly expression: { evaluate(ctx: object): { nodeset?: () => { toArray(): Node[] } } };
}

const xp = xpath as unknown as { parse(expr: string): CompiledXPath; XPathContext: new () => object };

/**
 * Parses XML text the way the reference's `parseNodesXML` does. The empty string gives an empty
 * document. @throws Error `parse xml: …` for malformed XML or a document without any element.
 */
export function parseXmlDoc(text: string): XmlDoc {
  const doc = impl.createDocument(null, 'ottl-document-root', null);
  const root = doc.documentElement as Element;
  const tokenizer = new XmlTokenizer(text);
  const stack: Element[] = [root];
  let sawElement = false;
  try {
    for (let tok = tokenizer.next(); tok !== undefined; tok = tokenizer.next()) {
      const parent = stack[stack.length - 1];
      switch (tok.kind) {
        case 'start': {
          const el = doc.createElement(tok.name);
          for (const [k, v] of tok.attrs) el.setAttribute(k, v);
          parent.appendChild(el);
          sawElement = true;
          if (!tok.selfClosing) stack.push(el);
          break;
        }
        case 'end':
          stack.pop();
          break;
        case 'text':
          parent.appendChild(tok.cdata ? doc.createCDATASection(tok.data) : doc.createTextNode(tok.data));
          break;
        case 'comment':
          parent.appendChild(doc.createComment(tok.data));
          break;
        case 'procinst':
          parent.appendChild(doc.createProcessingInstruction(tok.target, tok.inst));
          break;
        case 'directive':
          break;
      }
    }
  } catch (e) {
    throw new Error(`parse xml: ${(e as Error).message}`);
  }
  if (!sawElement && text !== '') throw new Error('parse xml: xmlquery: invalid XML document');
  return { doc, root };
}

/** Compiles an XPath expression once. @throws Error `invalid xpath: …`. */
export function compileXPath(expr: string): CompiledXPath {
  try {
    return xp.parse(expr);
  } catch (e) {
    throw new Error(`invalid xpath: ${(e as Error).message}`);
  }
}

/** The nodes an XPath expression selects, in document order; non-node-set results select nothing. */
export function queryAll(d: XmlDoc, expr: CompiledXPath): Node[] {
  const ctx = new xp.XPathContext();
  const c = ctx as unknown as Record<string, unknown>;
  c.expressionContextNode = d.root;
  c.virtualRoot = d.root;
  c.allowAnyNamespaceForNoPrefix = true;
  const result = expr.expression.evaluate(ctx);
  if (typeof result.nodeset !== 'function') return [];
  try {
    return result.nodeset().toArray();
  } catch {
    return [];
  }
}

/** Go `html.EscapeString`. */
export function htmlEscape(s: string): string {
  return s.replace(/[&'<>"]/g, (c) => ({ '&': '&amp;', "'": '&#39;', '<': '&lt;', '>': '&gt;', '"': '&#34;' })[c] as string);
}

/** xmlquery's reading of a declaration's text: `k="v"` pairs separated by spaces. */
function declarationAttrs(inst: string): [string, string][] {
  const out: [string, string][] = [];
  for (const raw of inst.split(' ')) {
    const pair = raw.trim();
    const eq = pair.indexOf('=');
    if (eq > 0 && !out.some(([k]) => k === pair.slice(0, eq))) {
      out.push([pair.slice(0, eq), pair.slice(eq + 1).replace(/^["']+|["']+$/g, '')]);
    }
  }
  return out;
}

function preserveSpaces(node: Element, inherited: boolean): boolean {
  const space = node.getAttribute('xml:space');
  if (space === 'preserve') return true;
  if (space === 'default') return false;
  return inherited;
}

/** Serializes one node as xmlquery's `outputXML`. */
export function outputNode(n: Node, preserve = true): string {
  switch (n.nodeType) {
    case TEXT: {
      const data = (n as unknown as { data: string }).data;
      return htmlEscape(preserve ? data : data.trim());
    }
    case CDATA:
      return `<![CDATA[${(n as unknown as { data: string }).data}]]>`;
    case COMMENT:
      return `<!--${(n as unknown as { data: string }).data}-->`;
    case PROCINST: {
      const pi = n as unknown as { target: string; data: string };
      if (pi.target === 'xml') {
        return '<?xml' + declarationAttrs(pi.data).map(([k, v]) => ` ${k}="${htmlEscape(v)}"`).join('') + '?>';
      }
      const inst = pi.data.trim();
      return inst === '' ? `<?${pi.target}?>` : `<?${pi.target} ${inst}?>`;
    }
    case ELEMENT: {
      const el = n as Element;
      const keep = preserveSpaces(el, preserve);
      let out = '<' + el.nodeName;
      for (let i = 0; i < el.attributes.length; i++) {
        const a = el.attributes.item(i);
        if (a !== null) out += ` ${a.name}="${htmlEscape(a.value)}"`;
      }
      out += '>';
      for (let c = el.firstChild; c !== null; c = c.nextSibling) out += outputNode(c, keep);
      return out + `</${el.nodeName}>`;
    }
    default:
      return '';
  }
}

/** xmlquery `OutputXML(false)` of the document: its top-level nodes, concatenated. */
export function outputDoc(d: XmlDoc): string {
  let out = '';
  for (let c = d.root.firstChild; c !== null; c = c.nextSibling) out += outputNode(c);
  return out;
}

/** xmlquery `InnerText`: all descendant text and CDATA, comments excluded. */
export function innerText(n: Node): string {
  if (n.nodeType === TEXT || n.nodeType === CDATA) return (n as unknown as { data: string }).data;
  if (n.nodeType === ATTRIBUTE) return (n as unknown as { value: string }).value;
  if (n.nodeType === COMMENT) return '';
  let out = '';
  for (let c = n.firstChild; c !== null; c = c.nextSibling) out += innerText(c);
  return out;
}
