/**
 * Bounds on the size of one rule, so that nothing a config holds reaches the JavaScript stack
 * limit in the passes that walk the tree (builder, compiler, printer, JSON output). The reference
 * has no such bound; real rules stay far below it.
 */
import type { SourceSpan } from '../core/span.js';

/** The deepest nesting of one rule's syntax tree: operators, calls, lists, maps and path keys each add a level. */
export const MAX_RULE_DEPTH = 500;

/**
 * The first node (in a depth-first walk) deeper than {@link MAX_RULE_DEPTH}, or null. Walks the tree
 * with an explicit stack, so the check itself cannot overflow.
 */
export function tooDeep(root: object): SourceSpan | null {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, depth });
      continue;
    }
    if (typeof node !== 'object' || node === null || !('kind' in node)) continue;
    const n = node as { kind: string; span: SourceSpan; fields?: { keys: unknown[] }[] };
    // Each key of a path is a level of the value it reaches (`a["x"]["y"]` nests two maps).
    const keys = n.kind === 'path' && n.fields ? n.fields.reduce((sum, f) => sum + f.keys.length, 0) : 0;
    if (depth + keys > MAX_RULE_DEPTH) return n.span;
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'span' && key !== 'nameSpan' && typeof child === 'object' && child !== null) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return null;
}
