/**
 * Checking a config without data (`ottl check`, editors): every transform and filter processor of
 * a file (or the one named) compiled in an environment, with every problem at its position and a
 * tally of what was checked. It compiles exactly as the processors do: through the environment.
 */
import { sortProblems, type Problem } from '../core/diagnostics/problem.js';
import { isObject, type ConfigObject, type LoadedConfig, configError } from './config/yaml.js';
import { readingConfig, type Environment } from './environment.js';
import { looksLikeFilter, readFilterConfig } from './filter/config.js';
import { compileFilterConfig } from './filter/processor.js';
import { readTransformConfig } from './transform/config.js';
import { compileTransformConfig } from './transform/processor.js';

export type ProcessorKind = 'transform' | 'filter';

/** What was checked of one processor. */
export interface CheckedProcessor {
  readonly name: string;
  readonly kind: ProcessorKind;
  readonly groups: number;
  readonly statements: number;
  readonly conditions: number;
}

/** The outcome of a check: every problem, sorted, and what each processor held. */
export interface CheckResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Problem[];
  readonly processors: readonly CheckedProcessor[];
}

export interface CheckOptions {
  readonly file?: string;
  /** Which processor of a collector config (default: every transform and filter processor). */
  readonly processor?: string;
  /** transform or filter (default: recognised from the name or the keys). */
  readonly kind?: ProcessorKind;
}

interface Entry {
  readonly name: string;
  readonly kind: ProcessorKind;
  readonly body: ConfigObject;
}

function kindFromName(name: string): ProcessorKind | null {
  for (const k of ['transform', 'filter'] as const) if (name === k || name.startsWith(`${k}/`)) return k;
  return null;
}

const guessKind = (body: ConfigObject): ProcessorKind => (looksLikeFilter(body) ? 'filter' : 'transform');

function entriesOf(loaded: LoadedConfig, processor: string | undefined, kind: ProcessorKind | undefined): Entry[] {
  const { root, file } = loaded;
  if (root === null) return [{ name: kind ?? 'transform', kind: kind ?? 'transform', body: Object.create(null) }];
  if (!isObject(root)) throw configError(undefined, file, 'the config must be a mapping');
  const processors = root['processors'];
  if (!isObject(processors)) {
    if (processor !== undefined) throw configError(undefined, file, `--processor ${processor} given, but the file has no "processors" section`);
    const k = kind ?? guessKind(root);
    return [{ name: k, kind: k, body: root }];
  }
  const names =
    processor !== undefined ? [processor] : Object.keys(processors).filter((n) => kindFromName(n) !== null && (kind === undefined || kindFromName(n) === kind));
  if (names.length === 0) throw configError(undefined, file, `no ${kind ?? 'transform or filter'} processor under "processors"`);
  return names.map((name) => {
    const body = processors[name];
    if (body === undefined) throw configError(undefined, file, `no processor "${name}" under "processors"`);
    const b = body === null ? (Object.create(null) as ConfigObject) : body;
    if (!isObject(b)) throw configError(undefined, file, `processor "${name}" must be a mapping`);
    return { name, kind: kind ?? kindFromName(name) ?? guessKind(b), body: b };
  });
}

function checkEntry(env: Environment, entry: Entry, file: string, problems: Problem[]): CheckedProcessor {
  const tally = { name: entry.name, kind: entry.kind, groups: 0, statements: 0, conditions: 0 };
  if (entry.kind === 'filter') {
    const read = readingConfig(() => readFilterConfig(entry.body, file));
    if (!read.ok) return problems.push(...read.diagnostics), tally;
    for (const s of ['traces', 'metrics', 'logs'] as const) {
      for (const g of read.program.signals[s].groups) {
        tally.groups++;
        tally.conditions += g.conditions.length;
      }
    }
    problems.push(...compileFilterConfig(env, read.program).diagnostics);
    return tally;
  }
  const read = readingConfig(() => readTransformConfig(entry.body, file));
  if (!read.ok) return problems.push(...read.diagnostics), tally;
  for (const s of ['traces', 'metrics', 'logs'] as const) {
    for (const g of read.program.groups[s]) {
      tally.groups++;
      tally.statements += g.statements.length;
      tally.conditions += g.conditions.length;
    }
  }
  problems.push(...compileTransformConfig(env, read.program).diagnostics);
  return tally;
}

/** Checks config text: never throws for a problem in the config; every problem is in the result. */
export function checkConfig(env: Environment, text: string, options: CheckOptions = {}): CheckResult {
  const file = options.file ?? '<config>';
  const loaded = env.loadConfig(text, file);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics, processors: [] };
  const problems: Problem[] = [];
  const entries = readingConfig(() => entriesOf(loaded.program, options.processor, options.kind));
  if (!entries.ok) return { ok: false, diagnostics: entries.diagnostics, processors: [] };
  const processors = entries.program.map((e) => checkEntry(env, e, file, problems));
  const diagnostics = sortProblems(problems);
  return { ok: !diagnostics.some((p) => p.severity === 'error'), diagnostics, processors };
}
