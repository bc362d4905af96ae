/**
 * The rules an SDK adapter applies: a transform processor, then a filter processor, either given
 * compiled or as config text (the processor's body or a whole collector config).
 */
import { FilterProcessor, TransformProcessor, type TelemetryDocument } from '../api/index.js';

/** Something that edits a document in place: a `TransformProcessor`, or a `ReloadableProcessor`. */
export interface DocumentTransformer {
  process(doc: TelemetryDocument): void;
}

/** Something that drops parts of a document in place: a `FilterProcessor`. */
export interface DocumentFilter {
  process(doc: TelemetryDocument): unknown;
}

/** Options shared by the SDK adapters. */
export interface OttlRulesOptions {
  /** Transform rules: a compiled processor, or config text compiled with `TransformProcessor.fromText`. */
  transform?: DocumentTransformer | string;
  /** Filter rules: a compiled processor, or config text compiled with `FilterProcessor.fromText`. */
  filter?: DocumentFilter | string;
  /**
   * Called when the rules throw (a `PropagatedError` under `error_mode: propagate`). The data then
   * goes on unchanged: telemetry of the application is not lost because a rule failed. Default:
   * a warning on the console.
   */
  onError?: (error: unknown) => void;
}

/** Compiled rules, applied in the transform → filter order. */
export class OttlRules {
  private readonly transform: DocumentTransformer | undefined;
  private readonly filter: DocumentFilter | undefined;
  private readonly onError: (error: unknown) => void;

  /** @throws RuleSetError / ConfigError for config text that does not compile. */
  constructor(options: OttlRulesOptions) {
    this.transform = typeof options.transform === 'string' ? TransformProcessor.fromText(options.transform, '<transform>') : options.transform;
    this.filter = typeof options.filter === 'string' ? FilterProcessor.fromText(options.filter, '<filter>') : options.filter;
    this.onError = options.onError ?? ((e) => console.warn(`ottl: rules failed, data passed on unchanged: ${(e as Error).message}`));
  }

  /**
   * Applies the rules to `doc` in place. Returns false when a rule threw: the caller then passes
   * on the original data (`doc` may be half edited).
   */
  apply(doc: TelemetryDocument): boolean {
    try {
      this.transform?.process(doc);
      this.filter?.process(doc);
      return true;
    } catch (e) {
      this.onError(e);
      return false;
    }
  }
}
