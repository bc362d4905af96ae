/**
 * A problem found in a rule set, positioned in the file the user wrote: the structured form every
 * stage produces (the parser, the compiler, context inference, config loading) and every client
 * consumes (the CLI, `RuleSetError`, editors). Text is made from it only at the edge, by
 * {@link renderProblem}.
 */

/** What kind of problem, for programs that react to some and not others. */
export type ProblemCode =
  | 'syntax'
  | 'unknown-function'
  | 'gated-function'
  | 'function-kind'
  | 'arguments'
  | 'unknown-path'
  | 'path'
  | 'unknown-enum'
  | 'context'
  | 'config'
  | 'yaml'
  | 'limit'
  | 'deprecated';

export type Severity = 'error' | 'warning';

/** A positioned problem. Lines and columns are 1-based, columns count UTF-16 units; the end is exclusive. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: ProblemCode;
  /** The message, without position or hint (`undefined function "Concatt"`). */
  readonly message: string;
  /** A short suggestion shown after the message (`did you mean "Concat"?`). */
  readonly hint?: string;
  /** Names the hint was chosen from or proposes (the closest first), for editors' quick fixes. */
  readonly suggestions?: readonly string[];
  /**
   * The line of rule text the problem is in and the 1-based column within it, for the caret
   * display (a statement inside a YAML file is shown as the statement, not the YAML line).
   */
  readonly excerpt?: { readonly text: string; readonly column: number };
}

/** Orders problems by file position (stable for equal positions). */
export function compareProblems(a: Problem, b: Problem): number {
  return a.line - b.line || a.column - b.column;
}

/** Sorts by position and drops exact repeats (the same message at the same place). */
export function sortProblems(list: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return [...list].sort(compareProblems).filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.message}:${p.hint ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `file:line:col: message (hint)`, then the source line and a caret under the column when the line
 * is known. A problem without a position (line 0) renders as `file: message` (or just the message
 * when the file is unknown).
 */
export function renderProblem(p: Problem): string {
  const text = p.hint === undefined ? p.message : `${p.message} (${p.hint})`;
  if (p.line <= 0) return p.file === '' ? text : `${p.file}: ${text}`;
  const head = `${p.file}:${p.line}:${p.column}: ${text}`;
  if (p.excerpt === undefined) return head;
  // Keep tabs so the caret lines up with the source line however the terminal renders them.
  const pad = p.excerpt.text.slice(0, Math.max(0, p.excerpt.column - 1)).replace(/[^\t]/g, ' ');
  return `${head}\n${p.excerpt.text}\n${pad}^`;
}
