/**
 * Glob patterns, compiled once to linear-time RE2 programs.
 *
 * Two dialects exist in the reference:
 * - {@link compileGlob}: `github.com/gobwas/glob` without separators, which is what the reference's
 *   `replace_match` and `replace_all_matches` call (`glob.Compile(pattern)`). `*` and `**` match any
 *   run of characters (including `/`), `?` one character, `[abc]` / `[a-z]` / `[!a-z]` a class,
 *   `{a,b}` alternatives (nestable), `\` escapes.
 * - {@link compileFilepathGlob}: Go's `path/filepath.Match` (what the OTTL docs cite): `*` is any run
 *   of non-`/` characters, `?` one non-`/` character, `[...]` / `[^...]` classes with ranges, `\`
 *   escapes; a malformed pattern is an error (`syntax error in pattern`).
 *
 * Both match the whole string. Both translate to an RE2 pattern rather than a JS `RegExp`, keeping
 * matching linear in the input.
 */
import { RE2JS } from 're2js';

/** A malformed glob pattern. */
export class GlobSyntaxError extends Error {
  override readonly name = 'GlobSyntaxError';
}

/** A compiled glob; `match` tests the whole string. */
export interface Glob {
  readonly source: string;
  match(s: string): boolean;
}

function lit(cp: number): string {
  return `\\x{${cp.toString(16)}}`;
}

function build(source: string, body: string): Glob {
  let re: RE2JS;
  try {
    re = RE2JS.compile(`(?s)^(?:${body})$`);
  } catch (e) {
    throw new GlobSyntaxError(`invalid glob pattern ${JSON.stringify(source)}: ${(e as Error).message}`);
  }
  return { source, match: (s: string) => re.testExact(s) };
}

/**
 * Compiles a gobwas/glob pattern (no separators), as the reference's `replace_match` does.
 * @throws GlobSyntaxError for an unclosed `[` or `{`, an empty class, or a trailing `\`.
 */
export function compileGlob(pattern: string): Glob {
  const cps = Array.from(pattern, (c) => c.codePointAt(0) as number);
  let i = 0;
  let depth = 0;
  let out = '';
  const fail = (why: string): never => {
    throw new GlobSyntaxError(`invalid glob pattern ${JSON.stringify(pattern)}: ${why}`);
  };
  while (i < cps.length) {
    const c = cps[i++] as number;
    switch (c) {
      case 0x5c /* \ */:
        if (i >= cps.length) fail('unexpected end of input after escape');
        out += lit(cps[i++] as number);
        break;
      case 0x2a /* * */:
        while (cps[i] === 0x2a) i++;
        out += '.*';
        break;
      case 0x3f /* ? */:
        out += '.';
        break;
      case 0x5b /* [ */: {
        let negate = false;
        if (cps[i] === 0x21 /* ! */) {
          negate = true;
          i++;
        }
        let cls = '';
        let items = 0;
        for (;;) {
          if (i >= cps.length) fail('unclosed character class');
          let lo = cps[i++] as number;
          if (lo === 0x5d /* ] */) break;
          if (lo === 0x5c) {
            if (i >= cps.length) fail('unexpected end of input after escape');
            lo = cps[i++] as number;
          }
          if (cps[i] === 0x2d /* - */ && cps[i + 1] !== undefined && cps[i + 1] !== 0x5d) {
            const hi = cps[i + 1] as number;
            i += 2;
            if (hi < lo) fail('invalid character range');
            cls += `${lit(lo)}-${lit(hi)}`;
          } else {
            cls += lit(lo);
          }
          items++;
        }
        if (items === 0) fail('empty character class');
        out += negate ? `[^${cls}]` : `[${cls}]`;
        break;
      }
      case 0x7b /* { */:
        depth++;
        out += '(?:';
        break;
      case 0x7d /* } */:
        if (depth > 0) {
          depth--;
          out += ')';
        } else {
          out += lit(c);
        }
        break;
      case 0x2c /* , */:
        out += depth > 0 ? '|' : lit(c);
        break;
      default:
        out += lit(c);
    }
  }
  if (depth > 0) fail('unclosed alternatives');
  return build(pattern, out);
}

/**
 * Compiles a Go `filepath.Match` pattern (Unix separators).
 * @throws GlobSyntaxError (Go's `ErrBadPattern`) for a malformed pattern: unclosed or empty class,
 * a class starting with `]` or with a dangling `-`, or a trailing `\`.
 */
export function compileFilepathGlob(pattern: string): Glob {
  const cps = Array.from(pattern, (c) => c.codePointAt(0) as number);
  let i = 0;
  let out = '';
  const bad = (): never => {
    throw new GlobSyntaxError(`syntax error in pattern ${JSON.stringify(pattern)}`);
  };
  // Go's getEsc: one class character, `\` escaping the next; `-` and `]` must be escaped.
  const classChar = (): number => {
    const c = cps[i];
    if (c === undefined || c === 0x2d || c === 0x5d) bad();
    i++;
    if (c === 0x5c) {
      if (i >= cps.length) bad();
      return cps[i++] as number;
    }
    return c as number;
  };
  while (i < cps.length) {
    const c = cps[i++] as number;
    switch (c) {
      case 0x5c:
        if (i >= cps.length) bad();
        out += lit(cps[i++] as number);
        break;
      case 0x2a:
        out += '[^/]*';
        break;
      case 0x3f:
        out += '[^/]';
        break;
      case 0x5b: {
        let negate = false;
        if (cps[i] === 0x5e /* ^ */) {
          negate = true;
          i++;
        }
        let cls = '';
        let ranges = 0;
        for (;;) {
          if (i >= cps.length) bad();
          if (cps[i] === 0x5d && ranges > 0) {
            i++;
            break;
          }
          const lo = classChar();
          let hi = lo;
          if (cps[i] === 0x2d) {
            i++;
            hi = classChar();
          }
          // Go accepts lo > hi and simply never matches that range.
          if (lo <= hi) cls += lo === hi ? lit(lo) : `${lit(lo)}-${lit(hi)}`;
          ranges++;
        }
        if (cls === '') out += negate ? '(?:.)' : '[^\\x{0}-\\x{10ffff}]';
        else out += negate ? `[^${cls}]` : `[${cls}]`;
        break;
      }
      default:
        out += lit(c);
    }
  }
  return build(pattern, out);
}
