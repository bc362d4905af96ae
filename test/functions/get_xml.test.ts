import { describe, expect, it } from 'vitest';

import { GetXML } from '../../src/functions/get_xml.js';
import { constant } from '../support/getters.js';
import { runXmlCases } from './xml-support.js';
import { compile } from './call.js';
import { compileErrorOf, runOnLog } from './statement-support.js';

const x = (xpath: string) => ({ x_path: xpath });

runXmlCases(GetXML, [
  { name: 'get single element', document: '<a><b/></a>', args: x('/a/b'), want: '<b></b>' },
  { name: 'get single complex element', document: '<a foo="bar"><b>hello</b></a>', args: x('/a'), want: '<a foo="bar"><b>hello</b></a>' },
  { name: 'uniform elements from same parent', document: '<a><b>hello</b><b>world</b></a>', args: x('/a/b'), want: '<b>hello</b><b>world</b>' },
  {
    name: 'nonuniform elements from same parent',
    document: '<a><b>hello</b><b><c>world</c></b><d/></a>',
    args: x('/a/*'),
    want: '<b>hello</b><b><c>world</c></b><d></d>',
  },
  { name: 'elements from various places', document: '<a><x>1</x><b><x>2</x></b><d><e><f><x>3</x></f></e></d></a>', args: x('/a//x'), want: '<x>1</x><x>2</x><x>3</x>' },
  {
    name: 'filtered elements from various places',
    document: '<a><x env="prod">1</x><b><x env="dev">2</x></b><d><e><f><x env="prod">3</x></f></e></d></a>',
    args: x("/a//x[@env='prod']"),
    want: '<x env="prod">1</x><x env="prod">3</x>',
  },
  { name: 'ignore empty', document: '', args: x('/'), want: '' },
  { name: 'ignore declaration', document: '<?xml version="1.0" encoding="UTF-8"?><a></a>', args: x('/*'), want: '<a></a>' },
  { name: 'ignore comments', document: '<!-- comment --><a></a><!-- comment -->', args: x('/*'), want: '<a></a>' },
  { name: 'attribute selection (conformance)', document: '<a foo="bar"></a>', args: x('/a/@foo'), want: 'bar' },
  { name: 'text selection', document: '<a>hello</a>', args: x('/a/text()'), want: 'hello' },
  { name: 'chardata selection', document: '<a><![CDATA[hello]]></a>', args: x('/a/text()'), want: 'hello' },
  { name: 'entities are re-escaped the Go way', document: `<a t="&quot;q&apos;">x &amp; &lt;y&gt;</a>`, args: x('/a'), want: '<a t="&#34;q&#39;">x &amp; &lt;y&gt;</a>' },
  { name: 'unicode text', document: '<a>héllo 世界</a>', args: x('/a/text()'), want: 'héllo 世界' },
  { name: 'nothing selected', document: '<a/>', args: x('/b'), want: '' },
  { name: 'invalid XML', document: '<a>>>>>>>', args: x('/'), error: 'parse xml: XML syntax error on line 1: unexpected EOF' },
  { name: 'mismatched tags', document: '<a><b></a>', args: x('/'), error: 'element <b> closed by </a>' },
  { name: 'unknown entity', document: '<a>&nbsp;</a>', args: x('/'), error: 'invalid character entity &nbsp;' },
]);

it('GetXML rejects an invalid XPath at compile time', () => {
  expect(() => compile(GetXML, { target: constant(''), x_path: '!' })).toThrow('invalid xpath');
});

describe('GetXML through the compiler', () => {
  it('names its XPath parameter x_path, as strcase.ToCamel reaches the Go field XPath', () => {
    const attrs = runOnLog('set(log.attributes["out"], GetXML(log.attributes["doc"], x_path = "/a/b"))', {
      attributes: { doc: '<a><b>1</b><c/></a>' },
    });
    expect(attrs.get('out')).toBe('<b>1</b>');
  });

  it('rejects `xpath =` (the reference has no parameter whose CamelCase is Xpath)', () => {
    expect(compileErrorOf('set(log.attributes["out"], GetXML("<a/>", xpath = "/a"))')).toMatch(/xpath/);
  });
});
