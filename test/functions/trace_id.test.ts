import { describe, expect, it } from 'vitest';

import { TraceID } from '../../src/functions/trace_id.js';
import { TraceID as Id } from '../../src/core/values/types.js';
import { newLogRecord } from '../../src/core/model.js';
import { compileStatements } from '../../src/engine/rules/standalone.js';
import { evalContext } from '../../src/testing/index.js';
import { run } from './conv-support.js';

const RAW = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);

describe('TraceID', () => {
  const cases: [string, unknown[], Id][] = [
    ['16 raw bytes', [RAW], new Id(RAW)],
    ['32 hex characters', ['0102030405060708090a0b0c0d0e0f10'], new Id(RAW)],
    ['upper-case hex', ['0102030405060708090A0B0C0D0E0F10'], new Id(RAW)],
    ['32 bytes of hex text', [new TextEncoder().encode('0102030405060708090a0b0c0d0e0f10')], new Id(RAW)],
    ['all zeros', [new Uint8Array(16)], new Id(new Uint8Array(16))],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(TraceID, args)).toEqual(want);
  });
  const errors: [string, unknown[], string][] = [
    ['too long', [new Uint8Array(33)], 'TraceID: could not decode ID: invalid length: expected 16 or 32 bytes, got 33'],
    ['too short', [new Uint8Array(15)], 'got 15'],
    ['nil', [null], 'got 0'],
    ['bad hex', ['zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'], 'TraceID: could not decode ID: invalid hex: encoding/hex: invalid byte: U+007A \'z\''],
    ['map', [new Map()], 'unsupported type'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(TraceID, args)).toThrow(message);
  });
  it('copies the bytes', () => {
    const b = Uint8Array.from(RAW);
    const id = run(TraceID, [b]) as Id;
    b[0] = 99;
    expect(id.bytes[0]).toBe(1);
  });
});

describe('TraceID through the compiler', () => {
  const log = () => newLogRecord();
  it('decodes a literal once and sets it', () => {
    const record = log();
    compileStatements(['set(log.trace_id, TraceID("0102030405060708090a0b0c0d0e0f10"))'], { context: 'log' }).execute(
      evalContext({ log: record }),
    );
    expect(record.traceId).toEqual(RAW);
  });
  // The reference decodes a literal argument in the factory: a bad one fails when the statement is parsed.
  const bad: [string, string][] = [
    ['TraceID("abc")', 'TraceID: could not decode ID: invalid length: expected 16 or 32 bytes, got 3'],
    ['TraceID(nil)', 'got 0'],
    ['TraceID("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")', 'invalid hex'],
  ];
  it.each(bad)('%s is a compile error', (call, message) => {
    expect(() => compileStatements([`set(log.attributes["id"], ${call})`], { context: 'log' })).toThrow(message);
  });
  it('a computed argument is checked per record', () => {
    const rules = compileStatements(['set(log.trace_id, TraceID(log.body))'], { context: 'log' });
    const record = log();
    record.body = 'abc';
    expect(() => rules.execute(evalContext({ log: record }))).toThrow('invalid length: expected 16 or 32 bytes, got 3');
  });
});
