/**
 * `flatten_data` for logs: give every log record its own copy of its resource and scope while the
 * statements run (so a statement may write resource fields from log fields), then group records
 * with equal resources and scopes back together, as the reference's pdatautil does.
 */
import type { InstrumentationScope, LogsData, Resource, ResourceLogs, ScopeLogs } from '../../core/model.js';
import { deepCopy } from '../../core/values/convert.js';
import type { Value, ValueMap } from '../../core/values/types.js';

function copyMap(m: ValueMap): ValueMap {
  return deepCopy(m) as ValueMap;
}

export function flattenLogs(data: LogsData): void {
  const flat: ResourceLogs[] = [];
  for (const rl of data.resourceLogs) {
    for (const sl of rl.scopeLogs) {
      for (const record of sl.logRecords) {
        flat.push({
          resource: { attributes: copyMap(rl.resource.attributes), droppedAttributesCount: rl.resource.droppedAttributesCount },
          schemaUrl: rl.schemaUrl,
          scopeLogs: [
            {
              scope: { ...sl.scope, attributes: copyMap(sl.scope.attributes) },
              schemaUrl: sl.schemaUrl,
              logRecords: [record],
            },
          ],
        });
      }
    }
  }
  data.resourceLogs = flat;
}

/** A key equal for equal values (maps compared with their keys in order of appearance, sorted). */
function keyOf(v: Value): string {
  if (v === null) return 'n';
  if (typeof v === 'bigint') return `i${v}`;
  if (typeof v === 'number') return `d${Object.is(v, -0) ? '-0' : v}`;
  if (typeof v === 'string') return `s${JSON.stringify(v)}`;
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Uint8Array) return `b${Buffer.from(v).toString('hex')}`;
  if (v instanceof Map) {
    const entries = [...v.entries()].map(([k, x]) => `${JSON.stringify(k)}:${keyOf(x)}`).sort();
    return `{${entries.join(',')}}`;
  }
  if (Array.isArray(v)) return `[${v.map(keyOf).join(',')}]`;
  return `?${String(v)}`;
}

const resourceKey = (r: Resource, schemaUrl: string) => `${keyOf(r.attributes)}|${r.droppedAttributesCount}|${schemaUrl}`;
const scopeKey = (s: InstrumentationScope, schemaUrl: string) =>
  `${JSON.stringify(s.name)}|${JSON.stringify(s.version)}|${keyOf(s.attributes)}|${s.droppedAttributesCount}|${schemaUrl}`;

export function regroupLogs(data: LogsData): void {
  const resources = new Map<string, { rl: ResourceLogs; scopes: Map<string, ScopeLogs> }>();
  for (const rl of data.resourceLogs) {
    const rk = resourceKey(rl.resource, rl.schemaUrl);
    let entry = resources.get(rk);
    if (entry === undefined) {
      entry = { rl: { resource: rl.resource, schemaUrl: rl.schemaUrl, scopeLogs: [] }, scopes: new Map() };
      resources.set(rk, entry);
    }
    for (const sl of rl.scopeLogs) {
      const sk = scopeKey(sl.scope, sl.schemaUrl);
      let scope = entry.scopes.get(sk);
      if (scope === undefined) {
        scope = { scope: sl.scope, schemaUrl: sl.schemaUrl, logRecords: [] };
        entry.scopes.set(sk, scope);
        entry.rl.scopeLogs.push(scope);
      }
      scope.logRecords.push(...sl.logRecords);
    }
  }
  data.resourceLogs = [...resources.values()].map((e) => e.rl);
}
