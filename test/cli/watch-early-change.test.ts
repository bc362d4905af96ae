/**
 * A config saved after `--watch` first read it but before the file watch was in place must still
 * be picked up (issue #14, item 4). The compiler given to the loop saves the new config while it
 * compiles the first one, which is exactly that window, so the race is reproduced every time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeDocument, transformCompiler, type LoadedConfig, type TransformProcessor } from '../../src/api/index.js';
import { runWatching } from '../../src/cli/watch.js';
import { capture } from './capture.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const rules = (value: string) => `log_statements:\n  - set(log.attributes["v"], "${value}")\n`;

describe('--watch and a save during start-up', () => {
  it('a config written between the first read and the watch is reloaded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ottl-watch-early-'));
    dirs.push(dir);
    const config = join(dir, 'c.yaml');
    const input = join(dir, 'in.ndjson');
    writeFileSync(config, rules('first'));
    writeFileSync(input, '');
    const compile = transformCompiler({});
    let calls = 0;
    const compiler = (loaded: LoadedConfig): TransformProcessor => {
      // The first compile runs after the first read and before the watch starts: save meanwhile.
      if (calls++ === 0) writeFileSync(config, rules('second'));
      return compile(loaded);
    };
    const r = await capture(() =>
      runWatching<TransformProcessor>({
        config,
        input,
        output: join(dir, 'out.ndjson'),
        compiler,
        handle: (ruleSet, doc) => {
          ruleSet.process(doc);
          return encodeDocument(doc);
        },
        debounceMs: 10,
      }),
    );
    expect(r.error).toBeUndefined();
    expect(calls).toBe(2);
    expect(r.err).toContain(`${config}: reloaded v2`);
  });
});
