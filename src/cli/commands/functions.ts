/**
 * `ottl functions [--json|--markdown]`: every built-in with its signature, from the declarations;
 * `ottl functions NAME`: one function in full (see `../function-help.ts`).
 */
import type { Command } from 'commander';
import { functionCatalog, functionsMarkdown } from '../../api/index.js';

export function register(program: Command): void {
  program
    .command('functions')
    .description('list every editor and converter with its signature and a one-line description')
    .argument('[name]', 'show one function: signature, contexts, parameters, example')
    .option('--json', 'print the list as JSON')
    .option('--markdown', 'print the reference page (docs/functions.md)')
    .option('--functions <module>', 'an ES module exporting your own function definitions (defineFunction) to list with the built-ins')
    .action(async (name: string | undefined, opts: { json?: boolean; markdown?: boolean; functions?: string }) => {
      if (name !== undefined) {
        await (await import('../function-help.js')).printFunctionHelp(name, opts.json === true);
        return;
      }
      if (opts.markdown) {
        process.stdout.write(functionsMarkdown() + '\n');
        return;
      }
      const list = functionCatalog(await (await import('../custom-functions.js')).loadCustomFunctions(opts.functions));
      if (opts.json) {
        process.stdout.write(JSON.stringify(list, null, 2) + '\n');
        return;
      }
      const width = Math.min(60, Math.max(...list.map((f) => f.signature.length)));
      for (const f of list) {
        const sig = f.signature.length > width ? f.signature : f.signature.padEnd(width);
        const notes = [f.host !== 'standard' ? f.host : '', f.tier !== 'stable' ? f.tier : '', f.featureGate ?? ''];
        const shown = notes.filter(Boolean);
        const extra = shown.length > 0 ? ` [${shown.join(', ')}]` : '';
        process.stdout.write(`${sig}  ${f.description}${extra}\n`);
      }
    });
}
