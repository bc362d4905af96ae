/**
 * The collector's config expansion (`confmap`), applied to every string value of a config before
 * OTTL sees it, so that a statement means here what it means in the collector:
 *
 * - `${env:NAME}` and `${NAME}` (the collector's default scheme is `env`) become the variable's value;
 *   `${env:NAME:-default}` gives `default` when the variable is unset. An unset variable without a
 *   default becomes the empty string with a warning, as the collector does; an invalid name is an
 *   error.
 * - Expansion repeats until nothing changes (a value may hold another reference), at most 1000
 *   times; the first reference is the one whose `}` comes first, and every occurrence of its exact
 *   text is replaced.
 * - A reference preceded by an odd number of `$` is escaped and is not expanded; and, as in the
 *   collector, the search stops there (references after it in the same string stay as written).
 * - Then every `$$` becomes `$` (the ottlfuncs README's `$$1` for a capture group is `$1` to OTTL).
 * - Other schemes (`file:`, `http:`, `yaml:`…) are not available to `ottl`: an error says so.
 * - Keys are not expanded, only values.
 */

/** A problem with a reference; the caller adds the position. */
export class ExpansionError extends Error {
  override readonly name = 'ExpansionError';
}

/** Where environment values come from, and where warnings go. */
export interface ExpandOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly warn?: (message: string) => void;
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]+):([\s\S]*)$/;
const ENV_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const MAX_ROUNDS = 1000;
/** Expansion may not grow a value without bound (a variable referring to itself twice). */
const MAX_EXPANDED_CHARS = 1 << 20;

/** The first expandable reference in `input`, or '' (the collector's `findURI`, default scheme env). */
function findReference(input: string): string {
  for (let rest = input; ; ) {
    const close = rest.indexOf('}');
    if (close < 0) return '';
    const open = rest.lastIndexOf('${', close);
    if (open < 0) {
      rest = rest.slice(close + 1);
      continue;
    }
    let dollars = 0;
    for (let i = open - 1; i >= 0 && rest[i] === '$'; i--) dollars++;
    if (dollars % 2 === 1) return '';
    return rest.slice(open, close + 1);
  }
}

function resolveReference(reference: string, options: ExpandOptions): string {
  let uri = reference.slice(2, -1);
  if (!uri.includes(':')) uri = `env:${uri}`;
  const m = SCHEME.exec(uri);
  if (m === null) throw new ExpansionError(`invalid uri: "${uri}"`);
  const [, scheme, opaque] = m;
  if (opaque.includes('$')) throw new ExpansionError(`the uri "${uri}" contains unsupported characters ('$')`);
  if (scheme !== 'env') {
    throw new ExpansionError(`scheme "${scheme}" is not supported for uri "${uri}": ottl expands only \${env:NAME} and \${NAME}`);
  }
  const cut = opaque.indexOf(':-');
  const name = cut < 0 ? opaque : opaque.slice(0, cut);
  if (!ENV_NAME.test(name)) {
    throw new ExpansionError(`environment variable "${name}" has invalid name: must match regex ^[a-zA-Z_][a-zA-Z0-9_]*$`);
  }
  const value = (options.env ?? process.env)[name];
  if (value !== undefined) return value;
  if (cut >= 0) return opaque.slice(cut + 2);
  options.warn?.(`configuration references unset environment variable "${name}"; it expands to ""`);
  return '';
}

/**
 * Expands one config string as the collector does (see the module comment).
 * @throws ExpansionError for an invalid reference, an unsupported scheme, or runaway expansion.
 */
export function expandConfigString(value: string, options: ExpandOptions = {}): string {
  let current = value;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (!current.includes('${') || !current.includes('}')) return current.replaceAll('$$', '$');
    const reference = findReference(current);
    if (reference === '') return current.replaceAll('$$', '$');
    current = current.split(reference).join(resolveReference(reference, options));
    if (current.length > MAX_EXPANDED_CHARS) throw new ExpansionError(`expansion grows beyond ${MAX_EXPANDED_CHARS} characters`);
  }
  throw new ExpansionError('too many recursive expansions');
}
