/**
 * Compiles one group of statements and conditions (a transform group, or a filter context's
 * conditions) into runnable sequences: parse, infer or check the context, compile. Every error in
 * the group is collected and rendered at its line and column in the config file.
 */
import { CompileError } from '../../compiler/errors.js';
import { Compiler, type CompiledStatement } from '../../compiler/compiler.js';
import { collectHints, emptyHints, inferContext, type Hints } from '../../compiler/infer-context.js';
import { formatDiagnostic, Source, type Diagnostic } from '../../diagnostics/index.js';
import { functionTable, gatedFunctions, type FunctionHost } from '../../functions/index.js';
import type { BoolExpr, SourceSpan, Statement } from '../../parser/ast.js';
import { parseCondition, parseStatement } from '../../parser/parse.js';
import type { LocatedText } from '../config/yaml.js';
import { CONTEXTS } from '../contexts/index.js';
import type { ContextName } from '../contexts/types.js';
import type { Logger } from '../error-mode.js';
import type { ErrorMode } from '../error-mode.js';
import type { FeatureGates } from '../feature-gates.js';
import { ConditionSequence, StatementSequence } from '../sequences.js';

/** The contexts each signal offers, top down. */
export const SIGNAL_CONTEXTS = {
  logs: ['resource', 'scope', 'log'],
  traces: ['resource', 'scope', 'span', 'spanevent'],
  metrics: ['resource', 'scope', 'metric', 'datapoint', 'exemplar'],
} as const satisfies Record<string, readonly ContextName[]>;

export interface GroupSpec {
  readonly context: string | null;
  readonly statements: readonly LocatedText[];
  readonly conditions: readonly LocatedText[];
  readonly errorMode: ErrorMode;
  /** The contexts the host offers for this signal. */
  readonly available: readonly ContextName[];
  readonly host: FunctionHost;
  readonly gates: FeatureGates;
  readonly logger: Logger;
}

export interface CompiledGroup {
  readonly context: ContextName;
  readonly conditions: ConditionSequence;
  readonly statements: StatementSequence;
}

/** Every error of a rule set, each already rendered with file, line, column and caret. */
export class RuleSetError extends Error {
  override readonly name = 'RuleSetError';
  readonly diagnostics: readonly string[];
  constructor(diagnostics: readonly string[]) {
    const sorted = sortByPosition(diagnostics);
    super(sorted.join('\n'));
    this.diagnostics = sorted;
  }
}

/** Orders rendered diagnostics (`file:line:col: …`) by line and column, keeping others in place at the end. */
function sortByPosition(list: readonly string[]): string[] {
  const key = (d: string) => {
    const m = /^[^\n]*?:(\d+):(\d+): /.exec(d);
    return m ? [Number(m[1]), Number(m[2])] : [Infinity, 0];
  };
  return list
    .map((d, i) => ({ d, i, k: key(d) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.d);
}

/** Renders a message at a span of a config string. */
export function renderAt(loc: LocatedText, span: SourceSpan, message: string, hint?: string): string {
  const d: Diagnostic = { message: hint ? `${message} (${hint})` : message, span, source: new Source(loc.text, loc.file) };
  return formatDiagnostic(d, { name: loc.file, baseLine: loc.line, baseColumn: loc.column + loc.contentOffset });
}

function renderParseErrors(loc: LocatedText, errors: readonly Diagnostic[]): string[] {
  return errors.map((d) => renderAt(loc, d.span, d.message));
}

const WHOLE: SourceSpan = { start: 0, end: 0 };

/** The signal's innermost context that has `attributes` (exemplars have `filtered_attributes`), for hints. */
function itemContext(available: readonly ContextName[]): ContextName {
  const withAttributes = available.filter((c) => c !== 'exemplar');
  return withAttributes[withAttributes.length - 1] ?? available[available.length - 1];
}

/**
 * Compiles a group; pushes rendered errors to `errors` and returns null when it has any.
 */
export function compileGroup(spec: GroupSpec, errors: string[]): CompiledGroup | null {
  const before = errors.length;
  const statements: { loc: LocatedText; ast: Statement }[] = [];
  const conditions: { loc: LocatedText; ast: BoolExpr }[] = [];
  for (const loc of spec.statements) {
    const r = parseStatement(loc.text);
    if (r.ok) statements.push({ loc, ast: r.ast });
    else errors.push(...renderParseErrors(loc, r.errors));
  }
  for (const loc of spec.conditions) {
    const r = parseCondition(loc.text);
    if (r.ok) conditions.push({ loc, ast: r.ast });
    else errors.push(...renderParseErrors(loc, r.errors));
  }
  // Keep going after parse errors, compiling what did parse, so every problem is reported at once.
  if (statements.length === 0 && conditions.length === 0) return null;

  const first = spec.statements[0] ?? spec.conditions[0];
  let context: ContextName;
  if (spec.context !== null) {
    const name = spec.context === 'instrumentation_scope' ? 'scope' : spec.context;
    if (!(spec.available as readonly string[]).includes(name)) {
      const msg = `unknown context "${spec.context}"; expected one of ${spec.available.join(', ')}`;
      errors.push(first ? renderAt(first, WHOLE, msg) : msg);
      return null;
    }
    context = name as ContextName;
  } else {
    const hints = emptyHints();
    for (const s of statements) collectHints(s.ast, hints);
    for (const c of conditions) collectHints(c.ast, hints);
    const supports = (ctx: string, h: Hints) => {
      const table = functionTable(ctx, spec.host, spec.gates);
      const enums = CONTEXTS.get(ctx as ContextName)?.enums;
      for (const f of h.functions) if (!table.has(f)) return false;
      for (const e of h.enums) if (!enums?.has(e)) return false;
      return true;
    };
    const inferred = inferContext(hints, spec.available, supports);
    if (inferred === null) {
      // When the paths do name a context and only functions or enums fail, compiling there names
      // the culprit ("undefined function", with a hint) instead of a general inference failure.
      const known = (h: Hints) => spec.available.some((c) => supports(c, h));
      const unknownAnywhere =
        [...hints.functions].some((f) => !known({ ...emptyHints(), functions: new Set([f]) })) ||
        [...hints.enums].some((e) => !known({ ...emptyHints(), enums: new Set([e]) }));
      const named = inferContext(hints, spec.available, () => true);
      if (unknownAnywhere && named !== null && !compileAll(spec, named as ContextName, statements, conditions, errors)) {
        return null;
      }
      const texts = [...spec.statements, ...spec.conditions].map((t) => `"${t.text}"`).join(', ');
      const msg = `unable to infer a valid context (${spec.available.join(', ')}) from ${texts}: write paths with a context prefix such as ${itemContext(spec.available)}.attributes, or set "context" on the group`;
      errors.push(first ? renderAt(first, WHOLE, msg) : msg);
      return null;
    }
    context = inferred as ContextName;
  }

  const compiled = compileAll(spec, context, statements, conditions, errors);
  return errors.length > before ? null : compiled;
}

/** Compiles parsed statements and conditions in one context; pushes errors and returns null on any. */
function compileAll(
  spec: GroupSpec,
  context: ContextName,
  statements: readonly { loc: LocatedText; ast: Statement }[],
  conditions: readonly { loc: LocatedText; ast: BoolExpr }[],
  errors: string[],
): CompiledGroup | null {
  const before = errors.length;
  const definition = CONTEXTS.get(context);
  if (definition === undefined) {
    errors.push(`context "${context}" is not available`);
    return null;
  }
  const compiler = new Compiler({
    context: definition,
    functions: functionTable(context, spec.host, spec.gates),
    gatedFunctions: gatedFunctions(spec.host, spec.gates),
    requirePathPrefix: spec.context === null,
    allowLambdas: spec.gates.isEnabled('ottl.functions.enableLambda') || spec.gates.isEnabled('pkg.ottl.functions.enableExperimental'),
    allowOtelcol: spec.gates.isEnabled('ottl.contexts.enableOTelColContext'),
  });
  const runnableStatements = [];
  for (const s of statements) {
    try {
      const compiled: CompiledStatement = compiler.statement(s.ast);
      runnableStatements.push({ text: s.loc.text, condition: compiled.condition, invoke: compiled.invoke });
    } catch (e) {
      errors.push(renderCompileError(s.loc, e));
    }
  }
  const runnableConditions = [];
  for (const c of conditions) {
    try {
      runnableConditions.push({ text: c.loc.text, test: compiler.condition(c.ast) });
    } catch (e) {
      errors.push(renderCompileError(c.loc, e));
    }
  }
  if (errors.length > before) return null;
  return {
    context,
    conditions: new ConditionSequence(runnableConditions, spec.errorMode, spec.logger),
    statements: new StatementSequence(runnableStatements, spec.errorMode, spec.logger),
  };
}

function renderCompileError(loc: LocatedText, e: unknown): string {
  if (e instanceof CompileError) return renderAt(loc, e.span, e.message, e.hint);
  throw e;
}
