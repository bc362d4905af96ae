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

/** A removed run directly followed by an added run is a change: old lines then new lines. */
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
    const paired = a > r;
    for (let k = i; k < r; k++) out.push({ kind: paired ? 'changed-old' : 'removed', text: lines[k].text });
    for (let k = r; k < a; k++) out.push({ kind: 'changed-new', text: lines[k].text });
    i = a;
  }
  return out;
}
