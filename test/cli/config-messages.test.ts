/**
 * Issue #12, "Wrong or silent today": config and rule mistakes people make while testing their rules,
 * each with the exact text the CLI prints (`ottl check`, and `ottl run` / `ottl filter`, which get the
 * same messages from the engine's config loading).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkConfigText } from '../../src/cli/commands/check.js';
import { runFilter } from '../../src/cli/commands/filter.js';
import { runTransform } from '../../src/cli/commands/run.js';
import { FeatureGates } from '../../src/core/feature-gates.js';

const gates = FeatureGates.defaults();
const lines = (...l: string[]) => l.join('\n') + '\n';

/** What `ottl check` prints: every problem and warning, then the summary. */
function check(text: string, options: { processor?: string; kind?: 'transform' | 'filter' } = {}): string {
  const r = checkConfigText(text, 'c.yaml', { gates, ...options });
  return [...r.warnings, ...r.problems, r.summary].join('\n');
}

const dir = mkdtempSync(path.join(tmpdir(), 'ottl-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const input = file('in.json', JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'x' } }] }] }] }));

/** What `ottl run` (or `ottl filter`) fails with for a config, with the config's path shown as `C`. */
async function fails(command: 'run' | 'filter', name: string, text: string, processor?: string): Promise<string> {
  const config = file(name, text);
  const options = { config, input, output: path.join(dir, `${name}.out.json`), processor };
  const err = await (command === 'run' ? runTransform(options) : runFilter(options)).then(
    () => new Error('no error'),
    (e: unknown) => e as Error,
  );
  return err.message.replaceAll(config, 'C');
}

describe('item 1: the processor READMEs snippet shape (a top key transform: / filter/name:)', () => {
  it('check accepts a file whose only top key is transform:', () => {
    expect(check(lines('transform:', '  error_mode: ignore', '  log_statements:', '    - set(log.body, "x")'))).toBe(
      'c.yaml: OK: transform (1 group, 1 statement, 0 conditions)',
    );
  });

  it('run uses the body under transform/name:', async () => {
    const config = file('snippet.yaml', lines('transform/upper:', '  log_statements:', '    - set(log.body, "changed")'));
    const output = path.join(dir, 'snippet.out.json');
    await runTransform({ config, input, output });
    expect(readFileSync(output, 'utf8')).toContain('"stringValue":"changed"');
  });

  it('filter uses the body under filter/name:', async () => {
    const config = file('fsnippet.yaml', lines('filter/drop:', '  log_conditions:', '    - log.body == "x"'));
    const output = path.join(dir, 'fsnippet.out.json');
    await runFilter({ config, input, output });
    expect(readFileSync(output, 'utf8')).not.toContain('"stringValue":"x"');
  });

  it('several of them need --processor, and are listed', async () => {
    const text = lines('transform/a:', '  log_statements: ["set(log.body, 1)"]', 'transform/b:', '  log_statements: ["set(log.body, 2)"]');
    expect(await fails('run', 'two.yaml', text)).toBe('C: several transform processors (transform/a, transform/b); choose one with --processor');
    expect(check(text, { processor: 'transform/b' })).toBe('c.yaml: OK: transform/b (1 group, 1 statement, 0 conditions)');
  });
});

describe('item 2: a filter config given to run (and a transform config given to filter)', () => {
  it('run names a filter config at its key', async () => {
    expect(await fails('run', 'f.yaml', lines('error_mode: ignore', 'log_conditions:', '  - log.body == "x"'))).toBe(
      ['C:2:1: "log_conditions" is a filter processor setting: this is a filter processor config, use `ottl filter`', 'log_conditions:', '^'].join('\n'),
    );
    expect(await fails('run', 'f2.yaml', lines('logs:', '  log_record:', '    - body == "x"'))).toBe(
      ['C:1:1: "logs" is a filter processor setting: this is a filter processor config, use `ottl filter`', 'logs:', '^'].join('\n'),
    );
  });

  it('filter names a transform config at its key', async () => {
    expect(await fails('filter', 't.yaml', lines('log_statements:', '  - set(log.body, "x")'))).toBe(
      ['C:1:1: "log_statements" is a transform processor setting: this is a transform processor config, use `ottl run`', 'log_statements:', '^'].join('\n'),
    );
  });

  it('a snippet holding only the other kind says which command runs it', async () => {
    expect(await fails('run', 'fs.yaml', lines('filter/drop:', '  log_conditions: ["true"]'))).toBe('C: no transform processor in the file (filter/drop: use `ottl filter` for it)');
  });
});

describe('item 3: -p naming a processor that is not a transform or filter', () => {
  const collector = lines(
    'processors:',
    '  memory_limiter:',
    '    check_interval: 1s',
    '  batch: {}',
    '  transform/redact:',
    '    log_statements: ["set(log.body, 1)"]',
    '  filter/drop:',
    '    log_conditions: ["true"]',
  );

  it('-p batch says what type it is and lists the transform processors', async () => {
    expect(await fails('run', 'col.yaml', collector, 'batch')).toBe(
      ['C:4:3: processor "batch" is a batch processor, not a transform processor; the transform processors under "processors": transform/redact', '  batch: {}', '  ^'].join('\n'),
    );
    expect(check(collector, { processor: 'batch' })).toBe(
      [
        'c.yaml:4:3: processor "batch" is a batch processor, not a transform or filter processor; the transform or filter processors under "processors": transform/redact, filter/drop',
        '  batch: {}',
        '  ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('-p memory_limiter is not read as a transform body', async () => {
    expect(await fails('filter', 'col.yaml', collector, 'memory_limiter')).toBe(
      [
        'C:2:3: processor "memory_limiter" is a memory_limiter processor, not a filter processor; the filter processors under "processors": filter/drop',
        '  memory_limiter:',
        '  ^',
      ].join('\n'),
    );
  });

  it('-p transform/redcat gives did-you-mean and the list', async () => {
    expect(await fails('run', 'col.yaml', collector, 'transform/redcat')).toBe(
      'C: no processor "transform/redcat" under "processors"; the transform processors under "processors": transform/redact (did you mean "transform/redact"?)',
    );
  });

  it('-p naming a filter for run points to ottl filter', async () => {
    expect(await fails('run', 'col.yaml', collector, 'filter/drop')).toBe(
      [
        'C:7:3: processor "filter/drop" is a filter processor, not a transform processor: use `ottl filter` for it; the transform processors under "processors": transform/redact',
        '  filter/drop:',
        '  ^',
      ].join('\n'),
    );
  });
});

describe('item 4: profile statements and conditions are recognised, not run: a counted warning', () => {
  it('check warns for profile_statements instead of saying nothing', () => {
    expect(check(lines('profile_statements:', '  - set(profile.attributes["a"], 1)', '  - context: profile', '    statements: ["set(attributes[\\"b\\"], 2)"]', 'log_statements:', '  - set(log.body, "x")'))).toBe(
      [
        'warning: c.yaml:1:1: profile statements are not run by this implementation: 2 statements ignored',
        'profile_statements:',
        '^',
        'c.yaml: OK: transform (1 group, 1 statement, 0 conditions) (1 warning)',
      ].join('\n'),
    );
  });

  it('run and filter print the same warning on stderr (once) and run the rest', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const transform = file('prof.yaml', lines('profile_statements:', '  - set(profile.attributes["a"], 1)', 'log_statements:', '  - set(log.body, "edited")'));
      const out = path.join(dir, 'prof.out.json');
      await runTransform({ config: transform, input, output: out });
      expect(readFileSync(out, 'utf8')).toContain('"edited"');
      const filter = file('prof-filter.yaml', lines('profile_conditions:', '  - profile.attributes["a"] == 1'));
      await runFilter({ config: filter, input, output: path.join(dir, 'prof-filter.out.json') });
    } finally {
      spy.mockRestore();
    }
    const warnings = written.join('').split('\n').filter((l) => l.startsWith('warning: '));
    expect(warnings.map((w) => w.replaceAll(dir + path.sep, ''))).toEqual([
      'warning: prof.yaml:1:1: profile statements are not run by this implementation: 1 statement ignored',
      'warning: prof-filter.yaml:1:1: profile conditions are not run by this implementation: 1 condition ignored',
    ]);
  });

  it('check warns for the filter profile settings', () => {
    expect(check(lines('profile_conditions:', '  - profile.attributes["a"] == 1'))).toBe(
      [
        'warning: c.yaml:1:1: profile conditions are not run by this implementation: 1 condition ignored',
        'profile_conditions:',
        '^',
        'c.yaml: OK: filter (0 condition groups, 0 conditions) (1 warning)',
      ].join('\n'),
    );
  });
});

describe('item 5: did-you-mean for keys and error_mode, and every problem of a file at once', () => {
  it('lists every problem, each at file:line:col', () => {
    const text = lines('error_mode: ignroe', 'log_statment:', '  - set(log.body, "x")', 'trace_statements:', '  - set(span.nam, "x")', '  - contxt: span', '    statements: ["set(name, \\"x\\")"]');
    expect(check(text)).toBe(
      [
        'c.yaml:1:13: invalid error_mode "ignroe"; expected ignore, silent or propagate (did you mean "ignore"?)',
        'error_mode: ignroe',
        '            ^',
        'c.yaml:2:1: unknown transform processor setting "log_statment" (did you mean "log_statements"?)',
        'log_statment:',
        '^',
        'c.yaml:6:5: configuring multiple configuration styles is not supported, please use only Basic configuration or only Advanced configuration',
        '  - contxt: span',
        '    ^',
        'c.yaml:6:5: unknown key "contxt" in a trace_statements group; expected context, error_mode, conditions, statements, shared_cache, flatten (did you mean "context"?)',
        '  - contxt: span',
        '    ^',
        'c.yaml: 4 problems found',
      ].join('\n'),
    );
  });

  it('a filter config too, with the OTTL problems of what did read', () => {
    const text = lines('error_mod: ignore', 'logs:', '  log_recrd: ["body == 1"]', 'trace_conditions:', '  - span.nme == "x"');
    expect(check(text)).toBe(
      [
        'c.yaml:1:1: unknown filter processor setting "error_mod" (did you mean "error_mode"?)',
        'error_mod: ignore',
        '^',
        'c.yaml:3:3: unknown key "logs.log_recrd"; expected resource, log_record (did you mean "log_record"?)',
        '  log_recrd: ["body == 1"]',
        '  ^',
        'c.yaml:5:10: segment "nme" from path "span.nme" is not a valid path nor a valid OTTL keyword for the span context - review https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/pkg/ottl/contexts/ottlspan to see all valid paths (did you mean "span.name"?)',
        'span.nme == "x"',
        '     ^',
        'c.yaml: 3 problems found',
      ].join('\n'),
    );
  });

  it('a misspelt group context, at its value', () => {
    expect(check(lines('log_statements:', '  - context: lgo', '    statements: ["set(body, \\"x\\")"]'))).toBe(
      [
        'c.yaml:2:14: unknown context "lgo"; expected one of resource, scope, log (did you mean "log"?)',
        '  - context: lgo',
        '             ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('run reports every config problem too', async () => {
    expect(await fails('run', 'many.yaml', lines('error_mode: ignroe', 'log_statment: []'))).toBe(
      [
        'C:1:13: invalid error_mode "ignroe"; expected ignore, silent or propagate (did you mean "ignore"?)',
        'error_mode: ignroe',
        '            ^',
        'C:2:1: unknown transform processor setting "log_statment" (did you mean "log_statements"?)',
        'log_statment: []',
        '^',
      ].join('\n'),
    );
  });
});

describe('item 6: parser messages for common typos, caret at the slip', () => {
  const one = (statement: string) => check(lines('log_statements:', `  - '${statement}'`));

  it('= where == is meant', () => {
    expect(one('set(log.body, "x") where log.body = "y"')).toBe(
      [
        "c.yaml:2:40: unexpected '=': compare with '==' (a single '=' only names an argument)",
        'set(log.body, "x") where log.body = "y"',
        '                                  ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('&& and ||', () => {
    expect(one('set(log.body, "x") where log.body == "a" && log.body != "b"')).toBe(
      [
        "c.yaml:2:47: unexpected '&&': OTTL writes 'and'",
        'set(log.body, "x") where log.body == "a" && log.body != "b"',
        '                                         ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
    expect(check(lines('log_conditions:', '  - log.body == "a" || log.body == "b"'))).toBe(
      ["c.yaml:2:21: unexpected '||': OTTL writes 'or'", 'log.body == "a" || log.body == "b"', '                ^', 'c.yaml: 1 problem found'].join('\n'),
    );
  });

  it('single-quoted strings, once per string', () => {
    expect(check(lines('log_statements:', "  - set(log.body, 'x y')"))).toBe(
      [`c.yaml:2:19: unexpected "'": OTTL strings use double quotes: write "x y"`, "set(log.body, 'x y')", '              ^', 'c.yaml: 1 problem found'].join('\n'),
    );
  });

  it('a bare word where a value is expected', () => {
    expect(check(lines('log_statements:', '  - set(log.attributes["env"], production)'))).toBe(
      [
        'c.yaml:2:32: missing context name for path "production", possibly valid options are: "log.production", "scope.production", "instrumentation_scope.production", "resource.production" (if you meant the text, write the string literal "production")',
        'set(log.attributes["env"], production)',
        '                           ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('a misspelt named argument', () => {
    expect(check(lines('metric_statements:', '  - context: metric', '    statements:', '      - copy_metric(name="x", desc="y")'))).toBe(
      [
        'c.yaml:4:31: error while parsing arguments for call to "copy_metric": no such parameter: desc (did you mean "description"?)',
        'copy_metric(name="x", desc="y")',
        '                      ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('log.severity (pinned: did-you-mean names both fields)', () => {
    expect(check(lines('log_statements:', '  - set(log.body, log.severity)'))).toBe(
      [
        'c.yaml:2:23: segment "severity" from path "log.severity" is not a valid path nor a valid OTTL keyword for the log context - review https://github.com/open-telemetry/opentelemetry-collector-contrib/tree/main/pkg/ottl/contexts/ottllog to see all valid paths (did you mean "log.severity_number" or "log.severity_text"?)',
        'set(log.body, log.severity)',
        '                  ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });
});

describe('item 7: YAML slips', () => {
  it('an unquoted ": " inside a statement: quote the statement', () => {
    expect(check(lines('log_statements:', '  - set(log.attributes["a"], "b: c")', '  - set(log.body, "ok")'))).toBe(
      [
        `c.yaml:2:5: this rule contains ": ", which YAML reads as a key and a value: quote the statement ('...' or "...")`,
        '  - set(log.attributes["a"], "b: c")',
        '    ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('an unquoted ": " inside a condition', () => {
    expect(check(lines('logs:', '  log_record:', '    - attributes["k"] == "a: b"'))).toBe(
      [
        `c.yaml:3:7: this rule contains ": ", which YAML reads as a key and a value: quote the statement ('...' or "...")`,
        '    - attributes["k"] == "a: b"',
        '      ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('an indentation slip that folds two statements into one', () => {
    expect(check(lines('log_statements:', '  - set(log.body, "x")', '    set(log.body, "y")', '  - set(log.body, "z")'))).toBe(
      [
        'c.yaml:2:5: the indentation joined two statements into one (line 3 continues this one): start each statement with "- " at the same indentation',
        '  - set(log.body, "x")',
        '    ^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('a statement wrapped over two lines on purpose is still one statement', () => {
    expect(check(lines('log_statements:', '  - set(log.body, "x")', '    where log.body == "y"'))).toBe('c.yaml: OK: transform (1 group, 1 statement, 0 conditions)');
  });
});

describe('item 8: inference failures name the function and where it exists', () => {
  it('extract_sum_metric mixed with a datapoint statement (pinned)', () => {
    expect(check(lines('metric_statements:', '  - extract_sum_metric(true)', '  - set(datapoint.attributes["a"], 1)'))).toBe(
      [
        'c.yaml:2:5: unable to infer a valid context (resource, scope, metric, datapoint, exemplar) from "extract_sum_metric(true)", "set(datapoint.attributes["a"], 1)": extract_sum_metric is available in metric; put statements that need different contexts in separate groups, or set "context" on the group',
        'extract_sum_metric(true)',
        '^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });

  it('set_semconv_span_name alone names span, not spanevent', () => {
    expect(check(lines('trace_statements:', '  - set_semconv_span_name("1.26.0")'))).toBe(
      [
        'c.yaml:2:5: unable to infer a valid context (resource, scope, span, spanevent) from "set_semconv_span_name("1.26.0")": set_semconv_span_name is available in span; write a path with such a context prefix, or set "context" on the group',
        'set_semconv_span_name("1.26.0")',
        '^',
        'c.yaml: 1 problem found',
      ].join('\n'),
    );
  });
});
