import { describe, expect, it } from 'vitest';
import { diffLines, diffView } from '../../playground/src/diff.js';

const doc = (attrs: { key: string; value: unknown }[], body = 'hello') =>
  JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: body }, attributes: attrs }] }] }] });

describe('playground diff', () => {
  it('shows attribute lists as maps, one line per attribute', () => {
    const view = diffView(doc([{ key: 'a', value: { intValue: '1' } }]));
    expect(view).toContain('"attributes": {\n');
    expect(view).toContain('"a": {"intValue": "1"}');
  });

  it('a removed attribute is one removed line, a new one one added line, an edit one change', () => {
    const before = diffView(doc([{ key: 'password', value: { stringValue: 'x' } }, { key: 'kept', value: { intValue: '1' } }]));
    const after = diffView(doc([{ key: 'kept', value: { intValue: '1' } }, { key: 'new', value: { boolValue: true } }], 'HELLO'));
    const changed = diffLines(before, after).filter((l) => l.kind !== 'same');
    expect(changed.map((l) => [l.kind, l.text.trim()])).toEqual([
      ['changed-old', '"body": {"stringValue": "hello"}'],
      ['changed-new', '"body": {"stringValue": "HELLO"}'],
      ['removed', '"password": {"stringValue": "x"}'],
      ['added', '"new": {"boolValue": true}'],
    ]);
  });

  it('identical inputs have no difference', () => {
    const v = diffView(doc([{ key: 'a', value: { intValue: '1' } }]));
    expect(diffLines(v, v).every((l) => l.kind === 'same')).toBe(true);
  });
});
