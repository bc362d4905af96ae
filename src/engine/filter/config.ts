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
import type { Problem } from '../../core/diagnostics/problem.js';
import { signalContexts, type ContextName } from '../../core/contexts.js';
import { ConfigProblems, didYouMean } from '../config/problems.js';
import { kindFromName, otherKindSetting, SETTINGS } from '../config/select.js';
import { isStatementMap, ruleText, text } from '../config/slips.js';
import { isObject, LocatedText, type ConfigObject, type ConfigValue } from '../config/yaml.js';
import type { ErrorMode } from '../error-mode.js';
import { errorModeOf } from '../transform/config.js';

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
  /** Warnings found while reading (conditions this implementation recognises but does not run). */
  readonly warnings?: readonly Problem[];
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
const UNSUPPORTED_TOP = new Set(['spans']);
/** Recognised, not run: this implementation does not serve the profile contexts. */
const PROFILE_KEYS = ['profiles', 'profile_conditions'];
const GROUP_KEYS = ['context', 'error_mode', 'conditions'];

function conditionList(v: ConfigValue | undefined, what: string, problems: ConfigProblems): LocatedText[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    problems.at(v, `${what} must be a list of conditions`);
    return [];
  }
  return v.flatMap((item) => ruleText(item, `each entry of ${what}`, problems) ?? []);
}

function classicSignal(signal: Signal, owner: ConfigObject, problems: ConfigProblems): SignalFilterConfig | null {
  const body = owner[signal];
  if (body === undefined || body === null) return null;
  const name = signal;
  if (!isObject(body)) {
    problems.atKey(owner, signal, `"${name}" must be a mapping`);
    return null;
  }
  const keys = CLASSIC_KEYS[signal];
  const groups: ConditionGroupConfig[] = [];
  for (const k of Object.keys(body)) {
    if (NON_OTTL.has(k)) {
      problems.atKey(body, k, `"${name}.${k}" (the non-OTTL match settings) is not supported; write OTTL conditions instead`);
    } else if (!(k in keys)) {
      problems.atKey(body, k, `unknown key "${name}.${k}"; expected ${Object.keys(keys).join(', ')}`, didYouMean(k, Object.keys(keys)));
    }
  }
  // Top-down order, whatever order the file lists them in: resource, then items, then sub-items.
  for (const [k, context] of Object.entries(keys)) {
    if (body[k] === undefined || body[k] === null) continue;
    groups.push({ context, errorMode: null, conditions: conditionList(body[k], `${name}.${k}`, problems) });
  }
  return { form: 'classic', groups };
}

function inferredSignal(signal: Signal, owner: ConfigObject, problems: ConfigProblems): SignalFilterConfig | null {
  const key = INFERRED_KEYS[signal];
  const v = owner[key];
  if (v === undefined || v === null) return null;
  if (!Array.isArray(v)) {
    problems.atKey(owner, key, `invalid ${key} type, expected a list`);
    return null;
  }
  const basic = v.filter((item) => !isObject(item) || isStatementMap(item));
  if (basic.length > 0 && basic.length < v.length) {
    problems.atKey(owner, key, `${key}: configuring multiple configuration styles is not supported, please use only Basic configuration or only Advanced configuration`);
    return null;
  }
  if (basic.length > 0) {
    return { form: 'inferred', groups: [{ context: null, errorMode: null, conditions: conditionList(v, key, problems) }] };
  }
  const groups = v.flatMap((item): ConditionGroupConfig[] => {
    if (!isObject(item)) return [];
    for (const k of Object.keys(item)) {
      if (!GROUP_KEYS.includes(k)) {
        problems.atKey(item, k, `unknown key "${k}" in a ${key} group; expected ${GROUP_KEYS.join(', ')}`, didYouMean(k, GROUP_KEYS));
      }
    }
    let context: ContextName | null = null;
    const c = item['context'] === undefined || item['context'] === null ? null : text(item['context'], 'context', problems);
    const name = c?.text.toLowerCase() ?? '';
    if (c !== null && name !== '') {
      if (!(FILTER_CONTEXTS[signal] as readonly string[]).includes(name)) {
        problems.at(c, `unknown context ${c.text} for ${key}; expected one of ${FILTER_CONTEXTS[signal].join(', ')}`, didYouMean(name, FILTER_CONTEXTS[signal]));
        return [];
      }
      context = name as ContextName;
    }
    return [{ context, errorMode: errorModeOf(item['error_mode'], problems, true), conditions: conditionList(item['conditions'], 'conditions', problems) }];
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

/** How many conditions the profile settings hold: strings anywhere in lists, groups' `conditions` included. */
function countConditions(v: ConfigValue | undefined): number {
  if (v instanceof LocatedText) return 1;
  if (Array.isArray(v)) return v.reduce<number>((n, item) => n + countConditions(item), 0);
  if (isObject(v)) return Object.entries(v).reduce<number>((n, [k, item]) => n + (k === 'context' || k === 'error_mode' ? 0 : countConditions(item)), 0);
  return 0;
}

/**
 * Reads a filter processor body, collecting every problem into `problems` and leaving out what is
 * wrong, so that a checker can still compile the rest.
 */
export function readFilterConfigInto(body: ConfigObject, problems: ConfigProblems): FilterConfig {
  for (const k of Object.keys(body)) {
    const other = otherKindSetting(body, k, 'filter');
    if (UNSUPPORTED_TOP.has(k)) problems.atKey(body, k, `the filter processor setting "${k}" is not supported`);
    else if (other !== null) problems.atKey(body, k, other);
    else if (!SETTINGS.filter.includes(k)) problems.atKey(body, k, `unknown filter processor setting "${k}"`, didYouMean(k, SETTINGS.filter));
  }
  const profiles = PROFILE_KEYS.reduce((n, k) => n + countConditions(body[k]), 0);
  if (profiles > 0) {
    const at = PROFILE_KEYS.find((k) => k in body) ?? PROFILE_KEYS[0];
    problems.atKey(body, at, `profile conditions are not run by this implementation: ${profiles} ${profiles === 1 ? 'condition' : 'conditions'} ignored`, {}, 'warning');
  }
  const signal = (s: Signal): SignalFilterConfig => {
    const classic = classicSignal(s, body, problems);
    const inferred = inferredSignal(s, body, problems);
    if (classic !== null && inferred !== null && classic.groups.length > 0 && inferred.groups.length > 0) {
      problems.atKey(body, INFERRED_KEYS[s], `cannot use context inferred ${MIX_NOUN[s]} conditions "${INFERRED_KEYS[s]}" and the settings ${MIX_SETTINGS[s]} at the same time`);
      return EMPTY;
    }
    if (inferred !== null && inferred.groups.length > 0) return inferred;
    return classic ?? EMPTY;
  };
  return {
    file: problems.file,
    errorMode: errorModeOf(body['error_mode'], problems, true),
    signals: { traces: signal('traces'), metrics: signal('metrics'), logs: signal('logs') },
    warnings: problems.warnings,
  };
}

/**
 * Reads a filter processor body.
 * @throws ConfigError with every problem of the body (unknown keys with did-you-mean, wrong shapes,
 * mixed styles and unsupported settings).
 */
export function readFilterConfig(body: ConfigObject, file: string): FilterConfig {
  const problems = new ConfigProblems(file);
  const config = readFilterConfigInto(body, problems);
  problems.throwIfErrors();
  return config;
}

/**
 * Whether a processor body looks like a filter config (as opposed to a transform config); a README
 * snippet whose only keys are filter processors (`filter/drop:`) does too.
 */
export function looksLikeFilter(body: ConfigObject): boolean {
  const keys = Object.keys(body);
  if (keys.length > 0 && keys.every((k) => kindFromName(k) === 'filter')) return true;
  return keys.some((k) => k in CLASSIC_KEYS || Object.values(INFERRED_KEYS).includes(k) || PROFILE_KEYS.includes(k));
}
