/**
 * `node:fs` for the browser bundle. The one read the library makes is the user-agent database
 * (`uap-core/regexes.yaml`, loaded lazily by `UserAgent`); the build embeds that file's text.
 */
import regexes from 'uap-core/regexes.yaml';

/** Returns the embedded user-agent database; any other file does not exist in the page. */
export function readFileSync(path: string): string {
  if (path.endsWith('regexes.yaml')) return regexes;
  throw new Error(`${path}: no file system in the browser`);
}

export default { readFileSync };
