/** `ottl --version` answers before the commands (and the library behind them) are loaded. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { capture } from './capture.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('ottl --version', () => {
  it.each(['--version', '-V'])('%s prints the package version', async (flag) => {
    const r = await capture(() => main(['node', 'ottl', flag]));
    expect(r.error).toBeUndefined();
    expect(r.out).toBe(`${version}\n`);
  });

});
