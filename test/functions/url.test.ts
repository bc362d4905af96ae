import { describe, expect, it } from 'vitest';

import { URL } from '../../src/functions/url.js';
import { newLogRecord } from '../../src/core/model.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { evalContext } from '../../src/testing/index.js';
import type { Value } from '../../src/core/values/types.js';
import { constant } from '../support/getters.js';
import { call } from './call.js';

const cases: { name: string; input: string; want?: Record<string, Value>; error?: string }[] = [
  {
    name: 'complete example',
    input: 'http://myusername:mypassword@www.example.com:80/foo.gif?key1=val1&key2=val2#fragment',
    want: {
      'url.path': '/foo.gif',
      'url.fragment': 'fragment',
      'url.extension': 'gif',
      'url.password': 'mypassword',
      'url.original': 'http://myusername:mypassword@www.example.com:80/foo.gif?key1=val1&key2=val2#fragment',
      'url.scheme': 'http',
      'url.port': 80n,
      'url.user_info': 'myusername:mypassword',
      'url.domain': 'www.example.com',
      'url.query': 'key1=val1&key2=val2',
      'url.username': 'myusername',
    },
  },
  {
    name: 'simple example (conformance)',
    input: 'http://www.example.com',
    want: { 'url.original': 'http://www.example.com', 'url.scheme': 'http', 'url.domain': 'www.example.com', 'url.path': '' },
  },
  {
    name: 'custom port',
    input: 'http://www.example.com:77',
    want: { 'url.original': 'http://www.example.com:77', 'url.scheme': 'http', 'url.domain': 'www.example.com', 'url.path': '', 'url.port': 77n },
  },
  {
    name: 'file',
    input: 'http://www.example.com:77/file.png',
    want: {
      'url.original': 'http://www.example.com:77/file.png',
      'url.scheme': 'http',
      'url.domain': 'www.example.com',
      'url.path': '/file.png',
      'url.port': 77n,
      'url.extension': 'png',
    },
  },
  {
    name: 'fragment',
    input: 'http://www.example.com:77/foo#bar',
    want: { 'url.original': 'http://www.example.com:77/foo#bar', 'url.scheme': 'http', 'url.domain': 'www.example.com', 'url.path': '/foo', 'url.port': 77n, 'url.fragment': 'bar' },
  },
  {
    name: 'query example',
    input: 'https://www.example.com:77/foo?key=val',
    want: { 'url.original': 'https://www.example.com:77/foo?key=val', 'url.scheme': 'https', 'url.domain': 'www.example.com', 'url.path': '/foo', 'url.port': 77n, 'url.query': 'key=val' },
  },
  {
    name: 'user info',
    input: 'https://user:pw@www.example.com:77/foo',
    want: {
      'url.original': 'https://user:pw@www.example.com:77/foo',
      'url.scheme': 'https',
      'url.domain': 'www.example.com',
      'url.path': '/foo',
      'url.port': 77n,
      'url.user_info': 'user:pw',
      'url.username': 'user',
      'url.password': 'pw',
    },
  },
  {
    name: 'user info - no password',
    input: 'https://user:@www.example.com:77/foo',
    want: {
      'url.original': 'https://user:@www.example.com:77/foo',
      'url.scheme': 'https',
      'url.domain': 'www.example.com',
      'url.path': '/foo',
      'url.port': 77n,
      'url.user_info': 'user:',
      'url.username': 'user',
      'url.password': '',
    },
  },
  {
    name: 'non-http scheme: ftp (conformance)',
    input: 'ftp://ftp.is.co.za/rfc/rfc1808.txt',
    want: { 'url.original': 'ftp://ftp.is.co.za/rfc/rfc1808.txt', 'url.scheme': 'ftp', 'url.path': '/rfc/rfc1808.txt', 'url.extension': 'txt', 'url.domain': 'ftp.is.co.za' },
  },
  {
    name: 'non-http scheme: telnet (conformance)',
    input: 'telnet://192.0.2.16:80/',
    want: { 'url.original': 'telnet://192.0.2.16:80/', 'url.scheme': 'telnet', 'url.path': '/', 'url.port': 80n, 'url.domain': '192.0.2.16' },
  },
  {
    name: 'escaped path is decoded; original keeps the raw escaping',
    input: 'HTTP://Example.com/a%20b/%7Efile.tar.gz',
    want: {
      'url.original': 'http://Example.com/a%20b/%7Efile.tar.gz',
      'url.scheme': 'http',
      'url.domain': 'Example.com',
      'url.path': '/a b/~file.tar.gz',
      'url.extension': 'gz',
    },
  },
  {
    name: 'IPv6 host',
    input: 'http://[::1]:8080/x',
    want: { 'url.original': 'http://[::1]:8080/x', 'url.scheme': 'http', 'url.domain': '::1', 'url.path': '/x', 'url.port': 8080n },
  },
  {
    name: 'opaque URL',
    input: 'mailto:someone@example.com',
    want: { 'url.original': 'mailto:someone@example.com', 'url.scheme': 'mailto', 'url.domain': '', 'url.path': '' },
  },
  {
    name: 'relative path',
    input: '/just/a/path.json?x=1',
    want: { 'url.original': '/just/a/path.json?x=1', 'url.scheme': '', 'url.domain': '', 'url.path': '/just/a/path.json', 'url.query': 'x=1', 'url.extension': 'json' },
  },
  {
    name: 'unicode path is percent-encoded in original',
    input: 'https://example.com/café',
    want: { 'url.original': 'https://example.com/caf%C3%A9', 'url.scheme': 'https', 'url.domain': 'example.com', 'url.path': '/café' },
  },
  { name: 'empty string', input: '', error: 'url cannot be empty' },
  { name: 'missing scheme', input: '://x', error: 'parse "://x": missing protocol scheme' },
  { name: 'bad port', input: 'http://host:port/', error: 'invalid port ":port" after host' },
  { name: 'bad escape', input: 'http://host/%zz', error: 'invalid URL escape "%zz"' },
  { name: 'control character', input: 'http://host/\u0001', error: 'net/url: invalid control character in URL' },
];

describe('URL', () => {
  it.each(cases)('$name', ({ input, want, error }) => {
    const run = () => call(URL, { u_r_i: constant(input) });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toEqual(new Map(Object.entries(want ?? {})));
  });
});

describe('URL through the compiler', () => {
  const compile = (stmt: string) => compileStatements([stmt], { context: 'log' });
  const runOn = (stmt: string, body: Value) => {
    const record = newLogRecord();
    record.body = body;
    compile(stmt).execute(evalContext({ log: record }));
    return record;
  };
  it('parses a positional argument', () => {
    const record = runOn('set(log.attributes["u"], URL(log.body))', 'https://example.com/a.txt');
    expect((record.attributes.get('u') as Map<string, Value>).get('url.extension')).toBe('txt');
  });
  // The reference matches a named argument with FieldByName(strcase.ToCamel(name)); for the field
  // URI only `u_r_i` maps there (strcase turns `uri` and `URI` into `Uri`).
  it('accepts the named form u_r_i', () => {
    const record = runOn('set(log.attributes["u"], URL(u_r_i = log.body))', 'http://h/x');
    expect((record.attributes.get('u') as Map<string, Value>).get('url.domain')).toBe('h');
  });
  it('rejects uri as a name, as the reference does', () => {
    expect(() => compile('set(log.attributes["u"], URL(uri = log.body))')).toThrow(/uri/);
  });
  // StringGetter: a non-string is an error, not a conversion.
  it.each([
    [null, 'expected string but got nil'],
    [5n, 'expected string but got int64'],
  ])('body %s fails', (body, message) => {
    expect(() => runOn('set(log.attributes["u"], URL(log.body))', body)).toThrow(message);
  });
});
