/**
 * Rule texts for fuzzing the front end and the compiler: token soup, calls from the function
 * catalog, mutations of the valid statements the project ships (catalog examples and example
 * configs), and the extreme shapes — long operator chains, deep nesting, long paths, huge literals.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { functionCatalog } from '../../src/functions/catalog.js';
import { STANDARD_FUNCTIONS } from '../../src/functions/index.js';
import { mutate, textMutation } from '../support/text-mutation.js';

/** A rule text and whether it is read as a statement or as a condition. */
export interface RuleText {
  readonly kind: 'statement' | 'condition';
  readonly text: string;
}

const catalog = functionCatalog();
const FUNCTION_NAMES = catalog.map((f) => f.name);

/** Every string leaf of the example configs that reads as a rule (it calls something or compares). */
function exampleRules(): RuleText[] {
  const out: RuleText[] = [];
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string') {
      if (/statements/.test(key)) out.push({ kind: 'statement', text: v });
      else if (/conditions|log_record|span|metric|datapoint|resource/.test(key)) out.push({ kind: 'condition', text: v });
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k === 'context' ? '' : k);
  };
  for (const f of ['transform.yaml', 'filter.yaml', 'collector.yaml', 'sdk/rules.yaml']) {
    walk(parseYaml(readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8')), '');
  }
  return out;
}

/** The statements of the reference's end-to-end rows ported in test/e2e (`statement: '…'`). */
function e2eStatements(): RuleText[] {
  const out: RuleText[] = [];
  for (const f of ['converters-a-l', 'converters-m-z', 'editors', 'features']) {
    const source = readFileSync(new URL(`../e2e/${f}.test.ts`, import.meta.url), 'utf8');
    for (const m of source.matchAll(/statement: '((?:[^'\\]|\\.)*)'/g)) {
      out.push({ kind: 'statement', text: m[1].replace(/\\(.)/g, '$1') });
    }
  }
  return out;
}

/** Valid rules to mutate: the catalog's examples, the example configs' rules and the reference's e2e statements. */
export const CORPUS: readonly RuleText[] = [
  ...catalog.flatMap((f) => (f.example ? [{ kind: 'statement' as const, text: f.example.statement }] : [])),
  ...exampleRules(),
  ...e2eStatements(),
  { kind: 'condition', text: 'IsMatch(body, "^a+$") and not (attributes["x"] == nil or severity_number >= SEVERITY_NUMBER_WARN)' },
  { kind: 'statement', text: 'set(attributes["l"], Filter(attributes["list"], (_, v) => v > 1 + 2 * 3))' },
  { kind: 'statement', text: 'set(cache["m"], {"a": [1, 2.5, 0xFF, "s", true, nil], "b": {"c": Concat(["x"], "")}})' },
];

/** Tokens of the language and the characters around them that trip lexers. */
const TOKENS = [
  ...'()[]{},.:=!<>+-*/"\\_#$\'`;|&?@%^~'.split(''),
  '=>', '==', '!=', '<=', '>=', 'where', 'and', 'or', 'not', 'true', 'false', 'nil', 'set', 'log', 'span', 'resource',
  'attributes', 'body', 'cache', 'context', '"s"', '"\\"', '"\\u00e9"', '"\\x"', '""', '1', '-1', '1.5', '1e309', '-0',
  '.5', '9223372036854775807', '9223372036854775808', '-9223372036854775809', '0x', '0xAB', '0xZZ', '0x' + 'ab'.repeat(40),
  'SEVERITY_NUMBER_INFO', 'SPAN_KIND_SERVER', 'SHA256', 'UTC', '_', 'x', ' ', '  ', '\n', '\t', '\r', '\u0000', 'é', '😀',
  '\ud800', '\u2028', '${env:X}', '$$1',
];
const token = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.constantFrom(...FUNCTION_NAMES) });

/** Random sequences of tokens, glued or spaced. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .tuple(fc.array(token, { maxLength: 40 }), fc.constantFrom('', ' '))
  .map(([ts, sep]) => ts.join(sep));

/** Any text at all, including lone surrogates and control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 60 }), tokenSoup);

const mutation = textMutation(['change', 'insert', 'remove', 'duplicate', 'truncate', 'swap'], token, 30);

/** A valid rule from the corpus after one to four mutations (sometimes none, so valid rules run too). */
export const mutatedRule: fc.Arbitrary<RuleText> = fc
  .tuple(fc.constantFrom(...CORPUS), fc.array(mutation, { maxLength: 4 }))
  .map(([r, ms]) => ({ kind: r.kind, text: ms.reduce(mutate, r.text) }));

/** Arguments that fit many parameter kinds, so generated calls often compile and run. */
const ARGS = [
  'log.body', 'log.attributes["a"]', 'log.attributes["m"]', 'log.attributes', 'log.time', 'log.severity_number', '"x"', '"a,b"',
  '"%Y-%m-%d"', '""', '1', '-2', '1.5', 'true', 'nil', '0x0102', '["a", "b"]', '[1, 2]', '{"k": "v"}', 'SEVERITY_NUMBER_INFO',
  'SHA256', 'Now()', 'Duration("1h")', '(_, v) => v != nil', 'log.attributes["a"] + 1',
];
const editors = STANDARD_FUNCTIONS.filter((f) => f.kind === 'editor').map((f) => f.name);
const converters = STANDARD_FUNCTIONS.filter((f) => f.kind !== 'editor').map((f) => f.name);
const argList = fc.array(fc.constantFrom(...ARGS), { maxLength: 4 }).map((a) => a.join(', '));
const converterCall = fc.tuple(fc.constantFrom(...converters), argList).map(([n, a]) => `${n}(${a})`);

/** Calls of every built-in with arguments from a pool (in the log context): most fail to bind, many run. */
export const catalogCall: fc.Arbitrary<RuleText> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...editors), fc.array(fc.oneof(fc.constantFrom(...ARGS), converterCall), { maxLength: 4 }))
    .map(([e, args]) => ({ kind: 'statement' as const, text: `${e}(${args.join(', ')})` })),
  converterCall.map((c) => ({ kind: 'statement' as const, text: `set(log.attributes["r"], ${c})` })),
  converterCall.map((c) => ({ kind: 'condition' as const, text: `${c} == nil or IsMatch(String(${c}), "x")` })),
);

/** A size: mostly small, sometimes around the depth bound (500), rarely far beyond it. */
const size = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 60 }) },
  { weight: 3, arbitrary: fc.integer({ min: 480, max: 520 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 3000 }) },
);
/** A literal's length: mostly modest, sometimes huge. */
const hugeLength = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 2000 }) }, { weight: 1, arbitrary: fc.integer({ min: 20_000, max: 100_000 }) });
const op = fc.constantFrom(' + ', ' - ', ' * ', ' / ', '+', '-');
const literalChar = fc.constantFrom('a', 'é', '😀', '\\"', '\\\\', '\\n', '\\t', '\u0000', '\ud800', '\\u00e9', ' ');

const chain = (n: number, ops: string[], term: string): string => {
  let s = term;
  for (let i = 1; i < n; i++) s += ops[i % ops.length] + term;
  return s;
};

/** The extreme shapes, each as a whole statement or condition. */
const extremeValue: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(size, fc.array(op, { minLength: 1, maxLength: 5 }), fc.constantFrom('1', '1.5', 'attributes["n"]', 'Len("x")', '-1')).map(([n, ops, t]) => chain(n + 1, ops, t)),
  size.map((n) => '('.repeat(n) + '1' + ')'.repeat(n)),
  size.map((n) => '['.repeat(n) + '1' + ']'.repeat(n)),
  size.map((n) => '{"k": '.repeat(n) + '1' + '}'.repeat(n)),
  size.map((n) => 'Len('.repeat(n) + '"x"' + ')'.repeat(n)),
  size.map((n) => '-'.repeat(n) + '1'),
  size.map((n) => `attributes${'["k"]'.repeat(n)}`),
  size.map((n) => `attributes${'[0]'.repeat(n)}`),
  size.map((n) => `log${'.f'.repeat(n)}`),
  size.map((n) => `[${chain(n + 1, [', '], '1')}]`),
  size.map((n) => `Concat([${chain(n + 1, [', '], '"a"')}], "")`),
  fc.tuple(hugeLength, literalChar).map(([n, c]) => `"${c.repeat(Math.ceil(n / c.length))}"`),
  fc.tuple(hugeLength, fc.constantFrom('9', '0', '1')).map(([n, d]) => d.repeat(n + 1)),
  hugeLength.map((n) => `0x${'ab'.repeat(n)}`),
  hugeLength.map((n) => `1${'0'.repeat(n)}.5e${n}`),
);

const extremeCondition: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(size, fc.constantFrom(' and ', ' or ')).map(([n, o]) => chain(n + 1, [o], 'attributes["a"] == 1')),
  size.map((n) => 'not '.repeat(n) + 'true'),
  size.map((n) => '('.repeat(n) + 'true' + ')'.repeat(n)),
  size.map((n) => chain(n + 2, [' == ', ' < ', ' != '], '1')),
  extremeValue.map((v) => `${v} == nil`),
);

/** Long chains, deep nesting, long paths, huge literals and unicode, as statements and conditions. */
export const extremeRule: fc.Arbitrary<RuleText> = fc.oneof(
  extremeValue.map((v) => ({ kind: 'statement' as const, text: `set(attributes["a"], ${v})` })),
  extremeValue.map((v) => ({ kind: 'statement' as const, text: `set(attributes["a"], 1) where ${v} != nil` })),
  extremeValue.map((v) => ({ kind: 'statement' as const, text: `set(${v}, 1)` })),
  extremeCondition.map((c) => ({ kind: 'condition' as const, text: c })),
);

/** Arbitrary and token-soup texts, as statements and conditions. */
export const arbitraryRule: fc.Arbitrary<RuleText> = fc.tuple(fc.constantFrom<RuleText['kind']>('statement', 'condition'), anyText).map(([kind, text]) => ({ kind, text }));

/** The example configs, whole: transform, filter, collector and the SDK's two-processor file. */
const CONFIGS = ['transform.yaml', 'filter.yaml', 'collector.yaml', 'sdk/rules.yaml'].map((f) => readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'));
/** What YAML gives meaning to: indentation, anchors, tags, flow collections, scalars styles, documents. */
const YAML_PIECES = [
  '- ', ': ', '\n', '\n  ', '\n    - ', '  ', '\t', '#', '&a ', '*a', '<<: *a\n', '!!binary ', '!!int ', '!!str ', '!!map ', '? ', '{', '}', '[', ']', ',',
  '|', '>-', '---\n', '...\n', '%YAML 1.2\n', '~', 'null', '1e3', '0x1F', '"', "'", '\\', 'context: ', 'statements: ', 'conditions: ',
  'error_mode: ', 'log_statements:', 'trace_conditions:', 'logs:', 'log_record:', 'processors:', 'transform/x:', 'filter:', 'set(', ')', 'where ', '😀', '\u0000', '\ufeff',
];
const yamlMutation = fc.record({ at: fc.nat(), how: fc.constantFrom('change', 'insert', 'remove', 'duplicate', 'truncate', 'swap'), piece: fc.constantFrom(...YAML_PIECES), len: fc.integer({ min: 1, max: 40 }) });

/** An example config after one to five text mutations. */
export const mutatedConfig: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...CONFIGS), fc.array(yamlMutation, { minLength: 1, maxLength: 5 }))
  .map(([text, ms]) => ms.reduce(mutate, text));
