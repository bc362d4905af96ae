/**
 * Build-time only: the paths and enum names of every context, for the editor's completion. The
 * context registry is not (yet) part of the public API, so the build script evaluates this module
 * in Node and hands the page plain JSON; no library code reaches the page through here.
 */
import { CONTEXT_NAMES, CONTEXTS, contextPaths } from '../src/contexts/index.js';

/** One context's vocabulary: prefixed paths (`[]` marks a keyed form) and enum symbols. */
export interface ContextVocabulary {
  readonly paths: readonly string[];
  readonly enums: readonly string[];
}

/** Every context's vocabulary, by context name. */
export function vocabulary(): Record<string, ContextVocabulary> {
  const out: Record<string, ContextVocabulary> = {};
  for (const name of CONTEXT_NAMES) {
    out[name] = { paths: [...contextPaths(name)], enums: [...(CONTEXTS.get(name)?.enums.keys() ?? [])] };
  }
  return out;
}
