/**
 * Loads a YAML (or JSON) config keeping where each string came from, so that an error in a
 * statement can be shown at its line and column in the file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
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

/** Parses config text; YAML syntax errors become a ConfigError naming file, line and column. */
export function parseConfigText(text: string, file: string): LoadedConfig {
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
  const convert = (node: unknown): ConfigValue => {
    if (node === null || node === undefined) return null;
    if (isMap(node)) {
      const out: ConfigObject = Object.create(null);
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        out[key] = convert(pair.value);
      }
      return out;
    }
    if (isSeq(node)) return node.items.map(convert);
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') {
        const offset = (node as Node).range?.[0] ?? 0;
        const pos = lineCounter.linePos(offset);
        const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
        return new LocatedText(v, file, pos.line, pos.col, quoted);
      }
      if (typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
      return new LocatedText(String(v), file, 1, 1, 0);
    }
    return null;
  };
  return { file, root: convert(doc.contents) };
}

export function isObject(v: ConfigValue | undefined): v is ConfigObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof LocatedText);
}

/** A readable description of where a config value is, for messages. */
export function where(v: ConfigValue | undefined, file: string): string {
  return v instanceof LocatedText ? `${v.file}:${v.line}:${v.column}` : file;
}
