/**
 * The public surface, as a user sees it: only the package entries `ottl` and `ottl/testing` are
 * imported. The export list is pinned (adding or removing an export is a deliberate change to this
 * test), and every runtime export is exercised at least once.
 */
import * as ottl from 'ottl';
import {
  addCounts,
  allFunctions,
  ArgumentError,
  compileCondition,
  compileConditions,
  compileStatements,
  ConfigError,
  createEnvironment,
  createEvalContext,
  decodeDocument,
  decodeDocuments,
  DecodeError,
  defineFunction,
  encodeDocument,
  encodeDocuments,
  Explainer,
  explainTransform,
  FeatureGates,
  filterCompiler,
  FilterProcessor,
  formatDiagnostic,
  formatDiagnostics,
  functionCatalog,
  functionsMarkdown,
  ITEM_KINDS,
  KNOWN_GATES,
  newExemplar,
  newExponentialHistogramDataPoint,
  newHistogramDataPoint,
  newLogRecord,
  newMetric,
  newNumberDataPoint,
  newResource,
  newScope,
  newSpan,
  newSpanEvent,
  newSpanLink,
  newSummaryDataPoint,
  OttlDuration,
  OttlRuntimeError,
  OttlTime,
  parseCondition,
  parseMetadataPairs,
  parseStatement,
  parseStatements,
  parseValueExpression,
  ProfileID,
  PropagatedError,
  ReloadableProcessor,
  renderProblem,
  RuleSetError,
  SIGNAL_KINDS,
  sortProblems,
  Source,
  SpanID,
  TraceID,
  transformCompiler,
  TransformProcessor,
  typeName,
  zeroCounts,
  type Problem,
  type TelemetryDocument,
} from 'ottl';
import * as testing from 'ottl/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const LOGS = JSON.stringify({
  resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'a' }, attributes: [{ key: 'n', value: { intValue: '1' } }] }] }] }],
});
const doc = (): TelemetryDocument => decodeDocument(LOGS, 'in.json');

describe('the ottl entry', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(ottl).sort()).toEqual(
      [
        'ArgumentError', 'ConfigError', 'EncodeError', 'LocatedText', 'availability', 'isObject', 'looksLikeFilter', 'parseConfigText', 'readFilterConfig', 'readTransformConfig', 'replacementNote', 'DecodeError', 'Explainer', 'FeatureGates', 'FilterProcessor', 'ITEM_KINDS', 'KNOWN_GATES',
        'OttlDuration', 'OttlRuntimeError', 'OttlTime', 'ProfileID', 'PropagatedError', 'ReloadableProcessor', 'RuleSetError',
        'SIGNAL_KINDS', 'Source', 'SpanID', 'TraceID', 'TransformProcessor', 'addCounts', 'allFunctions', 'compileCondition',
        'compileConditions', 'compileStatements', 'createEnvironment', 'createEvalContext', 'decodeDocument', 'decodeDocuments', 'decodeProtobuf', 'decodeProtobufAnySignal', 'detectFormat', 'encodeProtobuf', 'formatHintOf',
        'defineFunction', 'encodeDocument', 'encodeDocuments', 'explainTransform', 'filterCompiler', 'formatDiagnostic',
        'formatDiagnostics', 'functionCatalog', 'functionsMarkdown', 'newExemplar', 'newExponentialHistogramDataPoint',
        'newHistogramDataPoint', 'newLogRecord', 'newMetric', 'newNumberDataPoint', 'newResource', 'newScope', 'newSpan',
        'newSpanEvent', 'newSpanLink', 'newSummaryDataPoint', 'parseCondition', 'parseMetadataPairs', 'parseStatement', 'parseStatements',
        'parseValueExpression', 'renderProblem', 'renderValue', 'setFunctionLimits', 'functionLimits', 'sortProblems', 'transformCompiler', 'typeName', 'zeroCounts',
      ].sort(),
    );
  });

  it('values keep their OTTL types', () => {
    expect(typeName(new OttlTime(0n))).toBe('time');
    expect(typeName(new OttlDuration(5n))).toBe('duration');
    expect(new TraceID(new Uint8Array(16)).bytes).toHaveLength(16);
    expect(new SpanID(new Uint8Array(8)).bytes).toHaveLength(8);
    expect(new ProfileID(new Uint8Array(16)).bytes).toHaveLength(16);
    const made = [
      newLogRecord(), newSpan(), newSpanEvent(), newSpanLink(), newMetric(), newResource(), newScope(), newNumberDataPoint(),
      newHistogramDataPoint(), newExponentialHistogramDataPoint(), newSummaryDataPoint(), newExemplar(),
    ];
    for (const m of made) expect(typeof m).toBe('object');
    expect(newLogRecord().attributes).toBeInstanceOf(Map);
  });

  it('decodes and encodes OTLP/JSON exactly, reporting bad input as DecodeError', () => {
    expect(JSON.parse(encodeDocument(doc()))).toEqual(JSON.parse(LOGS));
    const docs = decodeDocuments(`${LOGS}\n${LOGS}\n`, 'in.ndjson');
    expect(docs).toHaveLength(2);
    expect(encodeDocuments(docs).split('\n').filter(Boolean)).toHaveLength(2);
    expect(() => decodeDocument('{"resourceLogs": [', 'bad.json')).toThrow(DecodeError);
    const pb = ottl.encodeProtobuf(doc());
    expect(ottl.detectFormat(pb)).toBe('protobuf');
    expect(ottl.formatHintOf('x.binpb')).toBe('protobuf');
    expect(encodeDocument(ottl.decodeProtobuf(pb, 'logs', 'in.pb'))).toBe(encodeDocument(doc()));
    expect(ottl.decodeProtobufAnySignal(pb, 'in.pb').signal).toBe('logs');
    expect(new ottl.EncodeError('x')).toBeInstanceOf(Error);
  });

  it('parses rules and formats front-end diagnostics', () => {
    expect(parseStatement('set(log.body, 1)').ok).toBe(true);
    expect(parseCondition('log.body == 1').ok).toBe(true);
    expect(parseValueExpression('1 + 2').ok).toBe(true);
    const many = parseStatements(['set(log.body, 1)', 'oops(']);
    expect(many.ok).toBe(false);
    expect(!many.ok && many.errors).toHaveLength(1);
    const bad = parseStatement('set(log.body');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(formatDiagnostic(bad.errors[0])).toMatch(/^<input>:1:13: expected '\)' but found end of input/);
      expect(formatDiagnostics(bad.errors)).toContain('^');
    }
    expect(new Source('a\nb', 'f').position(2)).toEqual({ line: 2, column: 1 });
  });

  it('compiles through an environment, returning programs or structured problems', () => {
    const env = createEnvironment({ featureGates: FeatureGates.defaults() });
    const ok = env.compileTransform('log_statements:\n  - set(log.attributes["x"], 1)\n');
    expect(ok.ok).toBe(true);
    const bad = env.compileTransform('log_statements:\n  - set(log.attributes["x"], Nope())\n', { file: 'c.yaml' });
    expect(bad.ok).toBe(false);
    const sorted: Problem[] = sortProblems(bad.diagnostics);
    expect(renderProblem(sorted[0])).toMatch(/^c\.yaml:2:30: undefined function "Nope"/);
    expect(() => TransformProcessor.fromText('log_statements:\n  - set(log.attributes["x"], Nope())\n')).toThrow(RuleSetError);
    expect(() => TransformProcessor.fromText('error_mode: nope\n')).toThrow(RuleSetError);
    expect(KNOWN_GATES.length).toBeGreaterThan(0);
  });

  it('runs processors, rules given directly, explain and reload', () => {
    const d = doc();
    TransformProcessor.fromText('log_statements:\n  - set(log.attributes["x"], 2)\n').process(d);
    expect(encodeDocument(d)).toContain('"x"');
    const filtered = FilterProcessor.fromText('logs:\n  log_record:\n    - log.body == "a"\n').process(doc());
    expect(filtered.dropped.logRecords).toBe(1);
    const total = zeroCounts();
    addCounts(total, filtered.dropped);
    expect(total.logRecords).toBe(1);
    expect(ITEM_KINDS.length).toBeGreaterThan(0);
    expect(Object.keys(SIGNAL_KINDS)).toEqual(expect.arrayContaining(['logs', 'traces', 'metrics']));

    const log = newLogRecord();
    const ctx = createEvalContext({ log, resource: newResource(), scope: newScope() });
    compileStatements(['set(body, "b")'], { context: 'log' }).execute(ctx);
    expect(log.body).toBe('b');
    expect(compileConditions(['body == "b"'], { context: 'log' }).eval(ctx)).toBe(true);
    expect(compileCondition('body == "c"', { context: 'log' })(ctx)).toBe(false);

    const processor = TransformProcessor.fromText('log_statements:\n  - set(log.attributes["x"], 3) where log.body == "a"\n');
    const explained = explainTransform(processor, [doc()]);
    expect(explained[0].events[0]).toMatchObject({ type: 'statement', matched: true });
    const explainer = new Explainer(processor, 1);
    const d2 = doc();
    const observer = explainer.observe(d2, 0);
    processor.process(d2, observer);
    expect(explainer.explained([observer])).toHaveLength(1);

    const tenant = TransformProcessor.fromText('log_statements:\n  - set(log.attributes["t"], otelcol.client.metadata["x-tenant"])\n');
    const d3 = doc();
    tenant.process(d3, undefined, { metadata: parseMetadataPairs(['x-tenant=acme']) });
    expect(encodeDocument(d3)).toContain('acme');

    const reloadable = ReloadableProcessor.create('log_statements:\n  - set(log.attributes["x"], 4)\n', { compiler: transformCompiler() });
    reloadable.process(doc());
    const filter = ReloadableProcessor.create('logs:\n  log_record:\n    - log.body == "a"\n', { compiler: filterCompiler() });
    expect(filter.process(doc()).dropped.logRecords).toBe(1);
  });

  it('reports errors with the library\'s own types', () => {
    expect(new OttlRuntimeError('x')).toBeInstanceOf(Error);
    expect(new ConfigError('x').problems[0].message).toBe('x');
    expect(new PropagatedError('m', 's', new Error('c')).statement).toBe('s');
    const run = TransformProcessor.fromText('error_mode: propagate\nlog_statements:\n  - set(log.attributes["x"], Int("no") + 1)\n');
    expect(() => run.process(doc())).toThrow(PropagatedError);
  });

  it('declares and lists functions', () => {
    const Twice = defineFunction({
      name: 'Twice',
      kind: 'converter',
      description: 'Doubles an int.',
      params: [{ name: 'value', kind: 'int' }],
      create: ({ value }) => (ctx) => value(ctx) * 2n,
    });
    expect(new ArgumentError('value', 'bad').param).toBe('value');
    expect(allFunctions().some((f) => f.name === 'set')).toBe(true);
    const limits = ottl.functionLimits();
    ottl.setFunctionLimits({ ...limits });
    expect(ottl.functionLimits()).toEqual(limits);
    expect(functionCatalog().length).toBeGreaterThan(100);
    expect(functionsMarkdown()).toMatch(/^# OTTL functions/);
    expect(testing.callFunction(Twice, { value: 21n })).toBe(42n);
  });
});

describe('config building blocks (for tools such as ottl test)', () => {
  it('reads configs into processor configs', () => {
    const loaded = ottl.parseConfigText('log_statements:\n  - set(log.body, 1)\n', 'c.yaml');
    expect(ottl.isObject(loaded.root)).toBe(true);
    const config = ottl.readTransformConfig(loaded.root as ottl.ConfigObject, 'c.yaml');
    expect(config.groups.logs[0].statements[0]).toBeInstanceOf(ottl.LocatedText);
    expect(createEnvironment().compileTransform(config).ok).toBe(true);
    const filterBody = ottl.parseConfigText('logs:\n  log_record:\n    - log.body == 1\n', 'f.yaml').root as ottl.ConfigObject;
    expect(ottl.looksLikeFilter(filterBody)).toBe(true);
    expect(ottl.readFilterConfig(filterBody, 'f.yaml').signals.logs.groups).toHaveLength(1);
    expect(ottl.availability(ottl.functionCatalog().find((f) => f.name === 'set')!)).toMatch(/every context/);
    expect(ottl.replacementNote(ottl.functionCatalog().find((f) => f.name === 'replace_pattern')!)).toMatch(/\$\$/);
  });
});

describe('the ottl/testing entry', () => {
  it('calls functions as the compiler would and generates telemetry', () => {
    const SHA = allFunctions().find((f) => f.name === 'SHA256')!;
    expect(testing.callFunction(SHA, { target: 'hello' })).toMatch(/^2cf24d/);
    const set = allFunctions().find((f) => f.name === 'set')!;
    expect(testing.callEditor(set, { target: testing.pathBox('a'), value: testing.dynamic('b') }).target).toBe('b');
    expect(testing.contextNameOf(testing.evalContext({ span: newSpan() }))).toBe('span');
    fc.assert(fc.property(testing.valueArb(), (v) => typeName(v).length > 0), { numRuns: 20 });
    fc.assert(fc.property(testing.otlpJsonLogsArb, (d) => decodeDocument(testing.toJsonText(d), 'x').signal === 'logs'), { numRuns: 10 });
  });
});
