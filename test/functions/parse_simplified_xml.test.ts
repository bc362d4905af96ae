import { ParseSimplifiedXML } from '../../src/functions/parse_simplified_xml.js';
import { m } from './call.js';
import { runXmlCases } from './xml-support.js';

runXmlCases(ParseSimplifiedXML, [
  { name: 'ignore declaration (conformance)', document: '<?xml version="1.0" encoding="UTF-8"?><a>b</a>', want: m({ a: 'b' }) },
  { name: 'empty element cascade (conformance)', document: '<a><b><c/></b><d>2</d></a>', want: m({ a: m({ d: '2' }) }) },
  { name: 'empty element forces slice (conformance)', document: '<a><b>3</b><b/></a>', want: m({ a: m({ b: ['3'] }) }) },
  { name: 'single leaf', document: '<a>b</a>', want: m({ a: 'b' }) },
  { name: 'attributes are ignored', document: '<a foo="bar">b</a>', want: m({ a: 'b' }) },
  { name: 'repeated elements become a slice', document: '<a><b>1</b><b>2</b><c>3</c></a>', want: m({ a: m({ b: ['1', '2'], c: '3' }) }) },
  { name: 'slice of maps', document: '<a><b><c>1</c></b><b><c>2</c></b></a>', want: m({ a: m({ b: [m({ c: '1' }), m({ c: '2' })] }) }) },
  { name: 'text mixed with elements is dropped', document: '<a>hello<b>1</b></a>', want: m({ a: m({ b: '1' }) }) },
  { name: 'CDATA is a value', document: '<a><![CDATA[<x>]]></a>', want: m({ a: '<x>' }) },
  { name: 'white space is kept', document: '<a> b </a>', want: m({ a: ' b ' }) },
  { name: 'comments are skipped', document: '<a><!--c-->b</a>', want: m({ a: 'b' }) },
  { name: 'multiple roots', document: '<a>1</a><b>2</b>', want: m({ a: '1', b: '2' }) },
  { name: 'empty document', document: '', want: new Map() },
  { name: 'unicode', document: '<名前>値</名前>', want: m({ 名前: '値' }) },
  { name: 'invalid XML', document: '<a>', error: 'parse xml' },
]);
