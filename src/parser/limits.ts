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
  // Two parallel stacks and a for-in walk: this runs on every parsed rule, so it allocates nothing per node.
  const nodes: unknown[] = [root];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    if (Array.isArray(node)) {
      for (const item of node) {
        nodes.push(item);
        depths.push(depth);
      }
      continue;
    }
    if (typeof node !== 'object' || node === null || !('kind' in node)) continue;
    const n = node as { kind: string; span: SourceSpan; fields?: { keys: unknown[] }[] } & Record<string, unknown>;
    // Each key of a path is a level of the value it reaches (`a["x"]["y"]` nests two maps).
    const keys = n.kind === 'path' && n.fields ? n.fields.reduce((sum, f) => sum + f.keys.length, 0) : 0;
    if (depth + keys > MAX_RULE_DEPTH) return n.span;
    for (const key in n) {
      const child = n[key];
      if (key !== 'span' && key !== 'nameSpan' && typeof child === 'object' && child !== null) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return null;
}
