/**
 * Loads a YAML (or JSON) config keeping where each string came from, so that an error in a
 * statement can be shown at its line and column in the file.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { expandConfigString, ExpansionError, type ExpandOptions } from './expand.js';
import { readSimpleYaml } from './simple-yaml.js';
import type { Problem } from '../../core/diagnostics/problem.js';

/** A string from the config file with its position (1-based) and how it was quoted. */
export class LocatedText {
  constructor(
    readonly text: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
    /** Column offset from the scalar's start to its content: 1 for quoted scalars, else 0. */
    readonly contentOffset: number,
    /**
     * An unquoted scalar that spans several lines, one of them starting with `- `: almost always two
     * list items folded into one by an indentation slip (the second `-` indented deeper).
     */
    readonly foldedListItem = false,
    /** Where the value was written, when the reader knew it as it built the text (see {@link valuePosition}). */
    readonly position: ConfigPosition | undefined = undefined,
  ) {}
}

/** A config value: plain objects (null prototype), arrays, LocatedText for strings, other scalars. */
export type ConfigValue = ConfigObject | ConfigValue[] | LocatedText | number | boolean | null;
export interface ConfigObject {
  [key: string]: ConfigValue;
}

/**
 * A problem with the config itself (not with one statement's OTTL). `problems` holds the positioned
 * form of each problem; the message is their rendering (or the whole message when none was given).
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly Problem[];
  constructor(message: string, problems: readonly Problem[] = []) {
    super(message);
    this.problems = problems.length > 0 ? problems : [{ file: '', line: 0, column: 0, endLine: 0, endColumn: 0, severity: 'error', code: 'config', message }];
  }
}

/** A config error about `at` (a value read from the file, positioned when it is a string). */
export function configError(at: ConfigValue | undefined, file: string, message: string): ConfigError {
  const problem: Problem =
    at instanceof LocatedText
      ? { file: at.file, line: at.line, column: at.column, endLine: at.line, endColumn: at.column, severity: 'error', code: 'config', message }
      : { file, line: 0, column: 0, endLine: 0, endColumn: 0, severity: 'error', code: 'config', message };
  return new ConfigError(`${where(at, file)}: ${message}`, [problem]);
}

export interface LoadedConfig {
  readonly file: string;
  readonly root: ConfigValue;
}

/** Where something was written in the file: 1-based line and column, and that line's text (for a caret). */
export interface ConfigPosition {
  readonly line: number;
  readonly column: number;
  readonly lineText: string;
}

/** Where each key of a mapping was written, for messages about keys (`unknown key … at 3:1`). */
const KEY_POSITIONS = new WeakMap<ConfigObject, Map<string, ConfigPosition>>();
/** The source text of an unquoted string that spans several lines (YAML joins them with spaces). */
const PLAIN_LINES = new WeakMap<LocatedText, string>();

/** The lines of an unquoted multi-line string as written, before YAML joined them; undefined otherwise. */
export function plainLines(v: LocatedText): readonly string[] | undefined {
  return PLAIN_LINES.get(v)?.split('\n');
}

/** Where each mapping, list and string value started. */
const VALUE_POSITIONS = new WeakMap<object, ConfigPosition>();

/** Where a key of a config mapping was written, when the mapping came from a file. */
export function keyPosition(obj: ConfigObject, key: string): ConfigPosition | undefined {
  return KEY_POSITIONS.get(obj)?.get(key);
}

/** Where a config value (a mapping, a list or a string) was written, when it came from a file. */
export function valuePosition(v: ConfigValue | undefined): ConfigPosition | undefined {
  if (v instanceof LocatedText) return v.position ?? VALUE_POSITIONS.get(v);
  return v !== null && typeof v === 'object' ? VALUE_POSITIONS.get(v) : undefined;
}

/** `file:line:col` of a key of a config mapping, or the file alone when unknown. */
export function keyWhere(obj: ConfigObject, key: string, file: string): string {
  const p = keyPosition(obj, key);
  return p === undefined ? file : `${file}:${p.line}:${p.column}`;
}

/**
 * How many values aliases (`*name`) may produce in one file. The collector's YAML parser resolves
 * aliases; so do we, with a bound so that an alias bomb is an error, not a hang.
 */
export const MAX_ALIAS_EXPANSION = 10_000;

/** Options of {@link parseConfigText}. */
export interface ParseConfigOptions extends ExpandOptions {
  /** Apply the collector's `${env:NAME}` / `$$` expansion to string values (default true). */
  readonly expand?: boolean;
  /**
   * Read plain block YAML with the fast reader of `simple-yaml.ts` (default true); false always
   * uses the `yaml` package (tests compare the two).
   */
  readonly simpleReader?: boolean;
}

/**
 * Parses config text; YAML syntax errors become a ConfigError naming file, line and column.
 * String values are expanded as the collector's config layer does (see `expand.ts`): `${env:NAME}`
 * and `${NAME}` are replaced, then `$$` becomes `$`. Aliases are resolved (bounded by
 * {@link MAX_ALIAS_EXPANSION}).
 */
export function parseConfigText(text: string, file: string, options: ParseConfigOptions = {}): LoadedConfig {
  if (options.simpleReader !== false) {
    const root = readSimpleYaml<LocatedText, ConfigObject>(text, {
      string: (v, at, quoted) => {
        // The position travels on the value itself: a weak-map entry per rule cost as much as reading it.
        const located = new LocatedText(v, file, at.line, at.column, quoted ? 1 : 0, false, at);
        // Expansion only rewrites `$` sequences: most values (every OTTL rule without one) are kept as read.
        if (options.expand === false || !v.includes('$')) return located;
        return new LocatedText(expandAt(v, located, file, options), file, at.line, at.column, quoted ? 1 : 0, false, at);
      },
      mapping: (entries, keys, at) => {
        const out: ConfigObject = Object.create(null);
        for (const [key, value] of entries) out[key] = value;
        KEY_POSITIONS.set(out, keys);
        VALUE_POSITIONS.set(out, at);
        return out;
      },
      sequence: (items, at) => {
        VALUE_POSITIONS.set(items, at);
        return items;
      },
    });
    if (root !== undefined) return { file, root };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e): Problem => {
      const pos = lineCounter.linePos(e.pos[0]);
      const end = lineCounter.linePos(e.pos[1]);
      const lineText = text.split('\n')[pos.line - 1]?.replace(/\r$/, '') ?? '';
      return {
        file,
        line: pos.line,
        column: pos.col,
        endLine: end.line,
        endColumn: end.col,
        severity: 'error',
        code: 'yaml',
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
        excerpt: { text: lineText, column: pos.col },
      };
    });
    throw new ConfigError(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'), problems);
  }
  let lines: string[] | undefined;
  const positionAt = (offset: number): ConfigPosition => {
    const pos = lineCounter.linePos(offset);
    lines ??= text.split('\n');
    return { line: pos.line, column: pos.col, lineText: (lines[pos.line - 1] ?? '').replace(/\r$/, '') };
  };
  const remember = <T extends object>(value: T, node: unknown): T => {
    const offset = (node as Node | undefined)?.range?.[0];
    if (offset !== undefined && !VALUE_POSITIONS.has(value)) VALUE_POSITIONS.set(value, positionAt(offset));
    return value;
  };
  const at = (node: unknown): LocatedText | undefined => {
    const offset = (node as Node | undefined)?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return new LocatedText('', file, pos.line, pos.col, 0);
  };
  const expand = (v: string, node: unknown): string => (options.expand === false ? v : expandAt(v, at(node), file, options));
  let aliased = 0;
  const convert = (node: unknown, viaAlias = false): ConfigValue => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (target === undefined) throw configError(at(node), file, `unknown alias *${node.source}`);
      return convert(target, true);
    }
    if (viaAlias && ++aliased > MAX_ALIAS_EXPANSION) {
      throw configError(at(node), file, `aliases expand to more than ${MAX_ALIAS_EXPANSION} values; write the config out instead`);
    }
    if (isMap(node)) {
      const out: ConfigObject = Object.create(null);
      const positions = new Map<string, ConfigPosition>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        out[key] = convert(pair.value, viaAlias);
        const offset = (pair.key as Node | null)?.range?.[0];
        if (offset !== undefined) positions.set(key, positionAt(offset));
      }
      KEY_POSITIONS.set(out, positions);
      return remember(out, node);
    }
    if (isSeq(node)) return remember(node.items.map((item) => convert(item, viaAlias)), node);
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') {
        const offset = (node as Node).range?.[0] ?? 0;
        const pos = lineCounter.linePos(offset);
        const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
        const end = (node as Node).range?.[1] ?? offset;
        const folded = node.type === 'PLAIN' && /\n[ \t]*- /.test(text.slice(offset, end));
        const located = new LocatedText(expand(v, node), file, pos.line, pos.col, quoted, folded);
        if (node.type === 'PLAIN' && text.slice(offset, end).includes('\n')) PLAIN_LINES.set(located, text.slice(offset, end));
        return remember(located, node);
      }
      if (typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
      return new LocatedText(String(v), file, 1, 1, 0);
    }
    return null;
  };
  return { file, root: convert(doc.contents) };
}

/** The collector's expansion of a string value read at `at`; its errors and warnings are located there. */
function expandAt(v: string, at: LocatedText | undefined, file: string, options: ExpandOptions): string {
  try {
    return expandConfigString(v, { env: options.env, warn: options.warn && ((m) => options.warn?.(`${where(at, file)}: ${m}`)) });
  } catch (e) {
    if (e instanceof ExpansionError) throw configError(at, file, e.message);
    throw e;
  }
}

export function isObject(v: ConfigValue | undefined): v is ConfigObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof LocatedText);
}

/** A readable description of where a config value is, for messages. */
export function where(v: ConfigValue | undefined, file: string): string {
  return v instanceof LocatedText ? `${v.file}:${v.line}:${v.column}` : file;
}
