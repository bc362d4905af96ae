/**
 * The transform processor's configuration, in both of the reference's forms:
 *
 * - basic: `log_statements: ["stmt", …]` — all the statements form one group whose context is inferred
 *   from all of their paths together (mixing strings and groups in one list is an error);
 * - advanced: `log_statements: [{ context?, error_mode?, conditions?, statements }, …]`.
 *
 * The file may be the processor's body, or a whole collector config from which one `transform`
 * processor is chosen.
 */
import type { Problem } from '../../core/diagnostics/problem.js';
import { canonicalContext, signalContexts } from '../../core/contexts.js';
import type { Signal } from '../../core/model.js';
import { ERROR_MODES, isErrorMode, type ErrorMode } from '../error-mode.js';
import { ConfigProblems, didYouMean } from '../config/problems.js';
import { otherKindSetting, processorEntries, SETTINGS, type ProcessorKind } from '../config/select.js';
import { isStatementMap, ruleText, text } from '../config/slips.js';
import { isObject, LocatedText, type ConfigObject, type ConfigValue, type LoadedConfig } from '../config/yaml.js';

export interface StatementGroupConfig {
  /** Explicit context, or null to infer it. */
  readonly context: string | null;
  readonly errorMode: ErrorMode | null;
  readonly conditions: readonly LocatedText[];
  readonly statements: readonly LocatedText[];
  /** `shared_cache: true`: one cache per context for the whole batch instead of one per item. */
  readonly sharedCache: boolean;
  /**
   * `flatten: true` (newest reference; log groups only, gate `transform.flatten.logs`): the group runs
   * with every log record holding its own copy of its resource and scope, then records regroup.
   */
  readonly flatten: boolean;
}

export interface TransformConfig {
  readonly file: string;
  readonly errorMode: ErrorMode | null;
  readonly flattenData: boolean;
  readonly groups: Readonly<Record<Signal, readonly StatementGroupConfig[]>>;
  /** Warnings found while reading (statements this implementation recognises but does not run). */
  readonly warnings?: readonly Problem[];
}

/** The config key of each signal's statements. */
export const SIGNAL_KEYS: Readonly<Record<Signal, string>> = {
  traces: 'trace_statements',
  metrics: 'metric_statements',
  logs: 'log_statements',
};

const GROUP_KEYS = ['context', 'error_mode', 'conditions', 'statements', 'shared_cache', 'flatten'];

/**
 * Picks the processor body out of a loaded file: the file itself, the body under the only
 * `transform`/`filter` key of a README-style snippet, or `processors.<name>` of a collector config
 * (`name` required when several processors of the kind are defined).
 * @throws ConfigError when the processor is missing, ambiguous or of another type.
 */
export function selectProcessor(loaded: LoadedConfig, kind: ProcessorKind, name?: string): ConfigObject {
  return processorEntries(loaded, { kind, name })[0].body;
}

/** A mistyped or misplaced key of a mapping: did-you-mean among `known`. */
function unknownKey(problems: ConfigProblems, obj: ConfigObject, key: string, message: string, known: readonly string[]): void {
  problems.atKey(obj, key, message, didYouMean(key, known));
}

/**
 * The error_mode setting (null when absent or invalid; an invalid one is reported). The filter
 * processor takes an empty one as unset; the transform processor rejects it.
 */
export function errorModeOf(v: ConfigValue | undefined, problems: ConfigProblems, emptyIsUnset = false): ErrorMode | null {
  if (v === undefined || v === null) return null;
  const t = text(v, 'error_mode', problems);
  if (t === null || (emptyIsUnset && t.text === '')) return null;
  if (!isErrorMode(t.text)) {
    problems.at(t, `invalid error_mode "${t.text}"; expected ignore, silent or propagate`, didYouMean(t.text, ERROR_MODES));
    return null;
  }
  return t.text;
}

function textList(v: ConfigValue | undefined, what: string, problems: ConfigProblems): LocatedText[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    problems.at(v, `${what} must be a list of strings`);
    return [];
  }
  return v.flatMap((item) => ruleText(item, `each of ${what}`, problems) ?? []);
}

/** A group's `context:` (null to infer it), or undefined (reported) when the signal has no such context. */
function groupContext(v: ConfigValue | undefined, signal: Signal, problems: ConfigProblems): string | null | undefined {
  if (v === undefined || v === null) return null;
  const t = text(v, 'context', problems);
  if (t === null) return undefined;
  if (t.text === '') return null;
  const available = signalContexts(signal);
  const name = canonicalContext(t.text);
  if (name !== undefined && available.includes(name)) return t.text;
  problems.at(t, `unknown context "${t.text}"; expected one of ${available.join(', ')}`, didYouMean(t.text, available));
  return undefined;
}

function groupsOf(owner: ConfigObject, signal: Signal, problems: ConfigProblems): StatementGroupConfig[] {
  const key = SIGNAL_KEYS[signal];
  const v = owner[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    problems.at(v, `${key} must be a list`);
    return [];
  }
  const groups: StatementGroupConfig[] = [];
  // The basic form: plain strings, gathered (as the reference does) into one group whose context is
  // inferred from all of them together, with the ordinary per-item cache.
  const basic: LocatedText[] = [];
  let mixed = false;
  for (const item of v) {
    if (item === null || item === undefined) {
      problems.at(v, `invalid ${key} item: empty statement list items are not supported`);
      continue;
    }
    if (!isObject(item) || isStatementMap(item)) {
      const t = ruleText(item, `each entry of ${key}`, problems);
      if (t !== null) basic.push(t);
      continue;
    }
    // As the reference: strings after groups join as one last group; a group after strings is an error.
    if (basic.length > 0 && !mixed) {
      mixed = true;
      problems.at(item, `configuring multiple configuration styles is not supported, please use only Basic configuration or only Advanced configuration`);
    }
    for (const k of Object.keys(item)) {
      if (!GROUP_KEYS.includes(k)) unknownKey(problems, item, k, `unknown key "${k}" in a ${key} group; expected ${GROUP_KEYS.join(', ')}`, GROUP_KEYS);
    }
    const context = groupContext(item['context'], signal, problems);
    if (context === undefined) continue;
    groups.push({
      context,
      errorMode: errorModeOf(item['error_mode'], problems),
      conditions: textList(item['conditions'], 'conditions', problems),
      statements: textList(item['statements'], 'statements', problems),
      sharedCache: item['shared_cache'] === true,
      flatten: item['flatten'] === true,
    });
  }
  if (mixed) return [];
  if (basic.length > 0) groups.push({ context: null, errorMode: null, conditions: [], statements: basic, sharedCache: false, flatten: false });
  return groups;
}

/** How many statements a `profile_statements` value holds (basic strings and groups' statements). */
function countStatements(v: ConfigValue | undefined): number {
  if (!Array.isArray(v)) return 0;
  return v.reduce<number>((n, item) => n + (item instanceof LocatedText ? 1 : isObject(item) && Array.isArray(item['statements']) ? item['statements'].length : 0), 0);
}

/**
 * Reads a transform processor body, collecting every problem into `problems` and leaving out what
 * is wrong, so that a checker can still compile the rest.
 */
export function readTransformConfigInto(body: ConfigObject, problems: ConfigProblems): TransformConfig {
  const file = problems.file;
  for (const k of Object.keys(body)) {
    if (SETTINGS.transform.includes(k)) continue;
    const other = otherKindSetting(body, k, 'transform');
    if (other !== null) problems.atKey(body, k, other);
    else unknownKey(problems, body, k, `unknown transform processor setting "${k}"`, SETTINGS.transform);
  }
  const flatten = body['flatten_data'];
  if (flatten !== undefined && flatten !== null && typeof flatten !== 'boolean') problems.atKey(body, 'flatten_data', `flatten_data must be true or false`);
  const profiles = countStatements(body['profile_statements']);
  if (profiles > 0) {
    problems.atKey(body, 'profile_statements', `profile statements are not run by this implementation: ${profiles} ${profiles === 1 ? 'statement' : 'statements'} ignored`, {}, 'warning');
  }
  const config: TransformConfig = {
    file,
    errorMode: errorModeOf(body['error_mode'], problems),
    flattenData: flatten === true,
    groups: {
      traces: groupsOf(body, 'traces', problems),
      metrics: groupsOf(body, 'metrics', problems),
      logs: groupsOf(body, 'logs', problems),
    },
  };
  return { ...config, warnings: problems.warnings };
}

/**
 * Reads a transform processor body.
 * @throws ConfigError with every problem of the body (unknown keys with did-you-mean, wrong shapes).
 */
export function readTransformConfig(body: ConfigObject, file: string): TransformConfig {
  const problems = new ConfigProblems(file);
  const config = readTransformConfigInto(body, problems);
  problems.throwIfErrors();
  return config;
}
