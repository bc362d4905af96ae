/** Where `run` and `filter` get their rules: `--config FILE`, `--config -` (stdin) or `-e RULE`. */
import { RuleSetError } from '../index.js';
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
    if (e instanceof RuleSetError) throw new CliError(e.message);
    throw e;
  }
}
