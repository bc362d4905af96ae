/** `ottl serve`'s address and forward-target flags. */
import { describe, expect, it } from 'vitest';
import { checkForward, parseListen } from '../../src/cli/commands/serve.js';

describe('parseListen', () => {
  it('host:port, [v6]:port, :port and a bare port (loopback)', () => {
    expect(parseListen('0.0.0.0:4317')).toEqual({ host: '0.0.0.0', port: 4317 });
    expect(parseListen('[::1]:4317')).toEqual({ host: '::1', port: 4317 });
    expect(parseListen(':4317')).toEqual({ host: '127.0.0.1', port: 4317 });
    expect(parseListen('4317', '--listen-grpc')).toEqual({ host: '127.0.0.1', port: 4317 });
  });

  it('names the flag in its error', () => {
    expect(() => parseListen('localhost', '--listen-grpc')).toThrow(/--listen-grpc must be host:port/);
    expect(() => parseListen('70000', '--listen-grpc')).toThrow(/--listen-grpc: port 70000 is out of range/);
  });
});

describe('checkForward', () => {
  it('accepts http(s) URLs and grpc(s)://host:port', () => {
    for (const url of ['http://h:4318', 'https://h/otlp', 'grpc://127.0.0.1:4317', 'grpcs://collector:4317', 'grpc://[::1]:4317/']) {
      expect(() => checkForward(url, undefined)).not.toThrow();
    }
  });

  it('refuses a gRPC target with a path or without a port, and --forward-format with gRPC', () => {
    expect(() => checkForward('grpc://h:4317/v1/logs', undefined)).toThrow(/grpc:\/\/host:port/);
    expect(() => checkForward('grpc://h', undefined)).toThrow(/grpc:\/\/host:port/);
    expect(() => checkForward('ftp://h:1', undefined)).toThrow(/http\(s\) URL or grpc/);
    expect(() => checkForward('grpc://h:4317', 'json')).toThrow(/OTLP\/HTTP target only/);
  });
});
