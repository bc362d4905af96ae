/** What the compiler needs to know about where rules will run. */
import type { FunctionTable } from '../functions/signature.js';
import type { ContextDefinition } from '../contexts/types.js';

export interface CompileOptions {
  /** The context statements run in; resolves paths and enums. */
  readonly context: ContextDefinition;
  readonly functions: FunctionTable;
  /**
   * When true every path must start with a context name (`log.attributes`), as in groups whose
   * context is inferred; when false (an explicit `context:`), legacy unprefixed paths are allowed.
   */
  readonly requirePathPrefix: boolean;
  /** Whether lambda arguments are accepted (`ottl.functions.enableLambda`). */
  readonly allowLambdas: boolean;
  /** Whether `otelcol.*` paths are accepted (`ottl.contexts.enableOTelColContext`, on by default). */
  readonly allowOtelcol?: boolean;
  /**
   * Functions that exist but are switched off by a feature gate (name → gate id), so that calling
   * one says which gate to enable instead of "undefined function".
   */
  readonly gatedFunctions?: ReadonlyMap<string, string>;
}
