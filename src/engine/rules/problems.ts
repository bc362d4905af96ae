/**
 * Positions rule problems in the file the rules came from: a span inside one statement's text
 * becomes a line and column of the config file (a statement may sit anywhere in a YAML file).
 */
import { Source } from '../../core/diagnostics/source.js';
import type { Problem, ProblemCode, Severity } from '../../core/diagnostics/problem.js';
import type { SourceSpan } from '../../core/span.js';
import type { CompileError } from '../../compiler/errors.js';
import type { LocatedText } from '../config/yaml.js';

/** A problem at `span` of a located statement or condition. */
export function problemAt(
  loc: LocatedText | undefined,
  span: SourceSpan,
  code: ProblemCode,
  message: string,
  extra: { hint?: string; suggestions?: readonly string[]; severity?: Severity } = {},
): Problem {
  const severity = extra.severity ?? 'error';
  const optional = {
    ...(extra.hint === undefined ? {} : { hint: extra.hint }),
    ...(extra.suggestions === undefined || extra.suggestions.length === 0 ? {} : { suggestions: extra.suggestions }),
  };
  if (loc === undefined) return { file: '', line: 0, column: 0, endLine: 0, endColumn: 0, severity, code, message, ...optional };
  const source = new Source(loc.text, loc.file);
  const start = source.position(span.start);
  const end = source.position(Math.max(span.end, span.start));
  // The first line of the text starts at the scalar's column (plus its opening quote); later lines at column 1.
  const shift = (p: { line: number; column: number }) => ({
    line: loc.line + p.line - 1,
    column: p.line === 1 ? p.column + loc.column + loc.contentOffset - 1 : p.column,
  });
  const s = shift(start);
  const e = shift(end);
  return {
    file: loc.file,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    severity,
    code,
    message,
    ...optional,
    excerpt: { text: source.lineText(start.line), column: start.column },
  };
}

/** A compile error as a problem, with its structured suggestions. */
export function problemOf(loc: LocatedText, e: CompileError): Problem {
  return problemAt(loc, e.span, e.code, e.message, { hint: e.hint, suggestions: e.suggestions });
}

/** A problem that has a file but no position inside it. */
export function fileProblem(file: string, code: ProblemCode, message: string, severity: Severity = 'error'): Problem {
  return { file, line: 0, column: 0, endLine: 0, endColumn: 0, severity, code, message };
}
