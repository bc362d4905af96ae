/**
 * An embedder's own function, declared with `defineFunction` and given to an environment, works
 * wherever the built-ins do: transform and filter configs, rules given directly, context inference,
 * reloadable rule sets, `check`, listings, and `callFunction` from `ottl/testing`. Imports only the
 * package entries, as an embedder would.
 */
import {
  ArgumentError,
  createEnvironment,
  decodeDocument,
  defineFunction,
  encodeDocument,
  FilterProcessor,
  ReloadableProcessor,
  RuleSetError,
  TransformProcessor,
  transformCompiler,
  type TelemetryDocument,
} from 'ottl';
import { callFunction } from 'ottl/testing';
import { describe, expect, it } from 'vitest';

/** `Shout(value, times?)`: upper-cases a string and appends `!` (`times` of them, default 1). */
const Shout = defineFunction({
  name: 'Shout',
  kind: 'converter',
  description: 'Upper-cases a string and appends exclamation marks.',
  params: [
    { name: 'value', kind: 'string' },
    { name: 'times', kind: 'literalInt', optional: true },
  ],
  create({ value, times }) {
    if (times !== undefined && times < 1n) throw new ArgumentError('times', 'must be at least 1');
    const marks = '!'.repeat(Number(times ?? 1n));
    return (ctx) => value(ctx).toUpperCase() + marks;
  },
});

/** `tag(target)`: an editor that writes "tagged" into a path. */
const tag = defineFunction({
  name: 'tag',
  kind: 'editor',
  description: 'Writes "tagged" into the target.',
  params: [{ name: 'target', kind: 'path' }],
  create({ target }) {
    return (ctx) => {
      target.set(ctx, 'tagged');
      return null;
    };
  },
});

const env = createEnvironment({ functions: [Shout, tag] });

const logs = (): TelemetryDocument =>
  decodeDocument(
    JSON.stringify({
      resourceLogs: [
        {
          scopeLogs: [
            {
              logRecords: [
                { body: { stringValue: 'hello' }, attributes: [{ key: 'keep', value: { boolValue: true } }] },
                { body: { stringValue: 'drop me' } },
              ],
            },
          ],
        },
      ],
    }),
    'in.json',
  );

const bodies = (doc: TelemetryDocument): string[] =>
  (JSON.parse(encodeDocument(doc)).resourceLogs[0].scopeLogs[0].logRecords as { body: { stringValue: string } }[]).map((r) => r.body.stringValue);

describe('custom functions given to an environment', () => {
  it('run in a transform config, with context inference over them', () => {
    const r = env.compileTransform('log_statements:\n  - set(log.body, Shout(log.body, 2))\n  - tag(log.attributes["t"])\n', { file: 't.yaml' });
    expect(r.diagnostics).toEqual([]);
    if (!r.ok) return;
    const doc = logs();
    r.program.process(doc);
    expect(bodies(doc)).toEqual(['HELLO!!', 'DROP ME!!']);
    expect(encodeDocument(doc)).toContain('"tagged"');
  });

  it('run in a filter config (converters only)', () => {
    const filter = FilterProcessor.fromText('logs:\n  log_record:\n    - Shout(log.body) == "DROP ME!"\n', 'f.yaml', { environment: env });
    const doc = logs();
    const result = filter.process(doc);
    expect(result.dropped.logRecords).toBe(1);
    expect(bodies(doc)).toEqual(['hello']);
  });

  it('run in rules given directly and in a reloadable rule set', () => {
    const r = env.compileStatements(['set(body, Shout(body))'], { context: 'log' });
    expect(r.ok).toBe(true);
    const reloadable = ReloadableProcessor.create('log_statements:\n  - set(log.body, Shout("x", 3))\n', { environment: env });
    const doc = logs();
    reloadable.process(doc);
    expect(bodies(doc)).toEqual(['X!!!', 'X!!!']);
    const viaCompiler = ReloadableProcessor.create('log_statements:\n  - tag(log.body)\n', { compiler: transformCompiler({ environment: env }) });
    const doc2 = logs();
    viaCompiler.process(doc2);
    expect(bodies(doc2)).toEqual(['tagged', 'tagged']);
  });

  it('report their compile-time argument errors at the argument', () => {
    const r = env.compileTransform('log_statements:\n  - set(log.body, Shout(log.body, 0))\n', { file: 't.yaml' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toMatchObject([{ file: 't.yaml', line: 2, code: 'arguments', message: expect.stringContaining('(times): must be at least 1') }]);
  });

  it('are listed and checked by the environment', () => {
    expect(env.functions().map((f) => f.name)).toEqual(expect.arrayContaining(['Shout', 'tag', 'set']));
    expect(env.check('log_statements:\n  - set(log.body, Shout(log.body))\n', { file: 'c.yaml' }).ok).toBe(true);
  });

  it('are unknown without the environment, with a did-you-mean', () => {
    let error: unknown;
    try {
      TransformProcessor.fromText('log_statements:\n  - set(log.body, Shout(log.body))\n', 'c.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).diagnostics).toMatchObject([{ code: 'unknown-function', message: 'undefined function "Shout"' }]);
    const withOthers = createEnvironment({ functions: [defineFunction({ ...Shout, name: 'Shoot' })] });
    const r = withOthers.compileTransform('log_statements:\n  - set(log.body, Shout(log.body))\n');
    expect(r.diagnostics).toMatchObject([{ hint: 'did you mean "Shoot"?', suggestions: ['Shoot'] }]);
  });

  it('are callable with callFunction from ottl/testing', () => {
    expect(callFunction(Shout, { value: 'hi', times: 3n })).toBe('HI!!!');
    expect(() => callFunction(Shout, { value: 'hi', times: 0n })).toThrow(ArgumentError);
  });
});
