/** Captures what a CLI command writes to stdout and stderr while it runs in-process. */
import { vi } from 'vitest';

export interface Captured<T> {
  readonly out: string;
  readonly err: string;
  readonly value?: T;
  readonly error?: Error;
}

export async function capture<T>(run: () => Promise<T>): Promise<Captured<T>> {
  const out: string[] = [];
  const err: string[] = [];
  const writer = (sink: string[]) => (chunk: unknown, ...rest: unknown[]) => {
    sink.push(String(chunk));
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  };
  const o = vi.spyOn(process.stdout, 'write').mockImplementation(writer(out) as never);
  const e = vi.spyOn(process.stderr, 'write').mockImplementation(writer(err) as never);
  try {
    const value = await run();
    return { out: out.join(''), err: err.join(''), value };
  } catch (error) {
    return { out: out.join(''), err: err.join(''), error: error as Error };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
