import { expect, it } from 'vitest';

import { RemoveXML } from '../../src/functions/remove_xml.js';
import { newLogRecord } from '../../src/core/model.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { evalContext } from '../../src/testing/index.js';
import { constant } from '../support/getters.js';
import { runXmlCases } from './xml-support.js';
import { compile } from './call.js';

const x = (xpath: string) => ({ x_path: xpath });

runXmlCases(RemoveXML, [
  { name: 'remove single element', document: '<a><b/></a>', args: x('/a/b'), want: '<a></a>' },
  { name: 'remove multiple element', document: '<a><b/><b/></a>', args: x('/a/b'), want: '<a></a>' },
  { name: 'remove multiple element with children', document: '<a><b/><b><c/></b></a>', args: x('/a/b'), want: '<a></a>' },
  { name: 'remove multiple element various depths', document: '<a><b/><b/><c><b><d/></b></c></a>', args: x('/a//b'), want: '<a><c></c></a>' },
  { name: 'remove attribute', document: '<a foo="bar"/>', args: x('/a/@foo'), want: '<a></a>' },
  { name: 'remove element with attribute', document: '<a><b foo="bar"/><b foo="notbar"/></a>', args: x("/a/b[@foo='bar']"), want: '<a><b foo="notbar"></b></a>' },
  { name: 'remove attributes from multiple nodes', document: '<a><b foo="bar"/><c foo="bar"/></a>', args: x('//@foo'), want: '<a><b></b><c></c></a>' },
  {
    name: 'remove multiple attributes from single node',
    document: '<a><b foo="bar" hello="world" keep="this"/></a>',
    args: x("//@*[local-name() != 'keep']"),
    want: '<a><b keep="this"></b></a>',
  },
  { name: 'remove text (conformance)', document: '<a>delete this</a>', args: x("//text()['*delete*']"), want: '<a></a>' },
  { name: 'remove comments', document: '<a><b><c><!-- delete this --></c><!-- this too--></b></a>', args: x('//comment()'), want: '<a><b><c></c></b></a>' },
  {
    name: 'remove CDATA',
    document: '<a><b><![CDATA[text content possibly containing literal <or &characters ]]></b></a>',
    args: x("//text()['<![CDATA[*']"),
    want: '<a><b></b></a>',
  },
  {
    name: 'preserve declaration',
    document: '<?xml version="1.0" encoding="UTF-8"?><a>delete this</a>',
    args: x("//text()['*delete*']"),
    want: '<?xml version="1.0" encoding="UTF-8"?><a></a>',
  },
  { name: 'ignore empty', document: '', args: x('/'), want: '' },
  { name: 'conformance: remove element keeps siblings', document: '<Log id="1"><Message>This is a log message!</Message></Log>', args: x('/Log/Message'), want: '<Log id="1"></Log>' },
  { name: 'whitespace text is kept', document: '<a>\n  <b/>\n</a>', args: x('//b'), want: '<a>\n  \n</a>' },
  { name: 'invalid XML', document: '<a>>>>>>>', args: x('/'), error: 'parse xml' },
]);

it('RemoveXML rejects an invalid XPath at compile time', () => {
  expect(() => compile(RemoveXML, { target: constant(''), x_path: '!' })).toThrow('invalid xpath');
});

// Named arguments match the Go field in CamelCase: the reference's field is `XPath`, so the name is
// `x_path` (`xpath` would be `Xpath` and is not accepted).
it('statement: RemoveXML with a named x_path argument', () => {
  const log = newLogRecord();
  log.body = '<a><b>1</b><c/></a>';
  compileStatements(['set(log.body, RemoveXML(log.body, x_path="/a/b"))'], { context: 'log' }).execute(evalContext({ log }));
  expect(log.body).toBe('<a><c></c></a>');
  expect(() => compileStatements(['set(log.body, RemoveXML(log.body, xpath="/a/b"))'], { context: 'log' })).toThrow('xpath');
});
