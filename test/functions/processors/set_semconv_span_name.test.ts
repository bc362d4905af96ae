import { describe, expect, it } from 'vitest';
import { setSemconvSpanName } from '../../../src/functions/processors/set_semconv_span_name.js';
import { ArgumentError } from '../../../src/functions/signature.js';
import { newSpan, type Span } from '../../../src/core/model.js';
import { EvalContext } from '../../../src/core/eval-context.js';
import type { Value } from '../../../src/core/values/types.js';

const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;

function span(name: string, kind: number, attrs: Record<string, Value>): Span {
  return { ...newSpan(), name, kind, attributes: new Map(Object.entries(attrs)) };
}

function apply(s: Span, original?: string): Span {
  const ctx = new EvalContext();
  ctx.span = s;
  setSemconvSpanName.create({ semconv_version: '1.37.0', original_span_name_attribute: original }, { context: 'span' })(ctx);
  return s;
}

describe('set_semconv_span_name', () => {
  const cases: { name: string; current: string; kind: number; attrs: Record<string, Value>; want: string }[] = [
    { name: 'HTTP server: method and route', current: 'GET /users/123', kind: SERVER, attrs: { 'http.request.method': 'GET', 'http.route': '/users/:id' }, want: 'GET /users/:id' },
    { name: 'HTTP server: deprecated method and route', current: 'GET /users/123', kind: SERVER, attrs: { 'http.method': 'GET', 'http.route': '/users/:id' }, want: 'GET /users/:id' },
    { name: 'HTTP server: just method', current: 'GET /users/123', kind: SERVER, attrs: { 'http.request.method': 'GET' }, want: 'GET' },
    {
      name: 'HTTP server: next.js target is not a route',
      current: 'GET /app/workspaces/7?_rsc=hn5g2',
      kind: SERVER,
      attrs: { 'http.method': 'GET', 'next.span_name': 'GET /app/workspaces/7?_rsc=hn5g2', 'http.target': '/app/workspaces/7?_rsc=hn5g2', 'http.status': '200' },
      want: 'GET',
    },
    { name: 'HTTP client: method and url.template', current: 'GET /users/123', kind: CLIENT, attrs: { 'http.request.method': 'GET', 'url.template': '/users/:id' }, want: 'GET /users/:id' },
    { name: 'HTTP client: deprecated method', current: 'GET /users/123', kind: CLIENT, attrs: { 'http.method': 'GET' }, want: 'GET' },
    { name: 'HTTP client: route is not used on clients', current: 'x', kind: CLIENT, attrs: { 'http.method': 'GET', 'http.route': '/r' }, want: 'GET' },
    { name: 'client without semconv attributes keeps its name', current: 'GET /users/123', kind: CLIENT, attrs: { some_attribute: 'some_value' }, want: 'GET /users/123' },
    {
      name: 'DB: operation namespace.collection',
      current: 'INSERT webshop.orders',
      kind: CLIENT,
      attrs: { 'db.system.name': 'postgresql', 'db.namespace': 'webshop', 'db.operation.name': 'INSERT', 'db.collection.name': 'orders', 'db.query.text': 'insert into orders' },
      want: 'INSERT webshop.orders',
    },
    {
      name: 'DB: redis falls back to server.address',
      current: 'HGET',
      kind: CLIENT,
      attrs: { 'db.redis.database_index': 0n, 'db.statement': 'HGET x', 'db.system': 'redis', 'server.address': 'valkey-cart' },
      want: 'valkey-cart',
    },
    { name: 'DB: deprecated db.name', current: 'otel', kind: CLIENT, attrs: { 'db.system': 'postgresql', 'db.connection_id': 54n, 'db.name': 'otel' }, want: 'otel' },
    { name: 'DB: query summary wins', current: 'x', kind: CLIENT, attrs: { 'db.system.name': 'mysql', 'db.query.summary': 'SELECT users', 'db.operation.name': 'SELECT' }, want: 'SELECT users' },
    { name: 'DB: address with port', current: 'x', kind: CLIENT, attrs: { 'db.system.name': 'mysql', 'server.address': 'db', 'server.port': 3306n }, want: 'db:3306' },
    { name: 'DB: only the system', current: 'x', kind: CLIENT, attrs: { 'db.system.name': 'mysql' }, want: 'mysql' },
    { name: 'DB is not used on servers', current: 'x', kind: SERVER, attrs: { 'db.system.name': 'mysql' }, want: 'x' },
    {
      name: 'gRPC client: service/method',
      current: 'oteldemo.CartService/GetCart',
      kind: CLIENT,
      attrs: { 'rpc.grpc.status_code': 0n, 'rpc.grpc.method': 'GetCart', 'rpc.grpc.service': 'oteldemo.CartService', 'rpc.system': 'grpc', 'server.address': '127.18.0.18' },
      want: 'oteldemo.CartService/GetCart',
    },
    { name: 'gRPC server: service/method', current: 'a', kind: SERVER, attrs: { 'rpc.method': 'GetAds', 'rpc.service': 'oteldemo.AdService', 'rpc.system': 'grpc' }, want: 'oteldemo.AdService/GetAds' },
    { name: 'RPC: only service', current: 'a', kind: SERVER, attrs: { 'rpc.service': 'S', 'rpc.system': 'grpc' }, want: 'S/*' },
    { name: 'RPC: only system', current: 'a', kind: SERVER, attrs: { 'rpc.system': 'grpc' }, want: 'grpc' },
    {
      name: 'Kafka consumer: operation destination',
      current: 'orders receive',
      kind: CONSUMER,
      attrs: { 'messaging.client_id': 'rdkafka#consumer-1', 'messaging.destination.name': 'orders', 'messaging.operation': 'receive', 'messaging.system': 'kafka' },
      want: 'receive orders',
    },
    {
      name: 'Kafka producer',
      current: 'orders publish',
      kind: PRODUCER,
      attrs: { 'messaging.destination.name': 'orders', 'messaging.kafka.producer.success': true, 'messaging.operation': 'publish', 'messaging.system': 'kafka' },
      want: 'publish orders',
    },
    { name: 'client messaging span', current: 'x', kind: CLIENT, attrs: { 'messaging.destination.name': 'orders', 'messaging.operation': 'receive', 'messaging.system': 'kafka' }, want: 'receive orders' },
    { name: 'server messaging span', current: 'x', kind: SERVER, attrs: { 'messaging.destination.name': 'orders', 'messaging.operation': 'process', 'messaging.system': 'kafka' }, want: 'process orders' },
    { name: 'temporary destination', current: 'x', kind: CONSUMER, attrs: { 'messaging.system': 'rabbitmq', 'messaging.operation.name': 'process', 'messaging.destination.temporary': true, 'messaging.destination.name': 'q' }, want: 'process (temporary)' },
    { name: 'anonymous destination', current: 'x', kind: CONSUMER, attrs: { 'messaging.system': 'rabbitmq', 'messaging.destination.anonymous': true }, want: '(anonymous)' },
    { name: 'destination template', current: 'x', kind: PRODUCER, attrs: { 'messaging.system': 'kafka', 'messaging.destination.template': '/t/{id}', 'messaging.destination.name': '/t/1' }, want: '/t/{id}' },
    { name: 'messaging: only the operation', current: 'x', kind: PRODUCER, attrs: { 'messaging.system': 'kafka', 'messaging.operation.name': 'send' }, want: 'send' },
    { name: 'messaging: only the system', current: 'x', kind: PRODUCER, attrs: { 'messaging.system': 'kafka' }, want: 'kafka' },
    { name: 'internal spans keep their name', current: 'work', kind: 1, attrs: { 'http.method': 'GET' }, want: 'work' },
  ];
  it.each(cases)('$name', ({ current, kind, attrs, want }) => {
    expect(apply(span(current, kind, attrs)).name).toBe(want);
  });

  it('stores the original name when it changes', () => {
    const s = apply(span('GET /users/123', SERVER, { 'http.method': 'GET', 'http.route': '/users/:id' }), 'original_span_name');
    expect(s.name).toBe('GET /users/:id');
    expect(s.attributes.get('original_span_name')).toBe('GET /users/123');
  });

  it('does not store it when the name is unchanged', () => {
    const s = apply(span('GET', SERVER, { 'http.method': 'GET' }), 'original_span_name');
    expect(s.attributes.has('original_span_name')).toBe(false);
  });

  it.each([
    ['1.36.0', undefined, 'semconv_version'],
    ['1.37.0', '', 'original_span_name_attribute'],
  ])('compile error for version %s / attribute %j', (version, attribute, param) => {
    expect(() =>
      setSemconvSpanName.create({ semconv_version: version, original_span_name_attribute: attribute }, { context: 'span' }),
    ).toThrow(ArgumentError);
    try {
      setSemconvSpanName.create({ semconv_version: version, original_span_name_attribute: attribute }, { context: 'span' });
    } catch (e) {
      expect((e as ArgumentError).param).toBe(param);
    }
  });
});
