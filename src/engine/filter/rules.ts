/**
 * Turns a filter config into compile specs, and compiled groups into "walks": the condition
 * sequences one pass over the payload evaluates, one slot per level (resource, scope, item,
 * sub-item). The classic keys of a signal form a single walk; each `*_conditions` group forms its
 * own walk, and a group without `context:` infers the context of each condition separately (as the
 * newest reference does), so one group may fill several levels.
 */
import type { Signal } from '../../core/model.js';
import type { ContextName } from '../../contexts/types.js';
import type { GroupRequest } from '../environment.js';
import type { ErrorMode, Logger } from '../error-mode.js';
import type { FeatureGates } from '../../core/feature-gates.js';
import { ConditionSequence } from '../sequences.js';
import { FILTER_CONTEXTS, type FilterConfig } from './config.js';

/** The levels of a walk, top down. A null slot has no conditions. */
export interface Walk {
  readonly resource: ConditionSequence | null;
  readonly scope: ConditionSequence | null;
  /** Spans, metrics or log records. */
  readonly item: ConditionSequence | null;
  /** Span events or data points. */
  readonly sub: ConditionSequence | null;
}

/** A slot of a {@link Walk}. */
export type Level = keyof Walk;

/** Which level a context filters. */
export function levelOf(context: ContextName): Level {
  switch (context) {
    case 'resource':
      return 'resource';
    case 'scope':
      return 'scope';
    case 'spanevent':
    case 'datapoint':
      return 'sub';
    default:
      return 'item';
  }
}

/** One group to compile, and the walk it belongs to. */
export interface FilterRuleSpec {
  readonly signal: Signal;
  /** Index of the walk within the signal. */
  readonly walk: number;
  readonly spec: GroupRequest;
}

/** The filter's default error mode: `ignore` since the gate became stable, `propagate` before. */
export function defaultFilterErrorMode(gates: FeatureGates): ErrorMode {
  return gates.isEnabled('processor.filter.defaultErrorModeIgnore') ? 'ignore' : 'propagate';
}

/** Every condition of a filter config as a compile spec (host `filter`: converters only). */
export function filterRuleSpecs(config: FilterConfig, gates: FeatureGates): FilterRuleSpec[] {
  const fallback = config.errorMode ?? defaultFilterErrorMode(gates);
  const out: FilterRuleSpec[] = [];
  for (const signal of ['traces', 'metrics', 'logs'] as const) {
    const sc = config.signals[signal];
    sc.groups.forEach((g, i) => {
      const walk = sc.form === 'classic' ? 0 : i;
      const base = {
        statements: [],
        errorMode: g.errorMode ?? fallback,
        available: FILTER_CONTEXTS[signal],
        host: 'filter' as const,
      };
      // One spec per condition: an inferred group infers each condition's context on its own,
      // and compiling conditions separately reports every bad one, not only the first parse error.
      for (const c of g.conditions) out.push({ signal, walk, spec: { ...base, context: g.context, conditions: [c] } });
    });
  }
  return out;
}

/** Collects compiled condition sequences into walks, merging those that land on the same level. */
export class WalkBuilder {
  private readonly walks: { -readonly [K in Level]: ConditionSequence | null }[] = [];

  /** Adds compiled conditions of `context` to walk number `walk` (empty sequences are ignored). */
  add(walk: number, context: ContextName, conditions: ConditionSequence, logger: Logger): void {
    if (conditions.conditions.length === 0) return;
    while (this.walks.length <= walk) this.walks.push({ resource: null, scope: null, item: null, sub: null });
    const slot = this.walks[walk];
    const level = levelOf(context);
    const prev = slot[level];
    slot[level] =
      prev === null ? conditions : new ConditionSequence([...prev.conditions, ...conditions.conditions], conditions.errorMode, logger);
  }

  /** The walks that have at least one condition, in order. */
  build(): Walk[] {
    return this.walks.filter((w) => w.resource !== null || w.scope !== null || w.item !== null || w.sub !== null);
  }
}
