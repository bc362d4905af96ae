/**
 * Collecting the problems of a config as it is read, so that one pass reports all of them (each at
 * the key or value it is about, with the file's line under a caret), instead of stopping at the first.
 */
import { renderProblem, sortProblems, type Problem, type Severity } from '../../core/diagnostics/problem.js';
import { didYouMeanHint, suggest } from '../../compiler/errors.js';
import { ConfigError, keyPosition, valuePosition, type ConfigObject, type ConfigPosition, type ConfigValue } from './yaml.js';

/** A hint and the names it proposes. */
export interface Advice {
  readonly hint?: string;
  readonly suggestions?: readonly string[];
}

/** `did you mean "x"?` for a misspelt `name` among `candidates` (nothing when none is close). */
export function didYouMean(name: string, candidates: Iterable<string>): Advice {
  const suggestions = suggest(name, candidates);
  return { hint: didYouMeanHint(suggestions), suggestions };
}

/** The problems of one config file, positioned where the file says what they are about. */
export class ConfigProblems {
  readonly list: Problem[] = [];

  constructor(readonly file: string) {}

  /** A problem about a key of `obj`. */
  atKey(obj: ConfigObject, key: string, message: string, advice: Advice = {}, severity: Severity = 'error'): void {
    this.push(keyPosition(obj, key), message, advice, severity);
  }

  /** A problem about a value (a string, mapping or list read from the file). */
  at(value: ConfigValue | undefined, message: string, advice: Advice = {}, severity: Severity = 'error'): void {
    this.push(valuePosition(value), message, advice, severity);
  }

  /** A problem about the file as a whole. */
  inFile(message: string, advice: Advice = {}, severity: Severity = 'error'): void {
    this.push(undefined, message, advice, severity);
  }

  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'error');
  }

  /** The warnings found so far. */
  get warnings(): readonly Problem[] {
    return this.list.filter((p) => p.severity === 'warning');
  }

  /** A ConfigError holding every error found so far, in file order. */
  toError(): ConfigError {
    const errors = sortProblems(this.list.filter((p) => p.severity === 'error'));
    return new ConfigError(errors.map(renderProblem).join('\n'), errors);
  }

  /** @throws ConfigError with every error found, when there is one. */
  throwIfErrors(): void {
    if (this.hasErrors) throw this.toError();
  }

  private push(at: ConfigPosition | undefined, message: string, advice: Advice, severity: Severity): void {
    const optional = {
      ...(advice.hint === undefined ? {} : { hint: advice.hint }),
      ...(advice.suggestions === undefined || advice.suggestions.length === 0 ? {} : { suggestions: advice.suggestions }),
    };
    this.list.push(
      at === undefined
        ? { file: this.file, line: 0, column: 0, endLine: 0, endColumn: 0, severity, code: 'config', message, ...optional }
        : {
            file: this.file,
            line: at.line,
            column: at.column,
            endLine: at.line,
            endColumn: at.column,
            severity,
            code: 'config',
            message,
            ...optional,
            excerpt: { text: at.lineText, column: at.column },
          },
    );
  }
}
