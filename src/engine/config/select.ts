/**
 * Finding the processor bodies in a config file, in the three shapes people write:
 *
 * - a processor's body (`log_statements: …`);
 * - the processor READMEs' snippet shape: the only top keys are processor names
 *   (`transform:`, `filter/drop:`), each holding a body;
 * - a whole collector config, with the processors under `processors:`.
 *
 * A name that is not there gets did-you-mean and the list of the processors that are; a processor
 * of another type (`batch`, `memory_limiter`) is named as such rather than read as a body.
 */
import { ConfigProblems, didYouMean } from './problems.js';
import { isObject, type ConfigObject, type LoadedConfig } from './yaml.js';

export type ProcessorKind = 'transform' | 'filter';

/** One processor body found in a file; `kind` is null for a bare body whose kind is not known. */
export interface ProcessorEntry {
  readonly name: string;
  readonly kind: ProcessorKind | null;
  readonly body: ConfigObject;
}

/** The command that runs each kind, for messages that point to the right one. */
export const COMMAND_OF: Readonly<Record<ProcessorKind, string>> = { transform: 'ottl run', filter: 'ottl filter' };

/** Each processor's top-level settings (`error_mode` is both kinds'). */
export const SETTINGS: Readonly<Record<ProcessorKind, readonly string[]>> = {
  transform: ['error_mode', 'flatten_data', 'trace_statements', 'metric_statements', 'log_statements', 'profile_statements'],
  filter: ['error_mode', 'traces', 'metrics', 'logs', 'trace_conditions', 'metric_conditions', 'log_conditions', 'profiles', 'profile_conditions'],
};

const otherKind = (kind: ProcessorKind): ProcessorKind => (kind === 'transform' ? 'filter' : 'transform');
const onlyOf = (key: string, kind: ProcessorKind): boolean => SETTINGS[kind].includes(key) && !SETTINGS[otherKind(kind)].includes(key);

/**
 * When `key` of a body read as `expected` is a setting of the other kind: the message saying so,
 * naming the command to use when the whole body is of the other kind. Null otherwise.
 */
export function otherKindSetting(body: ConfigObject, key: string, expected: ProcessorKind): string | null {
  const other = otherKind(expected);
  if (!onlyOf(key, other)) return null;
  const whole = !Object.keys(body).some((k) => onlyOf(k, expected));
  return whole
    ? `"${key}" is a ${other} processor setting: this is a ${other} processor config, use \`${COMMAND_OF[other]}\``
    : `"${key}" is a ${other} processor setting, not a ${expected} one`;
}

/** The kind a processor name stands for (`transform/x` → transform), or null for other processors. */
export function kindFromName(name: string): ProcessorKind | null {
  for (const k of ['transform', 'filter'] as const) if (name === k || name.startsWith(`${k}/`)) return k;
  return null;
}

const typeOf = (name: string): string => name.split('/')[0];

const empty = (): ConfigObject => Object.create(null) as ConfigObject;

const kindWords = (kind: ProcessorKind | undefined): string => kind ?? 'transform or filter';

/** The processors of a file: under `processors:`, or the top level when every top key names a transform or filter. */
function processorsOf(root: ConfigObject): { processors: ConfigObject; place: string } | null {
  const section = root['processors'];
  if (isObject(section)) return { processors: section, place: 'under "processors"' };
  const keys = Object.keys(root);
  if (keys.length > 0 && keys.every((k) => kindFromName(k) !== null)) return { processors: root, place: 'in the file' };
  return null;
}

/**
 * The processor bodies of a file. With `name`, that one processor; without it, every processor of
 * `kind` (both kinds when absent) when `several`, else the only one.
 * @throws ConfigError when the named processor is missing or of another type, or the choice is ambiguous.
 */
export function processorEntries(
  loaded: LoadedConfig,
  options: { kind?: ProcessorKind; name?: string; several?: boolean },
): ProcessorEntry[] {
  const { root, file } = loaded;
  const { kind, name } = options;
  const problems = new ConfigProblems(file);
  const fail = (message: string, advice = {}): never => {
    problems.inFile(message, advice);
    throw problems.toError();
  };
  if (root === null) return [{ name: kind ?? 'transform', kind: kind ?? null, body: empty() }];
  if (!isObject(root)) return fail('the config must be a mapping');
  const found = processorsOf(root);
  if (found === null) {
    if (name !== undefined) fail(`--processor ${name} given, but the file has no "processors" section`);
    return [{ name: kind ?? 'transform', kind: kind ?? null, body: root }];
  }
  const { processors, place } = found;
  const ofKind = (k: ProcessorKind | undefined) => Object.keys(processors).filter((n) => kindFromName(n) !== null && (k === undefined || kindFromName(n) === k));
  const listed = (k: ProcessorKind | undefined): string => {
    const names = ofKind(k);
    return names.length === 0 ? `there is no ${kindWords(k)} processor ${place}` : `the ${kindWords(k)} processors ${place}: ${names.join(', ')}`;
  };
  const entry = (n: string): ProcessorEntry => {
    const body = processors[n];
    if (body !== null && !isObject(body)) problems.atKey(processors, n, `processor "${n}" must be a mapping`);
    return { name: n, kind: kindFromName(n), body: isObject(body) ? body : empty() };
  };
  if (name !== undefined) {
    if (!(name in processors)) fail(`no processor "${name}" ${place}; ${listed(kind)}`, didYouMean(name, ofKind(kind)));
    const own = kindFromName(name);
    if (own === null) {
      problems.atKey(processors, name, `processor "${name}" is a ${typeOf(name)} processor, not a ${kindWords(kind)} processor; ${listed(kind)}`);
    } else if (kind !== undefined && own !== kind) {
      problems.atKey(processors, name, `processor "${name}" is a ${own} processor, not a ${kind} processor: use \`${COMMAND_OF[own]}\` for it; ${listed(kind)}`);
    }
    const chosen = entry(name);
    problems.throwIfErrors();
    return [chosen];
  }
  const names = ofKind(kind);
  if (names.length === 0) {
    const other = kind === undefined ? [] : ofKind(kind === 'transform' ? 'filter' : 'transform');
    const elsewhere = other.length === 0 || kind === undefined ? '' : ` (${other.join(', ')}: use \`${COMMAND_OF[kind === 'transform' ? 'filter' : 'transform']}\` for ${other.length === 1 ? 'it' : 'them'})`;
    fail(`no ${kindWords(kind)} processor ${place}${elsewhere}`);
  }
  if (!options.several && names.length > 1) fail(`several ${kindWords(kind)} processors (${names.join(', ')}); choose one with --processor`);
  const entries = names.map(entry);
  problems.throwIfErrors();
  return entries;
}
