import { expect, it } from 'vitest';

import { ParseXML } from '../../src/functions/parse_xml.js';
import { constant } from '../support/getters.js';
import { call, m } from './call.js';
import { runXmlCases } from './xml-support.js';

runXmlCases(ParseXML, [
  { name: 'document with text', document: '<Log>Log content</Log>', want: m({ tag: 'Log', content: 'Log content' }) },
  { name: 'attributes', document: '<Log id="1" level="info"/>', want: m({ tag: 'Log', attributes: m({ id: '1', level: 'info' }) }) },
  {
    name: 'children in order',
    document: '<Log><User><ID>00001</ID></User><Text>x</Text></Log>',
    want: m({ tag: 'Log', children: [m({ tag: 'User', children: [m({ tag: 'ID', content: '00001' })] }), m({ tag: 'Text', content: 'x' })] }),
  },
  { name: 'text runs are trimmed and joined', document: '<a>\n  hello <b/>  world\n</a>', want: m({ tag: 'a', content: 'helloworld', children: [m({ tag: 'b' })] }) },
  { name: 'CDATA is content', document: '<a><![CDATA[ x ]]></a>', want: m({ tag: 'a', content: 'x' }) },
  { name: 'declaration, comments and PIs are ignored', document: '<?xml version="1.0"?><!--c--><a><?pi x?>t<!--d--></a>', want: m({ tag: 'a', content: 't' }) },
  { name: 'namespace prefixes are dropped', document: '<ns:a xmlns:ns="urn:x" ns:k="v"/>', want: m({ tag: 'a', attributes: m({ ns: 'urn:x', k: 'v' }) }) },
  { name: 'entities are decoded', document: '<a k="&lt;">&amp;&#65;</a>', want: m({ tag: 'a', content: '&A', attributes: m({ k: '<' }) }) },
  { name: 'trailing bytes', document: '<a/><b/>', error: 'trailing bytes after parsing xml' },
  { name: 'trailing space', document: '<a/> ', error: 'trailing bytes after parsing xml' },
  { name: 'empty input', document: '', error: 'unmarshal xml: EOF' },
  { name: 'unclosed element', document: '<a><b></a>', error: 'unmarshal xml: XML syntax error on line 1: element <b> closed by </a>' },
]);

it('ParseXML rejects nesting deeper than 10000', () => {
  const depth = 10_001;
  expect(() => call(ParseXML, { target: constant('<a>'.repeat(depth) + '</a>'.repeat(depth)) })).toThrow('nesting depth');
});
