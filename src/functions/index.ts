/**
 * The single list of built-in functions, and the per-context function tables derived from it.
 */
import type { FunctionTable, AnyFunctionDefinition } from './signature.js';
import type { FeatureGates } from '../core/feature-gates.js';
import { EDITOR_AND_STRING_FUNCTIONS } from './lists/editors-and-strings.js';
import { PARSER_AND_COLLECTION_FUNCTIONS } from './lists/parsers-and-collections.js';
import { FILTER_FUNCTIONS, TRANSFORM_FUNCTIONS } from './lists/processors.js';
import { TYPE_AND_TIME_FUNCTIONS } from './lists/types-and-time.js';

/** The standard OTTL functions (`ottlfuncs`), available in every context. */
export const STANDARD_FUNCTIONS: readonly AnyFunctionDefinition[] = [
  ...EDITOR_AND_STRING_FUNCTIONS,
  ...TYPE_AND_TIME_FUNCTIONS,
  ...PARSER_AND_COLLECTION_FUNCTIONS,
];

export { TRANSFORM_FUNCTIONS, FILTER_FUNCTIONS };

/** Which host the rules run in: it decides the extra functions on offer. */
export type FunctionHost = 'transform' | 'filter' | 'standard';

/** Every function a host may offer, whatever the context (for listings). */
export function allFunctions(host: FunctionHost = 'transform'): readonly AnyFunctionDefinition[] {
  const extra = host === 'transform' ? TRANSFORM_FUNCTIONS : host === 'filter' ? FILTER_FUNCTIONS : [];
  return [...STANDARD_FUNCTIONS, ...extra];
}

/**
 * The function table for one context of one host, honouring feature gates. `definitions` defaults
 * to the host's built-ins; an environment passes them with its custom functions added.
 */
export function functionTable(
  context: string,
  host: FunctionHost,
  gates: FeatureGates,
  definitions: readonly AnyFunctionDefinition[] = allFunctions(host),
): FunctionTable {
  const table = new Map<string, AnyFunctionDefinition>();
  for (const def of definitions) {
    if (def.featureGate !== undefined && !gates.isEnabled(def.featureGate)) continue;
    if (def.contexts !== undefined && !def.contexts.includes(context)) continue;
    // The filter processor offers converters only.
    if (host === 'filter' && def.kind === 'editor') continue;
    table.set(def.name, def);
  }
  return table;
}

/** The functions of a host that a feature gate currently switches off, with the gate's id. */
export function gatedFunctions(
  host: FunctionHost,
  gates: FeatureGates,
  definitions: readonly AnyFunctionDefinition[] = allFunctions(host),
): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const def of definitions) {
    if (def.featureGate !== undefined && !gates.isEnabled(def.featureGate)) out.set(def.name, def.featureGate);
  }
  return out;
}
