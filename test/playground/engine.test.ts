/**
 * The playground's engine adapter, in Node (the page runs the same module in the browser).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { configShape, functionInfos, run } from '../../playground/src/engine.js';
import { decodeDocuments, encodeDocument, TransformProcessor } from '../../src/api/index.js';

const logs = await readFile(new URL('../../examples/logs.json', import.meta.url), 'utf8');

describe('playground engine', () => {
  it('turns a typo into a positioned diagnostic with its suggestion', () => {
    const config = 'log_statements:\n  - set(log.attributes["a"], Concatt(["x"], ""))\n  - set(log.severty_text, "x")\n';
    const r = run({ config, input: logs });
    expect(r.output).toBeNull();
    const [fn, path] = r.diagnostics;
    expect(fn).toMatchObject({ line: 2, column: 30, endLine: 2, endColumn: 37, severity: 'error', suggestions: ['Concat'] });
    expect(config.split('\n')[1].slice(fn.column - 1, fn.endColumn - 1)).toBe('Concatt');
    expect(fn.hint).toContain('did you mean "Concat"');
    expect(path).toMatchObject({ line: 3, column: 13, endColumn: 25, hint: 'did you mean "log.severity_text"?', suggestions: ['log.severity_text'] });
    expect(path.message).toContain('segment "severty_text" from path "log.severty_text" is not a valid path');
  });

  it('reports a YAML error and a config-shape error at their lines', () => {
    const yaml = run({ config: 'log_statements:\n  - set(log.body, "x")\n   bad: [', input: logs });
    expect(yaml.diagnostics.length).toBeGreaterThan(0);
    expect(yaml.diagnostics[0]).toMatchObject({ code: 'yaml', severity: 'error' });
    expect(yaml.diagnostics[0].message).toMatch(/invalid YAML/);
    const mode = run({ config: 'error_mode: sometimes\nlog_statements: []\n', input: logs });
    expect(mode.diagnostics).toEqual([expect.objectContaining({ line: 1, code: 'config', message: expect.stringContaining('invalid error_mode "sometimes"') })]);
  });

  it('runs like the library does and records what each statement changed', () => {
    const config = 'log_statements:\n  - set(log.attributes["seen"], true) where log.severity_number >= SEVERITY_NUMBER_ERROR\n';
    const r = run({ config, input: logs });
    const docs = decodeDocuments(logs, 'logs.json');
    TransformProcessor.fromText(config).process(docs[0]);
    expect(r.output).toBe(encodeDocument(docs[0]));
    expect(r.explained.map((e) => e.record)).toEqual(['resource 1, scope 1 "app", log record 1', 'resource 1, scope 1 "app", log record 2']);
    const [first, second] = r.explained.map((e) => e.events[0]);
    expect(first).toMatchObject({ line: 2, matched: true, changes: [{ path: 'attributes["seen"]', change: 'added', after: 'true' }] });
    expect(second).toMatchObject({ matched: false, changes: [] });
  });

  it('reports the condition that dropped each record, through a collector pipeline', () => {
    const config = [
      'processors:',
      '  transform/mark:',
      '    log_statements:',
      '      - set(log.severity_number, 1) where log.body == "cart viewed"',
      '  filter/low:',
      '    logs:',
      '      log_record:',
      '        - log.severity_number == 1',
      '        - log.severity_number == 17',
      'service:',
      '  pipelines:',
      '    logs:',
      '      processors: [batch, transform/mark, filter/low]',
    ].join('\n');
    const shape = configShape(config);
    expect(shape).toEqual({ kind: 'collector', processors: ['transform/mark', 'filter/low'], pipelines: [{ name: 'logs', processors: ['transform/mark', 'filter/low'] }] });
    const r = run({ config, input: logs, target: 'pipeline:logs' });
    expect(r.diagnostics).toEqual([]);
    expect(r.dropped.map((d) => [d.record, d.condition])).toEqual([
      ['resource 1, scope 1 "app", log record 1', 'log.severity_number == 17'],
      ['resource 1, scope 1 "app", log record 2', 'log.severity_number == 1'],
      // Nothing left: the scope and the resource go too, matched by no condition of their own.
      ['resource 1', null],
      ['resource 1, scope 1 "app"', null],
    ].sort((a, b) => r.dropped.findIndex((d) => d.record === a[0]) - r.dropped.findIndex((d) => d.record === b[0])));
  });

  it('applies the error_mode override and the feature gates', () => {
    const config = 'log_statements:\n  - set(log.attributes["n"], ParseJSON(log.body))\n  - set(log.attributes["after"], true)\n';
    const ignored = run({ config, input: logs, errorMode: 'ignore' });
    expect(ignored.error).toBeNull();
    expect(ignored.explained[0].events.map((e) => e.error === null)).toEqual([false, true]);
    expect(run({ config: `error_mode: ignore\n${config}`, input: logs, errorMode: 'propagate' }).error).toMatch(/^error_mode propagate:/);
    const lambda = 'log_statements:\n  - set(log.attributes["x"], Filter([1, 2], (i, v) => v > 1))\n';
    expect(run({ config: lambda, input: logs }).diagnostics.length).toBeGreaterThan(0);
    expect(run({ config: lambda, input: logs, gates: ['ottl.functions.enableLambda', 'pkg.ottl.functions.enableExperimental'] }).diagnostics).toEqual([]);
  });

  it('lists converters only for the filter processor', () => {
    expect(functionInfos('filter').every((f) => f.kind === 'converter')).toBe(true);
    const sha = functionInfos('transform').find((f) => f.name === 'SHA256');
    expect(sha?.signature).toBe('SHA256(target: string)');
    expect(sha?.description).not.toBe('');
  });
});
