/** Request metadata from HTTP headers and gRPC metadata, as the collector's `include_metadata` builds it. */
import { describe, expect, it } from 'vitest';
import { grpcMetadata, httpMetadata } from '../../src/server/request-metadata.js';

describe('httpMetadata', () => {
  it('keeps every header line as a value, keeps host, drops transfer-encoding (as Go does)', () => {
    const md = httpMetadata({ headersDistinct: { host: ['gw:4318'], 'x-tenant': ['a', 'b, c'], 'transfer-encoding': ['chunked'] } });
    expect([...md]).toEqual([
      ['host', ['gw:4318']],
      ['x-tenant', ['a', 'b, c']],
    ]);
  });
});

describe('grpcMetadata', () => {
  it('lower-cases keys, merges case variants, decodes -bin values, drops transport fields, adds the authority', () => {
    const md = grpcMetadata({ 'X-Tenant': ['a'], 'x-tenant': ['b'], 'trace-bin': [Buffer.from('héllo')], 'grpc-timeout': ['1S'], te: ['trailers'], 'user-agent': ['sdk'] }, 'gw:4317');
    expect(Object.fromEntries(md)).toEqual({
      'x-tenant': ['a', 'b'],
      'trace-bin': ['héllo'],
      'user-agent': ['sdk'],
      'content-type': ['application/grpc'],
      ':authority': ['gw:4317'],
      host: ['gw:4317'],
    });
  });

  it('keeps a host the client sent', () => {
    expect(grpcMetadata({ host: ['explicit'] }, 'gw:4317').get('host')).toEqual(['explicit']);
  });
});
