/**
 * The one formatter for positioned messages:
 *
 *     <name>:line:col: message
 *     <source line>
 *         ^
 *
 * It is shared by every command; text embedded in a larger file (a statement inside a YAML config)
 * passes the line/column where the text starts so positions refer to the file.
 */
import type { Diagnostic } from './diagnostic.js';

/** Where the diagnosed text starts inside a larger file. */
export interface FormatOptions {
  /** 1-based line in the outer file of the text's first line (default 1). */
  readonly baseLine?: number;
  /** 1-based column in the outer file of the text's first character (default 1); affects line 1 only. */
  readonly baseColumn?: number;
  /** Overrides the source's name. */
  readonly name?: string;
}

/** Formats one diagnostic as `name:line:col: message`, the source line and a caret line. */
export function formatDiagnostic(d: Diagnostic, options: FormatOptions = {}): string {
  const { line, column } = d.source.position(d.span.start);
  const baseLine = options.baseLine ?? 1;
  const baseColumn = options.baseColumn ?? 1;
  const outLine = line + baseLine - 1;
  const outColumn = line === 1 ? column + baseColumn - 1 : column;
  const name = options.name ?? d.source.name;
  const text = d.source.lineText(line);
  // Keep tabs so the caret lines up with the source line however the terminal renders them.
  const pad = text.slice(0, column - 1).replace(/[^\t]/g, ' ');
  return `${name}:${outLine}:${outColumn}: ${d.message}\n${text}\n${pad}^`;
}

/** Formats several diagnostics, separated by newlines. */
export function formatDiagnostics(list: readonly Diagnostic[], options: FormatOptions = {}): string {
  return list.map((d) => formatDiagnostic(d, options)).join('\n');
}
