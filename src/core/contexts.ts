/**
 * The one registry of OTTL context names: which exist, their aliases, how they nest, which signal
 * each belongs to and their inference priority. Path resolution (`contexts/`), context inference
 * and path-prefix recognition (`compiler/`), and the processors' walkers (`engine/`) all derive
 * what they need from this table, so a context is declared once.
 */
import type { Signal } from './model.js';

/** The OTTL contexts this implementation serves. */
export type ContextName = 'resource' | 'scope' | 'span' | 'spanevent' | 'spanlink' | 'metric' | 'datapoint' | 'exemplar' | 'log';

interface ContextEntry {
  readonly name: string;
  /** Other names that select this context as a path prefix (`instrumentation_scope.name`). */
  readonly aliases: readonly string[];
  /** The enclosing context (`span` for `spanevent`), null for the top. */
  readonly parent: string | null;
  /** The signal whose items this context walks; null for contexts shared by every signal. */
  readonly signal: Signal | null;
  /** Whether the transform and filter processors offer it (and inference may pick it). */
  readonly inProcessors: boolean;
  /** Whether this implementation serves it (the profile contexts are recognised but not served). */
  readonly served: boolean;
}

/** Highest inference priority first, as the reference's priority context inferrer ranks them. */
const ENTRIES: readonly ContextEntry[] = [
  { name: 'log', aliases: [], parent: 'scope', signal: 'logs', inProcessors: true, served: true },
  { name: 'profilesample', aliases: [], parent: 'profile', signal: null, inProcessors: false, served: false },
  { name: 'profile', aliases: [], parent: 'scope', signal: null, inProcessors: false, served: false },
  { name: 'exemplar', aliases: [], parent: 'datapoint', signal: 'metrics', inProcessors: true, served: true },
  { name: 'datapoint', aliases: [], parent: 'metric', signal: 'metrics', inProcessors: true, served: true },
  { name: 'metric', aliases: [], parent: 'scope', signal: 'metrics', inProcessors: true, served: true },
  { name: 'spanevent', aliases: [], parent: 'span', signal: 'traces', inProcessors: true, served: true },
  { name: 'spanlink', aliases: [], parent: 'span', signal: 'traces', inProcessors: false, served: true },
  { name: 'span', aliases: [], parent: 'scope', signal: 'traces', inProcessors: true, served: true },
  // Newer reference versions rank scope above resource: `scope.x` with `resource.y` runs per scope.
  { name: 'scope', aliases: ['instrumentation_scope'], parent: 'resource', signal: null, inProcessors: true, served: true },
  { name: 'resource', aliases: [], parent: null, signal: null, inProcessors: true, served: true },
];

const BY_NAME = new Map<string, ContextEntry>();
for (const e of ENTRIES) {
  BY_NAME.set(e.name, e);
  for (const a of e.aliases) BY_NAME.set(a, e);
}

/** Every context this implementation serves, top (resource) to bottom. */
export const CONTEXT_NAMES: readonly ContextName[] = ENTRIES.filter((e) => e.served)
  .map((e) => e.name as ContextName)
  .sort((a, b) => depth(a) - depth(b));

/** Every word that, written before a path's first `.`, names a context (aliases and unserved ones included). */
export const CONTEXT_PREFIX_WORDS: ReadonlySet<string> = new Set(BY_NAME.keys());

/** The root of the request-data paths (`otelcol.client.metadata`), reachable from every context but not a context itself. */
export const REQUEST_DATA_PREFIX = 'otelcol';

/** Every word that, before a path's first `.`, is a prefix rather than a field: the contexts and the request data. */
export const PATH_PREFIX_WORDS: ReadonlySet<string> = new Set([...CONTEXT_PREFIX_WORDS, REQUEST_DATA_PREFIX]);

function depth(name: string): number {
  let d = 0;
  for (let e = BY_NAME.get(name); e?.parent; e = BY_NAME.get(e.parent)) d++;
  return d;
}

/** The served context a name or alias stands for (`instrumentation_scope` → `scope`), or undefined. */
export function canonicalContext(name: string): ContextName | undefined {
  const e = BY_NAME.get(name);
  return e?.served ? (e.name as ContextName) : undefined;
}

/** Whether `name` is a served context's own name. */
export function isContextName(name: string): name is ContextName {
  return (CONTEXT_NAMES as readonly string[]).includes(name);
}

/** Inference rank of a context name or alias: 0 is the highest priority; unknown names rank last. */
export function contextPriority(name: string): number {
  const e = BY_NAME.get(name);
  return e === undefined ? ENTRIES.length : ENTRIES.indexOf(e);
}

/** The contexts enclosing `name`, nearest first (`spanevent` → span, scope, resource). */
export function ancestorContexts(name: ContextName): ContextName[] {
  const out: ContextName[] = [];
  for (let e = BY_NAME.get(name)?.parent; e; e = BY_NAME.get(e)?.parent ?? null) out.push(e as ContextName);
  return out;
}

/** The path prefixes a statement in `name` may use: its own name, then its ancestors, with aliases. */
export function reachablePrefixes(name: ContextName): string[] {
  return [name, ...ancestorContexts(name)].flatMap((c) => [c, ...(BY_NAME.get(c)?.aliases ?? [])]);
}

/** The processor contexts nested inside `name` (any depth), in priority order: where inference may fall back to. */
export function descendantContexts(name: ContextName): ContextName[] {
  return ENTRIES.filter((e) => e.served && e.inProcessors && e.name !== name && ancestorContexts(e.name as ContextName).includes(name)).map(
    (e) => e.name as ContextName,
  );
}

/** The contexts the transform and filter processors offer for a signal, top down. */
export function signalContexts(signal: Signal): ContextName[] {
  return CONTEXT_NAMES.filter((c) => {
    const e = BY_NAME.get(c) as ContextEntry;
    return e.inProcessors && (e.signal === null || e.signal === signal);
  });
}
