/**
 * Parse throughput on a realistic 50-statement rule set (transform-processor style statements with
 * paths, converters, maps, math and where clauses); microseconds per statement under the table.
 * The baseline is the Chevrotain path alone (lexer, grammar, CST, AST builder), which the fast
 * path (`src/parser/fast-parse.ts`) stands in for on valid text; every statement must parse, or
 * the benchmark fails.
 * Parse + compile of a whole config is measured by bench/reload.ts.
 *
 *     npm run build && node dist/bench/parse.js [--quick]
 */
import { parseByGrammar, parseStatement } from '../src/parser/parse.js';
import { cpuTime, formatTable, measured, quickMode, type BenchOptions, type Row } from './harness.js';

const templates = [
  'set(attributes["env"], "prod") where resource.attributes["service.name"] == "checkout"',
  'delete_key(attributes, "http.request.header.authorization")',
  'keep_keys(attributes, ["http.method", "http.route", "http.status_code"])',
  'set(attributes["duration_ms"], (end_time_unix_nano - start_time_unix_nano) / 1000000)',
  'replace_pattern(attributes["http.url"], "token=([^&]+)", "token=***")',
  'set(status.code, STATUS_CODE_ERROR) where attributes["http.status_code"] >= 500 and kind == SPAN_KIND_SERVER',
  'merge_maps(attributes, ParseJSON(body), "upsert") where IsMatch(body, "^\\\\{")',
  'set(attributes["first"], Split(body, " ")[0]) where body != nil and not IsMap(body)',
  'truncate_all(attributes, 256, truncation_marker = "...")',
  'set(log.attributes["uid"], ParseJSON(log.body)["user"]["id"]) where log.severity_number >= SEVERITY_NUMBER_WARN or log.attributes["debug"] == true',
];

const rules: string[] = [];
for (let i = 0; rules.length < 50; i++) rules.push(templates[i % templates.length].replace('"env"', `"env${i}"`));

function timeRounds(rounds: number, repeat: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) times.push(cpuTime(() => { for (let k = 0; k < repeat; k++) fn(); }).ms);
  return times;
}

/** The parse benchmark. */
export function benchmarks(opts: BenchOptions): Row[] {
  for (const r of rules) {
    const res = parseStatement(r);
    if (!res.ok) throw new Error(`bench rule does not parse: ${r}: ${res.errors[0].message}`);
  }
  const rounds = opts.quick ? 3 : 15;
  const repeat = opts.quick ? 2 : 20;
  const grammar = (r: string) => parseByGrammar(r, 'statementEntry');
  // Warm-up, as a long-running process would be.
  timeRounds(opts.quick ? 1 : 5, repeat, () => rules.forEach((r) => parseStatement(r)));
  timeRounds(opts.quick ? 1 : 5, repeat, () => rules.forEach(grammar));
  const parse = timeRounds(rounds, repeat, () => rules.forEach((r) => parseStatement(r)));
  const chevrotain = timeRounds(rounds, repeat, () => rules.forEach(grammar));
  const unit = `${repeat} x ${rules.length} statements`;
  const us = (times: number[]): string => ((([...times].sort((a, b) => a - b)[times.length >> 1]) / repeat / rules.length) * 1000).toFixed(1);
  return [
    {
      ...measured({
        group: 'parse',
        name: 'parse statements',
        unit,
        subject: { label: 'ottl', times: parse },
        baseline: { label: 'Chevrotain path', times: chevrotain },
        same: true,
      }),
      extras: { 'µs per statement': us(parse), 'µs per statement, Chevrotain path': us(chevrotain) },
    },
  ];
}

if (process.argv[1]?.endsWith('/bench/parse.js')) console.log(formatTable(benchmarks({ quick: quickMode() })));
