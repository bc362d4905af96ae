/**
 * Every OTTL token, in the reference lexer's precedence (`pkg/ottl/grammar.go`, `buildLexer`):
 * bytes, float, int, string, the word operators, comparison, add/sub, mult/div, booleans, `=`,
 * brackets and punctuation, upper-case and lower-case identifiers, whitespace.
 *
 * The newest reference lexes numbers without a sign (a leading `+`/`-` is a unary operator of the
 * math grammar), accepts `1.` as a float, and has a `nil` token. `=>` (lambda arrow) and `_` (a
 * lambda's ignored parameter) are our tokens for the experimental lambda arguments.
 */
import { createToken, Lexer, type CustomPatternMatcherFunc, type TokenType } from 'chevrotain';

const WORD_CHAR = /[A-Za-z0-9_]/;

/**
 * A whole-word matcher, like the reference's `\b(word)\b`: the word must neither follow nor be
 * followed by a word character (so `android` and `not_x` stay identifiers, and so does the `not`
 * in `Xnot`).
 */
function wordMatcher(word: string): CustomPatternMatcherFunc {
  return (text, offset) => {
    if (!text.startsWith(word, offset)) return null;
    if (offset > 0 && WORD_CHAR.test(text[offset - 1])) return null;
    const after = offset + word.length;
    if (after < text.length && WORD_CHAR.test(text[after])) return null;
    return [word] as unknown as RegExpExecArray;
  };
}

/** Lower-case identifier: path segments, editor names, argument names. */
export const Lowercase = createToken({ name: 'Lowercase', pattern: /[a-z][a-z0-9_]*/, label: 'lower-case name' });
/** Upper-case identifier run: converter names (re-joined by the grammar) and enum symbols. */
export const Uppercase = createToken({ name: 'Uppercase', pattern: /[A-Z][A-Z0-9_]*/, label: 'upper-case name' });

function keyword(name: string, word: string, categories: TokenType[] = []): TokenType {
  return createToken({
    name,
    pattern: wordMatcher(word),
    line_breaks: false,
    start_chars_hint: [word[0]],
    longer_alt: Lowercase,
    categories,
    label: `'${word}'`,
  });
}

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /\s+/, group: Lexer.SKIPPED });

/** `0x` then hex digits; an odd digit count is reported when the literal is decoded. */
export const Bytes = createToken({ name: 'Bytes', pattern: /0x[a-fA-F0-9]+/, label: 'bytes literal' });
/** A dot is required (`1.`, `.5`, `1.5e3`); `1e5` is an int followed by a name. */
export const Float = createToken({
  name: 'Float',
  pattern: /(?:\d+\.\d*|\d*\.\d+)(?:[eE][-+]?\d+)?/,
  label: 'float literal',
});
export const Int = createToken({ name: 'Int', pattern: /\d+/, label: 'int literal' });
/** A backslash escapes any character here; the escape itself is validated when unquoting. */
export const StringLit = createToken({ name: 'String', pattern: /"(?:\\.|[^\\"])*"/, label: 'string literal' });

export const Nil = keyword('Nil', 'nil');
export const Not = keyword('Not', 'not');
export const Or = keyword('Or', 'or');
export const And = keyword('And', 'and');

export const Arrow = createToken({ name: 'Arrow', pattern: /=>/, label: "'=>'" });

/** Category of the six comparison operators. */
export const Comparison = createToken({ name: 'Comparison', pattern: Lexer.NA, label: 'comparison operator' });
export const EqEq = createToken({ name: 'EqEq', pattern: /==/, categories: Comparison, label: "'=='" });
export const NotEq = createToken({ name: 'NotEq', pattern: /!=/, categories: Comparison, label: "'!='" });
export const GtEq = createToken({ name: 'GtEq', pattern: />=/, categories: Comparison, label: "'>='" });
export const LtEq = createToken({ name: 'LtEq', pattern: /<=/, categories: Comparison, label: "'<='" });
export const Gt = createToken({ name: 'Gt', pattern: />/, categories: Comparison, label: "'>'" });
export const Lt = createToken({ name: 'Lt', pattern: /</, categories: Comparison, label: "'<'" });

/** Category of `+` and `-`. */
export const AddSub = createToken({ name: 'AddSub', pattern: Lexer.NA, label: "'+' or '-'" });
export const Plus = createToken({ name: 'Plus', pattern: /\+/, categories: AddSub, label: "'+'" });
export const Minus = createToken({ name: 'Minus', pattern: /-/, categories: AddSub, label: "'-'" });
/** Category of `*` and `/`. */
export const MultDiv = createToken({ name: 'MultDiv', pattern: Lexer.NA, label: "'*' or '/'" });
export const Slash = createToken({ name: 'Slash', pattern: /\//, categories: MultDiv, label: "'/'" });
export const Star = createToken({ name: 'Star', pattern: /\*/, categories: MultDiv, label: "'*'" });

/** Category of `true` and `false`. */
export const Boolean = createToken({ name: 'Boolean', pattern: Lexer.NA, label: 'boolean' });
export const True = keyword('True', 'true', [Boolean]);
export const False = keyword('False', 'false', [Boolean]);

export const Equal = createToken({ name: 'Equal', pattern: /=/, label: "'='" });
export const LParen = createToken({ name: 'LParen', pattern: /\(/, label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: /\)/, label: "')'" });
export const LBrace = createToken({ name: 'LBrace', pattern: /\{/, label: "'{'" });
export const RBrace = createToken({ name: 'RBrace', pattern: /\}/, label: "'}'" });
export const Colon = createToken({ name: 'Colon', pattern: /:/, label: "':'" });
export const Comma = createToken({ name: 'Comma', pattern: /,/, label: "','" });
export const Dot = createToken({ name: 'Dot', pattern: /\./, label: "'.'" });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/, label: "'['" });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/, label: "']'" });

/**
 * `where` is not reserved in the reference (it is matched by value), so it is a lower-case name
 * too: `set(where, 1)` names a path segment `where`.
 */
export const Where = keyword('Where', 'where', [Lowercase]);
/** `_`: a lambda parameter that is ignored. */
export const Blank = createToken({ name: 'Blank', pattern: /_/, label: "'_'" });

/** All tokens in matching order (categories last; they match nothing by themselves). */
export const allTokens: TokenType[] = [
  WhiteSpace,
  Bytes,
  Float,
  Int,
  StringLit,
  Nil,
  Not,
  Or,
  And,
  Arrow,
  EqEq,
  NotEq,
  GtEq,
  LtEq,
  Gt,
  Lt,
  Plus,
  Minus,
  Slash,
  Star,
  True,
  False,
  Equal,
  LParen,
  RParen,
  LBrace,
  RBrace,
  Colon,
  Comma,
  Dot,
  LBracket,
  RBracket,
  Uppercase,
  Where,
  Lowercase,
  Blank,
  Comparison,
  AddSub,
  MultDiv,
  Boolean,
];

let shared: Lexer | undefined;

/**
 * The one lexer instance, built on first use (Chevrotain lexers are stateless between `tokenize`
 * calls). Its token validations are skipped here and run by the lexer test, like the grammar's.
 */
export function ottlLexer(options: { readonly validate?: boolean } = {}): Lexer {
  if (options.validate === true) return new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true });
  return (shared ??= new Lexer(allTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true, skipValidations: true }));
}
