/**
 * A path as a linked list of segments that records which parts a context consumed, so that unused
 * segments or keys are reported the way the reference's parser does (`isComplete`).
 */
import type { SourceSpan } from '../../core/span.js';
import type { CompiledKey, PathRequest } from '../types.js';
import { unusedKeys, unusedSection } from './errors.js';

/** One segment of a path being resolved. */
export class PathNode {
  fetched = false;
  private keysFetched = false;

  constructor(
    /** The context prefix of the whole path, or '' for a legacy unprefixed path. */
    readonly context: string,
    readonly name: string,
    private readonly keyList: readonly CompiledKey[],
    private readonly nextNode: PathNode | null,
    readonly span: SourceSpan,
    private readonly request: PathRequest,
  ) {}

  /**
   * The full path text, quoted in messages (the same for every segment, as in the reference).
   * Worked out when a message asks for it: a path that resolves never needs it.
   */
  get text(): string {
    return pathText(this.request);
  }

  /** The keys of this segment, or null when it has none; marks them as used. */
  keys(): readonly CompiledKey[] | null {
    if (this.keyList.length === 0) return null;
    this.keysFetched = true;
    return this.keyList;
  }

  /** The following segment, or null; marks it as used. */
  next(): PathNode | null {
    if (this.nextNode !== null) this.nextNode.fetched = true;
    return this.nextNode;
  }

  /** Throws the reference's message for the first segment or key list the context did not use. */
  checkComplete(): void {
    if (!this.fetched) throw unusedSection(this.name, this.span);
    if (this.keyList.length > 0 && !this.keysFetched) throw unusedKeys(this.name, this.span);
    this.nextNode?.checkComplete();
  }
}

/** The Go-style text of a path (`resource.attributes[k][0]`), used when the compiler gave none. */
export function pathText(req: PathRequest): string {
  if (req.originalText !== undefined) return req.originalText;
  let out = req.prefix !== null ? req.prefix + (req.segments.length > 0 ? '.' : '') : '';
  req.segments.forEach((seg, i) => {
    out += seg.name;
    for (const k of seg.keys) out += `[${k.constant === undefined ? '' : String(k.constant)}]`;
    if (i !== req.segments.length - 1) out += '.';
  });
  return out;
}

/** Builds the segment list of a request; the head is marked used. Returns null for no segments. */
export function buildNodes(req: PathRequest): PathNode | null {
  const context = req.prefix ?? '';
  let node: PathNode | null = null;
  for (let i = req.segments.length - 1; i >= 0; i--) {
    const seg = req.segments[i];
    node = new PathNode(context, seg.name, seg.keys, node, seg.span, req);
  }
  if (node !== null) node.fetched = true;
  return node;
}
