/**
 * The record that compiled rules run against: one mutable object per processor walk, re-pointed at
 * each item (no allocation per record). Every slot is always present so the object keeps one shape.
 */
import type {
  DataPoint,
  Exemplar,
  InstrumentationScope,
  LogRecord,
  Metric,
  Resource,
  Span,
  SpanEvent,
  SpanLink,
} from './model.js';
import type { Value, ValueMap } from './values/types.js';
import { NO_METADATA, type RequestMetadata } from './request-metadata.js';

/** Any OTLP container with a schema URL. */
export interface SchemaUrlHolder {
  schemaUrl: string;
}

const EMPTY_RESOURCE: Resource = { attributes: new Map(), droppedAttributesCount: 0 };
const EMPTY_SCOPE: InstrumentationScope = { name: '', version: '', attributes: new Map(), droppedAttributesCount: 0 };

export class EvalContext {
  resource: Resource = EMPTY_RESOURCE;
  /** The ResourceLogs/ResourceSpans/ResourceMetrics holding `resource` (for `resource.schema_url`). */
  resourceHolder: SchemaUrlHolder = { schemaUrl: '' };
  scope: InstrumentationScope = EMPTY_SCOPE;
  /** The ScopeLogs/ScopeSpans/ScopeMetrics holding `scope` (for `scope.schema_url`). */
  scopeHolder: SchemaUrlHolder = { schemaUrl: '' };
  log: LogRecord | null = null;
  span: Span | null = null;
  spanEvent: SpanEvent | null = null;
  /** Position of `spanEvent` in its span's events. */
  eventIndex = -1;
  spanLink: SpanLink | null = null;
  metric: Metric | null = null;
  /** The metric list `metric` belongs to: functions such as copy_metric append to it. */
  metrics: Metric[] | null = null;
  dataPoint: DataPoint | null = null;
  exemplar: Exemplar | null = null;
  /** The request metadata of the batch being processed (`otelcol.client.metadata`). */
  requestMetadata: RequestMetadata = NO_METADATA;
  /** Values of the lambda parameters in scope, by slot number. */
  locals: Value[] = [];
  private cacheMap: ValueMap | null = null;

  /** The per-item scratch map (`cache`), created on first use. */
  get cache(): ValueMap {
    if (this.cacheMap === null) this.cacheMap = new Map();
    return this.cacheMap;
  }

  set cache(m: ValueMap) {
    this.cacheMap = m;
  }

  /** Forgets the cache; called when the walk moves to the next item. */
  resetCache(): void {
    this.cacheMap = null;
  }
}

/** Parts of the record rules run against (`{ log, resource, scope }`, `{ span }`, …). */
export type EvalContextParts = Partial<
  Pick<
    EvalContext,
    'resource' | 'resourceHolder' | 'scope' | 'scopeHolder' | 'log' | 'span' | 'spanEvent' | 'eventIndex' | 'spanLink' | 'metric' | 'metrics' | 'dataPoint' | 'exemplar'
  >
>;

/** A record for compiled rules to run against (`compileStatements(...).execute(ctx)`), pointing at the given parts. */
export function createEvalContext(parts: EvalContextParts = {}): EvalContext {
  return Object.assign(new EvalContext(), parts);
}
