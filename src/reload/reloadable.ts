/**
 * A processor whose rule set can be replaced while it runs. Rule sets are immutable, so a reload is
 * build-then-swap: the new set is compiled completely off to the side, and only when it compiled
 * is one reference swapped. Each batch reads that reference once when it starts, so it runs on
 * exactly one version from start to end, whatever reloads happen meanwhile.
 */
import type { Environment } from '../engine/environment.js';
import { nextTurn } from '../engine/rules/compile-group.js';
import { loadConfigSource, type ConfigSource } from './config-source.js';
import { diagnosticsOf, transformCompiler, type ProcessResult, type RuleSet, type RuleSetCompiler } from './compilers.js';
import type { TelemetryDocument } from '../core/model.js';
import type { TransformProcessor } from '../engine/transform/processor.js';

/** One applied rule set. Immutable; hold on to it to finish work on this version. */
export interface RuleSetVersion<P extends RuleSet> {
  /** 1 for the set given to `create`, then +1 for each applied update. */
  readonly version: number;
  readonly ruleSet: P;
  /** The name the config was given (a file name, or `<config>`), used in its diagnostics. */
  readonly name: string;
}

/** How an {@link ReloadableProcessor.update} ended. */
export type UpdateResult<P extends RuleSet> =
  | { readonly status: 'applied'; readonly current: RuleSetVersion<P>; readonly previous: RuleSetVersion<P> }
  /** The config did not compile; `current` is the version still in use. */
  | {
      readonly status: 'rejected';
      readonly diagnostics: readonly string[];
      readonly error: unknown;
      readonly current: RuleSetVersion<P>;
    }
  /** A newer update was applied first, so this one was dropped without being compiled. */
  | { readonly status: 'superseded'; readonly current: RuleSetVersion<P> };

export interface AppliedEvent<P extends RuleSet> {
  readonly current: RuleSetVersion<P>;
  readonly previous: RuleSetVersion<P>;
}

export interface RejectedEvent<P extends RuleSet> {
  /** The rejected config's name. */
  readonly name: string;
  /** Every problem, each rendered with name, line, column and caret. */
  readonly diagnostics: readonly string[];
  readonly error: unknown;
  /** The version that stays in use. */
  readonly current: RuleSetVersion<P>;
}

interface Listeners<P extends RuleSet> {
  applied: (event: AppliedEvent<P>) => void;
  rejected: (event: RejectedEvent<P>) => void;
}

export interface ReloadableOptions<P extends RuleSet> {
  /** Builds a rule set from a config; {@link transformCompiler} in `environment` when absent. */
  readonly compiler?: RuleSetCompiler<P>;
  /** The environment of the default transform compiler (custom functions, gates, logger). */
  readonly environment?: Environment;
  /** The initial config's name in diagnostics (default `<config>`). */
  readonly name?: string;
  /**
   * Runs `start` later, when pending updates should begin compiling. The default waits one turn
   * of the event loop (`setImmediate`), so updates requested together compile only the newest.
   * Tests pass a controllable scheduler here.
   */
  readonly schedule?: (start: () => void) => void;
}

export interface UpdateOptions {
  /** The config's name in diagnostics (default: the current version's name). */
  readonly name?: string;
}

interface Request<P extends RuleSet> {
  readonly seq: number;
  readonly source: ConfigSource;
  readonly name: string;
  readonly resolve: (result: UpdateResult<P>) => void;
}

/**
 * Holds the current rule set and replaces it on {@link update}.
 *
 * Ordering: each update gets a sequence number when it is requested, and the newest valid config
 * wins. Pending updates are compiled one at a time, newest first: once one is applied, every older
 * pending update is dropped (`superseded`) without being compiled; when the newest is rejected,
 * the next newest is tried. An applied version never gives way to an older request, even one that
 * finished compiling later (possible when an {@link updateSync} overtakes an async compile).
 *
 * Listeners run synchronously after the swap (`applied`) or the rejection (`rejected`); they must
 * not throw (an exception is rethrown asynchronously, as an uncaught error).
 */
export class ReloadableProcessor<P extends RuleSet = TransformProcessor> {
  private head: RuleSetVersion<P>;
  /** Sequence number of the last request made, and of the one that produced `head`. */
  private requested = 0;
  private appliedSeq = 0;
  private readonly pending: Request<P>[] = [];
  private draining: Promise<void> | null = null;
  private readonly listeners: { [K in keyof Listeners<P>]: Set<Listeners<P>[K]> } = {
    applied: new Set(),
    rejected: new Set(),
  };

  private constructor(
    first: P,
    name: string,
    private readonly compiler: RuleSetCompiler<P>,
    private readonly schedule: (start: () => void) => void,
  ) {
    this.head = Object.freeze({ version: 1, ruleSet: first, name });
  }

  /**
   * Compiles the first rule set (a transform processor config unless `options.compiler` says
   * otherwise) and returns a processor running it as version 1.
   * @throws RuleSetError or ConfigError with every diagnostic when the config is invalid;
   *   TypeError when the compiler is async (use {@link createAsync}).
   */
  static create(config: ConfigSource, options?: ReloadableOptions<TransformProcessor> & { compiler?: undefined }): ReloadableProcessor<TransformProcessor>;
  static create<P extends RuleSet>(config: ConfigSource, options: ReloadableOptions<P> & { compiler: RuleSetCompiler<P> }): ReloadableProcessor<P>;
  static create<P extends RuleSet>(config: ConfigSource, options: ReloadableOptions<P> = {}): ReloadableProcessor<P> {
    const name = options.name ?? '<config>';
    const compiler = options.compiler ?? (transformCompiler({ environment: options.environment }) as unknown as RuleSetCompiler<P>);
    const first = compiler(loadConfigSource(config, name));
    if (isPromise(first)) {
      first.catch(() => {});
      throw new TypeError('ReloadableProcessor.create: the compiler is async; use ReloadableProcessor.createAsync');
    }
    return new ReloadableProcessor(first, name, compiler, options.schedule ?? setImmediate);
  }

  /** As {@link create}, for compilers that return a promise. Rejects with every diagnostic. */
  static async createAsync<P extends RuleSet>(
    config: ConfigSource,
    options: ReloadableOptions<P> & { compiler: RuleSetCompiler<P> },
  ): Promise<ReloadableProcessor<P>> {
    const name = options.name ?? '<config>';
    const first = await options.compiler(loadConfigSource(config, name));
    return new ReloadableProcessor(first, name, options.compiler, options.schedule ?? setImmediate);
  }

  /**
   * The version in use. Read it once at the start of a batch and use its `ruleSet` for the whole
   * batch, even across `await`s: the batch then runs on exactly that version.
   */
  get current(): RuleSetVersion<P> {
    return this.head;
  }

  /** The current version number. */
  get version(): number {
    return this.head.version;
  }

  /** True while updates are waiting or compiling. */
  get busy(): boolean {
    return this.draining !== null;
  }

  /**
   * Processes one document with the current version.
   * @throws whatever the rule set throws (PropagatedError under `error_mode: propagate`).
   */
  process(doc: TelemetryDocument): ProcessResult<P> {
    return this.head.ruleSet.process(doc) as ProcessResult<P>;
  }

  /**
   * Processes every document of a batch with one version (the current one when the call starts).
   * @throws at the first document the rule set throws on; the documents before it are processed.
   */
  processBatch(docs: readonly TelemetryDocument[]): { version: number; results: ProcessResult<P>[] } {
    const v = this.head;
    const results = docs.map((d) => v.ruleSet.process(d) as ProcessResult<P>);
    return { version: v.version, results };
  }

  /**
   * Asks for a new rule set. Resolves once it is applied, rejected (every diagnostic is in the
   * result, and the current version stays) or superseded by a newer update; never rejects.
   * Work already running keeps the version it started with.
   */
  update(config: ConfigSource, options: UpdateOptions = {}): Promise<UpdateResult<P>> {
    const seq = ++this.requested;
    const name = options.name ?? this.head.name;
    return new Promise((resolve) => {
      this.pending.push({ seq, source: config, name, resolve });
      // Start on a later turn, so that a burst of updates made together compiles only the newest.
      this.draining ??= new Promise<void>((start) => this.schedule(start)).then(() => this.drain());
    });
  }

  /**
   * Compiles and applies a config now, for synchronous compilers. It counts as the newest request:
   * pending updates made before it can no longer be applied.
   * @throws TypeError when the compiler is async.
   */
  updateSync(config: ConfigSource, options: UpdateOptions = {}): UpdateResult<P> {
    const seq = ++this.requested;
    const name = options.name ?? this.head.name;
    let built: P | Promise<P>;
    try {
      built = this.compiler(loadConfigSource(config, name));
    } catch (error) {
      return this.reject(name, error);
    }
    if (isPromise(built)) {
      built.catch(() => {});
      throw new TypeError('ReloadableProcessor.updateSync: the compiler is async; use update');
    }
    return this.apply(seq, name, built);
  }

  /** Resolves when no update is waiting or compiling. */
  async idle(): Promise<void> {
    while (this.draining !== null) await this.draining;
  }

  /** Adds a listener; returns a function that removes it. */
  on<K extends keyof Listeners<P>>(event: K, listener: Listeners<P>[K]): () => void {
    const set = this.listeners[event] as Set<Listeners<P>[K]>;
    set.add(listener);
    return () => set.delete(listener);
  }

  private async drain(): Promise<void> {
    try {
      for (let next = this.pending.pop(); next !== undefined; next = this.pending.pop()) {
        next.resolve(await this.build(next));
      }
    } finally {
      this.draining = null;
    }
  }

  private async build(request: Request<P>): Promise<UpdateResult<P>> {
    if (request.seq < this.appliedSeq) return { status: 'superseded', current: this.head };
    let built: P;
    try {
      const loaded = loadConfigSource(request.source, request.name);
      if (this.compiler.sliced) {
        // Reading the config (YAML text or an object) takes a turn of its own, so that it and the
        // compile's first slice together never block the event loop for more than a slice.
        await nextTurn();
        built = await this.compiler.sliced(loaded);
      } else built = await this.compiler(loaded);
    } catch (error) {
      return this.reject(request.name, error);
    }
    return this.apply(request.seq, request.name, built);
  }

  /** The swap: one reference, after the new set is complete. */
  private apply(seq: number, name: string, ruleSet: P): UpdateResult<P> {
    // A newer request was applied while this one compiled: it must not be overwritten.
    if (seq < this.appliedSeq) return { status: 'superseded', current: this.head };
    const previous = this.head;
    const current: RuleSetVersion<P> = Object.freeze({ version: previous.version + 1, ruleSet, name });
    this.head = current;
    this.appliedSeq = seq;
    this.dropOlderThan(seq);
    this.emit('applied', { current, previous });
    return { status: 'applied', current, previous };
  }

  private reject(name: string, error: unknown): UpdateResult<P> {
    const diagnostics = diagnosticsOf(error);
    const current = this.head;
    this.emit('rejected', { name, diagnostics, error, current });
    return { status: 'rejected', diagnostics, error, current };
  }

  private dropOlderThan(seq: number): void {
    let kept = 0;
    for (const request of this.pending) {
      if (request.seq < seq) request.resolve({ status: 'superseded', current: this.head });
      else this.pending[kept++] = request;
    }
    this.pending.length = kept;
  }

  private emit<K extends keyof Listeners<P>>(event: K, payload: Parameters<Listeners<P>[K]>[0]): void {
    for (const listener of this.listeners[event]) {
      try {
        (listener as (p: typeof payload) => void)(payload);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

function isPromise<T>(v: T | Promise<T>): v is Promise<T> {
  return typeof (v as { then?: unknown } | null)?.then === 'function';
}
