/**
 * Readable output, exactly: `run --pretty`, `run --diff`, `filter --explain`, `functions NAME`,
 * rules given with `-e`, colour rules (TTY only, never with NO_COLOR), and the declared function
 * examples giving the results they declare.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFilter } from '../../src/cli/commands/filter.js';
import { runTransform } from '../../src/cli/commands/run.js';
import { runFunctionExample } from '../../src/cli/function-example.js';
import { findFunction, functionHelp } from '../../src/cli/function-help.js';
import { ANSI, paintError, paintExplain, paintFor, PLAIN, prettyJson } from '../../src/cli/render.js';
import { functionCatalog } from '../../src/functions/catalog.js';
import { capture } from './capture.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ottl-readable-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

const attr = (key: string, value: object) => ({ key, value });
const input = file(
  'in.json',
  JSON.stringify({
    resourceLogs: [
      {
        resource: { attributes: [attr('service.name', { stringValue: 'checkout' })] },
        scopeLogs: [
          {
            scope: { name: 'app' },
            logRecords: [
              { severityNumber: 17, body: { stringValue: 'card=4111' }, attributes: [attr('user', { stringValue: 'alice' }), attr('n', { intValue: '9007199254740993' })] },
              { severityNumber: 9, body: { stringValue: 'ok' } },
            ],
          },
        ],
      },
    ],
  }),
);

describe('ottl run --pretty and --diff', () => {
  it('--pretty indents OTLP/JSON and keeps 64-bit integers exact', async () => {
    const config = file('none.yaml', 'log_statements: []\n');
    const r = await capture(() => runTransform({ config, input: file('small.json', '{"resourceLogs":[{"resource":{},"scopeLogs":[{"scope":{},"logRecords":[{"body":{"intValue":"9007199254740993"}}]}]}]}'), output: '-', pretty: true }));
    expect(r.out).toBe(
      [
        '{',
        '  "resourceLogs": [',
        '    {',
        '      "scopeLogs": [',
        '        {',
        '          "logRecords": [',
        '            {',
        '              "body": {',
        '                "intValue": "9007199254740993"',
        '              }',
        '            }',
        '          ]',
        '        }',
        '      ]',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('prettyJson leaves number literals and strings with brackets untouched', () => {
    expect(prettyJson('{"a":[-0,1e400],"b":"x,{[]}:\\"y"}')).toBe('{\n  "a": [\n    -0,\n    1e400\n  ],\n  "b": "x,{[]}:\\"y"\n}');
  });

  it('--diff lists only what changed, per record, before → after', async () => {
    const config = file(
      'diff.yaml',
      [
        'log_statements:',
        '  - set(log.severity_text, "ERROR") where log.severity_number >= SEVERITY_NUMBER_ERROR',
        '  - replace_pattern(log.body, "card=\\\\d+", "card=****")',
        '  - delete_key(log.attributes, "user")',
        '  - set(resource.attributes["env"], "prod")',
      ].join('\n'),
    );
    const r = await capture(() => runTransform({ config, input, output: '-', diff: true }));
    expect(r.error).toBeUndefined();
    expect(r.out).toBe(
      [
        'resource 1',
        '  resource.attributes["env"]: (absent) → "prod"',
        'resource 1, scope 1 "app", log record 1',
        '  log.severity_text: "" → "ERROR"',
        '  log.body: "card=4111" → "card=****"',
        '  log.attributes["user"]: "alice" → (absent)',
        '',
      ].join('\n'),
    );
  });

  it('runs statements given with -e, naming the n-th -e in errors', async () => {
    const r = await capture(() => runTransform({ config: '', expr: ['set(log.attributes["x"], 1)', 'set(log.body, Upper(log.body))'], input, output: '-' }));
    expect(r.error?.message.split('\n')[0]).toMatch(/^-e:2:15: undefined function "Upper"/);
    const noContext = await capture(() => runTransform({ config: '', expr: ['set(attributes["x"], 1)'], input, output: '-' }));
    expect(noContext.error?.message.split('\n').at(-1)).toBe('hint: with -e, give the context with --context NAME (e.g. --context log)');
    const ok = await capture(() => runTransform({ config: '', expr: ['set(attributes["x"], 1)'], context: 'log', input, output: '-', diff: true }));
    expect(ok.out).toBe('resource 1, scope 1 "app", log record 1\n  log.attributes["x"]: (absent) → 1\nresource 1, scope 1 "app", log record 2\n  log.attributes["x"]: (absent) → 1\n');
  });
});

describe('ottl filter --explain', () => {
  it('says which condition dropped which record, and what went because it was left empty', async () => {
    const config = file('filter.yaml', ['log_conditions:', '  - log.severity_number < SEVERITY_NUMBER_WARN', '  - IsMatch(log.body, "^card")'].join('\n'));
    const r = await capture(() => runFilter({ config, input, output: path.join(dir, 'kept.json'), explain: true }));
    expect(r.error).toBeUndefined();
    expect(r.err).toBe(
      [
        'resource 1: removed, nothing left in it',
        'resource 1, scope 1 "app": removed, nothing left in it',
        `resource 1, scope 1 "app", log record 1: dropped by IsMatch(log.body, "^card") (${config}:3)`,
        `resource 1, scope 1 "app", log record 2: dropped by log.severity_number < SEVERITY_NUMBER_WARN (${config}:2)`,
        'ottl filter: dropped 2 of 2 log records, 1 of 1 scope, 1 of 1 resource',
        '',
      ].join('\n'),
    );
    const byResource = file('by-resource.yaml', 'log_conditions:\n  - resource.attributes["service.name"] == "checkout"\n');
    const res = await capture(() => runFilter({ config: byResource, input, output: path.join(dir, 'kept3.json'), explain: true }));
    expect(res.err.split('\n')[0]).toBe(`resource 1: dropped by resource.attributes["service.name"] == "checkout" (${byResource}:2)`);
    expect(res.err.split('\n')[1]).toMatch(/^ottl filter: dropped 2 of 2 log records/);
    const one = await capture(() => runFilter({ config: '', expr: ['log.body == "ok"'], input, output: path.join(dir, 'kept2.json'), explain: true }));
    expect(one.err).toBe('resource 1, scope 1 "app", log record 2: dropped by log.body == "ok" (-e:1)\nottl filter: dropped 1 of 2 log records, 0 of 1 scope, 0 of 1 resource\n');
  });
});

describe('ottl functions NAME', () => {
  it('prints the signature, where it exists, parameters, the $$ note and the example with its result', () => {
    const [f] = findFunction('replace_all_patterns');
    expect(functionHelp(f!)).toBe(
      [
        'replace_all_patterns(target PMapGetSetter, mode string, regex_pattern StringGetter, replacement StringGetter, function Optional[FunctionGetter], replacement_format Optional[StringGetter])',
        '',
        'Editor: Replaces regex matches in every string value or key of a map.',
        "Available in the transform processor, in every context (the filter processor's conditions take converters only).",
        '',
        'Parameters:',
        '  target (PMapGetSetter): a map path',
        '  mode (string): "key" or "value"',
        '  regex_pattern (StringGetter): a Go RE2 regex',
        '  replacement (StringGetter): the replacement, with $1 / ${name} group references',
        '  function (optional FunctionGetter): a converter applied to each replacement',
        '  replacement_format (optional StringGetter): a format with one %s wrapping the converted replacement',
        '',
      ].join('\n') +
        '\n' +
        [
          'Note: In a collector config, write `$$` for each `$` of the replacement (`$$1` for capture group 1): the collector expands `$` and `${...}` in config values before OTTL sees the statement.',
          '',
          'Example (log context):',
          '  replace_all_patterns(log.attributes, "value", "\\\\d{4}-\\\\d{4}", "****")',
          'on a record with',
          '  log.attributes["card"] = "1234-5678"',
          '  log.attributes["note"] = "none"',
          'changes',
          '  log.attributes["card"]: "1234-5678" → "****"',
          '',
        ].join('\n'),
    );
  });

  it('prints a function limited to some contexts, without example or note', () => {
    const [f] = findFunction('scale_metric');
    expect(functionHelp(f!)).toBe(
      [
        'scale_metric(multiplier float64, unit Optional[StringGetter])',
        '',
        "Editor: Multiplies a metric's values by a factor and optionally sets its unit.",
        'Available in the transform processor, in the metric context.',
        '',
        'Parameters:',
        '  multiplier (float64)',
        '  unit (optional StringGetter)',
        '',
      ].join('\n'),
    );
  });

  it('finds names case-insensitively and suggests near ones', () => {
    expect(findFunction('sha256')[0]!.name).toBe('SHA256');
    expect(() => findFunction('ParseJ')).toThrow('did you mean ParseJSON?');
  });

  it('every declared example gives the result it declares', () => {
    const withExamples = functionCatalog().filter((f) => f.example);
    expect(withExamples.length).toBeGreaterThanOrEqual(5);
    for (const f of withExamples) expect(runFunctionExample(f.example!), f.name).toBe(f.example!.result);
  });
});

describe('colour', () => {
  it('is on for a terminal, off when piped and whenever NO_COLOR is set', () => {
    expect(paintFor({ isTTY: true }, {})).toBe(ANSI);
    expect(paintFor({ isTTY: false }, {})).toBe(PLAIN);
    expect(paintFor({}, {})).toBe(PLAIN);
    expect(paintFor({ isTTY: true }, { NO_COLOR: '1' })).toBe(PLAIN);
    expect(ANSI.red('x')).toBe('\u001b[31mx\u001b[39m');
  });

  it('colours errors (positioned lines and carets), explain lines and nothing when plain', () => {
    const error = 'a.yaml:2:5: undefined function "Nope"\nset(x, Nope())\n       ^\nb.yaml:3:1: unexpected token';
    expect(paintError(error, ANSI)).toBe(
      ['\u001b[31ma.yaml:2:5: undefined function "Nope"\u001b[39m', 'set(x, Nope())', '\u001b[31m       ^\u001b[39m', '\u001b[31mb.yaml:3:1: unexpected token\u001b[39m'].join('\n'),
    );
    expect(paintError(error, PLAIN)).toBe(error);
    const explain = 'resource 1\n  line 6, matched: set(x, 1)\n    + resource.attributes["x"] = 1\n  line 7, not matched: set(y, 1)\n';
    expect(paintExplain(explain, ANSI)).toBe(
      '\u001b[1mresource 1\u001b[22m\n  line 6, matched: set(x, 1)\n\u001b[32m    + resource.attributes["x"] = 1\u001b[39m\n\u001b[2m  line 7, not matched: set(y, 1)\u001b[22m\n',
    );
    expect(paintExplain('[{"record":1}]', ANSI)).toBe('[{"record":1}]');
  });
});
