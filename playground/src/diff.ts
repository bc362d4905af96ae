/**
 * A line diff of two pretty-printed JSON texts (longest common subsequence), with runs of removed
 * lines followed by added lines paired as changes.
 */

/** One line of the diff. */
export interface DiffLine {
  readonly kind: 'same' | 'added' | 'removed' | 'changed-old' | 'changed-new';
  readonly text: string;
}

/** Reformats JSON (one document per line, or one document) with two-space indentation. */
export function prettyJson(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.stringify(JSON.parse(l), null, 2))
    .join('\n');
}

const isKeyValueList = (v: unknown): v is { key: string; value: unknown }[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'object' && x !== null && typeof (x as { key?: unknown }).key === 'string' && Object.keys(x).length <= 2);

/** OTLP/JSON with attribute lists as maps (`"key": value`), so that an edit is one line of the diff. */
function keyed(v: unknown): unknown {
  if (isKeyValueList(v)) return Object.fromEntries(v.map((x) => [x.key, keyed(x.value ?? null)]));
  if (Array.isArray(v)) return v.map(keyed);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, keyed(x)]));
  return v;
}

/** JSON on one line with a space after each colon and comma. */
function inline(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  if (typeof v === 'object' && v !== null) return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')}}`;
  return JSON.stringify(v);
}

/** JSON-like text with two-space indentation and no separating commas; objects and arrays of scalars on one line. */
function print(v: unknown, indent: string): string {
  if (typeof v !== 'object' || v === null) return JSON.stringify(v);
  // Only leaves go on one line (`{"stringValue": "x"}`, `[1, 2]`), so that a change stays local.
  const leaf = Object.values(v).every((x) => typeof x !== 'object' || x === null);
  if (leaf) return inline(v);
  const inner = `${indent}  `;
  // No trailing commas: a line's text must not depend on whether a sibling follows it.
  if (Array.isArray(v)) return `[\n${v.map((x) => inner + print(x, inner)).join('\n')}\n${indent}]`;
  const entries = Object.entries(v);
  return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${print(x, inner)}`).join('\n')}\n${indent}}`;
}

/** The text the diff compares: each document keyed (attributes as maps) and printed compactly. */
export function diffView(text: string): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => print(keyed(JSON.parse(l)), ''))
    .join('\n');
}

/** The diff of `before` and `after`, line by line. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // Common prefix and suffix first: most edits touch a few lines of a long document.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const mid = lcs(a.slice(start, endA), b.slice(start, endB));
  const out: DiffLine[] = [...a.slice(0, start).map((text) => ({ kind: 'same' as const, text })), ...mid, ...a.slice(endA).map((text) => ({ kind: 'same' as const, text }))];
  return pairChanges(out);
}

function lcs(a: string[], b: string[]): DiffLine[] {
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) return [...a.map((text) => ({ kind: 'removed' as const, text })), ...b.map((text) => ({ kind: 'added' as const, text }))];
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] });
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) out.push({ kind: 'removed', text: a[i++] });
    else out.push({ kind: 'added', text: b[j++] });
  }
  while (i < n) out.push({ kind: 'removed', text: a[i++] });
  while (j < m) out.push({ kind: 'added', text: b[j++] });
  return out;
}

/** The key a line of the diff view starts with (`"body"`), or null. */
const keyOf = (line: string): string | null => /^\s*("(?:[^"\\]|\\.)*"):/.exec(line)?.[1] ?? null;

/**
 * Within a removed run directly followed by an added run, a removed and an added line with the
 * same key at the same indentation are one change (old, then new); the other lines stay removed or
 * added.
 */
function pairChanges(lines: DiffLine[]): DiffLine[] {
  const out: DiffLine[] = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i].kind !== 'removed') {
      out.push(lines[i++]);
      continue;
    }
    let r = i;
    while (r < lines.length && lines[r].kind === 'removed') r++;
    let a = r;
    while (a < lines.length && lines[a].kind === 'added') a++;
    const indent = (l: string) => l.length - l.trimStart().length;
    const added = lines.slice(r, a);
    const matched = new Set<number>();
    for (const old of lines.slice(i, r)) {
      const key = keyOf(old.text);
      const k = key === null ? -1 : added.findIndex((n, j) => !matched.has(j) && keyOf(n.text) === key && indent(n.text) === indent(old.text));
      if (k >= 0) matched.add(k);
      out.push({ kind: k >= 0 ? 'changed-old' : 'removed', text: old.text });
    }
    added.forEach((n, j) => out.push({ kind: matched.has(j) ? 'changed-new' : 'added', text: n.text }));
    i = a;
  }
  return out;
}
