/**
 * The folder layering of `src/` (ARCHITECTURE.md) is enforced by the lint, not only described: an
 * import against the direction, a CLI import of anything but the public API, and a cycle between
 * folders each fail `npm run lint`. Each case lints a file placed in a temporary copy's position.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('layering lint', () => {
  it.each([
    ['core must not import the engine', 'src/core/probe.ts', "import { Environment } from '../engine/environment.js';\nexport const x = Environment;\n"],
    ['core must not import the parser', 'src/core/values/probe.ts', "import { parseStatement } from '../../parser/parse.js';\nexport const x = parseStatement;\n"],
    ['the front end knows no data', 'src/parser/probe.ts', "import { newLogRecord } from '../core/model.js';\nimport { CONTEXTS } from '../contexts/index.js';\nexport const x = [newLogRecord, CONTEXTS];\n"],
    ['functions must not import the compiler', 'src/functions/probe.ts', "import { Compiler } from '../compiler/compiler.js';\nexport const x = Compiler;\n"],
    ['the CLI uses only the public API', 'src/cli/probe.ts', "import { TransformProcessor } from '../engine/transform/processor.js';\nexport const x = TransformProcessor;\n"],
    ['engine must not import reload (a cycle with reload → engine)', 'src/engine/probe.ts', "import { ReloadableProcessor } from '../reload/index.js';\nexport const x = ReloadableProcessor;\n"],
  ])('fails the lint: %s', async (_name, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['the engine may use the compiler', 'src/engine/probe.ts', "import { Compiler } from '../compiler/compiler.js';\nexport const x = Compiler;\n"],
    ['the CLI may use the public API', 'src/cli/probe.ts', "import { TransformProcessor } from '../index.js';\nexport const x = TransformProcessor;\n"],
    ['core may use core', 'src/core/probe.ts', "import { OttlTime } from './values/types.js';\nexport const x = OttlTime;\n"],
  ])('passes the lint: %s', async (_name, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
