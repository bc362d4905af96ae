/**
 * YAML slips that turn statements into something else before OTTL sees them. An unquoted string may
 * run over several lines (YAML joins them with spaces, so a long statement can be wrapped); but when
 * a continuation line starts a new editor call after a complete one, the indentation has folded the
 * next statement into this one: `- set(a, 1)` followed by `  set(b, 2)` (or `  - set(b, 2)`) indented
 * under it.
 */
import type { ConfigProblems } from './problems.js';
import { isObject, LocatedText, plainLines, type ConfigObject, type ConfigValue } from './yaml.js';

/** An editor call starting a line: `name(`, optionally after a list dash. Keywords are not editors. */
const EDITOR_START = /^(?:- +)?([a-z_][A-Za-z0-9_]*)\(/;
const KEYWORDS = new Set(['where', 'and', 'or', 'not']);

/**
 * Where a second statement starts inside an unquoted multi-line string (its line in the file), or
 * null when every line continues the one before.
 */
export function joinedStatements(t: LocatedText): { readonly line: number } | null {
  const lines = plainLines(t);
  if (lines === undefined) return null;
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1].trimEnd();
    const m = EDITOR_START.exec(lines[i].trim());
    if (before.endsWith(')') && m !== null && !KEYWORDS.has(m[1])) return { line: t.line + i };
  }
  return null;
}

/** What a setting's name looks like; a key that is not one is OTTL text cut at a `: `. */
const SETTING_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A mapping of one key that is no setting name: a statement or condition with `: ` in it, read by YAML as `key: value`. */
export function isStatementMap(v: ConfigValue | undefined): v is ConfigObject {
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && !SETTING_NAME.test(keys[0]);
}

/** A string setting; anything else is reported (null then). */
export function text(v: ConfigValue | undefined, what: string, problems: ConfigProblems): LocatedText | null {
  if (v instanceof LocatedText) return v;
  problems.at(v, `${what} must be a string`);
  return null;
}

/**
 * One statement or condition of a list, or null (reported) when a YAML slip made it something else:
 * a mapping (an unquoted `: `), or two statements folded into one string.
 */
export function ruleText(item: ConfigValue | undefined, what: string, problems: ConfigProblems): LocatedText | null {
  if (isStatementMap(item)) {
    problems.at(item, `this rule contains ": ", which YAML reads as a key and a value: quote the statement ('...' or "...")`);
    return null;
  }
  const t = text(item, what, problems);
  const joined = t === null ? null : joinedStatements(t);
  if (joined !== null) {
    problems.at(t, `the indentation joined two statements into one (line ${joined.line} continues this one): start each statement with "- " at the same indentation`);
    return null;
  }
  return t;
}
