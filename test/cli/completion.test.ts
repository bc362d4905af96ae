/**
 * `ottl completion`: the bash script really completes commands, options and function names (run in
 * bash), and the zsh and fish scripts are valid for their shells where those are installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { register } from '../../src/cli/commands/index.js';
import { completionScript } from '../../src/cli/completion.js';

const program = new Command().name('ottl');
register(program);
const dir = mkdtempSync(path.join(tmpdir(), 'ottl-completion-'));
const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/** What bash offers for a command line whose last word is being completed. */
function bashComplete(words: string[]): string[] {
  const script = path.join(dir, 'ottl.bash');
  writeFileSync(script, completionScript('bash', program));
  const setWords = `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}`;
  const r = spawnSync('bash', ['-c', `source '${script}'; ${setWords}; _ottl; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8', cwd: dir });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('ottl completion', () => {
  it.skipIf(!has('bash'))('bash completes commands, options of the command, and function names', () => {
    expect(bashComplete(['ottl', 'fu'])).toEqual(['functions']);
    expect(bashComplete(['ottl', 't'])).toEqual(['test']);
    expect(bashComplete(['ottl', 'run', '--pr'])).toEqual(['--processor', '--pretty']);
    expect(bashComplete(['ottl', 'filter', '--ex'])).toEqual(['--expr', '--explain']);
    expect(bashComplete(['ottl', 'functions', 'replace_p'])).toEqual(['replace_pattern']);
    expect(bashComplete(['ottl', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  it.skipIf(!has('zsh'))('the zsh script parses', () => {
    const script = path.join(dir, '_ottl');
    writeFileSync(script, completionScript('zsh', program));
    expect(spawnSync('zsh', ['-n', script], { encoding: 'utf8' }).stderr).toBe('');
  });

  it.skipIf(!has('fish'))('fish completes commands and function names', () => {
    const script = path.join(dir, 'ottl.fish');
    writeFileSync(script, completionScript('fish', program));
    const r = spawnSync('fish', ['-c', `source '${script}'; complete -C 'ottl functions ParseJ'; complete -C 'ottl te'`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual(['ParseJSON', 'test']);
  });

  it('refuses an unknown shell', () => {
    expect(() => completionScript('tcsh', program)).toThrow('completion is available for bash, zsh, fish, not "tcsh"');
  });
});
