/**
 * `set_semconv_span_name(semconv_version, Optional[original_span_name_attribute])` (transform
 * processor, span context): replaces the span name with the low-cardinality name the semantic
 * conventions define, derived from the span kind and attributes:
 * - HTTP (server and client): `{method} {http.route | url.template}` or `{method}`;
 * - RPC (server and client): `{service}/{method}`, `{method}`, `{service}/*` or `{rpc.system}`;
 * - database (client): `db.query.summary`, `{operation} {target}`, `{operation}`, `{target}` or the
 *   system;
 * - messaging (server, client, consumer, producer): `{operation} {destination}`, `{destination}`,
 *   `{operation}` or the system.
 * Older attribute names are accepted as fallbacks (`http.method`, `rpc.grpc.method`, `db.system`,
 * `db.operation`, `db.name`, `messaging.operation`, `messaging.destination`). Spans that match no
 * convention keep their name. When the name changes and `original_span_name_attribute` is given,
 * the old name is stored in that attribute.
 * An unsupported semantic-convention version or an empty attribute name is a compile error.
 */
import { valueAsString } from '../../core/values/format.js';
import { OttlRuntimeError } from '../../core/errors.js';
import type { Span } from '../../core/model.js';
import type { Value, ValueMap } from '../../core/values/types.js';
import { ArgumentError, defineFunction } from '../signature.js';

/** Versions the reference accepts (its README lists 1.37.0 through 1.43.0). */
const SUPPORTED_VERSIONS = ['1.37.0', '1.38.0', '1.39.0', '1.40.0', '1.41.0', '1.42.0', '1.43.0'];

const SPAN_KIND = { server: 2, client: 3, producer: 4, consumer: 5 } as const;

/** The attribute `name`, else the older `alias`, as text (`pcommon.Value.AsString()`). */
function attr(attrs: ValueMap, name: string, alias?: string): string | undefined {
  if (attrs.has(name)) return valueAsString(attrs.get(name) ?? null);
  if (alias !== undefined && attrs.has(alias)) return valueAsString(attrs.get(alias) ?? null);
  return undefined;
}

/** `pcommon.Value.Bool()`: false for anything but a true boolean. */
function isTrue(v: Value | undefined): boolean {
  return v === true;
}

function httpName(attrs: ValueMap, subjectKey: string): string {
  const method = attr(attrs, 'http.request.method', 'http.method');
  if (method === undefined) return '';
  const subject = attr(attrs, subjectKey);
  return subject !== undefined ? `${method} ${subject}` : method;
}

function rpcName(attrs: ValueMap): string {
  const system = attr(attrs, 'rpc.system');
  if (system === undefined) return '';
  const method = attr(attrs, 'rpc.method', 'rpc.grpc.method');
  const service = attr(attrs, 'rpc.service', 'rpc.grpc.service');
  if (method !== undefined && service !== undefined) return `${service}/${method}`;
  if (method !== undefined) return method;
  if (service !== undefined) return `${service}/*`;
  return system;
}

function address(attrs: ValueMap): string {
  const server = attr(attrs, 'server.address');
  if (server === undefined) return '';
  const port = attr(attrs, 'server.port');
  return port !== undefined ? `${server}:${port}` : server;
}

function databaseTarget(attrs: ValueMap): string {
  const namespace = attr(attrs, 'db.namespace', 'db.name') ?? '';
  const collection = attr(attrs, 'db.collection.name');
  if (collection !== undefined) return namespace !== '' ? `${namespace}.${collection}` : collection;
  const procedure = attr(attrs, 'db.stored_procedure.name');
  if (procedure !== undefined) return namespace !== '' ? `${namespace}.${procedure}` : procedure;
  if (namespace !== '') return namespace;
  return address(attrs);
}

function dbName(attrs: ValueMap): string {
  const system = attr(attrs, 'db.system.name', 'db.system');
  if (system === undefined) return '';
  const summary = attr(attrs, 'db.query.summary');
  if (summary !== undefined) return summary;
  const operation = attr(attrs, 'db.operation.name', 'db.operation') ?? '';
  const target = databaseTarget(attrs);
  if (operation !== '' && target !== '') return `${operation} ${target}`;
  if (operation !== '') return operation;
  if (target !== '') return target;
  return system;
}

function messagingDestination(attrs: ValueMap): string {
  if (isTrue(attrs.get('messaging.destination.temporary'))) return '(temporary)';
  // Anonymous destinations should also be marked temporary; checked in case they are not.
  if (isTrue(attrs.get('messaging.destination.anonymous'))) return '(anonymous)';
  const template = attr(attrs, 'messaging.destination.template');
  if (template !== undefined) return template;
  const name = attr(attrs, 'messaging.destination.name', 'messaging.destination');
  if (name !== undefined) return name;
  return address(attrs);
}

function messagingName(attrs: ValueMap): string {
  const system = attr(attrs, 'messaging.system');
  if (system === undefined) return '';
  const operation = attr(attrs, 'messaging.operation.name', 'messaging.operation');
  const destination = messagingDestination(attrs);
  if (operation !== undefined && destination !== '') return `${operation} ${destination}`;
  if (destination !== '') return destination;
  if (operation !== undefined) return operation;
  return system;
}

/** The semantic-convention name of `span`, or its current name when no convention applies. */
export function semconvSpanName(span: Span): string {
  const a = span.attributes;
  const first = (...candidates: (() => string)[]): string => {
    for (const c of candidates) {
      const name = c();
      if (name !== '') return name;
    }
    return span.name;
  };
  switch (span.kind) {
    case SPAN_KIND.server:
      return first(
        () => httpName(a, 'http.route'),
        () => rpcName(a),
        () => messagingName(a),
      );
    case SPAN_KIND.consumer:
    case SPAN_KIND.producer:
      return first(() => messagingName(a));
    case SPAN_KIND.client:
      return first(
        () => httpName(a, 'url.template'),
        () => rpcName(a),
        () => dbName(a),
        () => messagingName(a),
      );
    default:
      return span.name;
  }
}

export const setSemconvSpanName = defineFunction({
  name: 'set_semconv_span_name',
  kind: 'editor',
  params: [
    { name: 'semconv_version', kind: 'literalString', doc: 'e.g. "1.37.0"' },
    { name: 'original_span_name_attribute', kind: 'literalString', optional: true, doc: 'keeps the old name when it changes' },
  ],
  contexts: ['span'],
  description: 'Sets the span name from semantic-convention attributes (HTTP, RPC, database, messaging).',
  create: (args) => {
    if (!SUPPORTED_VERSIONS.includes(args.semconv_version)) {
      throw new ArgumentError(
        'semconv_version',
        `unsupported semconv version: ${args.semconv_version}, supported versions: ${SUPPORTED_VERSIONS.join(', ')}`,
      );
    }
    const originalAttribute = args.original_span_name_attribute;
    if (originalAttribute === '') {
      throw new ArgumentError('original_span_name_attribute', 'originalSpanNameAttribute cannot be an empty string');
    }
    return (ctx) => {
      const span = ctx.span;
      if (span === null) throw new OttlRuntimeError('no span in the current context');
      const original = span.name;
      const name = semconvSpanName(span);
      span.name = name;
      if (name !== original && originalAttribute !== undefined) span.attributes.set(originalAttribute, original);
      return null;
    };
  },
});
