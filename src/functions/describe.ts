/**
 * Human-readable signatures derived from the declarations: the `ottl functions` listing and the
 * generated reference page use these, so they cannot drift from the code.
 */
import { PARAM_KINDS } from './param-kinds.js';
import type { AnyFunctionDefinition, FunctionExample, FunctionTier, ParamKind, ParamSpec } from './signature.js';
import { functionTier } from './tier.js';

/** The reference's name for each parameter kind (Go types of the `*Arguments` structs), from the kind table. */
export const KIND_NAMES: Readonly<Record<ParamKind, string>> = Object.fromEntries(
  Object.entries(PARAM_KINDS).map(([kind, info]) => [kind, info.goType]),
) as Record<ParamKind, string>;

export function paramText(p: ParamSpec): string {
  const type = KIND_NAMES[p.kind];
  return `${p.name} ${p.optional ? `Optional[${type}]` : type}`;
}

/** `replace_pattern(target GetSetter, regex string, …)` */
export function signatureText(def: AnyFunctionDefinition): string {
  return `${def.name}(${(def.params as readonly ParamSpec[]).map(paramText).join(', ')})`;
}

export interface FunctionListing {
  readonly name: string;
  readonly kind: 'editor' | 'converter';
  readonly signature: string;
  readonly description: string;
  readonly params: readonly { name: string; type: string; optional: boolean; doc?: string }[];
  readonly contexts?: readonly string[];
  /** stable (the reference's frozen 1.0 list), experimental or deprecated. */
  readonly tier: FunctionTier;
  /** The feature gate that must be on for the function to exist; absent when none is needed. */
  readonly featureGate?: string;
  readonly host: 'standard' | 'transform' | 'filter';
  readonly example?: FunctionExample;
}

export function describeFunction(def: AnyFunctionDefinition, host: FunctionListing['host']): FunctionListing {
  const params = (def.params as readonly ParamSpec[]).map((p) => ({
    name: p.name,
    type: KIND_NAMES[p.kind],
    optional: p.optional === true,
    ...(p.doc ? { doc: p.doc } : {}),
  }));
  return {
    name: def.name,
    kind: def.kind,
    signature: signatureText(def),
    description: def.description,
    params,
    ...(def.contexts ? { contexts: def.contexts } : {}),
    tier: functionTier(def),
    ...(def.featureGate ? { featureGate: def.featureGate } : {}),
    host,
    ...(def.example ? { example: def.example } : {}),
  };
}
