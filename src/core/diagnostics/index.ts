/** Positioned diagnostics: `Source`, `Diagnostic` and the caret formatter. */
export { Source } from './source.js';
export { diagnostic, sortDiagnostics, messages } from './diagnostic.js';
export type { Diagnostic } from './diagnostic.js';
export { formatDiagnostic, formatDiagnostics } from './format.js';
export type { FormatOptions } from './format.js';
export { compareProblems, renderProblem, sortProblems } from './problem.js';
export type { Problem, ProblemCode, Severity } from './problem.js';
