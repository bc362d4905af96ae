import { describe, expect, it } from 'vitest';
import { parseCLF } from '../../../src/functions/processors/parse_clf.js';
import { ArgumentError } from '../../../src/functions/signature.js';
import { EvalContext } from '../../../src/core/eval-context.js';
import type { Value } from '../../../src/core/values/types.js';

function parse(input: string, format?: string): Value {
  return parseCLF.create({ target: () => input, format }, { context: 'log' })(new EvalContext());
}

const request = (req: string, method: string, uri: string, protocol: string) => ({ request: req, method, request_uri: uri, protocol });

describe('ParseCLF', () => {
  const cases: { name: string; input: string; format?: string; want: Record<string, Value> }[] = [
    {
      name: 'canonical example from the W3C spec',
      input: '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
      want: { remote_host: '127.0.0.1', rfc931: '-', authuser: 'frank', timestamp: '10/Oct/2000:13:55:36 -0700', ...request('GET /apache_pb.gif HTTP/1.0', 'GET', '/apache_pb.gif', 'HTTP/1.0'), status: 200n, bytes: 2326n },
    },
    {
      name: 'all dashes for unknown fields',
      input: '- - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200 0',
      want: { remote_host: '-', rfc931: '-', authuser: '-', timestamp: '10/Oct/2000:13:55:36 -0700', ...request('GET / HTTP/1.1', 'GET', '/', 'HTTP/1.1'), status: 200n, bytes: 0n },
    },
    {
      name: 'bytes is dash',
      input: '192.168.1.1 - - [10/Oct/2000:13:55:36 -0700] "GET /redirect HTTP/1.1" 304 -',
      want: { remote_host: '192.168.1.1', rfc931: '-', authuser: '-', timestamp: '10/Oct/2000:13:55:36 -0700', ...request('GET /redirect HTTP/1.1', 'GET', '/redirect', 'HTTP/1.1'), status: 304n },
    },
    {
      name: 'IPv6 remote host',
      input: '2001:db8::1 - - [10/Oct/2000:13:55:36 -0700] "POST /api/v1/users HTTP/1.1" 201 512',
      want: { remote_host: '2001:db8::1', rfc931: '-', authuser: '-', timestamp: '10/Oct/2000:13:55:36 -0700', ...request('POST /api/v1/users HTTP/1.1', 'POST', '/api/v1/users', 'HTTP/1.1'), status: 201n, bytes: 512n },
    },
    {
      name: 'leading and trailing whitespace tolerated',
      input: '   127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200 42   ',
      want: { remote_host: '127.0.0.1', rfc931: '-', authuser: '-', timestamp: '10/Oct/2000:13:55:36 -0700', ...request('GET / HTTP/1.1', 'GET', '/', 'HTTP/1.1'), status: 200n, bytes: 42n },
    },
    {
      name: 'malformed request line is kept but not split',
      input: '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "MALFORMED" 400 0',
      want: { remote_host: '127.0.0.1', rfc931: '-', authuser: '-', timestamp: '10/Oct/2000:13:55:36 -0700', request: 'MALFORMED', status: 400n, bytes: 0n },
    },
    {
      name: 'empty request line',
      input: '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "" 408 0',
      want: { remote_host: '127.0.0.1', rfc931: '-', authuser: '-', timestamp: '10/Oct/2000:13:55:36 -0700', request: '', status: 408n, bytes: 0n },
    },
    {
      name: 'large byte counts',
      input: '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /download HTTP/1.1" 200 4294967296',
      want: { remote_host: '127.0.0.1', rfc931: '-', authuser: '-', timestamp: '10/Oct/2000:13:55:36 -0700', ...request('GET /download HTTP/1.1', 'GET', '/download', 'HTTP/1.1'), status: 200n, bytes: 4294967296n },
    },
    {
      name: 'escaped quote and hex escapes in the request',
      input: String.raw`1.2.3.4 - - [d] "GET /a\"b\x41\\ HTTP/1.1" 200 1`,
      want: { remote_host: '1.2.3.4', rfc931: '-', authuser: '-', timestamp: 'd', ...request('GET /a"bA\\ HTTP/1.1', 'GET', '/a"bA\\', 'HTTP/1.1'), status: 200n, bytes: 1n },
    },
    {
      name: 'combined format',
      input: '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326 "http://www.example.com/start.html" "Mozilla/4.08 [en] (Win98; I ;Nav)"',
      format: 'combined',
      want: {
        remote_host: '127.0.0.1',
        rfc931: '-',
        authuser: 'frank',
        timestamp: '10/Oct/2000:13:55:36 -0700',
        ...request('GET /apache_pb.gif HTTP/1.0', 'GET', '/apache_pb.gif', 'HTTP/1.0'),
        status: 200n,
        bytes: 2326n,
        referer: 'http://www.example.com/start.html',
        user_agent: 'Mozilla/4.08 [en] (Win98; I ;Nav)',
      },
    },
    {
      name: 'combined with dash referer and empty user agent',
      input: '192.168.1.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 304 - "-" ""',
      format: 'combined',
      want: { remote_host: '192.168.1.1', rfc931: '-', authuser: '-', timestamp: '10/Oct/2000:13:55:36 -0700', ...request('GET / HTTP/1.1', 'GET', '/', 'HTTP/1.1'), status: 304n, referer: '-', user_agent: '' },
    },
  ];
  it.each(cases)('$name', ({ input, format, want }) => {
    expect(parse(input, format)).toEqual(new Map(Object.entries(want)));
  });

  it.each([
    ['plain text', 'this is not a CLF message', undefined, 'does not match expected'],
    ['missing brackets', '127.0.0.1 - - 10/Oct/2000:13:55:36 -0700 "GET / HTTP/1.1" 200 42', undefined, 'does not match expected'],
    ['missing quotes', '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] GET / HTTP/1.1 200 42', undefined, 'does not match expected'],
    ['non-numeric status', '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" OK 42', undefined, 'invalid status code "OK": strconv.ParseInt: parsing "OK": invalid syntax'],
    ['non-numeric bytes', '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200 lots', undefined, 'invalid bytes value'],
    ['too few fields', '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET / HTTP/1.1" 200', undefined, 'does not match expected'],
    ['combined line in clf format', '127.0.0.1 - - [x] "GET / HTTP/1.1" 200 42 "-" "curl/8.0"', undefined, 'does not match expected "clf" format'],
    ['clf line in combined format', '127.0.0.1 - - [x] "GET / HTTP/1.1" 200 42', 'combined', 'does not match expected "combined" format'],
    ['empty', '', undefined, 'cannot parse empty CLF message'],
  ])('error: %s', (_name, input, format, message) => {
    expect(() => parse(input, format)).toThrow(message);
  });

  it('rejects an unknown format at compile time', () => {
    expect(() => parseCLF.create({ target: () => '', format: 'common' }, { context: 'log' })).toThrow(
      new ArgumentError('format', 'invalid format "common": must be "clf" or "combined"'),
    );
  });
});
