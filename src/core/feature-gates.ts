/**
 * Feature gates that change the language or the processors, with the reference's names and current
 * defaults. Selected like the collector does: `--feature-gates a,-b` (`+a`/`a` on, `-b` off).
 */
export type GateStage = 'alpha' | 'beta' | 'stable';

export interface GateInfo {
  readonly id: string;
  readonly stage: GateStage;
  readonly description: string;
}

export const KNOWN_GATES: readonly GateInfo[] = [
  { id: 'ottl.functions.enableLambda', stage: 'alpha', description: 'accept lambda arguments such as (k, v) => v != nil' },
  {
    id: 'pkg.ottl.functions.enableExperimental',
    stage: 'alpha',
    description: 'add the experimental converters (All, Any, Filter, Find, MapEach, MapKeys, Reduce, When)',
  },
  { id: 'ottl.set.allowNil', stage: 'stable', description: 'set() passes a nil value through to the target' },
  {
    id: 'ottl.contexts.enableOTelColContext',
    stage: 'beta',
    description: 'accept the otelcol.* request-data paths (otelcol.client.metadata)',
  },
  {
    id: 'processor.transform.defaultErrorModeIgnore',
    stage: 'beta',
    description: "the transform processor's default error_mode is ignore (propagate when off)",
  },
  { id: 'transform.flatten.logs', stage: 'alpha', description: 'allow flatten_data in the transform processor' },
  {
    id: 'processor.filter.defaultErrorModeIgnore',
    stage: 'stable',
    description: "the filter processor's default error_mode is ignore (it was propagate before v0.150.0)",
  },
];

/** An immutable set of gate states. */
export class FeatureGates {
  private constructor(private readonly enabled: ReadonlySet<string>) {}

  /** The defaults: beta and stable gates on, alpha gates off. */
  static defaults(): FeatureGates {
    return new FeatureGates(new Set(KNOWN_GATES.filter((g) => g.stage !== 'alpha').map((g) => g.id)));
  }

  /**
   * Applies a collector-style list (`a,-b,+c`) on top of the defaults. Unknown ids and attempts to
   * turn off a stable gate are errors, as in the collector.
   */
  static parse(spec: string | undefined): FeatureGates {
    const enabled = new Set(FeatureGates.defaults().enabled);
    for (const raw of (spec ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      const off = raw.startsWith('-');
      const id = raw.replace(/^[+-]/, '');
      const gate = KNOWN_GATES.find((g) => g.id === id);
      if (gate === undefined) throw new Error(`no such feature gate "${id}"`);
      if (off && gate.stage === 'stable') throw new Error(`feature gate "${id}" is stable and cannot be disabled`);
      if (off) enabled.delete(id);
      else enabled.add(id);
    }
    return new FeatureGates(enabled);
  }

  static of(ids: Iterable<string>): FeatureGates {
    return FeatureGates.parse([...ids].join(','));
  }

  isEnabled(id: string): boolean {
    return this.enabled.has(id);
  }
}
