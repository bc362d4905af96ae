/**
 * The filter processor's configuration, in both of the reference's forms:
 *
 * - classic (still documented, deprecated upstream): `traces: {resource, span, spanevent}`,
 *   `metrics: {resource, metric, datapoint}`, `logs: {resource, log_record}`; each key is a list of
 *   conditions for that one context, and legacy unprefixed paths are allowed;
 * - context-inferred (collector-contrib v0.146.0+): `trace_conditions`, `metric_conditions`,
 *   `log_conditions`, each either a flat list of conditions (basic) or a list of groups
 *   `{ context?, error_mode?, conditions }` (advanced). Mixing the two styles in one list is an
 *   error, as is combining a `*_conditions` key with the classic keys of the same signal.
 *
 * The non-OTTL `include`/`exclude`/`spans` settings are rejected with a message saying so.
 */
import type { Signal } from '../../core/model.js';
import { configError, isObject, LocatedText, type ConfigObject, type ConfigValue } from '../config/yaml.js';
import { signalContexts, type ContextName } from '../../core/contexts.js';
import { isErrorMode, type ErrorMode } from '../error-mode.js';

/** One list of conditions to compile together. */
export interface ConditionGroupConfig {
  /** Explicit context, or null to infer one per condition (the basic/advanced inferred form). */
  readonly context: ContextName | null;
  readonly errorMode: ErrorMode | null;
  readonly conditions: readonly LocatedText[];
}

/** The conditions for one signal. */
export interface SignalFilterConfig {
  /**
   * `classic`: the per-context keys, run as one walk; `inferred`: the `*_conditions` groups, each
   * run as its own walk over the payload, in order.
   */
  readonly form: 'classic' | 'inferred';
  readonly groups: readonly ConditionGroupConfig[];
}

export interface FilterConfig {
  readonly file: string;
  readonly errorMode: ErrorMode | null;
  readonly signals: Readonly<Record<Signal, SignalFilterConfig>>;
}

/** The classic keys per signal and the context each stands for. */
const CLASSIC_KEYS: Readonly<Record<Signal, Readonly<Record<string, ContextName>>>> = {
  traces: { resource: 'resource', span: 'span', spanevent: 'spanevent' },
  metrics: { resource: 'resource', metric: 'metric', datapoint: 'datapoint' },
  logs: { resource: 'resource', log_record: 'log' },
};

const INFERRED_KEYS: Readonly<Record<Signal, string>> = {
  traces: 'trace_conditions',
  metrics: 'metric_conditions',
  logs: 'log_conditions',
};

/** Contexts a `context:` of an advanced group may name, per signal: the filter processor does not walk exemplars. */
export const FILTER_CONTEXTS: Readonly<Record<Signal, readonly ContextName[]>> = {
  traces: signalContexts('traces').filter((c) => c !== 'exemplar'),
  metrics: signalContexts('metrics').filter((c) => c !== 'exemplar'),
  logs: signalContexts('logs').filter((c) => c !== 'exemplar'),
};

const NON_OTTL = new Set(['include', 'exclude', 'regexp']);
const UNSUPPORTED_TOP = new Set(['spans', 'profiles', 'profile_conditions']);

function text(v: ConfigValue | undefined, what: string, file: string): LocatedText {
  if (v instanceof LocatedText) return v;
  throw configError(v, file, `${what} must be a string`);
}

function errorModeOf(v: ConfigValue | undefined, file: string): ErrorMode | null {
  if (v === undefined || v === null) return null;
  const t = text(v, 'error_mode', file);
  if (t.text === '') return null;
  if (!isErrorMode(t.text)) {
    throw configError(v, file, `invalid error_mode "${t.text}"; expected ignore, silent or propagate`);
  }
  return t.text;
}

function conditionList(v: ConfigValue | undefined, what: string, file: string): LocatedText[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw configError(v, file, `${what} must be a list of conditions`);
  return v.map((item) => text(item, `each entry of ${what}`, file));
}

function classicSignal(signal: Signal, body: ConfigValue | undefined, file: string): SignalFilterConfig | null {
  if (body === undefined || body === null) return null;
  const name = signal;
  if (!isObject(body)) throw configError(undefined, file, `"${name}" must be a mapping`);
  const keys = CLASSIC_KEYS[signal];
  const groups: ConditionGroupConfig[] = [];
  // Top-down order, whatever order the file lists them in: resource, then items, then sub-items.
  for (const k of Object.keys(body)) {
    if (NON_OTTL.has(k)) {
      throw configError(undefined, file, `"${name}.${k}" (the non-OTTL match settings) is not supported; write OTTL conditions instead`);
    }
    if (!(k in keys)) {
      throw configError(undefined, file, `unknown key "${name}.${k}"; expected ${Object.keys(keys).join(', ')}`);
    }
  }
  for (const [k, context] of Object.entries(keys)) {
    if (body[k] === undefined || body[k] === null) continue;
    groups.push({ context, errorMode: null, conditions: conditionList(body[k], `${name}.${k}`, file) });
  }
  return { form: 'classic', groups };
}

function inferredSignal(signal: Signal, v: ConfigValue | undefined, file: string): SignalFilterConfig | null {
  if (v === undefined || v === null) return null;
  const key = INFERRED_KEYS[signal];
  if (!Array.isArray(v)) throw configError(v, file, `invalid ${key} type, expected a list`);
  const basic = v.filter((item) => item instanceof LocatedText);
  if (basic.length > 0 && basic.length < v.length) {
    throw configError(undefined, file, `${key}: configuring multiple configuration styles is not supported, please use only Basic configuration or only Advanced configuration`,
    );
  }
  if (basic.length > 0) {
    return { form: 'inferred', groups: [{ context: null, errorMode: null, conditions: basic as LocatedText[] }] };
  }
  const groups = v.map((item): ConditionGroupConfig => {
    if (!isObject(item)) throw configError(undefined, file, `each entry of ${key} must be a condition or a group`);
    for (const k of Object.keys(item)) {
      if (!['context', 'error_mode', 'conditions'].includes(k)) {
        throw configError(undefined, file, `unknown key "${k}" in a ${key} group; expected context, error_mode, conditions`);
      }
    }
    let context: ContextName | null = null;
    if (item['context'] !== undefined && item['context'] !== null) {
      const c = text(item['context'], 'context', file);
      const name = c.text.toLowerCase();
      if (name !== '') {
        if (!(FILTER_CONTEXTS[signal] as readonly string[]).includes(name)) {
          throw configError(c, file, `unknown context ${c.text} for ${key}; expected one of ${FILTER_CONTEXTS[signal].join(', ')}`);
        }
        context = name as ContextName;
      }
    }
    return { context, errorMode: errorModeOf(item['error_mode'], file), conditions: conditionList(item['conditions'], 'conditions', file) };
  });
  return { form: 'inferred', groups };
}

const EMPTY: SignalFilterConfig = { form: 'classic', groups: [] };

/** The reference's wording when both forms configure one signal (its setting names, `logs.log` included). */
const MIX_NOUN: Readonly<Record<Signal, string>> = { traces: 'trace', metrics: 'metric', logs: 'log' };
const MIX_SETTINGS: Readonly<Record<Signal, string>> = {
  traces: '"traces.resource", "traces.span", "traces.spanevent"',
  metrics: '"metrics.resource", "metrics.metric", "metrics.datapoint", "metrics.include", "metrics.exclude"',
  logs: '"logs.resource", "logs.log", "logs.include", "logs.exclude"',
};

/**
 * Reads a filter processor body.
 * @throws ConfigError for unknown keys, wrong shapes, mixed styles and unsupported settings.
 */
export function readFilterConfig(body: ConfigObject, file: string): FilterConfig {
  const known = new Set(['error_mode', ...Object.keys(CLASSIC_KEYS), ...Object.values(INFERRED_KEYS)]);
  for (const k of Object.keys(body)) {
    if (UNSUPPORTED_TOP.has(k)) throw configError(undefined, file, `the filter processor setting "${k}" is not supported`);
    if (!known.has(k)) throw configError(undefined, file, `unknown filter processor setting "${k}"`);
  }
  const signal = (s: Signal): SignalFilterConfig => {
    const classic = classicSignal(s, body[s], file);
    const inferred = inferredSignal(s, body[INFERRED_KEYS[s]], file);
    if (classic !== null && inferred !== null && classic.groups.length > 0 && inferred.groups.length > 0) {
      throw configError(undefined, file, `cannot use context inferred ${MIX_NOUN[s]} conditions "${INFERRED_KEYS[s]}" and the settings ${MIX_SETTINGS[s]} at the same time`,
      );
    }
    if (inferred !== null && inferred.groups.length > 0) return inferred;
    return classic ?? EMPTY;
  };
  return {
    file,
    errorMode: errorModeOf(body['error_mode'], file),
    signals: { traces: signal('traces'), metrics: signal('metrics'), logs: signal('logs') },
  };
}

/** Whether a processor body looks like a filter config (as opposed to a transform config). */
export function looksLikeFilter(body: ConfigObject): boolean {
  return Object.keys(body).some((k) => k in CLASSIC_KEYS || Object.values(INFERRED_KEYS).includes(k));
}
