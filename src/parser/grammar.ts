/**
 * The OTTL grammar as a Chevrotain `CstParser` (one reused instance; rules are class fields).
 * It follows the reference grammar (`pkg/ottl/grammar.go`):
 *
 *     statement   := call [ 'where' boolExpr ]            (a converter here is a post-parse error)
 *     boolExpr    := andTerm { 'or' andTerm }          (its first andTerm written out in place)
 *     andTerm     := boolValue { 'and' boolValue }
 *     boolValue   := [ 'not' ] ( comparison | true | false | converter | '(' boolExpr ')' )
 *     comparison  := value op value                       (exactly one operator)
 *     value       := nil | bytes | string | bool | enum | map | list | mathExpr
 *                    (written out in place: see `valueAlts`)
 *     mathExpr    := term { ('+'|'-') term };  term := mathValue { ('*'|'/') mathValue }
 *     mathValue   := [ '+'|'-' ] ( call | float | int | path | '(' mathExpr ')' )
 *     call        := name '(' [ arg { ',' arg } ] ')' { key }
 *     arg         := [ lowerName '=' ] ( lambda | value | upperName )
 *     path        := lower { key } { '.' field };  field := lower { key }
 *     key         := '[' ( string | mathExpr ) ']'
 *     list        := '[' { value } { ',' value } ']'     (the reference's quirk: `[1 2, 3]`)
 *     map         := '{' { string ':' value [','] } '}'
 *
 * Alternatives that share a first token are chosen by small token-scanning gates, which stand in
 * for the reference's backtracking (participle lookahead).
 */
import { CstParser, EOF, tokenMatcher, type IOrAlt, type IToken, type OrMethodOpts, type TokenType } from 'chevrotain';
import * as T from '../lexer/tokens.js';
import { parserErrorMessages } from './messages.js';

const OPENERS = [T.LParen, T.LBracket, T.LBrace];
const CLOSERS = [T.RParen, T.RBracket, T.RBrace];
/** Tokens that end a boolean value before any comparison operator could come. */
const COMPARISON_STOPS = [T.And, T.Or, T.Comma, T.Arrow, T.Equal, T.Not];
/** Whether `tok` is one of `types` (a loop: the gates run it for every token they scan). */
function isAny(tok: IToken, types: readonly TokenType[]): boolean {
  for (const t of types) if (tokenMatcher(tok, t)) return true;
  return false;
}
const isName = (tok: IToken): boolean => tokenMatcher(tok, T.Uppercase) || tokenMatcher(tok, T.Lowercase);

/**
 * The OTTL parser. Use the shared instance from `parser.ts`; never construct per call. Alternatives
 * of the rules every rule text runs through are built once, as fields (Chevrotain's performance
 * guide): an inline `OR([...])` allocates its array and closures on every call.
 */
export class OttlParser extends CstParser {
  /**
   * @param options.validate runs Chevrotain's grammar validations (ambiguities, left recursion):
   *   the grammar test does; the shared instance skips them, as they cost start-up time and the
   *   grammar does not change at run time.
   */
  constructor(options: { readonly validate?: boolean } = {}) {
    super(T.allTokens, {
      // The AST builder reads token offsets only: CST nodes need no location of their own.
      nodeLocationTracking: 'none',
      recoveryEnabled: false,
      // One token decides every alternative the gates do not (the grammar test validates that):
      // building the lookahead for more costs most of the parser's construction.
      maxLookahead: 1,
      errorMessageProvider: parserErrorMessages,
      skipValidations: options.validate !== true,
    });
    this.performSelfAnalysis();
  }

  // ------------------------------------------------------------ lookahead helpers

  /** Index (1-based LA) just past the run of name tokens starting at LA(k). */
  private nameRunEnd(k: number): number {
    while (isName(this.LA(k))) k++;
    return k;
  }

  /** A call starts here: a name run directly followed by `(`. */
  private callAhead(): boolean {
    return isName(this.LA(1)) && tokenMatcher(this.LA(this.nameRunEnd(1)), T.LParen);
  }

  /** A lower-case name run followed by `=` (a named argument). */
  private namedArgAhead(): boolean {
    return tokenMatcher(this.LA(1), T.Lowercase) && tokenMatcher(this.LA(this.nameRunEnd(1)), T.Equal);
  }

  /** An enum symbol: one upper-case token not followed by a lower-case one, and not a call. */
  private enumAhead(): boolean {
    return (
      tokenMatcher(this.LA(1), T.Uppercase) && !tokenMatcher(this.LA(2), T.Lowercase) && !this.callAhead()
    );
  }

  /** A bare function name (function-typed argument): an upper-case-led name run not called. */
  private functionNameAhead(): boolean {
    return tokenMatcher(this.LA(1), T.Uppercase) && !this.callAhead();
  }

  /** `( [param {, param}] ) =>` */
  private lambdaAhead(): boolean {
    if (!tokenMatcher(this.LA(1), T.LParen)) return false;
    let k = 2;
    if (!tokenMatcher(this.LA(k), T.RParen)) {
      for (;;) {
        if (!tokenMatcher(this.LA(k), T.Lowercase) && !tokenMatcher(this.LA(k), T.Blank)) return false;
        k++;
        if (tokenMatcher(this.LA(k), T.Comma)) k++;
        else break;
      }
      if (!tokenMatcher(this.LA(k), T.RParen)) return false;
    }
    return tokenMatcher(this.LA(k + 1), T.Arrow);
  }

  /** A comparison operator occurs at nesting depth 0 before the boolean value ends. */
  private comparisonAhead(): boolean {
    let depth = 0;
    for (let k = 1; ; k++) {
      const tok = this.LA(k);
      if (tokenMatcher(tok, EOF)) return false;
      if (isAny(tok, OPENERS)) depth++;
      else if (isAny(tok, CLOSERS)) {
        if (depth === 0) return false;
        depth--;
      } else if (depth === 0) {
        if (tokenMatcher(tok, T.Comparison)) return true;
        if (isAny(tok, COMPARISON_STOPS)) return false;
      }
    }
  }

  // ------------------------------------------------------------ entry rules

  /** `editor(args) [where cond]` then end of input. */
  public statementEntry = this.RULE('statementEntry', () => {
    this.SUBRULE(this.call);
    this.OPTION(() => {
      this.CONSUME(T.Where);
      this.SUBRULE(this.boolExpr);
    });
    this.CONSUME(EOF);
  });

  /** A bare boolean expression then end of input. */
  public conditionEntry = this.RULE('conditionEntry', () => {
    this.SUBRULE(this.boolExpr);
    this.CONSUME(EOF);
  });

  /** A single value then end of input. */
  public valueEntry = this.RULE('valueEntry', () => {
    this.SUBRULE(this.value);
    this.CONSUME(EOF);
  });

  // ------------------------------------------------------------ conditions

  /** The first `andTerm` is written out in place: one CST node fewer for every condition. */
  public boolExpr = this.RULE('boolExpr', () => {
    this.SUBRULE(this.boolValue);
    this.MANY(() => {
      this.CONSUME(T.And);
      this.SUBRULE2(this.boolValue);
    });
    this.MANY2(() => {
      this.CONSUME(T.Or);
      this.SUBRULE(this.andTerm);
    });
  });

  public andTerm = this.RULE('andTerm', () => {
    this.SUBRULE(this.boolValue);
    this.MANY(() => {
      this.CONSUME(T.And);
      this.SUBRULE2(this.boolValue);
    });
  });

  public boolValue = this.RULE('boolValue', () => {
    this.OPTION(() => this.CONSUME(T.Not));
    this.OR(this.boolValueAlts);
  });

  private readonly boolValueAlts: OrMethodOpts<unknown> = {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { GATE: () => this.comparisonAhead(), ALT: () => this.SUBRULE(this.comparison) },
      { ALT: () => this.CONSUME(T.Boolean) },
      { GATE: () => tokenMatcher(this.LA(1), T.Uppercase), ALT: () => this.SUBRULE(this.call) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.boolExpr);
          this.CONSUME(T.RParen);
        },
      },
    ],
  };

  public comparison = this.RULE('comparison', () => {
    this.SUBRULE(this.value);
    this.CONSUME(T.Comparison);
    this.SUBRULE2(this.value);
  });

  // ------------------------------------------------------------ values

  public value = this.RULE('value', () => {
    this.OR(this.valueAlts);
  });

  private readonly valueAlts: OrMethodOpts<unknown> = {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { ALT: () => this.CONSUME(T.Nil) },
      { ALT: () => this.CONSUME(T.Bytes) },
      { ALT: () => this.CONSUME(T.StringLit) },
      { ALT: () => this.CONSUME(T.Boolean) },
      { GATE: () => this.enumAhead(), ALT: () => this.CONSUME(T.Uppercase) },
      { ALT: () => this.SUBRULE(this.map) },
      { ALT: () => this.SUBRULE(this.list) },
      {
        // `mathExpr` with its first `mathTerm` written out: most values are a lone path, call or
        // number, and each rule level costs a CST node (an object, its children and their arrays).
        ALT: () => {
          this.SUBRULE(this.mathValue);
          this.MANY(() => {
            this.CONSUME(T.MultDiv);
            this.SUBRULE2(this.mathValue);
          });
          this.MANY2(() => {
            this.CONSUME(T.AddSub);
            this.SUBRULE(this.mathTerm);
          });
        },
      },
    ],
  };

  public mathExpr = this.RULE('mathExpr', () => {
    this.SUBRULE(this.mathTerm);
    this.MANY(() => {
      this.CONSUME(T.AddSub);
      this.SUBRULE2(this.mathTerm);
    });
  });

  public mathTerm = this.RULE('mathTerm', () => {
    this.SUBRULE(this.mathValue);
    this.MANY(() => {
      this.CONSUME(T.MultDiv);
      this.SUBRULE2(this.mathValue);
    });
  });

  public mathValue = this.RULE('mathValue', () => {
    this.OPTION(() => this.CONSUME(T.AddSub));
    this.OR(this.mathValueAlts);
  });

  private readonly mathValueAlts: OrMethodOpts<unknown> = {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { GATE: () => this.callAhead(), ALT: () => this.SUBRULE(this.call) },
      { ALT: () => this.CONSUME(T.Float) },
      { ALT: () => this.CONSUME(T.Int) },
      { ALT: () => this.SUBRULE(this.path) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.mathExpr);
          this.CONSUME(T.RParen);
        },
      },
    ],
  };

  /** Editor or converter call (which one is decided after parsing, for friendly errors). */
  public call = this.RULE('call', () => {
    this.AT_LEAST_ONE(() => this.OR(this.callNameAlts));
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.argument);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.argument);
      });
    });
    this.CONSUME(T.RParen);
    this.MANY2(() => this.SUBRULE(this.key));
  });

  private readonly callNameAlts: IOrAlt<unknown>[] = [{ ALT: () => this.CONSUME(T.Uppercase) }, { ALT: () => this.CONSUME(T.Lowercase) }];

  public argument = this.RULE('argument', () => {
    this.OPTION({
      GATE: () => this.namedArgAhead(),
      DEF: () => {
        this.SUBRULE(this.argName);
        this.CONSUME(T.Equal);
      },
    });
    this.OR(this.argumentAlts);
  });

  private readonly argumentAlts: OrMethodOpts<unknown> = {
    IGNORE_AMBIGUITIES: true,
    DEF: [
      { GATE: () => this.lambdaAhead(), ALT: () => this.SUBRULE(this.lambda) },
      { GATE: () => !this.functionNameAhead() || this.enumAhead(), ALT: () => this.SUBRULE(this.value) },
      { ALT: () => this.SUBRULE(this.functionName) },
    ],
  };

  public argName = this.RULE('argName', () => {
    this.CONSUME(T.Lowercase);
    this.MANY(() => this.OR([{ ALT: () => this.CONSUME(T.Uppercase) }, { ALT: () => this.CONSUME2(T.Lowercase) }]));
  });

  public functionName = this.RULE('functionName', () => {
    this.CONSUME(T.Uppercase);
    this.MANY(() => this.OR([{ ALT: () => this.CONSUME2(T.Uppercase) }, { ALT: () => this.CONSUME(T.Lowercase) }]));
  });

  public lambda = this.RULE('lambda', () => {
    this.CONSUME(T.LParen);
    this.OPTION(() => {
      this.SUBRULE(this.lambdaParam);
      this.MANY(() => {
        this.CONSUME(T.Comma);
        this.SUBRULE2(this.lambdaParam);
      });
    });
    this.CONSUME(T.RParen);
    this.CONSUME(T.Arrow);
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { GATE: this.BACKTRACK(this.lambdaBoolBody), ALT: () => this.SUBRULE(this.boolExpr) },
        { ALT: () => this.SUBRULE(this.value) },
      ],
    });
  });

  /** Trial rule: a boolean body that ends where the argument ends. */
  public lambdaBoolBody = this.RULE('lambdaBoolBody', () => {
    this.SUBRULE(this.boolExpr);
    this.OR([{ ALT: () => this.CONSUME(T.Comma) }, { ALT: () => this.CONSUME(T.RParen) }]);
  });

  public lambdaParam = this.RULE('lambdaParam', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Lowercase) }, { ALT: () => this.CONSUME(T.Blank) }]);
  });

  /** The first field is written out in place: one CST node fewer for every path. */
  public path = this.RULE('path', () => {
    this.CONSUME(T.Lowercase);
    this.MANY(() => this.SUBRULE(this.key));
    this.MANY2(() => {
      this.CONSUME(T.Dot);
      this.SUBRULE(this.field);
    });
  });

  public field = this.RULE('field', () => {
    this.CONSUME(T.Lowercase);
    this.MANY(() => this.SUBRULE(this.key));
  });

  public key = this.RULE('key', () => {
    this.CONSUME(T.LBracket);
    this.OR(this.keyAlts);
    this.CONSUME(T.RBracket);
  });

  private readonly keyAlts: IOrAlt<unknown>[] = [{ ALT: () => this.CONSUME(T.StringLit) }, { ALT: () => this.SUBRULE(this.mathExpr) }];

  public list = this.RULE('list', () => {
    this.CONSUME(T.LBracket);
    this.MANY(() => this.SUBRULE(this.value));
    this.MANY2(() => {
      this.CONSUME(T.Comma);
      this.SUBRULE2(this.value);
    });
    this.CONSUME(T.RBracket);
  });

  public map = this.RULE('map', () => {
    this.CONSUME(T.LBrace);
    this.MANY(() => this.SUBRULE(this.mapItem));
    this.CONSUME(T.RBrace);
  });

  public mapItem = this.RULE('mapItem', () => {
    this.CONSUME(T.StringLit);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.value);
    this.OPTION(() => this.CONSUME(T.Comma));
  });
}
