/**
 * One filter walk over a payload, as the reference's filter consumers do it: top down, an item is
 * removed when any condition of its level holds; a removed item's children are never evaluated.
 *
 * After the items of a level are filtered, a parent left empty is removed: a scope with no items,
 * a resource with no scopes, a metric with no data points. A span whose events were all dropped
 * stays. A level with no conditions below it only removes parents that are (already) empty.
 *
 * A condition that fails under `propagate` keeps its item (its children are then not evaluated)
 * and the error is collected; under `ignore`/`silent` the sequence itself treats the failed
 * condition as false.
 */
import { NO_METADATA, type RequestMetadata } from '../../core/request-metadata.js';
import type { DataPoint, LogsData, MetricsData, TracesData } from '../../core/model.js';
import { EvalContext } from '../../core/eval-context.js';
import { PropagatedError } from '../error-mode.js';
import type { ConditionSequence } from '../sequences.js';
import type { Walk } from './rules.js';

const KEEP = 0;
const DROP = 1;
/** The condition failed: keep the item, skip its children. */
const FAILED = 2;
type Verdict = typeof KEEP | typeof DROP | typeof FAILED;

/** Removes, in place and in order, the entries for which `drop` returns true. */
function removeIf<T>(list: T[], drop: (x: T, index: number) => boolean): void {
  let w = 0;
  for (let r = 0; r < list.length; r++) {
    const x = list[r];
    if (!drop(x, r)) list[w++] = x;
  }
  list.length = w;
}

/** Runs walks; collects the errors of conditions that failed under `propagate`. */
export class WalkRunner {
  private readonly ctx = new EvalContext();
  readonly errors: PropagatedError[] = [];

  /** `metadata`: the batch's request metadata (`otelcol.client.metadata`). */
  constructor(metadata: RequestMetadata = NO_METADATA) {
    this.ctx.requestMetadata = metadata;
  }

  private test(seq: ConditionSequence): Verdict {
    this.ctx.resetCache();
    try {
      return seq.eval(this.ctx) ? DROP : KEEP;
    } catch (e) {
      if (e instanceof PropagatedError) {
        this.errors.push(e);
        return FAILED;
      }
      throw e;
    }
  }

  /** Filters logs: resources, then scopes, then log records. */
  logs(w: Walk, data: LogsData): void {
    const ctx = this.ctx;
    const { resource, scope, item } = w;
    removeIf(data.resourceLogs, (rl) => {
      ctx.resource = rl.resource;
      ctx.resourceHolder = rl;
      if (resource !== null) {
        const v = this.test(resource);
        if (v !== KEEP) return v === DROP;
      }
      if (scope === null && item === null) return rl.scopeLogs.length === 0;
      removeIf(rl.scopeLogs, (sl) => {
        ctx.scope = sl.scope;
        ctx.scopeHolder = sl;
        if (scope !== null) {
          const v = this.test(scope);
          if (v !== KEEP) return v === DROP;
        }
        if (item !== null) {
          removeIf(sl.logRecords, (lr) => {
            ctx.log = lr;
            return this.test(item) === DROP;
          });
        }
        return sl.logRecords.length === 0;
      });
      return rl.scopeLogs.length === 0;
    });
  }

  /** Filters traces: resources, scopes, spans, then the events of the spans kept. */
  traces(w: Walk, data: TracesData): void {
    const ctx = this.ctx;
    const { resource, scope, item, sub } = w;
    removeIf(data.resourceSpans, (rs) => {
      ctx.resource = rs.resource;
      ctx.resourceHolder = rs;
      if (resource !== null) {
        const v = this.test(resource);
        if (v !== KEEP) return v === DROP;
      }
      if (scope === null && item === null && sub === null) return rs.scopeSpans.length === 0;
      removeIf(rs.scopeSpans, (ss) => {
        ctx.scope = ss.scope;
        ctx.scopeHolder = ss;
        if (scope !== null) {
          const v = this.test(scope);
          if (v !== KEEP) return v === DROP;
        }
        if (item !== null || sub !== null) {
          removeIf(ss.spans, (span) => {
            ctx.span = span;
            if (item !== null) {
              const v = this.test(item);
              if (v !== KEEP) return v === DROP;
            }
            if (sub !== null) {
              removeIf(span.events, (event, index) => {
                ctx.spanEvent = event;
                ctx.eventIndex = index;
                return this.test(sub) === DROP;
              });
            }
            // A span stays even when all its events were dropped.
            return false;
          });
        }
        return ss.spans.length === 0;
      });
      return rs.scopeSpans.length === 0;
    });
  }

  /** Filters metrics: resources, scopes, metrics, then the data points of the metrics kept. */
  metrics(w: Walk, data: MetricsData): void {
    const ctx = this.ctx;
    const { resource, scope, item, sub } = w;
    removeIf(data.resourceMetrics, (rm) => {
      ctx.resource = rm.resource;
      ctx.resourceHolder = rm;
      if (resource !== null) {
        const v = this.test(resource);
        if (v !== KEEP) return v === DROP;
      }
      if (scope === null && item === null && sub === null) return rm.scopeMetrics.length === 0;
      removeIf(rm.scopeMetrics, (sm) => {
        ctx.scope = sm.scope;
        ctx.scopeHolder = sm;
        if (scope !== null) {
          const v = this.test(scope);
          if (v !== KEEP) return v === DROP;
        }
        if (item !== null || sub !== null) {
          ctx.metrics = sm.metrics;
          removeIf(sm.metrics, (metric) => {
            ctx.metric = metric;
            if (item !== null) {
              const v = this.test(item);
              if (v !== KEEP) return v === DROP;
            }
            // A metric without data (type none) is never filtered by data point conditions.
            if (sub === null || metric.data === null) return false;
            let failed = false;
            removeIf(metric.data.dataPoints as DataPoint[], (dp) => {
              ctx.dataPoint = dp;
              const v = this.test(sub);
              if (v === FAILED) failed = true;
              return v === DROP;
            });
            // A metric left without data points goes (unless a condition failed on it).
            return !failed && metric.data.dataPoints.length === 0;
          });
        }
        return sm.metrics.length === 0;
      });
      return rm.scopeMetrics.length === 0;
    });
  }
}
