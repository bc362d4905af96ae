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
import type { Signal } from '../../core/model.js';
import { isErrorMode, type ErrorMode } from '../error-mode.js';
import { configError, isObject, LocatedText, type ConfigObject, type ConfigValue, type LoadedConfig } from '../config/yaml.js';

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
}

/** The config key of each signal's statements. */
export const SIGNAL_KEYS: Readonly<Record<Signal, string>> = {
  traces: 'trace_statements',
  metrics: 'metric_statements',
  logs: 'log_statements',
};

const KNOWN_KEYS = new Set(['error_mode', 'flatten_data', 'trace_statements', 'metric_statements', 'log_statements', 'profile_statements']);

/**
 * Picks the processor body out of a loaded file: the file itself, or `processors.<name>` of a
 * collector config (`name` required when several transform processors are defined).
 */
export function selectProcessor(loaded: LoadedConfig, kind: 'transform' | 'filter', name?: string): ConfigObject {
  const root = loaded.root;
  if (root === null) return Object.create(null);
  if (!isObject(root)) throw configError(undefined, loaded.file, `the config must be a mapping`);
  const processors = root['processors'];
  if (isObject(processors)) {
    const candidates = Object.keys(processors).filter((k) => k === kind || k.startsWith(`${kind}/`));
    const chosen = name ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (chosen === undefined) {
      throw configError(
        undefined,
        loaded.file,
        candidates.length === 0
          ? `no ${kind} processor under "processors"`
          : `several ${kind} processors (${candidates.join(', ')}); choose one with --processor`,
      );
    }
    const body = processors[chosen];
    if (body === undefined) throw configError(undefined, loaded.file, `no processor "${chosen}" under "processors"`);
    if (body === null) return Object.create(null);
    if (!isObject(body)) throw configError(body, loaded.file, `processor "${chosen}" must be a mapping`);
    return body;
  }
  if (name !== undefined) throw configError(undefined, loaded.file, `--processor ${name} given, but the file has no "processors" section`);
  return root;
}

function text(v: ConfigValue | undefined, what: string, file: string): LocatedText {
  if (v instanceof LocatedText) return v;
  throw configError(v, file, `${what} must be a string`);
}

function errorModeOf(v: ConfigValue | undefined, file: string): ErrorMode | null {
  if (v === undefined || v === null) return null;
  const t = text(v, 'error_mode', file);
  if (!isErrorMode(t.text)) {
    throw configError(v, file, `invalid error_mode "${t.text}"; expected ignore, silent or propagate`);
  }
  return t.text;
}

function textList(v: ConfigValue | undefined, what: string, file: string): LocatedText[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw configError(v, file, `${what} must be a list of strings`);
  return v.map((item) => text(item, `each of ${what}`, file));
}

function groupsOf(v: ConfigValue | undefined, key: string, file: string): StatementGroupConfig[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw configError(v, file, `${key} must be a list`);
  const groups: StatementGroupConfig[] = [];
  // The basic form: plain strings, gathered (as the reference does) into one group whose context is
  // inferred from all of them together, with the ordinary per-item cache.
  const basic: LocatedText[] = [];
  for (const item of v) {
    if (item === null || item === undefined) {
      throw configError(undefined, file, `invalid ${key} item: empty statement list items are not supported`);
    }
    if (item instanceof LocatedText) {
      basic.push(item);
      continue;
    }
    if (basic.length > 0) {
      throw configError(item, file, `configuring multiple configuration styles is not supported, please use only Basic configuration or only Advanced configuration`,
      );
    }
    if (!isObject(item)) throw configError(undefined, file, `each entry of ${key} must be a statement or a group`);
    for (const k of Object.keys(item)) {
      if (!['context', 'error_mode', 'conditions', 'statements', 'shared_cache', 'flatten'].includes(k)) {
        throw configError(undefined, file, `unknown key "${k}" in a ${key} group`);
      }
    }
    const context = item['context'] === undefined || item['context'] === null ? null : text(item['context'], 'context', file).text;
    groups.push({
      context: context === '' ? null : context,
      errorMode: errorModeOf(item['error_mode'], file),
      conditions: textList(item['conditions'], 'conditions', file),
      statements: textList(item['statements'], 'statements', file),
      sharedCache: item['shared_cache'] === true,
      flatten: item['flatten'] === true,
    });
  }
  if (basic.length > 0) groups.push({ context: null, errorMode: null, conditions: [], statements: basic, sharedCache: false, flatten: false });
  return groups;
}

/** Reads a transform processor body. */
export function readTransformConfig(body: ConfigObject, file: string): TransformConfig {
  for (const k of Object.keys(body)) {
    if (!KNOWN_KEYS.has(k)) throw configError(undefined, file, `unknown transform processor setting "${k}"`);
  }
  const flatten = body['flatten_data'];
  if (flatten !== undefined && flatten !== null && typeof flatten !== 'boolean') {
    throw configError(undefined, file, `flatten_data must be true or false`);
  }
  return {
    file,
    errorMode: errorModeOf(body['error_mode'], file),
    flattenData: flatten === true,
    groups: {
      traces: groupsOf(body[SIGNAL_KEYS.traces], SIGNAL_KEYS.traces, file),
      metrics: groupsOf(body[SIGNAL_KEYS.metrics], SIGNAL_KEYS.metrics, file),
      logs: groupsOf(body[SIGNAL_KEYS.logs], SIGNAL_KEYS.logs, file),
    },
  };
}
