/**
 * Issue 12: configs are read as the collector's config layer reads them: `${env:NAME}` / `${NAME}`
 * expanded, then `$$` → `$`, so `$$1` in a collector config is capture group 1 for OTTL.
 */
import { describe, expect, it } from 'vitest';
import { decodeDocument, encodeDocument, TransformProcessor } from '../../src/api/index.js';

const doc = () => decodeDocument(JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'user=alice' } }] }] }] }), 'in.json');

describe('collector config expansion', () => {
  it('$$1 in a collector config gives the collector\'s result (capture group 1)', () => {
    const p = TransformProcessor.fromText('log_statements:\n  - replace_pattern(log.body, "(user)=\\\\w+", "$$1=redacted")\n', 'c.yaml');
    const d = doc();
    p.process(d);
    expect(encodeDocument(d)).toContain('"user=redacted"');
  });

  it('${env:NAME} is expanded from the environment', () => {
    process.env['OTTL_TEST_DEPLOY_ENV'] = 'prod';
    const p = TransformProcessor.fromText('log_statements:\n  - set(log.attributes["env"], "${env:OTTL_TEST_DEPLOY_ENV}")\n', 'c.yaml');
    const d = doc();
    p.process(d);
    expect(encodeDocument(d)).toContain('"prod"');
  });

  it('YAML aliases are resolved, never silently null', () => {
    const config = 'log_statements:\n  - context: log\n    statements: &s\n      - set(log.attributes["a"], 1)\n  - context: log\n    statements: *s\n';
    expect(TransformProcessor.fromText(config, 'c.yaml').size).toBe(2);
  });
});
