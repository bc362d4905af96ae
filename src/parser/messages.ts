/**
 * Chevrotain error wording, made friendlier: `expected ')' but found ','`, `unexpected end of input`.
 */
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';

/** How a token is quoted in a message. */
export function describeToken(tok: IToken): string {
  if (tok.tokenType === EOF) return 'end of input';
  return `'${tok.image}'`;
}

const RULE_NAMES: Record<string, string> = {
  statementEntry: 'statement',
  conditionEntry: 'condition',
  valueEntry: 'value',
  boolValue: 'boolean expression',
  value: 'value',
  mathValue: 'value',
  argument: 'argument',
  call: 'function call',
  key: 'index',
  lambdaParam: 'lambda parameter',
  mapItem: 'map entry',
};

const article = (what: string): string => (/^[aeiou]/.test(what) ? `an ${what}` : `a ${what}`);

const label = (t: TokenType): string => (t === EOF ? 'end of input' : (t.LABEL ?? t.name));

/** The message provider given to the parser. */
export const parserErrorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    return `expected ${label(expected)} but found ${describeToken(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected ${describeToken(firstRedundant)}`;
  },
  buildNoViableAltMessage({ actual, ruleName }) {
    const what = RULE_NAMES[ruleName] ?? ruleName;
    return `unexpected ${describeToken(actual[0])}: expected ${article(what)}`;
  },
  buildEarlyExitMessage({ actual, ruleName }) {
    const what = RULE_NAMES[ruleName] ?? ruleName;
    return `unexpected ${describeToken(actual[0])}: expected ${article(what)}`;
  },
};
