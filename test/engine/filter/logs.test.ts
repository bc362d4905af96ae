/**
 * Filter processor on logs: rows ported from the reference's logs_test.go
 * (TestFilterLogProcessorWithOTTL, Test_ProcessLogs_DefinedContext, Test_ProcessLogs_InferredContext,
 * Test_ProcessLogs_ErrorMode, Test_ProcessLogs_ConditionsErrorMode).
 */
import { describe, expect, it } from 'vitest';
import type { LogsData } from '../../../src/core/model.js';
import { constructLogs, constructLogsMultiResources, constructLogsWithEmptyLogRecords, runFilter } from './helpers.js';

const ALL = 'localhost{scope0[operationA,operationB],scope1[operationA,operationB]}';
const ONLY_B = 'localhost{scope0[operationB],scope1[operationB]}';
/** A condition that fails at run time on every record (Substring past the end of ""). */
const FAILING = 'Substring("", 0, 100) == "test"';
/** The same, with a path naming its context so that it can be inferred. */
const FAILING_RESOURCE = 'Substring(resource.attributes["host.name"], 0, 100) == "test"';
const FAILING_LOG = 'Substring(log.body, 0, 100) == "test"';

const run = (config: string, input: () => LogsData = constructLogs) => runFilter(config, { signal: 'logs', data: input() });

describe('classic keys (logs.resource, logs.log_record)', () => {
  it.each([
    ['drop resource', 'logs: {resource: [\'attributes["host.name"] == "localhost"\']}', ''],
    ['drop logs', 'logs: {log_record: [\'body == "operationA"\']}', ONLY_B],
    ['drop everything by dropping all logs', 'logs: {log_record: [\'IsMatch(body, "operation.*")\']}', ''],
    ['multiple conditions', 'logs: {log_record: [\'IsMatch(body, "wrong name")\', \'IsMatch(body, "operation.*")\']}', ''],
    ['with error conditions', `error_mode: ignore\nlogs: {log_record: ['${FAILING}']}`, ALL],
    ['resource kept, logs filtered', 'logs:\n  resource: [\'attributes["host.name"] == "other"\']\n  log_record: [\'body == "operationA"\']', ONLY_B],
  ])('%s', (_name, config, want) => {
    const out = run(config);
    expect(out.error).toBeUndefined();
    expect(out.shape).toBe(want);
  });

  it('reports what was dropped, parents included', () => {
    expect(run('logs: {log_record: [\'body == "operationA"\']}').result?.dropped).toMatchObject({ resources: 0, scopes: 0, logRecords: 2 });
    expect(run('logs: {resource: [\'attributes["host.name"] == "localhost"\']}').result?.dropped).toMatchObject({ resources: 1, scopes: 2, logRecords: 4 });
  });

  it('a resource condition alone removes only resources that are already empty', () => {
    const out = run('logs: {resource: [\'attributes["host.name"] == "host1"\']}', constructLogsMultiResources);
    expect(out.shape).toBe('host2{scope3[operationB,operationB],scope4[operationB,operationB]}');
  });
});

describe('log_conditions with an explicit context', () => {
  const group = (context: string, condition: string) => `log_conditions:\n  - context: ${context}\n    conditions: ['${condition}']`;
  it.each([
    ['resource: drop everything', group('resource', 'schema_url == "test_schema_url"'), ''],
    ['resource: drop by attribute', group('resource', 'attributes["host.name"] == "localhost"'), ''],
    ['scope: drop everything', group('scope', 'schema_url == "test_schema_url"'), ''],
    ['scope: drop by attribute', group('scope', 'attributes["lib"] == "awesomelib"'), ALL],
    ['scope: drop by name', group('scope', 'name == "scope0"'), 'localhost{scope1[operationA,operationB]}'],
    ['log: drop by attributes', group('log', 'attributes["total.string"] == "123456789"'), ONLY_B],
    ['log: drop by function', group('log', 'IsMatch(body, "operationA")'), ONLY_B],
    ['log: drop by enum', group('log', 'severity_number < SEVERITY_NUMBER_WARN'), 'localhost{scope0[operationA],scope1[operationA]}'],
    ['log: prefixed paths also work', group('LOG', 'log.body == "operationA"'), ONLY_B],
    ['mixed conditions', `${group('log', 'body == "operationA"')}\n${group('scope', 'name == "scope1"').replace('log_conditions:\n', '')}`, 'localhost{scope0[operationB]}'],
  ])('%s', (_name, config, want) => {
    const out = run(config);
    expect(out.error).toBeUndefined();
    expect(out.shape).toBe(want);
  });
});

describe('log_conditions with inferred contexts', () => {
  const flat = (...conditions: string[]) => `log_conditions:\n${conditions.map((c) => `  - '${c}'`).join('\n')}`;
  it.each([
    ['resource: drop everything', flat('resource.schema_url == "test_schema_url"'), constructLogs, ''],
    ['resource: drop by attribute', flat('resource.attributes["host.name"] == "localhost"'), constructLogs, ''],
    ['scope: drop everything', flat('scope.schema_url == "test_schema_url"'), constructLogs, ''],
    ['scope: drop by attribute', flat('scope.attributes["lib"] == "awesomelib"'), constructLogs, ALL],
    ['scope: drop by name', flat('scope.name == "scope0"'), constructLogs, 'localhost{scope1[operationA,operationB]}'],
    ['log: drop by attributes', flat('log.attributes["total.string"] == "123456789"'), constructLogs, ONLY_B],
    ['log: drop by function', flat('IsMatch(log.body, "operationA")'), constructLogs, ONLY_B],
    ['log: drop by enum', flat('log.severity_number < SEVERITY_NUMBER_WARN'), constructLogs, 'localhost{scope0[operationA],scope1[operationA]}'],
    ['inferring mixed contexts', flat('log.body == "operationA"', 'scope.name == "scope1"'), constructLogs, 'localhost{scope0[operationB]}'],
    [
      'zero-record lower context: resource and log with no log records',
      flat('resource.attributes["host.name"] == "localhost"', 'log.body == "test"'),
      constructLogsWithEmptyLogRecords,
      '',
    ],
    [
      'group by context: conditions in the same group are respected',
      flat('resource.attributes["host.name"] == "host1"', 'resource.attributes["host.name"] == "host3"', 'scope.name == "scope3"', 'scope.name == "scope4"'),
      constructLogsMultiResources,
      '',
    ],
    ['a condition naming two contexts runs in the lower one', flat('resource.attributes["host.name"] == "x" or log.body == "operationB"'), constructLogs, 'localhost{scope0[operationA],scope1[operationA]}'],
  ])('%s', (_name, config, input, want) => {
    const out = run(config, input);
    expect(out.error).toBeUndefined();
    expect(out.shape).toBe(want);
  });
});

describe('error modes', () => {
  for (const context of ['resource', 'scope', 'log']) {
    const config = (mode: string) => `error_mode: ${mode}\nlog_conditions:\n  - context: ${context}\n    conditions: ['${FAILING}']`;
    it(`${context}: propagate fails the payload`, () => {
      expect(run(config('propagate')).error).toMatch(/^failed to eval condition: Substring\("", 0, 100\) == "test": /);
    });
    it(`${context}: ignore keeps the item and logs`, () => {
      const out = run(config('ignore'));
      expect([out.error, out.shape]).toEqual([undefined, ALL]);
      expect(out.warnings.length).toBeGreaterThan(0);
    });
    it(`${context}: silent keeps the item quietly`, () => {
      const out = run(config('silent'));
      expect([out.error, out.shape, out.warnings]).toEqual([undefined, ALL, []]);
    });
  }

  it('the default error mode is ignore (processor.filter.defaultErrorModeIgnore is stable)', () => {
    const out = run(`logs: {log_record: ['${FAILING}']}`);
    expect([out.error, out.shape]).toEqual([undefined, ALL]);
    expect(out.warnings).toHaveLength(4);
  });

  it('a failing condition under propagate keeps its item but the payload fails (classic form)', () => {
    const out = run(`error_mode: propagate\nlogs: {log_record: ['${FAILING}', 'body == "operationA"']}`);
    expect(out.error).toContain('failed to eval condition');
  });

  const groups = (...gs: string[]) => `error_mode: propagate\nlog_conditions:\n${gs.join('\n')}`;
  it.each([
    [
      'resource: a group error mode applies to its group only',
      groups(
        `  - {context: resource, error_mode: ignore, conditions: ['resource.attributes["pass"] == ${FAILING.replace(' == "test"', '')}']}`,
        '  - {context: resource, conditions: [\'not IsMatch(resource.attributes["host.name"], ".*")\']}',
      ),
      { shape: ALL },
    ],
    [
      'resource: a group error mode does not change the default',
      groups(`  - {context: resource, error_mode: ignore, conditions: ['${FAILING}']}`, `  - {context: resource, conditions: ['${FAILING}']}`),
      { error: true },
    ],
    ['a group without context keeps its own error mode', groups(`  - {error_mode: ignore, conditions: ['resource.attributes["pass"] == 1 or ${FAILING}']}`), { shape: ALL }],
    ['flat style propagate error', groups(`  - '${FAILING_RESOURCE}'`, '  - \'not IsMatch(resource.attributes["host.name"], ".*")\''), { error: true }],
    ['flat style ignore error', groups(`  - '${FAILING_RESOURCE}'`).replace('propagate', 'ignore'), { shape: ALL }],
    [
      'an empty payload wins over a collected error (*_conditions form)',
      groups(`  - {conditions: ['${FAILING_LOG}']}`, "  - {conditions: ['log.body != nil']}"),
      { shape: '' },
    ],
  ])('%s', (_name, config, want) => {
    const out = run(config);
    if ('error' in want) expect(out.error).toContain('failed to eval condition');
    else expect([out.error, out.shape]).toEqual([undefined, want.shape]);
  });
});
