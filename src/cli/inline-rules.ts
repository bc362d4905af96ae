/**
 * Rules given on the command line (`ottl run -e STATEMENT`, `ottl filter -e CONDITION`), compiled
 * as a processor config without a file. The n-th `-e` is "line n" of a pseudo-file named `-e`, so a
 * diagnostic reads `-e:2:14: …` for the second rule.
 *
 * Without `--context`, each signal's context inference is tried (as the basic config form does) and
 * the rules run for every signal where they compile; when none does, the errors of the signal the
 * rules most likely meant (from their first path prefix) are reported.
 */
import {
  FilterProcessor,
  LocatedText,
  RuleSetError,
  TransformProcessor,
  type ContextName,
  type FeatureGates,
  type FilterConfig,
  type Logger,
  type Signal,
  type TransformConfig,
} from '../api/index.js';
import { CliError } from './main.js';

/** The pseudo-file name of command-line rules. */
export const INLINE_FILE = '-e';

const CONTEXT_SIGNALS: Readonly<Record<ContextName, readonly Signal[]>> = {
  resource: ['logs', 'traces', 'metrics'],
  scope: ['logs', 'traces', 'metrics'],
  log: ['logs'],
  span: ['traces'],
  spanevent: ['traces'],
  spanlink: ['traces'],
  metric: ['metrics'],
  datapoint: ['metrics'],
  exemplar: ['metrics'],
};

const SIGNALS: readonly Signal[] = ['logs', 'traces', 'metrics'];

function contextOf(name: string | undefined): ContextName | null {
  if (name === undefined) return null;
  if (name in CONTEXT_SIGNALS) return name as ContextName;
  throw new CliError(`ottl: --context takes one of ${Object.keys(CONTEXT_SIGNALS).join(', ')}, not "${name}"`, 2);
}

/** The signal whose errors to show when no signal accepts the rules: the first path prefix's. */
function likelySignal(rules: readonly string[]): Signal {
  const m = /\b(log|span|spanevent|spanlink|metric|datapoint|exemplar)\./.exec(rules.join('\n'));
  return m ? CONTEXT_SIGNALS[m[1] as ContextName][0]! : 'logs';
}

const located = (rules: readonly string[]) => rules.map((t, i) => new LocatedText(t, INLINE_FILE, i + 1, 1, 0));

/** Compiles for the signals the rules fit, trying each in turn when the context is not given. */
function compileForSignals<P>(rules: readonly string[], contextName: string | undefined, build: (signals: readonly Signal[], context: ContextName | null) => P): P {
  const context = contextOf(contextName);
  if (context !== null) return build(CONTEXT_SIGNALS[context], context);
  const fits: Signal[] = [];
  const errors = new Map<Signal, unknown>();
  for (const s of SIGNALS) {
    try {
      build([s], null);
      fits.push(s);
    } catch (e) {
      if (!(e instanceof RuleSetError)) throw e;
      errors.set(s, e);
    }
  }
  if (fits.length === 0) throw errors.get(likelySignal(rules));
  return build(fits, null);
}

/** A transform processor from `-e` statements. @throws RuleSetError, CliError */
export function inlineTransform(statements: readonly string[], contextName: string | undefined, gates: FeatureGates, logger: Logger): TransformProcessor {
  return compileForSignals(statements, contextName, (signals, context) => {
    const group = { context, errorMode: null, conditions: [], statements: located(statements), sharedCache: false, flatten: false };
    const config: TransformConfig = {
      file: INLINE_FILE,
      errorMode: null,
      flattenData: false,
      groups: { logs: signals.includes('logs') ? [group] : [], traces: signals.includes('traces') ? [group] : [], metrics: signals.includes('metrics') ? [group] : [] },
    };
    return TransformProcessor.compile(config, { gates, logger });
  });
}

/** A filter processor from `-e` conditions (any one matching drops the item). @throws RuleSetError, CliError */
export function inlineFilter(conditions: readonly string[], contextName: string | undefined, gates: FeatureGates, logger: Logger): FilterProcessor {
  return compileForSignals(conditions, contextName, (signals, context) => {
    const signal = (s: Signal) => ({ form: 'inferred' as const, groups: signals.includes(s) ? [{ context, errorMode: null, conditions: located(conditions) }] : [] });
    const config: FilterConfig = { file: INLINE_FILE, errorMode: null, signals: { logs: signal('logs'), traces: signal('traces'), metrics: signal('metrics') } };
    return FilterProcessor.compile(config, { gates, logger });
  });
}
