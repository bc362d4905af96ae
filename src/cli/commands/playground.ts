/**
 * `ottl playground [--port 0] [--config C] [--input I] [--open]`: serves the playground page (built
 * by `npm run build:playground`) on 127.0.0.1 and prints its URL. The rules run in the page; the
 * server only hands out the static files and, when `--config` / `--input` are given, a
 * `preload.json` the page starts from.
 */
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CliError } from '../main.js';

/** Options of `ottl playground`. */
export interface PlaygroundOptions {
  port?: string | number;
  config?: string;
  input?: string;
  open?: boolean;
  /** The built page's folder; found next to the package's `dist/` when absent. */
  dir?: string;
}

/** A running playground server. */
export interface PlaygroundServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

/** Where the built page is: `dist/playground` of the package, from the built, bundled or source layout. */
export function playgroundDir(): string {
  for (const rel of ['../../../playground/', '../../../dist/playground/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    // app.js: the built page (the source folder has an index.html too).
    if (existsSync(join(dir, 'app.js'))) return dir;
  }
  throw new CliError('ottl playground: the page is not built; run `npm run build:playground`');
}

async function readNamed(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new CliError(`${file}: cannot read the ${what}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** Starts the server; resolves once it listens. */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<PlaygroundServer> {
  const dir = options.dir ?? playgroundDir();
  const port = Number(options.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`ottl playground: --port takes 0-65535, not "${options.port}"`, 2);
  // Only the files of the built page are served (no paths from the request reach the file system).
  const files = new Map<string, Buffer>();
  for (const name of await readdir(dir)) {
    if (TYPES[extname(name)] !== undefined) files.set(`/${name}`, await readFile(join(dir, name)));
  }
  files.set('/', files.get('/index.html') ?? Buffer.from(''));
  const preload: Record<string, string> = {};
  if (options.config !== undefined) preload.config = await readNamed(options.config, 'config');
  if (options.input !== undefined) preload.input = await readNamed(options.input, 'input');
  files.set('/preload.json', Buffer.from(JSON.stringify(preload)));

  // node:http loads only for this command.
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const body = req.method === 'GET' || req.method === 'HEAD' ? files.get(path) : undefined;
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    const type = path === '/' ? TYPES['.html'] : TYPES[extname(path)];
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => reject(new CliError(`ottl playground: cannot listen on 127.0.0.1:${port}: ${(e as NodeJS.ErrnoException).code ?? e.message}`)));
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : port}/`;
  return {
    url,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Opens `url` in the desktop's browser (only with `--open`). */
async function openBrowser(url: string): Promise<void> {
  const { spawn } = await import('node:child_process');
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`ottl playground: could not open a browser; open ${url}\n`));
  child.unref();
}

/** Registers the `playground` command. */
export function register(program: Command): void {
  program
    .command('playground')
    .description('serve the OTTL playground (runs in the browser) on 127.0.0.1 and print its URL')
    .option('--port <port>', 'port to listen on (0: any free port)', '0')
    .option('--config <file>', 'a transform, filter or collector config to start from')
    .option('--input <file>', 'an OTLP/JSON sample to start from')
    .option('--open', 'open the page in the default browser')
    .action(async (opts: PlaygroundOptions) => {
      const { url } = await startPlayground(opts);
      process.stdout.write(`ottl playground: ${url}\n`);
      if (opts.open === true) await openBrowser(url);
    });
}
