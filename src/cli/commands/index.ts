/** The list of CLI commands; each module adds one command. */
import type { Command } from 'commander';
import { register as registerParse } from './parse.js';
import { register as registerRun } from './run.js';
import { register as registerFilter } from './filter.js';
import { register as registerCheck } from './check.js';
import { register as registerFunctions } from './functions.js';
import { register as registerTest } from './test.js';
import { register as registerCompletion } from '../completion.js';
import { register as registerPlayground } from './playground.js';
import { register as registerServe } from './serve.js';

export function register(program: Command): void {
  registerParse(program);
  registerRun(program);
  registerFilter(program);
  registerCheck(program);
  registerFunctions(program);
  registerTest(program);
  registerCompletion(program);
  registerPlayground(program);
  registerServe(program);
}
