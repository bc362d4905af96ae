/** The context registry: names, prefixes, path lists, and that every listed path resolves. */
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_NAMES,
  CONTEXTS,
  contextPaths,
  contextPrefixes,
  isContextName,
} from '../../src/contexts/index.js';
import { path } from './helpers.js';

describe('context registry', () => {
  it('defines the nine contexts', () => {
    expect([...CONTEXTS.keys()]).toEqual(CONTEXT_NAMES);
    for (const name of CONTEXT_NAMES) expect(CONTEXTS.get(name)?.name).toBe(name);
    expect(isContextName('log')).toBe(true);
    expect(isContextName('instrumentation_scope')).toBe(false);
  });

  it.each([
    ['resource', ['resource']],
    ['scope', ['scope', 'instrumentation_scope', 'resource']],
    ['span', ['span', 'scope', 'instrumentation_scope', 'resource']],
    ['spanevent', ['spanevent', 'span', 'scope', 'instrumentation_scope', 'resource']],
    ['spanlink', ['spanlink', 'span', 'scope', 'instrumentation_scope', 'resource']],
    ['metric', ['metric', 'scope', 'instrumentation_scope', 'resource']],
    ['datapoint', ['datapoint', 'metric', 'scope', 'instrumentation_scope', 'resource']],
    ['exemplar', ['exemplar', 'datapoint', 'metric', 'scope', 'instrumentation_scope', 'resource']],
    ['log', ['log', 'scope', 'instrumentation_scope', 'resource']],
  ] as const)('%s accepts the prefixes %j', (name, prefixes) => {
    expect(contextPrefixes(name)).toEqual(prefixes);
  });

  it.each(CONTEXT_NAMES)('every listed %s path resolves, with and without keys as listed', (name) => {
    const paths = contextPaths(name);
    expect(paths).toContain(`${name}.cache`);
    for (const p of paths) {
      const text = p.endsWith('[]') ? `${p.slice(0, -2)}["k"]` : p;
      expect(() => CONTEXTS.get(name)?.resolvePath(path(text)), text).not.toThrow();
    }
  });

  it('lists the reference paths of the log context', () => {
    expect(contextPaths('log')).toEqual(
      expect.arrayContaining([
        'log.body.string',
        'log.attributes[]',
        'log.trace_id.string',
        'log.event_name',
        'resource.attributes[]',
        'instrumentation_scope.name',
        'scope.name',
      ]),
    );
  });
});
