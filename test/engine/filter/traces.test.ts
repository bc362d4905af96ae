/**
 * Filter processor on traces: rows ported from the reference's traces_test.go
 * (TestFilterTraceProcessorWithOTTL, Test_ProcessTraces_DefinedContext,
 * Test_ProcessTraces_InferredContext, Test_ProcessTraces_ErrorMode).
 */
import { describe, expect, it } from 'vitest';
import type { TracesData } from '../../../src/core/model.js';
import { constructTraces, constructTracesWithEmptySpanEvents, runFilter } from './helpers.js';

const ALL = 'localhost{scope1[operationA(eventA),operationB(spanEventA)],scope2[operationA(eventA),operationB(spanEventA)]}';
const ONLY_B = 'localhost{scope1[operationB(spanEventA)],scope2[operationB(spanEventA)]}';
const NO_EVENT_A = 'localhost{scope1[operationA(),operationB(spanEventA)],scope2[operationA(),operationB(spanEventA)]}';

const run = (config: string, input: () => TracesData = constructTraces) => runFilter(config, { signal: 'traces', data: input() });

describe('classic keys (traces.resource, traces.span, traces.spanevent)', () => {
  it.each([
    ['drop resource', 'traces: {resource: [\'attributes["host.name"] == "localhost"\']}', ''],
    ['drop spans', 'traces: {span: [\'name == "operationA"\']}', ONLY_B],
    ['drop everything by dropping all spans', 'traces: {span: [\'IsMatch(name, "operation.*")\']}', ''],
    [
      'drop span events (a span left without events stays)',
      'traces: {spanevent: [\'name == "spanEventA"\']}',
      'localhost{scope1[operationA(eventA),operationB()],scope2[operationA(eventA),operationB()]}',
    ],
    ['multiple conditions', 'traces: {span: [\'name == "operationZ"\', "span_id != nil"]}', ''],
    ['with error conditions', 'error_mode: ignore\ntraces: {span: [\'Substring("", 0, 100) == "test"\']}', ALL],
    [
      'a dropped span is not searched for events; a kept one is',
      'traces:\n  span: [\'name == "operationA"\']\n  spanevent: [\'name == "spanEventA"\']',
      'localhost{scope1[operationB()],scope2[operationB()]}',
    ],
  ])('%s', (_name, config, want) => {
    const out = run(config);
    expect(out.error).toBeUndefined();
    expect(out.shape).toBe(want);
  });

  it('counts dropped spans and events', () => {
    const out = run('traces:\n  span: [\'name == "operationA"\']\n  spanevent: [\'name == "spanEventA"\']');
    expect(out.result?.dropped).toMatchObject({ resources: 0, scopes: 0, spans: 2, spanEvents: 4 });
    expect(out.result?.before).toMatchObject({ resources: 1, scopes: 2, spans: 4, spanEvents: 4 });
  });

  it('span event conditions are not evaluated for a dropped span', () => {
    // Under propagate, a failing span-event condition would fail the payload if it ran.
    const out = run('error_mode: propagate\ntraces:\n  span: ["true"]\n  spanevent: [\'Substring(name, 0, 100) == "x"\']');
    expect([out.error, out.shape]).toEqual([undefined, '']);
  });
});

describe('trace_conditions with an explicit context', () => {
  const group = (context: string, condition: string) => `  - context: ${context}\n    conditions: ['${condition}']`;
  const cfg = (...groups: string[]) => `trace_conditions:\n${groups.join('\n')}`;
  it.each([
    ['resource: drop by schema_url (none set)', cfg(group('resource', 'schema_url == "test_schema_url"')), ALL],
    ['resource: drop by attribute', cfg(group('resource', 'attributes["host.name"] == "localhost"')), ''],
    ['scope: drop by attribute', cfg(group('scope', 'attributes["lib"] == "awesomelib"')), ALL],
    ['scope: drop by name', cfg(group('scope', 'name == "scope1"')), 'localhost{scope2[operationA(eventA),operationB(spanEventA)]}'],
    ['span: drop by attributes', cfg(group('span', 'attributes["total.string"] == "123456789"')), ONLY_B],
    ['span: drop by function', cfg(group('span', 'IsMatch(name, "operationA")')), ONLY_B],
    ['span: drop by enum', cfg(group('span', 'status.code == STATUS_CODE_ERROR')), ONLY_B],
    ['spanevent: drop by name', cfg(group('spanevent', 'name == "eventA"')), NO_EVENT_A],
    ['mixed contexts', cfg(group('span', 'name == "operationA"'), group('scope', 'name == "scope1"')), 'localhost{scope2[operationB(spanEventA)]}'],
  ])('%s', (_name, config, want) => {
    const out = run(config);
    expect(out.error).toBeUndefined();
    expect(out.shape).toBe(want);
  });
});

describe('trace_conditions with inferred contexts', () => {
  const flat = (...conditions: string[]) => `trace_conditions:\n${conditions.map((c) => `  - '${c}'`).join('\n')}`;
  it.each([
    ['resource: drop by schema_url (none set)', flat('resource.schema_url == "test_schema_url"'), constructTraces, ALL],
    ['resource: drop by attribute', flat('resource.attributes["host.name"] == "localhost"'), constructTraces, ''],
    ['scope: drop by attribute', flat('scope.attributes["lib"] == "awesomelib"'), constructTraces, ALL],
    ['scope: drop by name', flat('scope.name == "scope1"'), constructTraces, 'localhost{scope2[operationA(eventA),operationB(spanEventA)]}'],
    ['span: drop by attributes', flat('span.attributes["total.string"] == "123456789"'), constructTraces, ONLY_B],
    ['span: drop by function', flat('IsMatch(span.name, "operationA")'), constructTraces, ONLY_B],
    ['span: drop by enum', flat('span.status.code == STATUS_CODE_ERROR'), constructTraces, ONLY_B],
    ['spanevent: drop by name', flat('spanevent.name == "eventA"'), constructTraces, NO_EVENT_A],
    ['inferring mixed contexts', flat('span.name == "operationA"', 'scope.name == "scope1"'), constructTraces, 'localhost{scope2[operationB(spanEventA)]}'],
    [
      'zero-record lower context: resource and spanevent with no events',
      flat('resource.attributes["host.name"] == "localhost"', 'spanevent.name == "eventA"'),
      constructTracesWithEmptySpanEvents,
      '',
    ],
    [
      'group by context: two span conditions in one group',
      flat('scope.name == "scope3"', 'span.name == "operationA"', 'span.name == "operationB"'),
      constructTraces,
      '',
    ],
    ['resource or span event: evaluated per span event', flat('resource.attributes["host.name"] == "x" or spanevent.name == "eventA"'), constructTraces, NO_EVENT_A],
    ['with context conditions (no match)', flat('not IsMatch(span.name, "operation.*")'), constructTraces, ALL],
  ])('%s', (_name, config, input, want) => {
    const out = run(config, input);
    expect(out.error).toBeUndefined();
    expect(out.shape).toBe(want);
  });
});

describe('error modes', () => {
  for (const context of ['resource', 'scope', 'span', 'spanevent']) {
    const config = (mode: string) => `error_mode: ${mode}\ntrace_conditions:\n  - context: ${context}\n    conditions: ['Substring("", 0, 100) == "x"']`;
    it(`${context}: propagate fails, ignore and silent keep everything`, () => {
      expect(run(config('propagate')).error).toContain('failed to eval condition');
      for (const mode of ['ignore', 'silent']) {
        const out = run(config(mode));
        expect([out.error, out.shape]).toEqual([undefined, ALL]);
      }
    });
  }
});
