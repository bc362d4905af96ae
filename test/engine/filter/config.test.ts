/** Reading filter configs: both forms, collector configs, and the errors a bad config gets. */
import { describe, expect, it } from 'vitest';
import { FilterProcessor } from '../../../src/engine/filter/processor.js';
import { looksLikeFilter, readFilterConfig } from '../../../src/engine/filter/config.js';
import { parseConfigText, type ConfigObject } from '../../../src/engine/config/yaml.js';
import { RuleSetError } from '../../../src/engine/environment.js';
import { constructLogs, shape } from './helpers.js';

const body = (text: string) => parseConfigText(text, 'f.yaml').root as ConfigObject;
const compileError = (text: string): string => {
  try {
    FilterProcessor.fromText(text, 'f.yaml');
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('readFilterConfig', () => {
  it('reads the classic keys top down, whatever their order in the file', () => {
    const c = readFilterConfig(body('traces:\n  spanevent: ["true"]\n  span: ["false"]\n  resource: ["false"]'), 'f.yaml');
    expect(c.signals.traces.form).toBe('classic');
    expect(c.signals.traces.groups.map((g) => g.context)).toEqual(['resource', 'span', 'spanevent']);
  });

  it('reads a flat *_conditions list as one group with inferred contexts', () => {
    const c = readFilterConfig(body('log_conditions: ["log.body == 1", "resource.attributes[\\"a\\"] == 1"]'), 'f.yaml');
    expect(c.signals.logs).toMatchObject({ form: 'inferred', groups: [{ context: null, errorMode: null }] });
    expect(c.signals.logs.groups[0].conditions.map((t) => [t.text, t.line])).toEqual([
      ['log.body == 1', 1],
      ['resource.attributes["a"] == 1', 1],
    ]);
  });

  it('reads advanced groups with context (case-insensitive) and error_mode', () => {
    const c = readFilterConfig(body('error_mode: silent\nmetric_conditions:\n  - context: DataPoint\n    error_mode: propagate\n    conditions: ["true"]'), 'f.yaml');
    expect(c.errorMode).toBe('silent');
    expect(c.signals.metrics.groups).toMatchObject([{ context: 'datapoint', errorMode: 'propagate' }]);
  });

  it.each([
    ['mixed styles', 'log_conditions:\n  - "true"\n  - conditions: ["true"]', 'configuring multiple configuration styles is not supported'],
    ['both forms for one signal', 'logs: {log_record: ["true"]}\nlog_conditions: ["log.body == 1"]', 'cannot use context inferred log conditions "log_conditions" and the settings "logs.resource", "logs.log", "logs.include", "logs.exclude" at the same time'],
    ['non-OTTL settings', 'logs:\n  include: {match_type: strict}', '"logs.include" (the non-OTTL match settings) is not supported'],
    ['unknown classic key', 'traces: {spans: ["true"]}', 'unknown key "traces.spans"; expected resource, span, spanevent'],
    ['unknown setting', 'conditions: ["true"]', 'unknown filter processor setting "conditions"'],
    ['bad error mode', 'error_mode: loud', 'f.yaml:1:13: invalid error_mode "loud"; expected ignore, silent or propagate'],
    ['context of another signal', 'trace_conditions:\n  - context: log\n    conditions: ["true"]', 'f.yaml:2:14: unknown context log for trace_conditions'],
    ['a condition that is not a string', 'logs: {log_record: [1]}', 'each entry of logs.log_record must be a string'],
  ])('rejects %s', (_name, text, message) => {
    expect(() => readFilterConfig(body(text), 'f.yaml')).toThrow(message);
  });

  it('tells filter bodies from transform bodies', () => {
    expect(looksLikeFilter(body('logs: {log_record: ["true"]}'))).toBe(true);
    expect(looksLikeFilter(body('trace_conditions: ["true"]'))).toBe(true);
    expect(looksLikeFilter(body('log_statements: ["set(log.body, 1)"]'))).toBe(false);
  });

  it('item 1 of issue #12: tells a README snippet of filter processors from one of transforms', () => {
    expect(looksLikeFilter(body('filter/drop: {log_conditions: ["true"]}'))).toBe(true);
    expect(looksLikeFilter(body('transform/x: {log_statements: ["set(log.body, 1)"]}'))).toBe(false);
  });
});

describe('compiling', () => {
  it('picks the filter processor out of a collector config', () => {
    const text = 'processors:\n  transform: {}\n  filter/drop:\n    logs:\n      log_record: [\'body == "operationA"\']\n';
    const data = constructLogs();
    FilterProcessor.fromText(text, 'c.yaml').process({ signal: 'logs', data });
    expect(shape({ signal: 'logs', data })).toBe('localhost{scope0[operationB],scope1[operationB]}');
  });

  it('lists every bad condition with its line and column', () => {
    const msg = compileError('logs:\n  log_record:\n    - IsMatc(body, "x")\n    - \'body == "a"\'\n    - attributes["a"] ==\n');
    const lines = msg.split('\n');
    expect(lines.slice(0, 3)).toEqual(['f.yaml:3:7: undefined function "IsMatc" (did you mean "IsMatch"?)', 'IsMatc(body, "x")', '^']);
    expect(lines[3]).toMatch(/^f\.yaml:5:25: .*end of input/);
    expect(lines).toHaveLength(6);
  });

  it('offers converters only (no editors)', () => {
    expect(compileError('logs: {log_record: [\'set(attributes["a"], 1)\']}')).toMatch(/^f\.yaml:1:22: .*'set'/);
  });

  it('rejects an inferred condition whose context the signal does not have', () => {
    expect(compileError('trace_conditions: ["log.body == 1"]')).toContain('unable to infer a valid context (resource, scope, span, spanevent)');
  });

  it('throws RuleSetError for OTTL errors', () => {
    expect(() => FilterProcessor.fromText('logs: {log_record: ["Nope()"]}', 'f.yaml')).toThrow(RuleSetError);
  });

  it('counts its conditions', () => {
    expect(FilterProcessor.fromText('logs: {log_record: ["true", "false"], resource: ["false"]}', 'f.yaml').size).toBe(3);
  });
});
