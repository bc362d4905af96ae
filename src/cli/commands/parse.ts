/**
 * `ottl parse [--condition] TEXT`: prints the AST as JSON (int64 as strings, bytes as hex) and
 * exits 0; on invalid input prints the positioned caret errors on stderr and exits 1.
 */
import type { Command } from 'commander';
import { formatDiagnostics, parseCondition, parseStatement } from '../../api/index.js';

/** JSON replacer for AST values that JSON cannot hold. */
export function astJsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return Array.from(value, (b) => b.toString(16).padStart(2, '0')).join('');
  return value;
}

/** Registers the `parse` command. */
export function register(program: Command): void {
  program
    .command('parse')
    .description('Parse one OTTL statement (or, with --condition, a condition) and print its syntax tree as JSON')
    .option('-c, --condition', 'parse a bare condition instead of a statement')
    .argument('<text>', 'the statement or condition text')
    .action((text: string, opts: { condition?: boolean }) => {
      const result = opts.condition
        ? parseCondition(text, { name: '<condition>' })
        : parseStatement(text, { name: '<statement>' });
      if (result.ok) {
        process.stdout.write(JSON.stringify(result.ast, astJsonReplacer, 2) + '\n');
      } else {
        process.stderr.write(formatDiagnostics(result.errors) + '\n');
        process.exitCode = 1;
      }
    });
}
