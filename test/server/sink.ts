/** A test OTLP/HTTP sink on loopback: records requests; can answer 503 or hold requests. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  path: string;
  contentType: string;
  body: Buffer;
}

export class Sink {
  readonly received: Received[] = [];
  /** Status to answer (200 normally). */
  status = 200;
  /** When set, each request waits for this promise before being answered. */
  hold: Promise<void> | null = null;
  /** Resolves when the next request has arrived (before it is answered). */
  private arrivals: (() => void)[] = [];
  private readonly server: Server;
  port = 0;

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        for (const a of this.arrivals.splice(0)) a();
        const finish = (): void => {
          if (this.status === 200) this.received.push({ path: req.url ?? '', contentType: req.headers['content-type'] ?? '', body: Buffer.concat(chunks) });
          res.writeHead(this.status, this.status === 503 ? { 'retry-after': '1' } : {});
          res.end();
        };
        if (this.hold !== null) void this.hold.then(finish);
        else finish();
      });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', () => r()));
    this.port = (this.server.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}`;
  }

  /** Resolves when a request next arrives. */
  nextArrival(): Promise<void> {
    return new Promise((r) => this.arrivals.push(r));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
