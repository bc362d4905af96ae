/**
 * The transform processor end to end on small logs: config forms, context inference, conditions,
 * error modes, caches and compile-time diagnostics.
 */
import { describe, expect, it } from 'vitest';
import { newLogRecord, newResource, newScope, type LogsData } from '../../../src/core/model.js';
import { PropagatedError, type Logger } from '../../../src/engine/error-mode.js';
import { RuleSetError } from '../../../src/engine/environment.js';
import { TransformProcessor } from '../../../src/engine/transform/processor.js';
import type { Value } from '../../../src/core/values/types.js';

function logs(...bodies: string[]): LogsData {
  const resource = newResource();
  resource.attributes.set('service.name', 'checkout');
  const scope = newScope();
  scope.name = 'app';
  const records = bodies.map((b, i) => {
    const r = newLogRecord();
    r.body = b;
    r.severityNumber = i % 2 === 0 ? 17 : 9;
    r.attributes.set('n', BigInt(i));
    return r;
  });
  return { resourceLogs: [{ resource, schemaUrl: '', scopeLogs: [{ scope, schemaUrl: '', logRecords: records }] }] };
}

const attrs = (d: LogsData, i: number) => Object.fromEntries(d.resourceLogs[0].scopeLogs[0].logRecords[i].attributes);
const resourceAttrs = (d: LogsData) => Object.fromEntries(d.resourceLogs[0].resource.attributes);

function run(yaml: string, data: LogsData, logger?: Logger): LogsData {
  TransformProcessor.fromText(yaml, 'test.yaml', { logger }).processLogs(data);
  return data;
}

function compileErrors(yaml: string): string {
  try {
    TransformProcessor.fromText(yaml, 'test.yaml');
  } catch (e) {
    if (e instanceof RuleSetError) return e.message;
    throw e;
  }
  throw new Error('expected compile errors');
}

describe('config forms and context inference', () => {
  it.each<[string, string, (d: LogsData) => Record<string, Value>, Record<string, Value>]>([
    [
      'basic form, resource path only → resource context (runs once per resource)',
      'log_statements: [\'set(resource.attributes["seen"], "yes")\']',
      resourceAttrs,
      { 'service.name': 'checkout', seen: 'yes' },
    ],
    [
      'basic form, log path wins over resource path',
      'log_statements: [\'set(log.attributes["svc"], resource.attributes["service.name"])\']',
      (d) => attrs(d, 0),
      { n: 0n, svc: 'checkout' },
    ],
    [
      'advanced form with explicit context and legacy paths',
      'log_statements:\n  - context: log\n    statements:\n      - set(attributes["b"], body) where severity_number >= SEVERITY_NUMBER_ERROR',
      (d) => attrs(d, 0),
      { n: 0n, b: 'first' },
    ],
    [
      'group conditions gate the statements',
      'log_statements:\n  - conditions: [\'log.body == "second"\']\n    statements: [\'set(log.attributes["hit"], true)\']',
      (d) => ({ ...attrs(d, 0), ...Object.fromEntries(Object.entries(attrs(d, 1)).map(([k, v]) => [`second.${k}`, v])) }),
      { n: 0n, 'second.n': 1n, 'second.hit': true },
    ],
    [
      'statements see earlier statements\' changes',
      'log_statements: [\'set(log.attributes["a"], "x")\', \'set(log.attributes["b"], Concat([log.attributes["a"], "y"], "-"))\']',
      (d) => attrs(d, 1),
      { n: 1n, a: 'x', b: 'x-y' },
    ],
    [
      // The reference gathers basic-form strings into one group, so the cache is the item's own.
      'the basic form is one group: its statements share the item\'s cache',
      'log_statements: [\'set(log.cache["k"], log.body)\', \'set(log.attributes["k"], log.cache["k"])\']',
      (d) => attrs(d, 0),
      { n: 0n, k: 'first' },
    ],
    [
      'the basic form is one group: a resource path runs per log record with the log paths',
      'log_statements: [\'set(log.attributes["seen"], resource.attributes["seen"])\', \'set(resource.attributes["seen"], log.body)\']',
      (d) => ({ ...attrs(d, 1), resource: resourceAttrs(d)['seen'] }),
      { n: 1n, seen: 'first', resource: 'second' },
    ],
    [
      'shared_cache groups share one cache per context across the batch',
      'log_statements:\n  - shared_cache: true\n    statements: [\'set(log.cache["k"], log.body)\']\n  - shared_cache: true\n    statements: [\'set(log.attributes["k"], log.cache["k"])\']',
      (d) => attrs(d, 0),
      { n: 0n, k: 'second' },
    ],
    [
      'a group gets a fresh cache per item',
      'log_statements:\n  - statements:\n      - set(log.cache["k"], log.body) where log.body == "first"\n      - set(log.attributes["k"], log.cache["k"])',
      (d) => attrs(d, 1),
      { n: 1n, k: null },
    ],
  ])('%s', (_name, yaml, pick, want) => {
    expect(pick(run(yaml, logs('first', 'second')))).toEqual(want);
  });

  it('rejects an unprefixed path when the context is inferred', () => {
    expect(compileErrors('log_statements: [\'set(attributes["a"], 1)\']')).toContain('unable to infer a valid context');
    expect(compileErrors('log_statements: [\'set(log.attributes["a"], attributes["b"])\']')).toContain(
      'missing context name for path',
    );
  });

  it('rejects a path of a context the signal does not have', () => {
    expect(compileErrors('log_statements: [\'set(span.name, "x")\']')).toMatch(/span/);
  });
});

describe('error modes', () => {
  const failing = (mode: string) =>
    `error_mode: ${mode}\nlog_statements:\n  - statements:\n      - set(log.attributes["before"], 1)\n      - set(log.attributes["bad"], ParseJSON(log.body))\n      - set(log.attributes["after"], 2)`;

  it('propagate stops and fails the payload, quoting the statement', () => {
    expect(() => run(failing('propagate'), logs('not json'))).toThrow(PropagatedError);
    try {
      run(failing('propagate'), logs('not json'));
    } catch (e) {
      expect((e as Error).message).toContain('set(log.attributes["bad"], ParseJSON(log.body))');
    }
  });

  it('ignore logs the failure and goes on with the next statement', () => {
    const warnings: Record<string, string>[] = [];
    const d = run(failing('ignore'), logs('not json'), { warn: (_m, f) => warnings.push(f) });
    expect(attrs(d, 0)).toEqual({ n: 0n, before: 1n, after: 2n });
    expect(warnings).toHaveLength(1);
    expect(warnings[0].statement).toBe('set(log.attributes["bad"], ParseJSON(log.body))');
  });

  it('silent goes on without logging', () => {
    const warnings: unknown[] = [];
    const d = run(failing('silent'), logs('not json'), { warn: (m) => warnings.push(m) });
    expect(attrs(d, 0)).toEqual({ n: 0n, before: 1n, after: 2n });
    expect(warnings).toEqual([]);
  });

  it('a group error_mode overrides the top-level one', () => {
    const yaml = `error_mode: propagate\nlog_statements:\n  - error_mode: ignore\n    statements: ['set(log.attributes["bad"], ParseJSON(log.body))']\n  - statements: ['set(log.attributes["ok"], true)']`;
    expect(attrs(run(yaml, logs('not json')), 0)).toEqual({ n: 0n, ok: true });
  });

  it('a failing group condition counts as false under ignore', () => {
    const yaml = `error_mode: ignore\nlog_statements:\n  - conditions: ['ParseJSON(log.body)["a"] == 1']\n    statements: ['set(log.attributes["hit"], true)']`;
    expect(attrs(run(yaml, logs('not json')), 0)).toEqual({ n: 0n });
  });
});

describe('compile-time diagnostics', () => {
  it('reports every bad statement at its YAML line and column, with a caret and a hint', () => {
    const yaml = [
      'log_statements:',
      '  - context: log',
      '    statements:',
      '      - set(attributes["a"], Concatt(["x"], ""))',
      '      - set(attributes["b"], 1)',
      '      - delete_key(attributes, "k", "extra")',
    ].join('\n');
    const text = compileErrors(yaml);
    expect(text.split('\n')).toEqual([
      'test.yaml:4:30: undefined function "Concatt" (did you mean "Concat"?)',
      'set(attributes["a"], Concatt(["x"], ""))',
      '                     ^',
      'test.yaml:6:37: error while parsing arguments for call to "delete_key": incorrect number of arguments. Expected: 2 Received: 3',
      'delete_key(attributes, "k", "extra")',
      '                            ^',
    ]);
  });

  it('reports parse errors and compile errors together, in file order', () => {
    const yaml = [
      'log_statements:',
      '  - context: log',
      '    statements:',
      '      - set(attributes["a"], Nope())',
      '      - set(attributes["b"], "unterminated)',
      '      - set(atributes["c"], 1)',
    ].join('\n');
    const heads = compileErrors(yaml)
      .split('\n')
      .filter((l) => l.startsWith('test.yaml:'))
      .map((l) => l.split(': ')[0]);
    expect(heads).toEqual(['test.yaml:4:30', 'test.yaml:5:30', 'test.yaml:6:13']);
  });

  it('names a literal-only argument given a path', () => {
    expect(compileErrors('log_statements: [\'keep_keys(log.attributes, log.body)\']')).toContain(
      'invalid argument at position 1 (keys): must be a list literal',
    );
  });

  it('reports an invalid literal regex at compile time', () => {
    expect(compileErrors('log_statements: [\'replace_pattern(log.body, "(", "x")\']')).toContain('regex_pattern');
  });

  it('names a path-only argument given a literal', () => {
    expect(compileErrors('log_statements: [\'set("x", log.body)\']')).toContain('must be a path');
  });
});
