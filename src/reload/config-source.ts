/**
 * A rule set's configuration as an embedding program hands it over: YAML/JSON text, or an object
 * built in code. Both become the same located config tree, so the compilers and their diagnostics
 * do not care where the config came from.
 */
import { configError, LocatedText, parseConfigText, type ConfigObject, type ConfigValue, type LoadedConfig } from '../engine/config/yaml.js';

/**
 * Config text (YAML or JSON), or a plain object with the same shape (a processor body or a whole
 * collector config). Objects may hold strings, finite numbers, booleans, null, arrays and plain
 * objects only.
 */
export type ConfigSource = string | Readonly<Record<string, unknown>>;

/**
 * Loads a {@link ConfigSource}. Text keeps each string's line and column in `name`. An object has
 * no lines, so each string is located by its path instead: a bad statement at
 * `log_statements[0]` is reported as `<name>.log_statements[0]:1:<column>`.
 * @throws ConfigError on invalid YAML, or on an object holding a value that is not config data
 *   (undefined, bigint, a function, a class instance, a cycle, a non-finite number).
 */
export function loadConfigSource(source: ConfigSource, name: string): LoadedConfig {
  if (typeof source === 'string') return parseConfigText(source, name);
  return { file: name, root: fromObject(source, name, new Set()) };
}

function fromObject(value: unknown, at: string, seen: Set<object>): ConfigValue {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
      return new LocatedText(value, at, 1, 1, 0);
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value)) return value;
      throw configError(undefined, at, `${value} is not a valid config number`);
    case 'object':
      break;
    default:
      throw configError(undefined, at, `a ${typeof value} is not config data`);
  }
  if (seen.has(value)) throw configError(undefined, at, `the config object contains a cycle`);
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item, i) => fromObject(item, `${at}[${i}]`, seen));
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw configError(undefined, at, `only plain objects, arrays and scalars are config data`);
    }
    // Null prototype, as the YAML loader builds it, so a key such as "__proto__" stays data.
    const out: ConfigObject = Object.create(null);
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      // An absent optional setting written as `key: undefined` means the same as leaving it out.
      if (item !== undefined) out[key] = fromObject(item, `${at}.${key}`, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}
