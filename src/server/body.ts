/**
 * Reading an OTLP/HTTP request body: at most `limit` bytes (before and after gzip decompression),
 * `Content-Encoding: gzip` or identity.
 */
import type { IncomingMessage } from 'node:http';
import { createGunzip } from 'node:zlib';

/** Why a body could not be read, with the HTTP status to answer. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads the whole body.
 * @throws BodyError: 413 over the limit, 415 for an unsupported content encoding, 400 for a broken gzip stream.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase().trim();
  if (encoding !== 'gzip' && encoding !== 'identity' && encoding !== '') throw new BodyError(415, `unsupported Content-Encoding "${encoding}"; use gzip or none`);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyError(413, `body of ${declared} bytes is over the limit of ${limit} bytes`);
  const source = encoding === 'gzip' ? req.pipe(createGunzip()) : req;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new BodyError(413, `body is over the limit of ${limit} bytes${encoding === 'gzip' ? ' (decompressed)' : ''}`);
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof BodyError) throw e;
    throw new BodyError(400, `cannot read the body: ${(e as Error).message}`);
  }
  return Buffer.concat(chunks);
}
