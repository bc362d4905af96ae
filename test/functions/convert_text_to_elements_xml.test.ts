import { describe, expect, it } from 'vitest';

import { ConvertTextToElementsXML } from '../../src/functions/convert_text_to_elements_xml.js';
import { constant } from '../support/getters.js';
import { call, compile } from './call.js';
import { compileErrorOf, runOnLog } from './statement-support.js';
import { runXmlCases } from './xml-support.js';

runXmlCases(ConvertTextToElementsXML, [
  { name: 'nop', document: '<a><b/></a>', want: '<a><b></b></a>' },
  { name: 'nop declaration', document: '<?xml version="1.0" encoding="UTF-8"?><a><b/></a>', want: '<?xml version="1.0" encoding="UTF-8"?><a><b></b></a>' },
  { name: 'nop attributes', document: '<a foo="bar" hello="world"/>', want: '<a foo="bar" hello="world"></a>' },
  { name: 'nop wrapped text (conformance)', document: '<a>hello world</a>', want: '<a>hello world</a>' },
  { name: 'simple hanging', document: '<a><b/>foo</a>', want: '<a><b></b><value>foo</value></a>' },
  { name: 'simple hanging with tag name', document: '<a><b/>foo</a>', args: { element_name: 'bar' }, want: '<a><b></b><bar>foo</bar></a>' },
  { name: 'multiple hanging same level (conformance)', document: '<a>foo<b/>bar</a>', want: '<a><value>foo</value><b></b><value>bar</value></a>' },
  {
    name: 'multiple hanging multiple levels',
    document: '<a>foo<b/>bar<c/>1<d>not</d>2<e><f/><f/></e></a>',
    args: { element_name: 'v' },
    want: '<a><v>foo</v><b></b><v>bar</v><c></c><v>1</v><d>not</d><v>2</v><e><f></f><f></f></e></a>',
  },
  {
    name: 'xpath select some',
    document: '<a><b><c/>foo</b><d><c/>bar</d><b><c/>baz</b></a>',
    args: { x_path: '/a/b' },
    want: '<a><b><c></c><value>foo</value></b><d><c></c>bar</d><b><c></c><value>baz</value></b></a>',
  },
  {
    name: 'xpath with element name',
    document: '<a><b><c/>foo</b><d><c/>bar</d><b><c/>baz</b></a>',
    args: { x_path: '/a/b', element_name: 'V' },
    want: '<a><b><c></c><V>foo</V></b><d><c></c>bar</d><b><c></c><V>baz</V></b></a>',
  },
  { name: 'empty arguments mean defaults', document: '<a><b/>foo</a>', args: { x_path: '', element_name: '' }, want: '<a><b></b><value>foo</value></a>' },
  { name: 'escaped text stays escaped', document: '<a><b/>1 &lt; 2</a>', want: '<a><b></b><value>1 &lt; 2</value></a>' },
  { name: 'invalid XML', document: '<a>>>>>>>', error: 'parse xml' },
]);

it('ConvertTextToElementsXML rejects nesting deeper than 10000', () => {
  const depth = 10_002;
  const doc = '<a>'.repeat(depth) + '</a>'.repeat(depth);
  expect(() => call(ConvertTextToElementsXML, { target: constant(doc) })).toThrow('exceeded maximum XML nesting depth');
});

it('ConvertTextToElementsXML rejects an invalid XPath at compile time', () => {
  expect(() => compile(ConvertTextToElementsXML, { target: constant(''), x_path: '!' })).toThrow('invalid xpath');
});

describe('ConvertTextToElementsXML through the compiler', () => {
  it('takes x_path and element_name by name', () => {
    const attrs = runOnLog('set(log.attributes["out"], ConvertTextToElementsXML(log.attributes["doc"], element_name = "v", x_path = "/a"))', {
      attributes: { doc: '<a>foo<b/></a>' },
    });
    expect(attrs.get('out')).toBe('<a><v>foo</v><b></b></a>');
  });

  it('rejects `xpath =`', () => {
    expect(compileErrorOf('set(log.attributes["out"], ConvertTextToElementsXML("<a/>", xpath = "/"))')).toMatch(/xpath/);
  });
});
