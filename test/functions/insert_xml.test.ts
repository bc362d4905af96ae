import { describe, expect, it } from 'vitest';

import { InsertXML } from '../../src/functions/insert_xml.js';
import { constant } from '../support/getters.js';
import { runXmlCases } from './xml-support.js';
import { compile } from './call.js';
import { compileErrorOf, runOnLog } from './statement-support.js';

const x = (xpath: string, sub: string) => ({ x_path: xpath, sub_document: constant(sub) });

runXmlCases(InsertXML, [
  { name: 'add single element', document: '<a></a>', args: x('/a', '<b/>'), want: '<a><b></b></a>' },
  { name: 'add single element to multiple matches', document: '<a></a><a></a>', args: x('/a', '<b/>'), want: '<a><b></b></a><a><b></b></a>' },
  { name: 'add single element at multiple levels', document: '<a></a><z><a></a></z>', args: x('//a', '<b/>'), want: '<a><b></b></a><z><a><b></b></a></z>' },
  { name: 'add multiple elements at root (conformance)', document: '<a></a>', args: x('/', '<b/><c/>'), want: '<a></a><b></b><c></c>' },
  { name: 'add multiple elements to other element', document: '<a></a>', args: x('/a', '<b/><c/>'), want: '<a><b></b><c></c></a>' },
  { name: 'add multiple elements to multiple elements', document: '<a></a><a></a>', args: x('/a', '<b/><c/>'), want: '<a><b></b><c></c></a><a><b></b><c></c></a>' },
  {
    name: 'add multiple elements at multiple levels',
    document: '<a></a><z><a></a></z>',
    args: x('//a', '<b/><c/>'),
    want: '<a><b></b><c></c></a><z><a><b></b><c></c></a></z>',
  },
  {
    name: 'add rich doc',
    document: '<a></a>',
    args: x('/a', '<x foo="bar"><b>text</b><c><d><e>1</e><e><![CDATA[two]]></e></d></c></x>'),
    want: '<a><x foo="bar"><b>text</b><c><d><e>1</e><e><![CDATA[two]]></e></d></c></x></a>',
  },
  { name: 'add root element to empty document', document: '', args: x('/', '<a/>'), want: '<a></a>' },
  { name: 'add root element to non-empty document', document: '<a></a>', args: x('/', '<a/>'), want: '<a></a><a></a>' },
  { name: 'err on attribute', document: '<a foo="bar"></a>', args: x('/a/@foo', '<b/>'), error: 'InsertXML XPath selected non-element: "foo"' },
  { name: 'err on text content', document: '<a>foo</a>', args: x('/a/text()', '<b/>'), error: 'InsertXML XPath selected non-element: "foo"' },
  {
    name: 'insert missing elements',
    document: '<a><b>has b</b></a><a></a><a><b>also has b</b></a>',
    args: x('//a[not(b)]', '<b></b>'),
    want: '<a><b>has b</b></a><a><b></b></a><a><b>also has b</b></a>',
  },
  { name: 'invalid sub document', document: '<a/>', args: x('/', '<a>>>>>>>'), error: 'parse xml' },
]);

it('InsertXML rejects an invalid XPath at compile time', () => {
  expect(() => compile(InsertXML, { target: constant(''), x_path: '!', sub_document: constant('') })).toThrow('invalid xpath');
});

describe('InsertXML through the compiler', () => {
  it('takes x_path and sub_document by name (Go fields XPath, SubDocument)', () => {
    const attrs = runOnLog('set(log.attributes["out"], InsertXML(log.attributes["doc"], sub_document = "<c/>", x_path = "/a"))', {
      attributes: { doc: '<a><b/></a>' },
    });
    expect(attrs.get('out')).toBe('<a><b></b><c></c></a>');
  });

  it('rejects `xpath =`', () => {
    expect(compileErrorOf('set(log.attributes["out"], InsertXML("<a/>", xpath = "/a", sub_document = "<c/>"))')).toMatch(/xpath/);
  });
});
