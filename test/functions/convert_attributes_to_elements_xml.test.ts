import { describe, expect, it } from 'vitest';

import { ConvertAttributesToElementsXML } from '../../src/functions/convert_attributes_to_elements_xml.js';
import { constant } from '../support/getters.js';
import { runXmlCases } from './xml-support.js';
import { compile } from './call.js';
import { compileErrorOf, runOnLog } from './statement-support.js';

runXmlCases(ConvertAttributesToElementsXML, [
  { name: 'nop', document: '<a><b/></a>', want: '<a><b></b></a>' },
  { name: 'nop declaration', document: '<?xml version="1.0" encoding="UTF-8"?><a><b/></a>', want: '<?xml version="1.0" encoding="UTF-8"?><a><b></b></a>' },
  { name: 'single attribute', document: '<a foo="bar"/>', want: '<a><foo>bar</foo></a>' },
  { name: 'multiple attributes - order 1', document: '<a foo="bar" hello="world"/>', want: '<a><foo>bar</foo><hello>world</hello></a>' },
  { name: 'multiple attributes - order 2', document: '<a hello="world" foo="bar"/>', want: '<a><hello>world</hello><foo>bar</foo></a>' },
  { name: 'with child elements', document: '<a hello="world" foo="bar"><b/><c/><b/></a>', want: '<a><b></b><c></c><b></b><hello>world</hello><foo>bar</foo></a>' },
  { name: 'with child value (conformance)', document: '<a hello="world" foo="bar">free value</a>', want: '<a>free value<hello>world</hello><foo>bar</foo></a>' },
  {
    name: 'with child elements and values',
    document: '<a hello="world" foo="bar">free value<b/>2<c/></a>',
    want: '<a>free value<b></b>2<c></c><hello>world</hello><foo>bar</foo></a>',
  },
  {
    name: 'multiple levels (conformance)',
    document: '<a hello="world" foo="bar"><b href="www.example.com"></b></a>',
    want: '<a><b><href>www.example.com</href></b><hello>world</hello><foo>bar</foo></a>',
  },
  {
    name: 'xpath filtered',
    document: '<a hello="world" foo="bar"><b href="www.example.com"></b></a>',
    args: { x_path: '/a/b/@*' },
    want: '<a hello="world" foo="bar"><b><href>www.example.com</href></b></a>',
  },
  {
    name: 'attributes found with non-attributes xpath',
    document: '<a hello="world" foo="bar"><b href="www.example.com"></b></a>',
    args: { x_path: '/a/b' },
    want: '<a hello="world" foo="bar"><b href="www.example.com"></b></a>',
  },
  { name: 'escaped values', document: '<a q="&quot;x&amp;y&quot;"/>', want: '<a><q>&#34;x&amp;y&#34;</q></a>' },
  { name: 'invalid XML', document: '<a>>>>>>>', error: 'parse xml' },
]);

it('ConvertAttributesToElementsXML rejects an invalid XPath at compile time', () => {
  expect(() => compile(ConvertAttributesToElementsXML, { target: constant(''), x_path: '!' })).toThrow('invalid xpath');
});

describe('ConvertAttributesToElementsXML through the compiler', () => {
  it('takes the optional XPath as x_path', () => {
    const attrs = runOnLog('set(log.attributes["out"], ConvertAttributesToElementsXML(log.attributes["doc"], x_path = "/a/b/@*"))', {
      attributes: { doc: '<a x="1"><b y="2"/></a>' },
    });
    expect(attrs.get('out')).toBe('<a x="1"><b><y>2</y></b></a>');
  });

  it('rejects `xpath =`', () => {
    expect(compileErrorOf('set(log.attributes["out"], ConvertAttributesToElementsXML("<a/>", xpath = "//@*"))')).toMatch(/xpath/);
  });
});
