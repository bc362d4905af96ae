/**
 * Finished SDK spans ↔ the model's traces, grouped by resource and scope as the OTLP exporters
 * group them, with the exporters' exact field mapping (kind + 1, flags with the is-remote bits,
 * times as bigint nanoseconds).
 */
import type { Link, SpanContext, SpanKind } from '@opentelemetry/api';
import { TraceState } from '@opentelemetry/core';
import { resourceFromAttributes, type Resource as SdkResource } from '@opentelemetry/resources';
import type { ReadableSpan, TimedEvent } from '@opentelemetry/sdk-trace-base';
import { encodeDocument, newResource, newScope, newSpan, newSpanEvent, newSpanLink, type Resource as ModelResource, type ResourceSpans, type Span, type TracesData } from '../api/index.js';
import { bytesToHex, fromValueMap, hexToBytes, hrTimeToNanos, isZero, nanosToHrTime, toValueMap, type HrTime } from './convert-common.js';

const HAS_IS_REMOTE = 0x100;
const IS_REMOTE = 0x200;

const flagsOf = (traceFlags: number, isRemote: boolean | undefined): number => (traceFlags & 0xff) | HAS_IS_REMOTE | (isRemote ? IS_REMOTE : 0);

type Scope = ReadableSpan['instrumentationScope'];

/** Finished spans → traces (one ResourceSpans per resource object, one ScopeSpans per scope). */
export function spansToModel(spans: readonly ReadableSpan[]): TracesData {
  const byResource = new Map<SdkResource, Map<string, { scope: Scope; spans: ReadableSpan[] }>>();
  for (const s of spans) {
    let scopes = byResource.get(s.resource);
    if (scopes === undefined) byResource.set(s.resource, (scopes = new Map()));
    const sc = s.instrumentationScope;
    const key = `${sc.name}@${sc.version ?? ''}:${sc.schemaUrl ?? ''}`;
    let group = scopes.get(key);
    if (group === undefined) scopes.set(key, (group = { scope: sc, spans: [] }));
    group.spans.push(s);
  }
  const resourceSpans: ResourceSpans[] = [];
  for (const [res, scopes] of byResource) {
    const resource = newResource();
    resource.attributes = toValueMap(res.attributes as Record<string, unknown>);
    resourceSpans.push({
      resource,
      scopeSpans: [...scopes.values()].map(({ scope: sc, spans: group }) => {
        const scope = newScope();
        scope.name = sc.name;
        scope.version = sc.version ?? '';
        return { scope, spans: group.map(spanToModel), schemaUrl: sc.schemaUrl ?? '' };
      }),
      schemaUrl: res.schemaUrl ?? '',
    });
  }
  return { resourceSpans };
}

function spanToModel(s: ReadableSpan): Span {
  const m = newSpan();
  const ctx = s.spanContext();
  hexToBytes(ctx.traceId, m.traceId);
  hexToBytes(ctx.spanId, m.spanId);
  m.traceState = ctx.traceState?.serialize() ?? '';
  hexToBytes(s.parentSpanContext?.spanId, m.parentSpanId);
  m.flags = flagsOf(ctx.traceFlags, s.parentSpanContext?.isRemote);
  m.name = s.name;
  m.kind = s.kind + 1;
  m.startTimeUnixNano = hrTimeToNanos(s.startTime as HrTime);
  m.endTimeUnixNano = hrTimeToNanos(s.endTime as HrTime);
  m.attributes = toValueMap(s.attributes as Record<string, unknown>);
  m.droppedAttributesCount = s.droppedAttributesCount;
  m.events = s.events.map((e) => {
    const ev = newSpanEvent();
    ev.timeUnixNano = hrTimeToNanos(e.time as HrTime);
    ev.name = e.name;
    ev.attributes = toValueMap(e.attributes as Record<string, unknown> | undefined);
    ev.droppedAttributesCount = e.droppedAttributesCount ?? 0;
    return ev;
  });
  m.droppedEventsCount = s.droppedEventsCount;
  m.links = s.links.map((l) => {
    const link = newSpanLink();
    hexToBytes(l.context.traceId, link.traceId);
    hexToBytes(l.context.spanId, link.spanId);
    link.traceState = l.context.traceState?.serialize() ?? '';
    link.attributes = toValueMap(l.attributes as Record<string, unknown> | undefined);
    link.droppedAttributesCount = l.droppedAttributesCount ?? 0;
    link.flags = flagsOf(l.context.traceFlags, l.context.isRemote);
    return link;
  });
  m.droppedLinksCount = s.droppedLinksCount;
  m.status = { message: s.status.message ?? '', code: s.status.code };
  return m;
}

/**
 * Traces → `ReadableSpan`s for a wrapped exporter. Spans of one ResourceSpans share one SDK
 * resource object; pass the same `resources` cache across calls so equal resources stay one object
 * (the OTLP exporters group spans by resource object identity).
 */
export function modelToSpans(data: TracesData, resources: ResourceCache = new ResourceCache()): ReadableSpan[] {
  const out: ReadableSpan[] = [];
  for (const rs of data.resourceSpans) {
    const resource = resources.get(rs.resource, rs.schemaUrl);
    for (const ss of rs.scopeSpans) {
      const scope = resources.scope(ss.scope.name, ss.scope.version, ss.schemaUrl);
      for (const s of ss.spans) out.push(modelToSpan(s, resource, scope));
    }
  }
  return out;
}

/**
 * SDK resource and scope objects by content, at most `max` of each: serializers group spans by
 * these objects' identity.
 */
export class ResourceCache {
  private readonly byKey = new Map<string, SdkResource>();
  private readonly scopes = new Map<string, Scope>();

  /** The SDK scope object for a name, version and schema URL. */
  scope(name: string, version: string, schemaUrl: string): Scope {
    const key = JSON.stringify([name, version, schemaUrl]);
    let s = this.scopes.get(key);
    if (s === undefined) {
      if (this.scopes.size >= this.max) this.scopes.clear();
      s = { name, version: version === '' ? undefined : version, schemaUrl: schemaUrl === '' ? undefined : schemaUrl };
      this.scopes.set(key, s);
    }
    return s;
  }

  constructor(private readonly max = 64) {}

  /** The SDK resource for a model resource: the cached one when its content is the same. */
  get(res: ModelResource, schemaUrl: string): SdkResource {
    // The OTLP/JSON text of the resource is an exact key (types, order, nested values).
    const key = schemaUrl + '\n' + encodeDocument({ signal: 'traces', data: { resourceSpans: [{ resource: res, scopeSpans: [], schemaUrl: '' }] } });
    let r = this.byKey.get(key);
    if (r === undefined) {
      if (this.byKey.size >= this.max) this.byKey.clear();
      r = resourceFromAttributes(fromValueMap(res.attributes) as never, schemaUrl === '' ? undefined : { schemaUrl });
      this.byKey.set(key, r);
    }
    return r;
  }
}

function traceStateOf(s: string): TraceState | undefined {
  return s === '' ? undefined : new TraceState(s);
}

function modelToSpan(m: Span, resource: SdkResource, scope: Scope): ReadableSpan {
  const context: SpanContext = { traceId: bytesToHex(m.traceId), spanId: bytesToHex(m.spanId), traceFlags: m.flags & 0xff, traceState: traceStateOf(m.traceState) };
  const parentSpanContext: SpanContext | undefined = isZero(m.parentSpanId)
    ? undefined
    : { traceId: context.traceId, spanId: bytesToHex(m.parentSpanId), traceFlags: context.traceFlags, isRemote: (m.flags & IS_REMOTE) !== 0 };
  const startTime = nanosToHrTime(m.startTimeUnixNano);
  const endTime = nanosToHrTime(m.endTimeUnixNano);
  const duration = nanosToHrTime(m.endTimeUnixNano >= m.startTimeUnixNano ? m.endTimeUnixNano - m.startTimeUnixNano : 0n);
  const events: TimedEvent[] = m.events.map((e) => ({
    time: nanosToHrTime(e.timeUnixNano),
    name: e.name,
    attributes: fromValueMap(e.attributes) as TimedEvent['attributes'],
    droppedAttributesCount: e.droppedAttributesCount,
  }));
  const links: Link[] = m.links.map((l) => ({
    context: { traceId: bytesToHex(l.traceId), spanId: bytesToHex(l.spanId), traceFlags: l.flags & 0xff, isRemote: (l.flags & IS_REMOTE) !== 0, traceState: traceStateOf(l.traceState) },
    attributes: fromValueMap(l.attributes) as Link['attributes'],
    droppedAttributesCount: l.droppedAttributesCount,
  }));
  return {
    name: m.name,
    kind: Math.max(0, m.kind - 1) as SpanKind,
    spanContext: () => context,
    parentSpanContext,
    startTime,
    endTime,
    status: { code: m.status.code, message: m.status.message === '' ? undefined : m.status.message },
    attributes: fromValueMap(m.attributes) as ReadableSpan['attributes'],
    links,
    events,
    duration,
    ended: true,
    resource,
    instrumentationScope: scope,
    droppedAttributesCount: m.droppedAttributesCount,
    droppedEventsCount: m.droppedEventsCount,
    droppedLinksCount: m.droppedLinksCount,
  };
}
