/**
 * The fast reader of plain config YAML must read exactly what the `yaml` package reads: the same
 * values, the same string positions and quoting, the same key positions; and give up (so the
 * `yaml` package decides) on anything outside its subset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isObject, keyPosition, keyWhere, LocatedText, parseConfigText, valuePosition, type ConfigPosition, type ConfigValue } from '../../src/engine/config/yaml.js';
import { readSimpleYaml } from '../../src/engine/config/simple-yaml.js';
import { config as benchConfig } from '../../bench/reload.js';

/** Everything the two readers must agree on, as one text: values, positions, key positions. */
function describeTree(v: ConfigValue, file: string): string {
  const pos = (p: ConfigPosition | undefined) => (p === undefined ? '?' : `${p.line}:${p.column}${JSON.stringify(p.lineText)}`);
  if (v instanceof LocatedText) return `${JSON.stringify(v.text)}@${v.line}:${v.column}+${v.contentOffset}${v.foldedListItem ? 'F' : ''}${pos(valuePosition(v))}`;
  if (Array.isArray(v)) return `[${v.map((x) => describeTree(x, file)).join(', ')}]@${pos(valuePosition(v))}`;
  if (isObject(v)) return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}@${keyWhere(v, k, file)}${pos(keyPosition(v, k))}: ${describeTree(v[k], file)}`).join(', ')}}@${pos(valuePosition(v))}`;
  return JSON.stringify(v);
}

function both(text: string): { fast: string; full: string } {
  const read = (simpleReader: boolean): string => {
    try {
      return describeTree(parseConfigText(text, 'c.yaml', { simpleReader, env: { HOME: '/h' } }).root, 'c.yaml');
    } catch (e) {
      return `error: ${(e as Error).message}`;
    }
  };
  return { fast: read(true), full: read(false) };
}

const isSimple = (text: string): boolean => readSimpleYaml(text, { string: () => '', mapping: () => ({}), sequence: (items) => items }) !== undefined;

const root = fileURLToPath(new URL('../..', import.meta.url));
const examples = ['examples', 'examples/tests', 'examples/sdk'].flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(d, f)),
);

describe('simple YAML reader', () => {
  it.each(examples)('reads %s as the yaml package does', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const r = both(text);
    expect(r.fast).toBe(r.full);
  });

  it('reads the reload benchmark config itself (no fallback), as the yaml package does', () => {
    const text = benchConfig(3);
    expect(isSimple(text)).toBe(true);
    const r = both(text);
    expect(r.fast).toBe(r.full);
  });

  const simple: Record<string, string> = {
    'nested maps and a list at the key column': 'processors:\n  transform/a:\n    error_mode: ignore\n    log_statements:\n    - context: log\n      statements:\n      - set(log.body, "x")\n',
    'quotes and escapes': `a: 'it''s'\nb: "tab\\t \\"q\\" \\u00e9 \\\\"\nc: plain # comment\nd: "#not a comment"\n`,
    'comments, blank lines, CRLF': '# head\r\n\r\nlog_statements:   # trailing\r\n  # inside\r\n  - set(x, 1)\r\n',
    'null, booleans and empties': 'a:\nb: null\nc: true\nd: False\ne: []\nf: {}\ng: ~x\n',
    'environment expansion': 'a: ${env:HOME}/x\nb: "$$HOME"\n',
    'only comments': '# nothing\n\n',
    'a dash with the item below': 'a:\n  -\n    b: c\n  - d\n',
  };
  it.each(Object.entries(simple))('%s', (_name, text) => {
    const r = both(text);
    expect(r.fast).toBe(r.full);
  });

  const notSimple: Record<string, string> = {
    number: 'a: 1\n',
    anchor: 'a: &x b\nc: *x\n',
    'flow list': 'a: [b, c]\n',
    'block scalar': 'a: |\n  b\n',
    'multi-line plain scalar': 'a: b\n  c\n',
    'folded list items': 'a:\n  - b\n    - c\n',
    'duplicate key': 'a: b\na: c\n',
    'colon in a plain scalar': 'a: b: c\n',
    'document marker': '---\na: b\n',
    tab: 'a:\tb\n',
    'bad indentation': 'a:\n  b: c\n d: e\n',
    'unterminated quote': "a: 'b\n",
    'unknown escape': 'a: "\\x41"\n',
    'root scalar': 'hello\n',
  };
  it.each(Object.entries(notSimple))('gives %s to the yaml package', (_name, text) => {
    expect(isSimple(text)).toBe(false);
    const r = both(text);
    expect(r.fast).toBe(r.full);
  });

  const edges = ["- a\n-\n", "a:\n- b\nc: d\n", 'a: ""\n', "a: x:y\n", "a: x#\n", "a: nULL\n", "a: yes\n", "a: b", "-   a: b\n    c: d\n", "a:   \n  b: c\n", "a: 'b\r'\n", "é: a\n", "a: [ ]\n", "a: []x\n", "- []\n- {}\n"];
  it.each(edges)('agrees on %j', (text) => {
    const r = both(text);
    expect(r.fast).toBe(r.full);
  });

  it('agrees with the yaml package on generated block YAML (simple or not)', () => {
    const key = fc.constantFrom('a', 'b', 'log_statements', 'error_mode', 'transform/x', 'true', 'null', '__proto__', 'a b', "'q'");
    const scalar = fc.oneof(
      fc.constantFrom('set(x, 1)', 'x where a == "b"', 'a: b', 'a #c', 'a#c', '1', '-1', '.5', 'true', 'Null', '~', '', '[]', '{}', '[a]', '&a', '*a', '!t x', '|', 'x:'),
      fc.string({ maxLength: 8 }),
      fc.string({ maxLength: 8 }).map((s) => `'${s.replaceAll("'", "''")}'`),
      fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)),
    );
    type Doc = { kind: 'map'; entries: [string, Doc][] } | { kind: 'seq'; items: Doc[] } | { kind: 'scalar'; text: string };
    const doc: fc.Arbitrary<Doc> = fc.letrec<{ doc: Doc }>((tie) => ({
      doc: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar.map((text): Doc => ({ kind: 'scalar', text })),
        fc.array(fc.tuple(key, tie('doc')), { minLength: 1, maxLength: 3 }).map((entries): Doc => ({ kind: 'map', entries })),
        fc.array(tie('doc'), { minLength: 1, maxLength: 3 }).map((items): Doc => ({ kind: 'seq', items })),
      ),
    })).doc;
    const render = (d: Doc, indent: number, compactSeq: boolean): string[] => {
      const pad = ' '.repeat(indent);
      if (d.kind === 'scalar') return [`${pad}${d.text}`];
      if (d.kind === 'seq') {
        return d.items.flatMap((item) =>
          item.kind === 'scalar' ? [`${pad}- ${item.text}`] : [`${pad}-`, ...render(item, indent + 2, compactSeq)],
        );
      }
      return d.entries.flatMap(([k, v]) => {
        if (v.kind === 'scalar') return [`${pad}${k}: ${v.text}`];
        return [`${pad}${k}:`, ...render(v, v.kind === 'seq' && compactSeq ? indent : indent + 2, compactSeq)];
      });
    };
    let simpleDocs = 0;
    fc.assert(
      fc.property(doc, fc.boolean(), fc.boolean(), (d, compactSeq, comments) => {
        const lines = render(d, 0, compactSeq);
        const text = (comments ? lines.flatMap((l, i) => (i % 2 ? [l, '  # note'] : [l])) : lines).join('\n') + '\n';
        if (isSimple(text)) simpleDocs++;
        const r = both(text);
        expect(r.fast).toBe(r.full);
      }),
      { numRuns: 500 },
    );
    // The generator must exercise the fast reader, not only the fallback.
    expect(simpleDocs).toBeGreaterThan(50);
  });
});
