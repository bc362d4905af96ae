/** A block of paths one model object offers (`ctxresource`, `ctxspan`…), reusable across contexts. */
import type { PathAccessor } from '../types.js';
import { unknownSegment } from './errors.js';
import type { PathNode } from './path-node.js';

/** A path table for one model object, resolved against the segment after the prefix. */
export interface Block {
  /** The context name used in this block's messages (`resource`, `span`…). */
  readonly name: string;
  /** The path names this block offers, without prefix (`attributes`, `attributes[]`, `trace_id.string`). */
  readonly paths: readonly string[];
  /** Resolves the path starting at `node` (the segment after the context prefix). */
  resolve(node: PathNode): PathAccessor;
}

/**
 * Declares a block as data: one resolver per field name. The list of paths is derived from the same
 * table (plus each field's further forms: `[]` for keys, `.string` and other sub-paths), so the
 * paths a block lists and the paths it resolves cannot drift apart.
 */
export function defineBlock(
  name: string,
  fields: Readonly<Record<string, (node: PathNode) => PathAccessor>>,
  forms: Readonly<Record<string, readonly string[]>> = {},
): Block {
  const table = new Map(Object.entries(fields));
  const paths = [...table.keys()].flatMap((f) => [f, ...(forms[f] ?? []).map((suffix) => f + suffix)]);
  return {
    name,
    paths,
    resolve(node) {
      const resolver = table.get(node.name);
      if (resolver === undefined) throw unknownSegment(node.name, node.text, name, node.span);
      return resolver(node);
    },
  };
}
