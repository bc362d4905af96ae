/**
 * The one compile path for a group of statements and conditions (a transform group, a filter
 * condition, rules given directly): parse, infer or check the context, compile into runnable
 * sequences. Every problem is collected as a positioned {@link Problem}; one bad statement never
 * hides the problems of the others, and a misspelt function that defeats context inference is
 * reported as itself.
 */
import { canonicalContext, type ContextName } from '../../core/contexts.js';
import type { Problem } from '../../core/diagnostics/problem.js';
import type { SourceSpan } from '../../core/span.js';
import { Compiler, type CompiledStatement } from '../../compiler/compiler.js';
import { CompileError, didYouMeanHint, suggest } from '../../compiler/errors.js';
import { collectHints, emptyHints, inferContext, type Hints } from '../../compiler/infer-context.js';
import { CONTEXTS } from '../../contexts/index.js';
import type { FunctionTable } from '../../functions/signature.js';
import type { BoolExpr, Statement } from '../../parser/ast.js';
import { parseCondition, parseStatement } from '../../parser/parse.js';
import type { LocatedText } from '../config/yaml.js';
import type { ErrorMode, Logger } from '../error-mode.js';
import { ConditionSequence, StatementSequence } from '../sequences.js';
import { problemAt, problemOf } from './problems.js';
import { RecentlyUsed } from '../../core/recent.js';

/** What the environment provides to compile a group: functions per context and the gates' effects. */
export interface GroupHost {
  /** The functions callable in `context`. */
  functionsIn(context: ContextName): FunctionTable;
  /** Functions that exist but whose feature gate is off (name → gate), for a precise message. */
  readonly gatedFunctions: ReadonlyMap<string, string>;
  /** Whether lambda arguments are accepted. */
  readonly allowLambdas: boolean;
  /** Whether `otelcol.*` request-data paths are accepted (`ottl.contexts.enableOTelColContext`). */
  readonly allowOtelcol: boolean;
  readonly logger: Logger;
}

export interface GroupSpec {
  readonly context: string | null;
  readonly statements: readonly LocatedText[];
  readonly conditions: readonly LocatedText[];
  readonly errorMode: ErrorMode;
  /** The contexts the host offers for this signal. */
  readonly available: readonly ContextName[];
}

export interface CompiledGroup {
  readonly context: ContextName;
  readonly conditions: ConditionSequence;
  readonly statements: StatementSequence;
}

interface Parsed {
  readonly loc: LocatedText;
  readonly ast: Statement | BoolExpr;
  readonly statement: boolean;
}

const WHOLE: SourceSpan = { start: 0, end: 0 };

/**
 * Syntax trees of recently parsed statements and conditions, by text. A reload parses a config
 * whose rules are mostly the ones it had, and parsing is most of compiling; a tree is only read
 * after parsing (its spans are offsets in the rule's own text), so one tree can serve every group
 * that writes the same rule. Only rules that parsed are kept.
 *
 * A generation holds a whole config ({@link keepTreesFor}), at least {@link MIN_RECENT_RULES}
 * rules: enough for a reload to find every rule it had, and no more, because the trees of rules
 * edited away are garbage that each young-generation collection copies while they stay cached
 * (generations of 1024 kept up to 2048 trees of ~2 KB, and made the collections during a
 * 200-statement reload about twice as long). Several configs compiled in turn share the caches.
 */
const MIN_RECENT_RULES = 256;
const recentStatements = new RecentlyUsed<Statement | BoolExpr>(MIN_RECENT_RULES);
const recentConditions = new RecentlyUsed<Statement | BoolExpr>(MIN_RECENT_RULES);

/** How many rules compiles have parsed, and how many took a cached tree instead (for tests and profiling). */
export const ruleTrees = { parsed: 0, reused: 0 };

/** Makes the syntax tree caches hold every rule of a config's groups, so that compiling it again parses only what changed. */
export function keepTreesFor(groups: readonly Pick<GroupSpec, 'statements' | 'conditions'>[]): void {
  let statements = 0;
  let conditions = 0;
  for (const g of groups) {
    statements += g.statements.length;
    conditions += g.conditions.length;
  }
  recentStatements.reserve(statements);
  recentConditions.reserve(conditions);
}

/** The signal's innermost context that has `attributes` (exemplars have `filtered_attributes`), for hints. */
function itemContext(available: readonly ContextName[]): ContextName {
  const withAttributes = available.filter((c) => c !== 'exemplar');
  return withAttributes[withAttributes.length - 1] ?? available[available.length - 1];
}

/**
 * Compile work in steps: a generator that yields after each statement or condition it parses or
 * compiles, so a caller can spread a large rule set over several turns of the event loop
 * ({@link runStepsSliced}) or run it at once ({@link runSteps}).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end, synchronously. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Resolves on a later turn of the event loop, after the I/O and timers that are due have run. */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Runs steps in slices of at most about `budgetMs` of synchronous work, yielding to the event loop
 * ({@link nextTurn}) between slices, so other work (requests, timers) runs while a rule set compiles.
 * The default leaves room under a 5 ms block for the step that crosses the budget and a
 * young-generation collection landing in the slice (2-4 ms while a large config compiles: what
 * survives it is the new rule set and recently parsed rules).
 */
export async function runStepsSliced<T>(steps: Steps<T>, budgetMs = 2): Promise<T> {
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start >= budgetMs) {
      await nextTurn();
      start = performance.now();
    }
  }
}

/** Compiles a group; pushes its problems to `problems` and returns null when it has any. */
export function compileGroup(spec: GroupSpec, host: GroupHost, problems: Problem[]): CompiledGroup | null {
  return runSteps(compileGroupSteps(spec, host, problems));
}

/** {@link compileGroup} in steps. */
export function* compileGroupSteps(spec: GroupSpec, host: GroupHost, problems: Problem[]): Steps<CompiledGroup | null> {
  const before = problems.length;
  const items: Parsed[] = [];
  const parse = (loc: LocatedText, statement: boolean) => {
    const recent = statement ? recentStatements : recentConditions;
    const known = recent.get(loc.text);
    if (known !== undefined) {
      ruleTrees.reused++;
      items.push({ loc, ast: known, statement });
      return;
    }
    ruleTrees.parsed++;
    const r = statement ? parseStatement(loc.text) : parseCondition(loc.text);
    if (r.ok) {
      items.push({ loc, ast: r.ast, statement });
      recent.add(loc.text, r.ast);
    } else for (const d of r.errors) problems.push(problemAt(loc, d.span, 'syntax', d.message));
  };
  for (const loc of spec.statements) {
    parse(loc, true);
    yield;
  }
  for (const loc of spec.conditions) {
    parse(loc, false);
    yield;
  }
  // Keep going after parse errors, compiling what did parse, so every problem is reported at once.
  if (items.length === 0) return null;

  const first = spec.statements[0] ?? spec.conditions[0];
  const supports = (ctx: string, h: Hints) => {
    const table = host.functionsIn(ctx as ContextName);
    const enums = CONTEXTS.get(ctx as ContextName)?.enums;
    for (const f of h.functions) if (!table.has(f)) return false;
    for (const e of h.enums) if (!enums?.has(e)) return false;
    return true;
  };

  let context: ContextName;
  if (spec.context !== null) {
    const name = canonicalContext(spec.context);
    if (name === undefined || !spec.available.includes(name)) {
      const suggestions = suggest(spec.context, spec.available);
      problems.push(problemAt(first, WHOLE, 'context', `unknown context "${spec.context}"; expected one of ${spec.available.join(', ')}`, { hint: didYouMeanHint(suggestions), suggestions }));
      return null;
    }
    context = name;
  } else {
    const inferred = inferContext(hintsOf(items), spec.available, supports) as ContextName | null;
    if (inferred === null) {
      reportInferenceFailure(spec, host, items, supports, problems);
      return null;
    }
    context = inferred;
  }

  const compiled = yield* compileAll(spec, host, context, items, problems);
  return errorsSince(problems, before) ? null : compiled;
}

function hintsOf(items: readonly Parsed[]): Hints {
  const h = emptyHints();
  for (const i of items) collectHints(i.ast, h);
  return h;
}

/**
 * No context fits the whole group. Compile each item in the context its own paths and functions
 * point to, so a misspelt function or path is reported as itself (with its hint); when no item has
 * a problem of its own, report the inference failure, naming the functions that pulled it apart.
 */
function reportInferenceFailure(
  spec: GroupSpec,
  host: GroupHost,
  items: readonly Parsed[],
  supports: (ctx: string, h: Hints) => boolean,
  problems: Problem[],
): void {
  const before = problems.length;
  for (const item of items) {
    const hints = hintsOf([item]);
    const context = (inferContext(hints, spec.available, supports) ?? inferContext(hints, spec.available, () => true)) as ContextName | null;
    if (context !== null) runSteps(compileAll(spec, host, context, [item], problems));
  }
  if (errorsSince(problems, before)) return;
  const first = spec.statements[0] ?? spec.conditions[0];
  const texts = [...spec.statements, ...spec.conditions].map((t) => `"${t.text}"`).join(', ');
  const hints = hintsOf(items);
  const named = inferContext(hints, spec.available, () => true);
  const misplaced = named === null ? [] : [...hints.functions].filter((f) => !host.functionsIn(named as ContextName).has(f));
  const where = (f: string) => spec.available.filter((c) => host.functionsIn(c).has(f));
  // Without paths, the functions that exist in only some contexts are what pins the context down.
  const restricted = named === null ? [...hints.functions].filter((f) => where(f).length < spec.available.length) : [];
  const availability = (fs: readonly string[]) => fs.map((f) => `${f} is available in ${where(f).join(', ') || 'no context of this signal'}`).join('; ');
  const fix =
    misplaced.length > 0
      ? `${availability(misplaced)}; put statements that need different contexts in separate groups, or set "context" on the group`
      : restricted.length > 0
        ? `${availability(restricted)}; write a path with such a context prefix, or set "context" on the group`
        : `write paths with a context prefix such as ${itemContext(spec.available)}.attributes, or set "context" on the group`;
  problems.push(problemAt(first, WHOLE, 'context', `unable to infer a valid context (${spec.available.join(', ')}) from ${texts}: ${fix}`));
}

/** Compiles parsed items in one context; pushes problems and returns null on any. */
function* compileAll(spec: GroupSpec, host: GroupHost, context: ContextName, items: readonly Parsed[], problems: Problem[]): Steps<CompiledGroup | null> {
  const before = problems.length;
  const definition = CONTEXTS.get(context);
  if (definition === undefined) throw new Error(`context "${context}" has no definition`);
  const compiler = new Compiler({
    context: definition,
    functions: host.functionsIn(context),
    gatedFunctions: host.gatedFunctions,
    requirePathPrefix: spec.context === null,
    allowLambdas: host.allowLambdas,
    allowOtelcol: host.allowOtelcol,
  });
  const statements = [];
  const conditions = [];
  for (const item of items) {
    try {
      warnDeprecated(item, host.functionsIn(context), problems);
      if (item.statement) {
        const compiled: CompiledStatement = compiler.statement(item.ast as Statement);
        statements.push({ text: item.loc.text, condition: compiled.condition, invoke: compiled.invoke });
      } else {
        conditions.push({ text: item.loc.text, test: compiler.condition(item.ast as BoolExpr) });
      }
    } catch (e) {
      if (e instanceof CompileError) problems.push(problemOf(item.loc, e));
      // A pass that recursed too deep despite the parser's bound: a problem at the rule, not a crash.
      else if (e instanceof RangeError) problems.push(problemAt(item.loc, item.ast.span, 'limit', `the rule is too large to compile: ${e.message}`));
      else throw e;
    }
    yield;
  }
  if (errorsSince(problems, before)) return null;
  return {
    context,
    conditions: new ConditionSequence(conditions, spec.errorMode, host.logger),
    statements: new StatementSequence(statements, spec.errorMode, host.logger),
  };
}

/** Whether an error (not a warning) was added after index `before`. */
function errorsSince(problems: readonly Problem[], before: number): boolean {
  for (let i = before; i < problems.length; i++) if (problems[i].severity === 'error') return true;
  return false;
}

/** A warning for each deprecated function an item calls (it still runs, as in the reference). */
function warnDeprecated(item: Parsed, functions: FunctionTable, problems: Problem[]): void {
  // The tree is walked only when the rule's text names a deprecated function: most name none.
  if (!deprecatedIn(functions).some((name) => item.loc.text.includes(name))) return;
  for (const name of collectHints(item.ast, emptyHints()).functions) {
    if (functions.get(name)?.tier !== 'deprecated') continue;
    const at = item.loc.text.indexOf(name);
    problems.push(
      problemAt(item.loc, { start: Math.max(0, at), end: Math.max(0, at) + name.length }, 'deprecated', `function "${name}" is deprecated in the reference and may be removed`, {
        severity: 'warning',
      }),
    );
  }
}

const DEPRECATED = new WeakMap<FunctionTable, readonly string[]>();

/** The names of a table's deprecated functions (tables are immutable: worked out once each). */
function deprecatedIn(functions: FunctionTable): readonly string[] {
  let names = DEPRECATED.get(functions);
  if (names === undefined) DEPRECATED.set(functions, (names = [...functions.values()].filter((d) => d.tier === 'deprecated').map((d) => d.name)));
  return names;
}
