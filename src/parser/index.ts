/** The OTTL front end: parse entry points, printers and the AST types. */
export { parseStatement, parseCondition, parseValueExpression, parseStatements, parseConditions } from './parse.js';
export type { ParseResult, ParseOptions } from './parse.js';
export { printStatement, printBool, printValue, quoteString, formatFloat } from './print.js';
export { sexpr, sexprStatement } from './sexpr.js';
