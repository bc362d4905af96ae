/** The caret formatter and `Source` position mapping. */
import { describe, expect, it } from 'vitest';
import { Source } from '../../../src/core/diagnostics/source.js';
import { diagnostic, sortDiagnostics } from '../../../src/core/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../../src/core/diagnostics/format.js';
import { parseStatement } from '../../../src/parser/parse.js';

describe('Source', () => {
  const src = new Source('ab\ncd\r\n\nef', 'x.ottl');

  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [7, 3, 1],
    [8, 4, 1],
    [10, 4, 3],
    [99, 4, 3],
  ])('offset %i is line %i column %i', (offset, line, column) => {
    expect(src.position(offset)).toEqual({ line, column });
  });

  it('returns line text without the line break', () => {
    expect([1, 2, 3, 4, 5].map((l) => src.lineText(l))).toEqual(['ab', 'cd', '', 'ef', '']);
  });
});

describe('formatDiagnostic', () => {
  it('prints name:line:col, the line and a caret', () => {
    const src = new Source('set(x,\n\tFoo bar)', 'rules.ottl');
    const d = diagnostic(src, { start: 11, end: 14 }, 'boom');
    expect(formatDiagnostic(d)).toBe('rules.ottl:2:5: boom\n\tFoo bar)\n\t   ^');
  });

  it('shifts positions by a base line and column (text embedded in a file)', () => {
    const src = new Source('set(x, "\\d")', 'config.yaml');
    const d = diagnostic(src, { start: 7, end: 11 }, 'bad');
    expect(formatDiagnostic(d, { baseLine: 12, baseColumn: 9 })).toBe('config.yaml:12:16: bad\nset(x, "\\d")\n       ^');
    const multi = new Source('set(x,\n 1 2)', 'config.yaml');
    expect(formatDiagnostic(diagnostic(multi, { start: 10, end: 11 }, 'bad'), { baseLine: 12, baseColumn: 9 })).toBe(
      'config.yaml:13:4: bad\n 1 2)\n   ^',
    );
  });

  it('anchors an end-of-input error after the last real token', () => {
    const r = parseStatement('set(x,   \n  1   ', { name: '<statement>' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatDiagnostic(r.errors[0])).toBe("<statement>:2:4: expected ')' but found end of input\n  1   \n   ^");
  });
});

describe('sortDiagnostics', () => {
  it('sorts by position and caps the count', () => {
    const src = new Source('abcdef');
    const list = [5, 1, 3].map((s) => diagnostic(src, { start: s, end: s + 1 }, String(s)));
    expect(sortDiagnostics(list, 2).map((d) => d.message)).toEqual(['1', '3']);
  });
});
