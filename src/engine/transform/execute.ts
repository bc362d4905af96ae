/**
 * Runs compiled groups over a payload, as the transform processor does: each group walks the whole
 * payload (resource → scope → item) before the next group starts; for each item it evaluates the
 * group's conditions and, if any holds (or there are none), runs the statements in order.
 */
import type { LogsData, MetricsData, TracesData } from '../../core/model.js';
import type { ValueMap } from '../../core/values/types.js';
import { EvalContext } from '../../core/eval-context.js';
import type { CompiledGroup } from '../rules/compile-group.js';
import type { ExecutionObserver } from '../sequences.js';
import { NO_METADATA, type RequestMetadata } from '../../core/request-metadata.js';

export interface RunnableGroup extends CompiledGroup {
  /** One cache per context for the whole batch (`shared_cache: true`) instead of one per item. */
  readonly sharedCache: boolean;
  /** Run this (log) group on flattened data, regrouping afterwards (`flatten: true`). */
  readonly flatten: boolean;
}

/** Per-batch state: the shared caches, by context, and the batch's request metadata. */
export class BatchState {
  private readonly caches = new Map<string, ValueMap>();
  constructor(
    readonly observer?: ExecutionObserver & { item?(ctx: EvalContext, group: RunnableGroup): void },
    readonly metadata: RequestMetadata = NO_METADATA,
  ) {}

  cacheFor(context: string): ValueMap {
    let m = this.caches.get(context);
    if (m === undefined) {
      m = new Map();
      this.caches.set(context, m);
    }
    return m;
  }
}

function prepareCache(ctx: EvalContext, group: RunnableGroup, batch: BatchState): void {
  if (group.sharedCache) ctx.cache = batch.cacheFor(group.context);
  else ctx.resetCache();
}

function runItem(ctx: EvalContext, group: RunnableGroup, batch: BatchState): void {
  prepareCache(ctx, group, batch);
  ctx.requestMetadata = batch.metadata;
  batch.observer?.item?.(ctx, group);
  if (group.conditions.eval(ctx)) group.statements.execute(ctx, batch.observer);
}

export function runLogsGroup(group: RunnableGroup, data: LogsData, batch: BatchState): void {
  const ctx = new EvalContext();
  for (const rl of data.resourceLogs) {
    ctx.resource = rl.resource;
    ctx.resourceHolder = rl;
    if (group.context === 'resource') {
      runItem(ctx, group, batch);
      continue;
    }
    for (const sl of rl.scopeLogs) {
      ctx.scope = sl.scope;
      ctx.scopeHolder = sl;
      if (group.context === 'scope') {
        runItem(ctx, group, batch);
        continue;
      }
      const records = sl.logRecords;
      for (let i = 0; i < records.length; i++) {
        ctx.log = records[i];
        runItem(ctx, group, batch);
      }
    }
  }
}

export function runTracesGroup(group: RunnableGroup, data: TracesData, batch: BatchState): void {
  const ctx = new EvalContext();
  for (const rs of data.resourceSpans) {
    ctx.resource = rs.resource;
    ctx.resourceHolder = rs;
    if (group.context === 'resource') {
      runItem(ctx, group, batch);
      continue;
    }
    for (const ss of rs.scopeSpans) {
      ctx.scope = ss.scope;
      ctx.scopeHolder = ss;
      if (group.context === 'scope') {
        runItem(ctx, group, batch);
        continue;
      }
      const spans = ss.spans;
      for (let i = 0; i < spans.length; i++) {
        const span = spans[i];
        ctx.span = span;
        if (group.context === 'span') {
          runItem(ctx, group, batch);
          continue;
        }
        const events = span.events;
        for (let j = 0; j < events.length; j++) {
          ctx.spanEvent = events[j];
          ctx.eventIndex = j;
          runItem(ctx, group, batch);
        }
      }
    }
  }
}

export function runMetricsGroup(group: RunnableGroup, data: MetricsData, batch: BatchState): void {
  const ctx = new EvalContext();
  for (const rm of data.resourceMetrics) {
    ctx.resource = rm.resource;
    ctx.resourceHolder = rm;
    if (group.context === 'resource') {
      runItem(ctx, group, batch);
      continue;
    }
    for (const sm of rm.scopeMetrics) {
      ctx.scope = sm.scope;
      ctx.scopeHolder = sm;
      if (group.context === 'scope') {
        runItem(ctx, group, batch);
        continue;
      }
      const metrics = sm.metrics;
      ctx.metrics = metrics;
      // Index loop on purpose: functions such as copy_metric append metrics that later items see.
      for (let i = 0; i < metrics.length; i++) {
        const metric = metrics[i];
        ctx.metric = metric;
        if (group.context === 'metric') {
          runItem(ctx, group, batch);
          continue;
        }
        const points = metric.data?.dataPoints ?? [];
        for (let j = 0; j < points.length; j++) {
          const point = points[j];
          ctx.dataPoint = point;
          if (group.context === 'datapoint') {
            runItem(ctx, group, batch);
            continue;
          }
          // Exemplar context: summary points carry no exemplars.
          if (point.kind === 'summary') continue;
          const exemplars = point.exemplars;
          for (let k = 0; k < exemplars.length; k++) {
            ctx.exemplar = exemplars[k];
            runItem(ctx, group, batch);
          }
        }
      }
    }
  }
}
