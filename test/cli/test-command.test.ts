/**
 * `ottl test`: the bundled examples pass (and the deliberately failing one fails with a readable
 * diff and exit code 1), `--update` round-trips, pipelines run transform then filter, and the
 * `dropped:`/`error:`/`expect:` expectations each catch what they should.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runTests, type TestCliOptions } from '../../src/cli/commands/test.js';
import { capture } from './capture.js';

const examples = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../examples/tests');
const dir = mkdtempSync(path.join(tmpdir(), 'ottl-test-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

async function ottlTest(files: string[], options: TestCliOptions = {}) {
  const r = await capture(() => runTests(files, options));
  const code = process.exitCode ?? 0;
  process.exitCode = undefined;
  if (r.error) throw r.error;
  return { ...r, code };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('ottl test', () => {
  it('passes the bundled example tests, exit code 0', async () => {
    const r = await ottlTest([path.join(examples, 'transform.test.yaml')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  ✓ masks the card number and hashes the user id\n');
    expect(r.out).toContain('  ✓ the whole output of the bundled sample\n');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('3 passed, 0 failed');
  });

  it('fails the deliberately failing example with the assertion, the record and a diff; exit code 1', async () => {
    const r = await ottlTest([path.join(examples, 'failing.test.yaml')]);
    expect(r.code).toBe(1);
    const report = r.out.slice(r.out.indexOf('  ✗'));
    expect(report).toBe(
      [
        '  ✗ expects the password to be kept (it is deleted)',
        '      expect log.attributes["password"] == "hunter2": false for 1 of 1 log records',
        '        resource 1, scope 1, log record 1',
        '          log.attributes["password"]: (absent)',
        '      output differs (expected → actual):',
        '        resource 1, scope 1, log record 1',
        '          log.attributes["password"]: "hunter2" → (absent)',
        '          log.attributes["user.id"]: "u-7" → (absent)',
        '          log.attributes["user.id.hash"]: (absent) → "bf9023e0fc14f272cb98cf9d5c5f3e5cc4dc81206799b0b977c681738d7308b3"',
        '          log.attributes["body.length"]: (absent) → 5',
        '',
        '0 passed, 1 failed',
        '',
      ].join('\n'),
    );
  });

  it('runs a pipeline: transform then filter in order, other processors listed as skipped', async () => {
    const r = await ottlTest([path.join(examples, 'pipeline.test.yaml')]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('notice: pipeline logs/main: not run (only transform and filter processors are): memory_limiter, batch\n');
    // The same records with --processor filter/noise alone: nothing is DEBUG yet, nothing dropped.
    const alone = await ottlTest([path.join(examples, 'pipeline.test.yaml')], { processor: 'filter/noise' });
    expect(alone.code).toBe(1);
    expect(alone.out).toContain('expected input records [1] dropped, got []');
  });

  it('--update writes the current output as the expected one, and the test then passes until the rules change', async () => {
    const config = file('upd.yaml', 'log_statements:\n  - set(log.attributes["env"], "prod")\n');
    const tests = file(
      'upd.test.yaml',
      '# kept comment\nconfig: upd.yaml\ntests:\n  - name: sets env\n    input:\n      logs:\n        - { body: hi, attributes: { n: 7 } }\n',
    );
    const first = await ottlTest([tests], { update: true });
    expect(first.code).toBe(0);
    expect(first.out).toContain('✓ sets env (expected output updated)');
    const written = readFileSync(tests, 'utf8');
    expect(written.startsWith('# kept comment\n')).toBe(true);
    expect(written).toContain('output:');
    expect((await ottlTest([tests])).code).toBe(0);

    writeFileSync(config, 'log_statements:\n  - set(log.attributes["env"], "staging")\n');
    const changed = await ottlTest([tests]);
    expect(changed.code).toBe(1);
    expect(changed.out).toContain('          log.attributes["env"]: "prod" → "staging"\n');
    expect((await ottlTest([tests], { update: true })).code).toBe(0);
    expect((await ottlTest([tests])).code).toBe(0);
  });

  it('checks dropped counts, expected rule failures, and unexpected ones', async () => {
    file('prop.yaml', 'error_mode: propagate\nlog_statements:\n  - set(log.attributes["j"], ParseJSON(log.body))\n');
    file('drop.yaml', 'log_conditions:\n  - log.body == "noise"\n');
    const tests = file(
      'mixed.test.yaml',
      [
        'config: prop.yaml',
        'tests:',
        '  - name: a rule fails on text that is not JSON',
        '    input: { logs: [ { body: "not json" } ] }',
        '    error: ParseJSON',
        '  - name: an unexpected failure fails the test',
        '    input: { logs: [ { body: "not json" } ] }',
        '    expect: [ \'log.attributes["j"] == nil\' ]',
        '  - name: an expected failure that does not happen fails the test',
        '    input: { logs: [ { body: "{}" } ] }',
        '    error: true',
      ].join('\n'),
    );
    const r = await ottlTest([tests]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('  ✓ a rule fails on text that is not JSON\n');
    expect(r.out).toMatch(/✗ an unexpected failure fails the test\n {6}a rule failed: .*ParseJSON/);
    expect(r.out).toContain('✗ an expected failure that does not happen fails the test\n      expected a rule to fail, but none did\n');

    const dropTests = file('drop.test.yaml', 'config: drop.yaml\ntests:\n  - name: one dropped\n    input: { logs: [ { body: noise }, { body: keep } ] }\n    dropped: 2\n');
    const d = await ottlTest([dropTests]);
    expect(d.code).toBe(1);
    expect(d.out).toContain('expected 2 records dropped, got 1 (input records 1)');
  });

  it('evaluates assertions in the context of their paths, on one record with record: N', async () => {
    file('spans.yaml', 'trace_statements:\n  - set(span.status.code, STATUS_CODE_ERROR) where span.attributes["http.status_code"] >= 500\n');
    const tests = file(
      'spans.test.yaml',
      [
        'config: spans.yaml',
        'tests:',
        '  - name: 5xx spans are errors',
        '    input:',
        '      spans:',
        '        - { name: a, kind: SPAN_KIND_SERVER, attributes: { http.status_code: 502 } }',
        '        - { name: b, attributes: { http.status_code: 200 } }',
        '    expect:',
        '      - { that: "span.status.code == STATUS_CODE_ERROR", record: 1 }',
        '      - { that: "span.status.code == STATUS_CODE_UNSET", record: 2 }',
        '      - span.kind == SPAN_KIND_SERVER',
      ].join('\n'),
    );
    const r = await ottlTest([tests]);
    expect(r.out).toContain('✗ 5xx spans are errors\n      expect span.kind == SPAN_KIND_SERVER: false for 1 of 2 span records\n        resource 1, scope 1, span 2 "b"\n          span.kind: 0\n');
  });
});

describe('ottl test with an OTLP/protobuf input file', () => {
  it('reads a .pb input_file (recognised by content) as the same documents as its JSON', async () => {
    const { decodeDocument, encodeProtobuf } = await import('../../src/api/index.js');
    const json = JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'hi' } }] }] }] });
    writeFileSync(path.join(dir, 'in.pb'), encodeProtobuf(decodeDocument(json, 'in.json')));
    file('pb.config.yaml', 'log_statements:\n  - set(log.attributes["seen"], true)\n');
    const spec = file(
      'pb.test.yaml',
      'config: pb.config.yaml\ntests:\n  - name: protobuf input\n    input_file: in.pb\n    expect:\n      - log.attributes["seen"] == true\n      - log.body == "hi"\n',
    );
    const r = await ottlTest([spec]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('✓ protobuf input');
  });
});
