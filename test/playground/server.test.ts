import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground, type PlaygroundServer } from '../../src/cli/commands/playground.js';

describe('ottl playground server', () => {
  let dir: string;
  let server: PlaygroundServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ottl-pg-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>page</title>');
    await writeFile(join(dir, 'app.js'), 'console.log(1)');
    await writeFile(join(dir, 'secret.txt'), 'not served');
    await writeFile(join(dir, 'config.yaml'), 'log_statements:\n  - set(log.body, "x")\n');
    await writeFile(join(dir, 'input.json'), '{"resourceLogs":[]}');
    server = await startPlayground({ dir, port: 0, config: join(dir, 'config.yaml'), input: join(dir, 'input.json') });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 on a free port and serves the page', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(server.url);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<title>page</title>');
    expect((await fetch(new URL('app.js', server.url))).headers.get('content-type')).toContain('text/javascript');
  });

  it('preloads the given config and input', async () => {
    const preload = (await (await fetch(new URL('preload.json', server.url))).json()) as Record<string, string>;
    expect(preload.config).toContain('set(log.body, "x")');
    expect(preload.input).toBe('{"resourceLogs":[]}');
  });

  it('serves nothing but the page files', async () => {
    expect((await fetch(new URL('secret.txt', server.url))).status).toBe(404);
    expect((await fetch(new URL('../package.json', server.url))).status).toBe(404);
    expect((await fetch(new URL('app.js', server.url), { method: 'POST' })).status).toBe(404);
  });

  it('reports an unreadable config file by name', async () => {
    await expect(startPlayground({ dir, config: join(dir, 'missing.yaml') })).rejects.toThrow(/missing\.yaml: cannot read the config: ENOENT/);
  });
});
