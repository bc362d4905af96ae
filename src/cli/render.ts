/**
 * Readable output: colour (only on a terminal, never with NO_COLOR), indented OTLP/JSON, and the
 * compact before → after listing of what changed per record.
 */
import type { UnitDiff } from './records.js';

/** Colour functions; the identity when colour is off. */
export interface Paint {
  readonly red: (s: string) => string;
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
}

const same = (s: string) => s;
/** No colour at all. */
export const PLAIN: Paint = { red: same, green: same, yellow: same, dim: same, bold: same };

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
/** ANSI colours. */
export const ANSI: Paint = { red: sgr(31, 39), green: sgr(32, 39), yellow: sgr(33, 39), dim: sgr(2, 22), bold: sgr(1, 22) };

/**
 * Colour for a stream: on when it is a terminal and `NO_COLOR` is unset or empty
 * (https://no-color.org), off when piped or redirected.
 */
export function paintFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Paint {
  const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
  return stream.isTTY === true && !noColor ? ANSI : PLAIN;
}

/**
 * Indents compact JSON text by two spaces without parsing its values, so that number literals
 * (64-bit ints, `-0`, long fractions) are reproduced exactly as written.
 */
export function prettyJson(text: string): string {
  let out = '';
  let depth = 0;
  const newline = () => '\n' + '  '.repeat(depth);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      if (text[i + 1] === close) {
        out += c + close;
        i++;
      } else {
        depth++;
        out += c + newline();
      }
    } else if (c === '}' || c === ']') {
      depth--;
      out += newline() + c;
    } else if (c === ',') out += ',' + newline();
    else if (c === ':') out += ': ';
    else if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') out += c;
  }
  return out;
}

/** The names used for the two sides of a listing. */
export interface DiffWords {
  /** Shown for a unit only the first side has (`dropped`, `missing`). */
  readonly beforeOnly: string;
  /** Shown for a unit only the second side has (`added`, `unexpected`). */
  readonly afterOnly: string;
}

/**
 * The compact listing, one block per unit that differs:
 *
 * ```
 * resource 1, scope 1 "app", log record 1
 *   log.attributes["env"]: (absent) → "prod"
 *   log.body: "a" → "A"
 * ```
 */
export function renderDiff(diffs: readonly UnitDiff[], paint: Paint = PLAIN, words: DiffWords = { beforeOnly: 'removed', afterOnly: 'added' }, indent = ''): string {
  const lines: string[] = [];
  for (const d of diffs) {
    if (d.presence !== 'both') {
      const word = d.presence === 'before only' ? paint.red(words.beforeOnly) : paint.green(words.afterOnly);
      lines.push(`${indent}${paint.bold(d.label)}: ${word}`);
      continue;
    }
    lines.push(`${indent}${paint.bold(d.label)}`);
    for (const c of d.changes) {
      const before = c.before === undefined ? paint.dim('(absent)') : paint.red(c.before);
      const after = c.after === undefined ? paint.dim('(absent)') : paint.green(c.after);
      lines.push(`${indent}  ${c.path}: ${before} → ${after}`);
    }
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

/**
 * Colours the text form of `ottl run --explain` line by line: record headers bold, additions green,
 * removals red, modifications yellow, statements that did not match dim, errors red. JSON is left
 * alone.
 */
export function paintExplain(text: string, paint: Paint): string {
  if (paint === PLAIN || /^\s*[[{]/.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      if (line === '') return line;
      if (!line.startsWith(' ')) return paint.bold(line);
      if (line.startsWith('    + ')) return paint.green(line);
      if (line.startsWith('    - ')) return paint.red(line);
      if (line.startsWith('    ~ ')) return paint.yellow(line);
      if (/^ {2}line \d+, not matched|^ {2}conditions not met/.test(line)) return paint.dim(line);
      if (/\berror\b/.test(line)) return paint.red(line);
      return line;
    })
    .join('\n');
}

/** Colours a CLI error: its first line and each positioned `file:line:col:` message red, and the carets. */
export function paintError(message: string, paint: Paint): string {
  if (paint === PLAIN) return message;
  return message
    .split('\n')
    .map((line, i) => (i === 0 || /^\S+:\d+:\d+: /.test(line) || /^\s*\^+\s*$/.test(line) ? paint.red(line) : line))
    .join('\n');
}
