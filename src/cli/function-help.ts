/**
 * `ottl functions NAME`: one function's signature, where it can be called, its description and
 * parameters, the `$$` note where it takes a replacement string, and its example with the result
 * the library gives (generated from the declaration, like docs/functions.md).
 */
import { availability, functionCatalog, replacementNote, type FunctionListing } from '../api/index.js';
import { CliError } from './main.js';
import { runFunctionExample } from './function-example.js';
import { PLAIN, type Paint } from './render.js';

/** Finds a function by name (exact, then case-insensitive); suggests near names otherwise. */
export function findFunction(name: string): FunctionListing[] {
  const list = functionCatalog();
  const exact = list.filter((f) => f.name === name);
  if (exact.length > 0) return exact;
  const folded = list.filter((f) => f.name.toLowerCase() === name.toLowerCase());
  if (folded.length > 0) return folded;
  const near = list.filter((f) => f.name.toLowerCase().includes(name.toLowerCase())).map((f) => f.name);
  throw new CliError(`ottl: no function "${name}"${near.length > 0 ? ` (did you mean ${near.slice(0, 5).join(', ')}?)` : ''}; \`ottl functions\` lists them all`, 2);
}

/** The help text of one function. */
export function functionHelp(f: FunctionListing, paint: Paint = PLAIN): string {
  const lines = [paint.bold(f.signature), '', `${f.kind === 'editor' ? 'Editor' : 'Converter'}: ${f.description}`, `Available in ${availability(f)}.`];
  if (f.tier === 'deprecated') lines.push(paint.yellow('Deprecated in the reference.'));
  else if (f.tier === 'experimental') lines.push(paint.yellow(`Experimental${f.featureGate ? ` (feature gate ${f.featureGate})` : ''}.`));
  if (f.params.length > 0) {
    lines.push('', 'Parameters:');
    for (const p of f.params) lines.push(`  ${p.name} (${p.optional ? `optional ${p.type}` : p.type})${p.doc ? `: ${p.doc}` : ''}`);
  }
  const note = replacementNote(f);
  if (note) lines.push('', `Note: ${note}`);
  if (f.example) {
    lines.push('', 'Example (log context):', `  ${f.example.statement}`);
    const record = [f.example.body !== undefined ? `log.body = ${JSON.stringify(f.example.body)}` : '', ...Object.entries(f.example.attributes ?? {}).map(([k, v]) => `log.attributes[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)].filter(Boolean);
    if (record.length > 0) lines.push('on a record with', ...record.map((r) => `  ${r}`));
    lines.push('changes', ...runFunctionExample(f.example).split('\n').map((l) => `  ${l}`));
  }
  return lines.join('\n') + '\n';
}

/** Prints the help of every function of that name (a name can exist in several hosts), or JSON. */
export async function printFunctionHelp(name: string, json: boolean): Promise<void> {
  const found = findFunction(name);
  const { paintFor } = await import('./render.js');
  const text = json ? JSON.stringify(found, null, 2) + '\n' : found.map((f) => functionHelp(f, paintFor(process.stdout))).join('\n');
  process.stdout.write(text);
}
