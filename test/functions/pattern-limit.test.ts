/**
 * The pattern-size bound (issue 14, resource bounds): a regex or glob longer than
 * `maxPatternLength` is refused before it is compiled — at compile time when it is a literal, at run
 * time (an error the error mode handles) when a record supplies it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FUNCTION_LIMITS, resetFunctionLimits, setFunctionLimits } from '../../src/functions/internal/limits.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { RuleSetError } from '../../src/engine/environment.js';
import { OttlRuntimeError } from '../../src/core/errors.js';
import { PropagatedError } from '../../src/engine/error-mode.js';
import { newLogRecord } from '../../src/core/model.js';
import { evalContext } from '../../src/testing/index.js';

afterEach(() => resetFunctionLimits());

describe('maxPatternLength', () => {
  it('defaults to 64 Ki characters', () => {
    expect(DEFAULT_FUNCTION_LIMITS.maxPatternLength).toBe(65536);
  });

  it('refuses a literal regex over the limit when the rule compiles', () => {
    setFunctionLimits({ maxPatternLength: 10 });
    const compile = () => compileStatements([`set(log.attributes["m"], IsMatch(log.body, "${'a'.repeat(11)}"))`], { context: 'log' });
    expect(compile).toThrow(RuleSetError);
    expect(compile).toThrow('the pattern has 11 characters, over the limit of 10 (maxPatternLength)');
    expect(() => compileStatements([`set(log.attributes["m"], IsMatch(log.body, "${'a'.repeat(10)}"))`], { context: 'log' })).not.toThrow();
  });

  it('refuses a pattern a record supplies at run time, as a runtime error', () => {
    setFunctionLimits({ maxPatternLength: 10 });
    const statement = compileStatements(['replace_pattern(log.body, log.attributes["p"], "x")'], { context: 'log' });
    const log = newLogRecord();
    log.body = 'aaaaaaaaaaaa';
    log.attributes.set('p', 'a'.repeat(11));
    let thrown: unknown;
    try {
      statement.execute(evalContext({ log }));
    } catch (e) {
      thrown = e;
    }
    // Under the default error mode (propagate) the runtime error reaches the caller wrapped.
    expect(thrown).toBeInstanceOf(PropagatedError);
    expect((thrown as PropagatedError).cause).toBeInstanceOf(OttlRuntimeError);
    expect(() => statement.execute(evalContext({ log }))).toThrow('over the limit of 10');
    expect(log.body).toBe('aaaaaaaaaaaa');
    log.attributes.set('p', 'a');
    statement.execute(evalContext({ log }));
    expect(log.body).toBe('xxxxxxxxxxxx');
  });

  it('bounds globs too', () => {
    setFunctionLimits({ maxPatternLength: 5 });
    expect(() => compileStatements(['replace_match(log.body, "******", "x")'], { context: 'log' })).toThrow('over the limit of 5');
  });
});
