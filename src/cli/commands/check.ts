/**
 * `ottl check --config C [--processor NAME] [--kind transform|filter]`: parses and compiles every
 * statement and condition of a transform or filter config without any data, and prints every
 * problem at once, in file order, each at its line and column in the YAML file with the source line
 * and a caret. Exit 0 with a one-line summary when the config is sound, 1 otherwise.
 *
 * Without `--kind`, a processor body is recognised by its keys (`*_statements` → transform;
 * `traces`/`metrics`/`logs`/`*_conditions` → filter); in a collector config every `transform*` and
 * `filter*` processor is checked unless `--processor` names one.
 */
import type { Command } from 'commander';
import { createEnvironment, renderProblem, type CheckedProcessor, type FeatureGates, type FunctionDefinition } from '../../api/index.js';
import { CliError } from '../main.js';
import { parseGates, readConfig } from './run.js';
import { warningLines } from '../config-source.js';

export type ProcessorKind = 'transform' | 'filter';

export interface CheckOptions {
  readonly config: string;
  readonly processor?: string;
  readonly kind?: string;
  readonly featureGates?: string;
  /** `--functions MODULE`: your own function definitions. */
  readonly functions?: string;
}

/** What `check` found in one config text. */
export interface CheckReport {
  readonly ok: boolean;
  /** Every problem, rendered without colour, in file order. */
  readonly problems: readonly string[];
  /** Warnings (deprecated functions…), rendered; they do not make the check fail. */
  readonly warnings: readonly string[];
  /** One line: the OK summary, or the number of problems. */
  readonly summary: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describe(p: CheckedProcessor): string {
  const parts = [plural(p.groups, p.kind === 'filter' ? 'condition group' : 'group')];
  if (p.kind === 'transform') parts.push(plural(p.statements, 'statement'));
  parts.push(plural(p.conditions, 'condition'));
  return `${p.name} (${parts.join(', ')})`;
}

/**
 * Checks config text through the library's environment. Never throws for a problem in the config:
 * every problem becomes part of the report.
 */
export function checkConfigText(
  text: string,
  file: string,
  options: { processor?: string; kind?: ProcessorKind; gates: FeatureGates; functions?: readonly FunctionDefinition<any>[] },
): CheckReport {
  const result = createEnvironment({ featureGates: options.gates, functions: options.functions }).check(text, { file, processor: options.processor, kind: options.kind });
  const problems = result.diagnostics.filter((p) => p.severity === 'error').map(renderProblem);
  const warnings = warningLines(result.diagnostics);
  const noted = warnings.length > 0 ? ` (${plural(warnings.length, 'warning')})` : '';
  const summary = result.ok ? `${file}: OK: ${result.processors.map(describe).join('; ')}${noted}` : `${file}: ${plural(problems.length, 'problem')} found${noted}`;
  return { ok: result.ok, problems, warnings, summary };
}

// ---------------------------------------------------------------- colour

/** Where `check` writes, and whether colour is wanted there. */
export interface CheckIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colour what goes to `out` / `err`. */
  readonly colourOut: boolean;
  readonly colourErr: boolean;
}

const paint = (code: string, s: string) => `\x1b[${code}m${s}\x1b[0m`;

/** Colours one rendered problem: location bold, message red, hint cyan, caret green. */
export function colourProblem(text: string): string {
  const lines = text.split('\n');
  const head = /^(.*?:\d+:\d+:|[^:]*:)( .*?)( \(did you mean "[^"]*"\?\))?$/.exec(lines[0]);
  if (head) lines[0] = paint('1', head[1]) + paint('31', head[2]) + (head[3] ? paint('36', head[3]) : '');
  const last = lines.length - 1;
  if (last > 0 && /^[ \t]*\^$/.test(lines[last])) lines[last] = lines[last].replace('^', paint('32', '^'));
  return lines.join('\n');
}

/** Colour on a terminal only, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && (env['NO_COLOR'] === undefined || env['NO_COLOR'] === '');
}

function parseKind(kind: string | undefined): ProcessorKind | undefined {
  if (kind === undefined) return undefined;
  if (kind === 'transform' || kind === 'filter') return kind;
  throw new CliError(`ottl: --kind must be transform or filter, not "${kind}"`, 2);
}

/** Runs `check`; returns the exit code (0 sound, 1 problems). */
export async function runCheck(options: CheckOptions, io: CheckIO): Promise<number> {
  const kind = parseKind(options.kind);
  const gates = parseGates(options.featureGates);
  const text = await readConfig(options.config);
  const functions = await (await import('../custom-functions.js')).loadCustomFunctions(options.functions);
  const report = checkConfigText(text, options.config, { processor: options.processor, kind, gates, functions });
  for (const w of report.warnings) io.err(`${w}\n`);
  if (report.ok) {
    io.out(`${io.colourOut ? paint('32', report.summary) : report.summary}\n`);
    return 0;
  }
  for (const p of report.problems) io.err(`${io.colourErr ? colourProblem(p) : p}\n`);
  io.err(`${io.colourErr ? paint('1;31', report.summary) : report.summary}\n`);
  return 1;
}

/** Registers the `check` command. */
export function register(program: Command): void {
  program
    .command('check')
    .description('parse and compile every statement and condition of a transform or filter config, without data')
    .requiredOption('-c, --config <file>', 'transform or filter processor config (YAML or JSON): its body, or a collector config')
    .option('-p, --processor <name>', 'which processor of a collector config (default: every transform and filter processor)')
    .option('-k, --kind <kind>', 'transform or filter (default: recognised from the keys)')
    .option('--feature-gates <list>', 'feature gates to enable or disable, e.g. ottl.functions.enableLambda,-x')
    .option('--functions <module>', 'an ES module exporting your own function definitions (defineFunction)')
    .action(async (opts: CheckOptions) => {
      const io: CheckIO = {
        out: (t) => process.stdout.write(t),
        err: (t) => process.stderr.write(t),
        colourOut: wantsColour(process.stdout),
        colourErr: wantsColour(process.stderr),
      };
      process.exitCode = await runCheck(opts, io);
    });
}
