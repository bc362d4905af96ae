/**
 * Parse throughput on a realistic 50-statement rule set (transform-processor style statements with
 * paths, converters, maps, math and where clauses). Prints statements per second.
 *
 *     npx tsc -p tsconfig.build.json && node dist/bench/parse.js
 */
import { parseStatement } from '../src/parser/parse.js';

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

for (const r of rules) {
  const res = parseStatement(r);
  if (!res.ok) throw new Error(`bench rule does not parse: ${r}: ${res.errors[0].message}`);
}

const warmupEnd = performance.now() + 500;
while (performance.now() < warmupEnd) for (const r of rules) parseStatement(r);

let count = 0;
const start = performance.now();
const end = start + 2000;
while (performance.now() < end) {
  for (const r of rules) parseStatement(r);
  count += rules.length;
}
const seconds = (performance.now() - start) / 1000;
const perSecond = Math.round(count / seconds);
process.stdout.write(`parse: ${perSecond.toLocaleString('en-US')} statements/s (${rules.length}-statement rule set, ${count} parses in ${seconds.toFixed(2)} s)\n`);
