/**
 * `--functions MODULE`: an ES module whose exports are function definitions (made with
 * `defineFunction`, or an array of them as the default export). Its functions join the built-ins in
 * every command that compiles or lists rules, through the library's environment.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEnvironment, type Environment, type FeatureGates, type FunctionDefinition, type Logger } from '../api/index.js';
import { CliError } from './main.js';

type AnyDefinition = FunctionDefinition<any>;

function isDefinition(x: unknown): x is AnyDefinition {
  const d = x as Partial<AnyDefinition> | null;
  return typeof d === 'object' && d !== null && typeof d.name === 'string' && (d.kind === 'editor' || d.kind === 'converter') && Array.isArray(d.params) && typeof d.create === 'function';
}

/** Loads the definitions a module exports; none when `module` is absent. */
export async function loadCustomFunctions(module: string | undefined): Promise<AnyDefinition[]> {
  if (module === undefined) return [];
  let exported: Record<string, unknown>;
  try {
    exported = (await import(pathToFileURL(resolve(module)).href)) as Record<string, unknown>;
  } catch (e) {
    throw new CliError(`${module}: cannot load the functions module: ${(e as Error).message}`);
  }
  const found = Object.values(exported).flatMap((v) => (Array.isArray(v) ? v : [v])).filter(isDefinition);
  if (found.length === 0) throw new CliError(`${module}: exports no function definitions (use defineFunction from 'ottl')`);
  return [...new Map(found.map((d) => [d.name, d])).values()];
}

/** The environment of a command: the gates, the logger and the functions module's definitions. */
export async function cliEnvironment(module: string | undefined, gates: FeatureGates, logger?: Logger): Promise<Environment> {
  return createEnvironment({ functions: await loadCustomFunctions(module), featureGates: gates, logger });
}
