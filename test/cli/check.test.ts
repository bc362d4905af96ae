/** `ottl check`: every problem of a config at once, in file order, at its line and column. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkConfigText, colourProblem, runCheck, wantsColour, type CheckIO } from '../../src/cli/commands/check.js';
import { FeatureGates } from '../../src/core/feature-gates.js';

const gates = FeatureGates.defaults();

/** What `check` prints for a problem-laden config: every problem, then the count. */
function report(text: string, options: { processor?: string; kind?: 'transform' | 'filter' } = {}): string {
  const r = checkConfigText(text, 'c.yaml', { gates, ...options });
  return [...r.problems, r.summary].join('\n');
}

const lines = (...l: string[]) => l.join('\n') + '\n';

describe('check: one problem', () => {
  it('a misspelled function, with the closest name', () => {
    expect(report(lines('log_statements:', '  - set(log.attributes["a"], Concatt(["a"], "-"))'))).toBe(
      [
        'c.yaml:2:30: undefined function "Concatt" (did you mean "Concat"?)',
        'set(log.attributes["a"], Concatt(["a"], "-"))',
        '                         ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('a misspelled editor that defeats context inference is still named', () => {
    expect(report(lines('log_statements:', '  - sett(log.attributes["a"], 1)'))).toBe(
      ['c.yaml:2:5: undefined function "sett" (did you mean "set"?)', 'sett(log.attributes["a"], 1)', '^', 'c.yaml: 1 problem found'].join('\n'),
    );
  });

  it('an argument of the wrong kind', () => {
    expect(report(lines('log_statements:', '  - truncate_all(log.attributes, "x")'))).toBe(
      [
        'c.yaml:2:34: error while parsing arguments for call to "truncate_all": invalid argument at position 1 (limit): must be a int64 literal',
        'truncate_all(log.attributes, "x")',
        '                             ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('an unknown path, with the closest path', () => {
    expect(report(lines('log_statements:', '  - set(log.atributes["a"], 1)'))).toBe(
      [
        'c.yaml:2:13: segment "atributes" from path "log.atributes[a]" is not a valid path nor a valid OTTL keyword for the log context - review https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/pkg/ottl/contexts/ottllog to see all valid paths (did you mean "log.attributes"?)',
        'set(log.atributes["a"], 1)',
        '        ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('an unknown legacy path in a group with an explicit context', () => {
    expect(report(lines('trace_statements:', '  - context: span', '    statements:', '      - set(atributes["a"], nme)'))).toBe(
      [
        'c.yaml:4:13: segment "atributes" from path "atributes[a]" is not a valid path nor a valid OTTL keyword for the span context - review https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/pkg/ottl/contexts/ottlspan to see all valid paths (did you mean "attributes"?)',
        'set(atributes["a"], nme)',
        '    ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('bad YAML, with the line of the file', () => {
    expect(report(lines('log_statements:', '  - set(log.body, "x")', '    bad: 1'))).toBe(
      ['c.yaml:2:5: invalid YAML: Implicit keys need to be on a single line', '  - set(log.body, "x")', '    ^', 'c.yaml: 1 problem found'].join('\n'),
    );
  });

  it('a config problem, at the key it is about', () => {
    expect(report(lines('trace_conditions:', '  - span.name == "x"', '  - context: span', '    conditions: ["true"]'))).toBe(
      [
        'c.yaml:1:1: trace_conditions: configuring multiple configuration styles is not supported, please use only Basic configuration or only Advanced configuration',
        'trace_conditions:',
        '^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });
});

describe('check: several problems', () => {
  it('reports all of them, in file order, with their lines', () => {
    const text = lines(
      'error_mode: ignore',
      'trace_statements:',
      '  - context: span',
      '    conditions:',
      '      - IsMatch(nme, "^GET")',
      '    statements:',
      '      - set(attributes["a"], 1',
      '      - set(status.code, STATUS_CODE_EROR)',
      'log_statements:',
      '  - set(log.attributes["x"], Lenn(log.body))',
      '  - keep_keys(log.attributes, "a")',
      '  - set(log.attributes["ok"], true)',
      'metric_statements:',
      '  - statements:',
      '      - convert_sum_to_gauge() where metric.name == "a"',
      '      - set(datapoint.attributes["x"], 1)',
    );
    expect(report(text)).toBe(
      [
        'c.yaml:5:17: segment "nme" from path "nme" is not a valid path nor a valid OTTL keyword for the span context - review https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/pkg/ottl/contexts/ottlspan to see all valid paths (did you mean "name"?)',
        'IsMatch(nme, "^GET")',
        '        ^',
        "c.yaml:7:31: expected ')' but found end of input",
        'set(attributes["a"], 1',
        '                      ^',
        'c.yaml:8:26: enum symbol "STATUS_CODE_EROR" is not defined for this context (did you mean "STATUS_CODE_ERROR"?)',
        'set(status.code, STATUS_CODE_EROR)',
        '                 ^',
        'c.yaml:10:30: undefined function "Lenn" (did you mean "Len"?)',
        'set(log.attributes["x"], Lenn(log.body))',
        '                         ^',
        'c.yaml:11:31: error while parsing arguments for call to "keep_keys": invalid argument at position 1 (keys): must be a list literal such as ["a", "b"]',
        'keep_keys(log.attributes, "a")',
        '                          ^',
        'c.yaml:15:9: unable to infer a valid context (resource, scope, metric, datapoint, exemplar) from "convert_sum_to_gauge() where metric.name == "a"", "set(datapoint.attributes["x"], 1)": convert_sum_to_gauge is available in metric; put statements that need different contexts in separate groups, or set "context" on the group',
        'convert_sum_to_gauge() where metric.name == "a"',
        '^',
        'c.yaml: 6 problems found',
      ].join('\n'),
    );
  });

  it('checks filter configs the same way', () => {
    const text = lines('logs:', '  log_record:', "    - 'IsMatc(body, \"x\")'", '    - attributes["a"] == 1', 'trace_conditions:', '  - span.nme == "x"', '  - set(span.name, "x")');
    expect(report(text)).toBe(
      [
        'c.yaml:3:8: undefined function "IsMatc" (did you mean "IsMatch"?)',
        'IsMatc(body, "x")',
        '^',
        'c.yaml:6:10: segment "nme" from path "span.nme" is not a valid path nor a valid OTTL keyword for the span context - review https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/pkg/ottl/contexts/ottlspan to see all valid paths (did you mean "span.name"?)',
        'span.nme == "x"',
        '     ^',
        "c.yaml:7:5: unexpected 'set': expected a boolean expression",
        'set(span.name, "x")',
        '^',
        'c.yaml: 3 problems found',
      ].join('\n'),
    );
  });
});

describe('check: sound configs', () => {
  it('prints a one-line summary with counts', () => {
    expect(report(lines('error_mode: ignore', 'log_statements:', '  - context: resource', '    statements: ["set(attributes[\\"a\\"], 1)"]', '  - set(log.body, "x")'))).toBe(
      'c.yaml: OK: transform (2 groups, 2 statements, 0 conditions)',
    );
  });

  it('recognises a filter body by its keys', () => {
    expect(report(lines('trace_conditions:', '  - spanevent.name == "x"', '  - IsRootSpan() and span.name == "a"'))).toBe(
      'c.yaml: OK: filter (1 condition group, 2 conditions)',
    );
  });

  it('checks every transform and filter processor of a collector config', () => {
    const text = lines('processors:', '  transform:', '    log_statements: ["set(log.body, 1)"]', '  filter/a:', "    logs: {log_record: ['body == 1', 'IsMatch(body, \"x\")']}", '  batch: {}');
    expect(report(text)).toBe('c.yaml: OK: transform (1 group, 1 statement, 0 conditions); filter/a (1 condition group, 2 conditions)');
    expect(report(text, { processor: 'filter/a' })).toBe('c.yaml: OK: filter/a (1 condition group, 2 conditions)');
    expect(report(text, { kind: 'filter' })).toBe('c.yaml: OK: filter/a (1 condition group, 2 conditions)');
    expect(report(text, { processor: 'filter/x' })).toBe(
      'c.yaml: no processor "filter/x" under "processors"; the transform or filter processors under "processors": transform, filter/a (did you mean "filter/a"?)\nc.yaml: 1 problem found',
    );
  });

  it('honours --kind over the keys', () => {
    expect(report(lines('log_statements: ["set(log.body, 1)"]'), { kind: 'filter' })).toBe(
      [
        'c.yaml:1:1: "log_statements" is a transform processor setting: this is a transform processor config, use `ottl run`',
        'log_statements: ["set(log.body, 1)"]',
        '^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });
});

describe('runCheck', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ottl-check-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const io = (colour: boolean) => {
    const out: string[] = [];
    const err: string[] = [];
    const sink: CheckIO = { out: (t) => out.push(t), err: (t) => err.push(t), colourOut: colour, colourErr: colour };
    return { sink, out, err };
  };

  it('exits 0 with the summary on stdout for examples/transform.yaml', async () => {
    const { sink, out, err } = io(false);
    expect(await runCheck({ config: 'examples/transform.yaml' }, sink)).toBe(0);
    expect([out.join(''), err.join('')]).toEqual(['examples/transform.yaml: OK: transform (2 groups, 7 statements, 0 conditions)\n', '']);
  });

  it('exits 1 with the problems on stderr, coloured when asked', async () => {
    const config = join(dir, 'bad.yaml');
    writeFileSync(config, lines('log_statements:', '  - set(log.attributes["a"], Concatt(["a"], "-"))'));
    const plain = io(false);
    expect(await runCheck({ config }, plain.sink)).toBe(1);
    expect(plain.err.join('')).toBe(
      [
        `${config}:2:30: undefined function "Concatt" (did you mean "Concat"?)`,
        'set(log.attributes["a"], Concatt(["a"], "-"))',
        '                         ^',
        `${config}: 1 problem found`,
        '',
      ].join('\n'),
    );
    const coloured = io(true);
    expect(await runCheck({ config }, coloured.sink)).toBe(1);
    expect(coloured.err[0]).toBe(
      [
        `\x1b[1m${config}:2:30:\x1b[0m\x1b[31m undefined function "Concatt"\x1b[0m\x1b[36m (did you mean "Concat"?)\x1b[0m`,
        'set(log.attributes["a"], Concatt(["a"], "-"))',
        '                         \x1b[32m^\x1b[0m',
        '',
      ].join('\n'),
    );
  });

  it('fails on an unreadable config or a bad --kind', async () => {
    await expect(runCheck({ config: join(dir, 'missing.yaml') }, io(false).sink)).rejects.toThrow('cannot read the config: ENOENT');
    await expect(runCheck({ config: 'examples/transform.yaml', kind: 'nope' }, io(false).sink)).rejects.toThrow('--kind must be transform or filter');
  });
});

describe('colour', () => {
  it('is used on a terminal unless NO_COLOR is set', () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
  });

  it('leaves problems without a position readable', () => {
    expect(colourProblem('c.yaml: unknown filter processor setting "x"')).toBe('\x1b[1mc.yaml:\x1b[0m\x1b[31m unknown filter processor setting "x"\x1b[0m');
  });
});
