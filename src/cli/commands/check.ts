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
import { LineCounter, parseDocument } from 'yaml';
import { formatDiagnostic, Source } from '../../core/diagnostics/index.js';
import type { Signal } from '../../core/model.js';
import { ConfigError, isObject, parseConfigText, type ConfigObject, type LoadedConfig } from '../../engine/config/yaml.js';
import { NO_LOGGER } from '../../engine/error-mode.js';
import type { FeatureGates } from '../../core/feature-gates.js';
import { looksLikeFilter, readFilterConfig } from '../../engine/filter/config.js';
import { filterRuleSpecs } from '../../engine/filter/rules.js';
import { SIGNAL_CONTEXTS, type GroupSpec } from '../../engine/rules/compile-group.js';
import { readTransformConfig } from '../../engine/transform/config.js';
import { diagnoseGroup, findingOf, type Finding } from '../diagnose.js';
import { CliError } from '../main.js';
import { parseGates, readConfig } from './run.js';

export type ProcessorKind = 'transform' | 'filter';

export interface CheckOptions {
  readonly config: string;
  readonly processor?: string;
  readonly kind?: string;
  readonly featureGates?: string;
}

/** What `check` found in one config text. */
export interface CheckReport {
  readonly ok: boolean;
  /** Every problem, rendered without colour, in file order. */
  readonly problems: readonly string[];
  /** One line: the OK summary, or the number of problems. */
  readonly summary: string;
}

interface ProcessorEntry {
  readonly name: string;
  readonly kind: ProcessorKind;
  readonly body: ConfigObject;
}

interface Tally {
  groups: number;
  statements: number;
  conditions: number;
}

const SIGNALS: readonly Signal[] = ['traces', 'metrics', 'logs'];

function kindFromName(name: string): ProcessorKind | null {
  for (const k of ['transform', 'filter'] as const) if (name === k || name.startsWith(`${k}/`)) return k;
  return null;
}

function guessKind(body: ConfigObject): ProcessorKind {
  return looksLikeFilter(body) ? 'filter' : 'transform';
}

function processorsOf(loaded: LoadedConfig, processor: string | undefined, kind: ProcessorKind | undefined): ProcessorEntry[] {
  const root = loaded.root;
  const file = loaded.file;
  if (root === null) return [{ name: kind ?? 'transform', kind: kind ?? 'transform', body: Object.create(null) }];
  if (!isObject(root)) throw new ConfigError(`${file}: the config must be a mapping`);
  const processors = root['processors'];
  if (!isObject(processors)) {
    if (processor !== undefined) throw new ConfigError(`${file}: --processor ${processor} given, but the file has no "processors" section`);
    const k = kind ?? guessKind(root);
    return [{ name: k, kind: k, body: root }];
  }
  const names =
    processor !== undefined ? [processor] : Object.keys(processors).filter((n) => kindFromName(n) !== null && (kind === undefined || kindFromName(n) === kind));
  if (names.length === 0) throw new ConfigError(`${file}: no ${kind ?? 'transform or filter'} processor under "processors"`);
  return names.map((name) => {
    const body = processors[name];
    if (body === undefined) throw new ConfigError(`${file}: no processor "${name}" under "processors"`);
    const b = body === null ? (Object.create(null) as ConfigObject) : body;
    if (!isObject(b)) throw new ConfigError(`${file}: processor "${name}" must be a mapping`);
    return { name, kind: kind ?? kindFromName(name) ?? guessKind(b), body: b };
  });
}

/** The compile specs of a transform body, as `TransformProcessor.compile` builds them. */
function transformSpecs(body: ConfigObject, file: string, gates: FeatureGates, tally: Tally, findings: Finding[]): GroupSpec[] {
  const config = readTransformConfig(body, file);
  if (config.flattenData && !gates.isEnabled('transform.flatten.logs')) {
    findings.push(findingOf(`${file}: flatten_data requires the feature gate transform.flatten.logs`, file));
  }
  const fallback = config.errorMode ?? (gates.isEnabled('processor.transform.defaultErrorModeIgnore') ? 'ignore' : 'propagate');
  const specs: GroupSpec[] = [];
  for (const signal of SIGNALS) {
    for (const g of config.groups[signal]) {
      tally.groups++;
      tally.statements += g.statements.length;
      tally.conditions += g.conditions.length;
      specs.push({
        context: g.context,
        statements: g.statements,
        conditions: g.conditions,
        errorMode: g.errorMode ?? fallback,
        available: SIGNAL_CONTEXTS[signal],
        host: 'transform',
        gates,
        logger: NO_LOGGER,
      });
    }
  }
  return specs;
}

function filterSpecs(body: ConfigObject, file: string, gates: FeatureGates, tally: Tally): GroupSpec[] {
  const config = readFilterConfig(body, file);
  for (const s of SIGNALS) {
    for (const g of config.signals[s].groups) {
      tally.groups++;
      tally.conditions += g.conditions.length;
    }
  }
  return filterRuleSpecs(config, { gates, logger: NO_LOGGER }).map((r) => r.spec);
}

/** YAML syntax errors, each with its source line and a caret. */
function yamlFindings(text: string, file: string): Finding[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const source = new Source(text, file);
  return doc.errors.map((e) =>
    findingOf(formatDiagnostic({ message: `invalid YAML: ${e.message.split('\n')[0]}`, span: { start: e.pos[0], end: e.pos[1] }, source }), file),
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function describeTally(t: Tally, kind: ProcessorKind): string {
  const parts = [plural(t.groups, kind === 'filter' ? 'condition group' : 'group')];
  if (kind === 'transform') parts.push(plural(t.statements, 'statement'));
  parts.push(plural(t.conditions, 'condition'));
  return parts.join(', ');
}

/**
 * Checks config text. Never throws for a problem in the config: every problem becomes part of the
 * report.
 */
export function checkConfigText(text: string, file: string, options: { processor?: string; kind?: ProcessorKind; gates: FeatureGates }): CheckReport {
  const findings: Finding[] = [];
  const summaries: string[] = [];
  let loaded: LoadedConfig | null = null;
  try {
    loaded = parseConfigText(text, file);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    findings.push(...yamlFindings(text, file));
    if (findings.length === 0) findings.push(findingOf(e.message, file));
  }
  if (loaded !== null) {
    let entries: ProcessorEntry[] = [];
    try {
      entries = processorsOf(loaded, options.processor, options.kind);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      findings.push(findingOf(e.message, file));
    }
    for (const entry of entries) {
      const tally: Tally = { groups: 0, statements: 0, conditions: 0 };
      try {
        const specs =
          entry.kind === 'filter' ? filterSpecs(entry.body, file, options.gates, tally) : transformSpecs(entry.body, file, options.gates, tally, findings);
        for (const spec of specs) findings.push(...diagnoseGroup(spec));
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        findings.push(findingOf(e.message, file));
      }
      summaries.push(`${entry.name} (${describeTally(tally, entry.kind)})`);
    }
  }
  // File order; a stable sort keeps problems at one position in the order they were found.
  const problems = findings.sort((a, b) => a.line - b.line || a.column - b.column).map((f) => f.text);
  const unique = problems.filter((p, i) => problems.indexOf(p) === i);
  const ok = unique.length === 0;
  const summary = ok ? `${file}: OK: ${summaries.join('; ')}` : `${file}: ${plural(unique.length, 'problem')} found`;
  return { ok, problems: unique, summary };
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
  const report = checkConfigText(text, options.config, { processor: options.processor, kind, gates });
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
