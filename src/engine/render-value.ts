/**
 * A model value as OTTL would write it, for reports that show values (`--explain`, `--diff`,
 * `ottl test`): strings quoted, Doubles with a decimal point, nil, maps and lists as literals.
 * Bytes are `0x…` in a value and bare hex in a field that is an id (`inValue` false).
 */
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

export function renderValue(v: unknown, inValue = true): string {
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return inValue && Number.isInteger(v) ? `${v}.0` : String(v);
  if (v instanceof Uint8Array) return inValue ? `0x${hex(v)}` : hex(v);
  if (v instanceof Map) return `{${[...v].map(([k, x]) => `${JSON.stringify(k)}: ${renderValue(x)}`).join(', ')}}`;
  if (Array.isArray(v)) return `[${v.map((x) => renderValue(x)).join(', ')}]`;
  return String(v);
}
