/**
 * Diagnosis of one rule group for `ottl check`: every problem of every statement and condition,
 * positioned in the config file.
 *
 * The group is first compiled exactly as `ottl run` / `ottl filter` compile it (`compileGroup`). If
 * that fails, each statement and condition is compiled on its own so that one bad statement does
 * not hide the problems of the others (a parse error, or a misspelled function that defeats context
 * inference). Problems with a path also get a "did you mean" hint naming the closest path.
 */
import { Compiler } from '../compiler/compiler.js';
import { CompileError } from '../compiler/errors.js';
import { collectHints, CONTEXT_PRIORITY, emptyHints, inferContext, type Hints } from '../compiler/infer-context.js';
import { closestName } from '../compiler/suggest.js';
import { functionTable } from '../functions/index.js';
import type { BoolExpr, Statement } from '../parser/ast.js';
import { parseCondition, parseStatement } from '../parser/parse.js';
import type { LocatedText } from '../runtime/config/yaml.js';
import { CONTEXTS, contextPaths } from '../runtime/contexts/index.js';
import type { ContextName } from '../runtime/contexts/types.js';
import { compileGroup, renderAt, type GroupSpec } from '../runtime/rules/compile-group.js';

/** A rendered problem and where it is, for sorting problems into file order. */
export interface Finding {
  readonly line: number;
  readonly column: number;
  /** `file:line:col: message`, the source line and a caret line. */
  readonly text: string;
}

/** Reads the position back from a rendered `file:line:col: …` message (0:0 when it has none). */
export function findingOf(text: string, file: string): Finding {
  if (text.startsWith(`${file}:`)) {
    const m = /^(\d+):(\d+):/.exec(text.slice(file.length + 1));
    if (m) return { line: Number(m[1]), column: Number(m[2]), text };
  }
  return { line: 0, column: 0, text };
}

interface Item {
  readonly loc: LocatedText;
  readonly ast: Statement | BoolExpr;
  readonly statement: boolean;
}

/**
 * The closest known path to a path the context rejected, as a hint. `written` is the path as the
 * message quotes it (keys included); keys are ignored for the comparison.
 */
export function pathHint(message: string, context: ContextName, prefixed: boolean): string | undefined {
  const m = /^segment "[^"]*" from path "([^"]+)"/.exec(message);
  if (m === null) return undefined;
  const written = m[1].replace(/\[[^\]]*\]/g, '');
  const own = `${context}.`;
  const names = new Set<string>();
  for (const p of contextPaths(context)) {
    const bare = p.replace(/\[\]$/, '');
    if (prefixed) names.add(bare);
    else if (bare.startsWith(own)) names.add(bare.slice(own.length));
  }
  const best = closestName(written, names);
  return best === undefined || best === written ? undefined : `did you mean "${best}"?`;
}

function supportsFor(spec: GroupSpec) {
  return (ctx: string, h: Hints): boolean => {
    const table = functionTable(ctx, spec.host, spec.gates);
    const enums = CONTEXTS.get(ctx as ContextName)?.enums;
    for (const f of h.functions) if (!table.has(f)) return false;
    for (const e of h.enums) if (!enums?.has(e)) return false;
    return true;
  };
}

/** The context named by the highest-priority prefix the items use, ignoring function support. */
function prefixContext(hints: Hints, available: readonly ContextName[]): ContextName | null {
  for (const c of CONTEXT_PRIORITY) {
    const name = c === 'instrumentation_scope' ? 'scope' : c;
    if (hints.contexts.has(c) && (available as readonly string[]).includes(name)) return name as ContextName;
  }
  return null;
}

function hintsOf(items: readonly Item[]): Hints {
  const h = emptyHints();
  for (const i of items) collectHints(i.ast, h);
  return h;
}

function compileItem(item: Item, context: ContextName, spec: GroupSpec): string | null {
  const definition = CONTEXTS.get(context);
  if (definition === undefined) return null;
  const prefixed = spec.context === null;
  const compiler = new Compiler({
    context: definition,
    functions: functionTable(context, spec.host, spec.gates),
    requirePathPrefix: prefixed,
    allowLambdas: spec.gates.isEnabled('ottl.functions.enableLambda') || spec.gates.isEnabled('pkg.ottl.functions.enableExperimental'),
    allowOtelcol: spec.gates.isEnabled('ottl.contexts.enableOTelColContext'),
  });
  try {
    if (item.statement) compiler.statement(item.ast as Statement);
    else compiler.condition(item.ast as BoolExpr);
    return null;
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return renderAt(item.loc, e.span, e.message, e.hint ?? pathHint(e.message, context, prefixed));
  }
}

/** Every problem of a group, rendered; empty when the group compiles. */
export function diagnoseGroup(spec: GroupSpec): Finding[] {
  const file = (spec.statements[0] ?? spec.conditions[0])?.file ?? '';
  const groupErrors: string[] = [];
  if (compileGroup(spec, groupErrors) !== null) return [];

  const own: string[] = [];
  const items: Item[] = [];
  const parse = (loc: LocatedText, statement: boolean) => {
    const r = statement ? parseStatement(loc.text) : parseCondition(loc.text);
    if (r.ok) items.push({ loc, ast: r.ast, statement });
    else for (const d of r.errors) own.push(renderAt(loc, d.span, d.message));
  };
  for (const loc of spec.conditions) parse(loc, false);
  for (const loc of spec.statements) parse(loc, true);

  const available = spec.available as readonly ContextName[];
  const supports = supportsFor(spec);
  let groupContext: ContextName | null = null;
  if (spec.context !== null) {
    const name = spec.context === 'instrumentation_scope' ? 'scope' : spec.context;
    groupContext = (available as readonly string[]).includes(name) ? (name as ContextName) : null;
  } else if (items.length > 0) {
    groupContext = inferContext(hintsOf(items), available, supports) as ContextName | null;
  }
  for (const item of items) {
    const context =
      groupContext ??
      (spec.context === null ? ((inferContext(hintsOf([item]), available, supports) as ContextName | null) ?? prefixContext(hintsOf([item]), available)) : null);
    if (context === null) continue;
    const problem = compileItem(item, context, spec);
    if (problem !== null) own.push(problem);
  }
  return (own.length > 0 ? own : groupErrors).map((t) => findingOf(t, file));
}
