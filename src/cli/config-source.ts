/** Where `run` and `filter` get their rules: `--config FILE`, `--config -` (stdin) or `-e RULE`. */
import { renderProblem, RuleSetError, type CompileResult, type Problem } from '../api/index.js';
import { CliError } from './main.js';

/** Commander's collector for a repeatable option. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Checks that the rules have one source and that stdin is not asked for twice. */
export function checkConfigSource(options: { config?: string; input?: string }): void {
  if (!options.config) throw new CliError('ottl: give the rules with --config FILE (- for stdin) or -e RULE', 2);
  if (options.config === '-' && (options.input ?? '-') === '-') {
    throw new CliError('ottl: --config - reads the config from stdin; give the input with --input FILE', 2);
  }
}

/** Runs a compile of command-line rules, turning a RuleSetError into the CLI's error. */
export function compileInline<P>(compile: () => P): P {
  try {
    return compile();
  } catch (e) {
    if (!(e instanceof RuleSetError)) throw e;
    // The library's hint speaks of config groups; on the command line the context is --context.
    const hint = e.message.includes('unable to infer a valid context') ? '\nhint: with -e, give the context with --context NAME (e.g. --context log)' : '';
    throw new CliError(e.message + hint);
  }
}

/** `--watch` follows a config file; rules given with -e have none. */
export function checkWatchSource(options: { watch?: boolean; expr?: string[] }): void {
  if (options.watch && options.expr?.length) throw new CliError('ottl: --watch follows a config file; it cannot be combined with -e', 2);
}

/** A config's warnings (ignored profile rules, deprecated functions) as `warning: file:line:col: …` text. */
export function warningLines(diagnostics: readonly Problem[]): string[] {
  return diagnostics.filter((p) => p.severity === 'warning').map((p) => `warning: ${renderProblem(p)}`);
}

/**
 * The program of a config's compile result, after printing its warnings (ignored profile rules,
 * deprecated functions) on stderr unless `printWarnings` is false (`--jobs` workers compile the
 * config the main thread has compiled and warned about).
 * @throws RuleSetError with every problem when the config does not compile.
 */
export function programOf<P>(result: CompileResult<P>, printWarnings = true): P {
  if (printWarnings) for (const line of warningLines(result.diagnostics)) process.stderr.write(line + '\n');
  if (!result.ok) throw new RuleSetError(result.diagnostics);
  return result.program;
}
