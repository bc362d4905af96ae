/**
 * Turns a set of path blocks into a {@link ContextDefinition}, resolving prefixes the way the
 * reference's `ctxcommon.PathExpressionParser` does:
 * - an unprefixed path whose first segment names a reachable context (`resource.attributes` in a
 *   legacy statement) is read as that context; a bare context name is not a path;
 * - other unprefixed paths belong to the statement's own context;
 * - `cache` only through the statement's own context;
 * - `otelcol.*` (request metadata) from every context;
 * - afterwards every segment and key list must have been used.
 */
import type { ContextDefinition, ContextName, PathAccessor, PathRequest } from '../types.js';
import { PathError } from '../types.js';
import type { Block } from './block.js';
import { cacheFromOtherContext, unknownSegment } from './errors.js';
import { mapField } from './fields.js';
import { resolveOtelcol } from './otelcol.js';
import { buildNodes, pathText } from './path-node.js';

/** Builds a context from its own block and the blocks it reaches, keyed by prefix. */
export function defineContext(
  name: ContextName,
  blocks: Readonly<Record<string, Block>>,
  enums: ReadonlyMap<string, bigint>,
): ContextDefinition {
  const table = new Map(Object.entries(blocks));
  const resolvePath = (req: PathRequest): PathAccessor => {
    const head = buildNodes(req);
    if (head === null) throw new PathError(`path "${pathText(req)}" has no field`, req.span);
    let node = head;
    let pathContext = req.prefix;
    if (pathContext === null) {
      if (table.has(node.name)) {
        pathContext = node.name;
        const next = node.next();
        if (next === null) throw unknownSegment(pathContext, node.text, name, node.span);
        node = next;
      } else {
        pathContext = name;
      }
    }
    let accessor: PathAccessor;
    if (pathContext === 'otelcol' && node.name !== 'cache') {
      // Request data: reachable from every context (the reference's `ctxotelcol`).
      accessor = resolveOtelcol(node);
    } else if (node.name === 'cache') {
      if (pathContext !== name) throw cacheFromOtherContext(name, pathContext, node.text, node.span);
      accessor = mapField((ctx) => ctx.cache, node.keys());
    } else {
      const block = table.get(pathContext);
      if (block === undefined) {
        const prefixSpan = { start: req.span.start, end: req.span.start + pathContext.length };
        throw unknownSegment(pathContext, node.text, name, prefixSpan);
      }
      accessor = block.resolve(node);
    }
    head.checkComplete();
    return accessor;
  };
  return { name, prefixes: [...table.keys()], resolvePath, enums, paths: listPaths(name, blocks) };
}

/** Every path of a context, prefixed (`log.attributes[]`, `resource.schema_url`, `log.cache`). */
export function listPaths(name: ContextName, blocks: Readonly<Record<string, Block>>): string[] {
  const out = [`${name}.cache`, `${name}.cache[]`];
  for (const [prefix, block] of Object.entries(blocks)) {
    for (const p of block.paths) out.push(`${prefix}.${p}`);
  }
  return out;
}
