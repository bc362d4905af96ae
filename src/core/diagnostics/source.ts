/**
 * A named source text that maps UTF-16 offsets to 1-based line and column numbers.
 */
export class Source {
  private lineStarts: number[] | undefined;

  /**
   * @param text the full text that offsets refer to
   * @param name how the text is named in messages (a file name, `<statement>`, …)
   */
  constructor(
    readonly text: string,
    readonly name = '<input>',
  ) {}

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  /** 1-based line and column (in UTF-16 units) of `offset`; offsets are clamped to the text. */
  position(offset: number): { line: number; column: number } {
    const off = Math.max(0, Math.min(Number.isFinite(offset) ? offset : this.text.length, this.text.length));
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: off - starts[lo] + 1 };
  }

  /** The text of 1-based `line`, without its line break (`''` past the end). */
  lineText(line: number): string {
    const starts = this.starts();
    if (line < 1 || line > starts.length) return '';
    const start = starts[line - 1];
    const end = line < starts.length ? starts[line] - 1 : this.text.length;
    return this.text.slice(start, end).replace(/\r$/, '');
  }
}
