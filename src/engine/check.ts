/**
 * Checking a config without data (`ottl check`, editors): every transform and filter processor of
 * a file (or the one named) compiled in an environment, with every problem at its position and a
 * tally of what was checked. It compiles exactly as the processors do: through the environment.
 */
import { sortProblems, type Problem } from '../core/diagnostics/problem.js';
import { ConfigProblems } from './config/problems.js';
import { processorEntries, type ProcessorEntry, type ProcessorKind } from './config/select.js';
import type { ConfigObject } from './config/yaml.js';
import { readingConfig, type Environment } from './environment.js';
import { looksLikeFilter, readFilterConfigInto } from './filter/config.js';
import { compileFilterConfig } from './filter/processor.js';
import { readTransformConfigInto } from './transform/config.js';
import { compileTransformConfig } from './transform/processor.js';

export type { ProcessorKind } from './config/select.js';

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

const guessKind = (body: ConfigObject): ProcessorKind => (looksLikeFilter(body) ? 'filter' : 'transform');

/** Reads (collecting every config problem) and compiles what reads of one processor. */
function checkEntry(env: Environment, entry: ProcessorEntry, file: string, problems: Problem[]): CheckedProcessor {
  const kind = entry.kind ?? guessKind(entry.body);
  const tally = { name: entry.kind === null ? kind : entry.name, kind, groups: 0, statements: 0, conditions: 0 };
  const read = new ConfigProblems(file);
  if (kind === 'filter') {
    const config = readFilterConfigInto(entry.body, read);
    problems.push(...read.list);
    for (const s of ['traces', 'metrics', 'logs'] as const) {
      for (const g of config.signals[s].groups) {
        tally.groups++;
        tally.conditions += g.conditions.length;
      }
    }
    problems.push(...compileFilterConfig(env, { ...config, warnings: [] }).diagnostics);
    return tally;
  }
  const config = readTransformConfigInto(entry.body, read);
  problems.push(...read.list);
  for (const s of ['traces', 'metrics', 'logs'] as const) {
    for (const g of config.groups[s]) {
      tally.groups++;
      tally.statements += g.statements.length;
      tally.conditions += g.conditions.length;
    }
  }
  problems.push(...compileTransformConfig(env, { ...config, warnings: [] }).diagnostics);
  return tally;
}

/** Checks config text: never throws for a problem in the config; every problem is in the result. */
export function checkConfig(env: Environment, text: string, options: CheckOptions = {}): CheckResult {
  const file = options.file ?? '<config>';
  const loaded = env.loadConfig(text, file);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics, processors: [] };
  const problems: Problem[] = [];
  const entries = readingConfig(() => processorEntries(loaded.program, { kind: options.kind, name: options.processor, several: true }));
  if (!entries.ok) return { ok: false, diagnostics: entries.diagnostics, processors: [] };
  const processors = entries.program.map((e) => checkEntry(env, e, file, problems));
  const diagnostics = sortProblems(problems);
  return { ok: !diagnostics.some((p) => p.severity === 'error'), diagnostics, processors };
}
