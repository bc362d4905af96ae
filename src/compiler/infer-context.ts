/**
 * Context inference for statement groups without an explicit `context:` (the reference's
 * priority context inferrer). Among the context prefixes of every path in the group, take the one
 * of highest priority; then check that every function and enum the group uses exists there, and if
 * not, try the lower (child) contexts in priority order.
 */
import { canonicalContext, CONTEXT_PREFIX_WORDS, contextPriority, descendantContexts } from '../core/contexts.js';
import type * as ast from '../parser/ast.js';
import { assertNever } from './compiler.js';

export interface Hints {
  /** Context prefixes written on paths (`log` in `log.body`). */
  readonly contexts: Set<string>;
  readonly functions: Set<string>;
  readonly enums: Set<string>;
}

export function emptyHints(): Hints {
  return { contexts: new Set(), functions: new Set(), enums: new Set() };
}

/** Adds what a statement or condition uses to `hints`. */
export function collectHints(node: ast.Statement | ast.BoolExpr, hints: Hints): Hints {
  const visitArgs = (args: readonly ast.Argument[]) => args.forEach((a) => visitArg(a.value));
  const visitArg = (v: ast.ArgumentValue) => {
    if (v.kind === 'functionRef') hints.functions.add(v.name);
    else if (v.kind === 'lambda') visit(v.body);
    else visit(v);
  };
  const visitKeys = (keys: readonly ast.Key[]) => keys.forEach((k) => visit(k.value));
  const visit = (n: ast.ValueExpr | ast.BoolExpr | ast.Statement): void => {
    switch (n.kind) {
      case 'statement':
        hints.functions.add(n.editor.name);
        visitArgs(n.editor.args);
        if (n.where) visit(n.where);
        return;
      case 'or':
      case 'and':
        n.operands.forEach(visit);
        return;
      case 'not':
      case 'unary':
        visit(n.operand);
        return;
      case 'compare':
      case 'math':
        visit(n.left);
        visit(n.right);
        return;
      case 'converter':
        hints.functions.add(n.name);
        visitArgs(n.args);
        visitKeys(n.keys);
        return;
      case 'path':
        if (n.context !== null && CONTEXT_PREFIX_WORDS.has(n.context)) hints.contexts.add(n.context);
        n.fields.forEach((f) => visitKeys(f.keys));
        return;
      case 'enum':
        hints.enums.add(n.name);
        return;
      case 'list':
        n.items.forEach(visit);
        return;
      case 'map':
        n.entries.forEach((e) => visit(e.value));
        return;
      case 'string':
      case 'int':
      case 'float':
      case 'bool':
      case 'nil':
      case 'bytes':
        return;
      default:
        assertNever(n);
    }
  };
  visit(node);
  return hints;
}

/**
 * The inferred context, or null when none fits. `available` lists the contexts the host offers
 * (e.g. resource, scope, log for logs); `supports` tells whether a context has a function/enum.
 */
export function inferContext(
  hints: Hints,
  available: readonly string[],
  supports: (context: string, hints: Hints) => boolean,
): string | null {
  let inferred: string | null = null;
  let best = Infinity;
  for (const c of hints.contexts) {
    const p = contextPriority(c);
    if (p < best) {
      best = p;
      inferred = c;
    }
  }
  if (inferred === null) return null;
  const normal = canonicalContext(inferred);
  if (normal === undefined || !available.includes(normal)) return null;
  if (supports(normal, hints)) return normal;
  return descendantContexts(normal).find((c) => available.includes(c) && supports(c, hints)) ?? null;
}
