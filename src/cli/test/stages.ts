/**
 * What a test runs: one processor (a processor body, or one named processor of a collector
 * config), or a collector pipeline's transform and filter processors in their order.
 */
import {
  ConfigError,
  FilterProcessor,
  isObject,
  LocatedText,
  looksLikeFilter,
  parseConfigText,
  RuleSetError,
  TransformProcessor,
  type FeatureGates,
  type Logger,
  type Signal,
  type TelemetryDocument,
} from '../../api/index.js';
import { CliError } from '../main.js';

/** One processor of the run. */
export interface Stage {
  readonly name: string;
  readonly kind: 'transform' | 'filter';
  /** Runs the processor on the document in place. */
  readonly run: (doc: TelemetryDocument) => void;
}

/** The processors to run, and the signal a pipeline accepts (null for a lone processor). */
export interface StagePlan {
  readonly stages: readonly Stage[];
  readonly signal: Signal | null;
  /** Processors of the pipeline that are not run (neither transform nor filter). */
  readonly skipped: readonly string[];
}

const PIPELINE_SIGNALS: Readonly<Record<string, Signal>> = { logs: 'logs', traces: 'traces', metrics: 'metrics' };

const kindOf = (name: string): 'transform' | 'filter' | null => {
  const type = name.split('/')[0];
  return type === 'transform' || type === 'filter' ? type : null;
};

interface StageOptions {
  readonly gates: FeatureGates;
  readonly logger: Logger;
}

function stage(text: string, file: string, name: string | undefined, kind: 'transform' | 'filter', options: StageOptions): Stage {
  try {
    if (kind === 'filter') {
      const p = FilterProcessor.fromText(text, file, { ...options, processor: name });
      return { name: name ?? 'filter', kind, run: (doc) => void p.process(doc) };
    }
    const p = TransformProcessor.fromText(text, file, { ...options, processor: name });
    return { name: name ?? 'transform', kind, run: (doc) => p.process(doc) };
  } catch (e) {
    if (e instanceof RuleSetError || e instanceof ConfigError) throw new CliError(e.message);
    throw e;
  }
}

/**
 * Plans the run for a config text.
 * @param selection `processor: transform/x` or `pipeline: logs/main`; neither for a processor body
 *   or a collector config with a single transform or filter processor.
 */
export function planStages(text: string, file: string, selection: { processor?: string; pipeline?: string }, options: StageOptions): StagePlan {
  const loaded = parseConfigTextOrFail(text, file);
  const root = isObject(loaded.root) ? loaded.root : null;
  const processors = root && isObject(root['processors']) ? root['processors'] : null;
  if (selection.pipeline !== undefined) {
    const service = root && isObject(root['service']) ? root['service'] : null;
    const pipelines = service && isObject(service['pipelines']) ? service['pipelines'] : null;
    if (!pipelines) throw new CliError(`${file}: pipeline ${selection.pipeline} given, but the file has no service.pipelines`);
    const pipeline = pipelines[selection.pipeline];
    if (!isObject(pipeline)) {
      throw new CliError(`${file}: no pipeline "${selection.pipeline}" under service.pipelines (there are: ${Object.keys(pipelines).join(', ') || 'none'})`);
    }
    const signal = PIPELINE_SIGNALS[selection.pipeline.split('/')[0]!];
    if (!signal) throw new CliError(`${file}: pipeline "${selection.pipeline}" is not a logs, traces or metrics pipeline`);
    const names = Array.isArray(pipeline['processors']) ? pipeline['processors'].map((n) => (n instanceof LocatedText ? n.text : String(n))) : [];
    const stages: Stage[] = [];
    const skipped: string[] = [];
    for (const name of names) {
      const kind = kindOf(name);
      if (kind === null) skipped.push(name);
      else stages.push(stage(text, file, name, kind, options));
    }
    return { stages, signal, skipped };
  }
  if (selection.processor !== undefined) {
    const kind = kindOf(selection.processor);
    if (kind === null) throw new CliError(`${file}: processor "${selection.processor}" is neither a transform nor a filter processor`);
    return { stages: [stage(text, file, selection.processor, kind, options)], signal: null, skipped: [] };
  }
  if (processors) {
    const candidates = Object.keys(processors).filter((k) => kindOf(k) !== null);
    if (candidates.length !== 1) {
      throw new CliError(`${file}: ${candidates.length === 0 ? 'no transform or filter processor' : `several processors (${candidates.join(', ')})`}; name one with processor: or a pipeline with pipeline:`);
    }
    const name = candidates[0]!;
    return { stages: [stage(text, file, name, kindOf(name)!, options)], signal: null, skipped: [] };
  }
  const kind = root && looksLikeFilter(root) ? 'filter' : 'transform';
  return { stages: [stage(text, file, undefined, kind, options)], signal: null, skipped: [] };
}

function parseConfigTextOrFail(text: string, file: string) {
  try {
    return parseConfigText(text, file);
  } catch (e) {
    if (e instanceof ConfigError) throw new CliError(e.message);
    throw e;
  }
}
