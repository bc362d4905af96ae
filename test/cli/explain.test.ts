/** `ottl run --explain`: per record, which statements matched and what they changed. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTransform } from '../../src/cli/commands/run.js';
import { parseExplainOption } from '../../src/cli/explain.js';
import { capture } from './capture.js';

const EXAMPLE = { config: 'examples/transform.yaml', input: 'examples/logs.json', output: '-' };

const EXPECTED_TEXT = `resource 1
  line 6, matched: set(attributes["deployment.environment"], "prod") where attributes["service.name"] == "checkout"
    + resource.attributes["deployment.environment"] = "prod"
resource 1, scope 1 "app", log record 1
  line 8, matched: set(log.severity_text, "ERROR") where log.severity_number >= SEVERITY_NUMBER_ERROR
    ~ log.severity_text: "" -> "ERROR"
  line 9, matched: delete_key(log.attributes, "password")
    - log.attributes["password"] (was "hunter2")
  line 10, matched: replace_pattern(log.body, "card=\\\\d+", "card=****")
    ~ log.body: "payment failed card=4111111111111111" -> "payment failed card=****"
  line 11, matched: set(log.attributes["body.length"], Len(log.body))
    + log.attributes["body.length"] = 24
  line 12, matched: set(log.attributes["user.id.hash"], SHA256(log.attributes["user.id"])) where log.attributes["user.id"] != nil
    + log.attributes["user.id.hash"] = "16ec525b74b75626eb93ecad8acc749885fcf4e83c95b139342769a4ab1828a3"
  line 13, matched: delete_key(log.attributes, "user.id")
    - log.attributes["user.id"] (was "u-42")
resource 1, scope 1 "app", log record 2
  line 8, not matched: set(log.severity_text, "ERROR") where log.severity_number >= SEVERITY_NUMBER_ERROR
  line 9, matched, no change: delete_key(log.attributes, "password")
  line 10, matched, no change: replace_pattern(log.body, "card=\\\\d+", "card=****")
  line 11, matched: set(log.attributes["body.length"], Len(log.body))
    + log.attributes["body.length"] = 11
  line 12, not matched: set(log.attributes["user.id.hash"], SHA256(log.attributes["user.id"])) where log.attributes["user.id"] != nil
  line 13, matched, no change: delete_key(log.attributes, "user.id")
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ottl-explain-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ottl run --explain', () => {
  it('explains examples/transform.yaml on examples/logs.json, on stderr', async () => {
    const r = await capture(() => runTransform({ ...EXAMPLE, explain: true }));
    expect(r.error).toBeUndefined();
    expect(r.err).toBe(EXPECTED_TEXT);
  });

  it('leaves the output documents exactly as without --explain', async () => {
    const plain = await capture(() => runTransform(EXAMPLE));
    const explained = await capture(() => runTransform({ ...EXAMPLE, explain: 'json' }));
    expect(explained.out).toBe(plain.out);
    expect(plain.err).toBe('');
  });

  it('writes the explanation to stdout when the documents go to a file', async () => {
    const output = join(dir, 'out.json');
    const r = await capture(() => runTransform({ ...EXAMPLE, output, explain: 'text' }));
    expect([r.out, r.err]).toEqual([EXPECTED_TEXT, '']);
    expect(JSON.parse(readFileSync(output, 'utf8')).resourceLogs).toHaveLength(1);
  });

  it('has a JSON form with the same content', async () => {
    const r = await capture(() => runTransform({ ...EXAMPLE, explain: 'json' }));
    const json = JSON.parse(r.err) as { records: { record: string; events: { line: number; matched: boolean; changes: unknown[] }[] }[] };
    expect(json.records.map((x) => x.record)).toEqual(['resource 1', 'resource 1, scope 1 "app", log record 1', 'resource 1, scope 1 "app", log record 2']);
    expect(json.records[1].events[1]).toEqual({
      type: 'statement',
      line: 9,
      statement: 'delete_key(log.attributes, "password")',
      matched: true,
      error: null,
      changes: [{ path: 'log.attributes["password"]', change: 'removed', before: '"hunter2"' }],
    });
    expect(json.records[2].events.map((e) => e.matched)).toEqual([false, true, true, true, false, true]);
  });

  it('shows group conditions that did not hold, failures, and records of several documents', async () => {
    const config = join(dir, 'c.yaml');
    writeFileSync(
      config,
      [
        'error_mode: ignore',
        'log_statements:',
        '  - conditions:',
        '      - log.severity_number >= SEVERITY_NUMBER_ERROR',
        '    statements:',
        '      - set(log.attributes["alert"], true)',
        '      - set(log.attributes["n"], Substring(log.body, 0, 100))',
      ].join('\n'),
    );
    const input = join(dir, 'in.json');
    const doc = (sev: number, body: string) =>
      JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ severityNumber: sev, body: { stringValue: body } }] }] }] });
    writeFileSync(input, `${doc(17, 'oops')}\n${doc(9, 'fine')}\n`);
    const r = await capture(() => runTransform({ config, input, output: '-', explain: true }));
    expect(r.error).toBeUndefined();
    // Under --explain the warning names the input line; the record is named by the explanation.
    const warning =
      `warning: ${input}:1: failed to execute statement: error: invalid range for substring function, start(0)+length(100) cannot be greater than the length of target string(4); statement: set(log.attributes["n"], Substring(log.body, 0, 100))`;
    expect(r.err).toBe(
      [
        warning,
        'document 1: resource 1, scope 1, log record 1',
        '  line 6, matched: set(log.attributes["alert"], true)',
        '    + log.attributes["alert"] = true',
        '  line 7, failed (invalid range for substring function, start(0)+length(100) cannot be greater than the length of target string(4)): set(log.attributes["n"], Substring(log.body, 0, 100))',
        'document 2: resource 1, scope 1, log record 1',
        '  line 4, conditions not met, 2 statements skipped: log.severity_number >= SEVERITY_NUMBER_ERROR',
        '',
      ].join('\n'),
    );
  });

  it('explains metric and data point statements, parents included', async () => {
    const config = join(dir, 'm.yaml');
    writeFileSync(
      config,
      // Two groups: the basic form would make one data point group of both statements (as the reference does).
      [
        'metric_statements:',
        "  - statements: ['set(metric.description, \"requests\")']",
        "  - statements: ['set(datapoint.attributes[\"env\"], \"prod\") where metric.name == \"hits\"']",
      ].join('\n'),
    );
    const input = join(dir, 'm.json');
    const point = (v: number) => ({ asInt: String(v), attributes: [{ key: 'k', value: { stringValue: 'v' } }] });
    writeFileSync(input, JSON.stringify({ resourceMetrics: [{ scopeMetrics: [{ metrics: [{ name: 'hits', sum: { dataPoints: [point(1), point(2)] } }] }] }] }));
    const r = await capture(() => runTransform({ config, input, output: '-', explain: true }));
    expect(r.err).toBe(
      [
        'resource 1, scope 1, metric 1 "hits"',
        '  line 2, matched: set(metric.description, "requests")',
        '    ~ metric.description: "" -> "requests"',
        'resource 1, scope 1, metric 1 "hits", data point 1',
        '  line 3, matched: set(datapoint.attributes["env"], "prod") where metric.name == "hits"',
        '    + datapoint.attributes["env"] = "prod"',
        'resource 1, scope 1, metric 1 "hits", data point 2',
        '  line 3, matched: set(datapoint.attributes["env"], "prod") where metric.name == "hits"',
        '    + datapoint.attributes["env"] = "prod"',
        '',
      ].join('\n'),
    );
  });

  it('accepts text and json only', () => {
    expect([parseExplainOption(undefined), parseExplainOption(true), parseExplainOption('text'), parseExplainOption('json')]).toEqual([
      undefined,
      'text',
      'text',
      'json',
    ]);
    expect(() => parseExplainOption('yaml')).toThrow('--explain takes text or json, not "yaml"');
  });
});
