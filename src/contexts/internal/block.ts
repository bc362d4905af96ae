/** A block of paths one model object offers (`ctxresource`, `ctxspan`…), reusable across contexts. */
import type { PathAccessor } from '../types.js';
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
