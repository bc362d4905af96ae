/** The `google.rpc.Status` with a RetryInfo that an UNAVAILABLE answer carries, read back by protobufjs. */
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { retryInfoStatus } from '../../src/server/response.js';

const root = protobuf.Root.fromJSON({
  nested: {
    Status: { fields: { code: { type: 'int32', id: 1 }, message: { type: 'string', id: 2 }, details: { rule: 'repeated', type: 'Any', id: 3 } } },
    Any: { fields: { type_url: { type: 'string', id: 1 }, value: { type: 'bytes', id: 2 } } },
    RetryInfo: { fields: { retry_delay: { type: 'Duration', id: 1 } } },
    Duration: { fields: { seconds: { type: 'int64', id: 1 }, nanos: { type: 'int32', id: 2 } } },
  },
});

describe('retryInfoStatus', () => {
  it('encodes code, message and one RetryInfo detail with the delay in seconds', () => {
    const status = root.lookupType('Status').toObject(root.lookupType('Status').decode(retryInfoStatus(14, 'target down: é', 3)), { longs: Number, bytes: Buffer });
    expect(status.code).toBe(14);
    expect(status.message).toBe('target down: é');
    expect(status.details).toHaveLength(1);
    expect(status.details[0].type_url).toBe('type.googleapis.com/google.rpc.RetryInfo');
    const retryInfo = root.lookupType('RetryInfo').toObject(root.lookupType('RetryInfo').decode(status.details[0].value as Uint8Array), { longs: Number });
    expect(retryInfo).toEqual({ retry_delay: { seconds: 3 } });
  });
});
