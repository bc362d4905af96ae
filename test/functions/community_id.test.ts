import { describe, expect, it } from 'vitest';

import { CommunityID } from '../../src/functions/community_id.js';
import { constant } from '../support/getters.js';
import { call } from './call.js';
import { compileErrorOf, runOnLog } from './statement-support.js';

interface Case {
  name: string;
  src: string;
  dst: string;
  sport: bigint;
  dport: bigint;
  proto?: string;
  seed?: bigint;
  want?: string;
  error?: string;
}

const cases: Case[] = [
  { name: 'TCP IPv4', src: '1.2.3.4', dst: '5.6.7.8', sport: 12345n, dport: 80n, proto: 'TCP', seed: 0n, want: '1:0by3b/tE95hcOzccyt6d4kjgbZc=' },
  { name: 'TCP IPv4 flipped', src: '5.6.7.8', dst: '1.2.3.4', sport: 80n, dport: 12345n, proto: 'TCP', seed: 0n, want: '1:0by3b/tE95hcOzccyt6d4kjgbZc=' },
  { name: 'defaults TCP and seed 0 (conformance)', src: '1.2.3.4', dst: '5.6.7.8', sport: 12345n, dport: 80n, want: '1:0by3b/tE95hcOzccyt6d4kjgbZc=' },
  { name: 'UDP IPv4', src: '192.168.1.1', dst: '10.10.10.10', sport: 53n, dport: 53000n, proto: 'UDP', seed: 0n, want: '1:gQ05/45srnixHs8V/2ejpkxhBwg=' },
  { name: 'ICMP', src: '10.10.10.10', dst: '192.168.1.1', sport: 53000n, dport: 53n, proto: 'ICMP', seed: 0n, want: '1:9TGPWejPFuBlKrHuVcM3iaA8hf8=' },
  { name: 'RSVP', src: '10.10.10.10', dst: '192.168.1.1', sport: 53n, dport: 53000n, proto: 'RSVP', seed: 0n, want: '1:rkXhRghBvx2yf3zgDnSHuJ35XaY=' },
  { name: 'ICMP6', src: '192.168.1.1', dst: '10.10.10.10', sport: 53n, dport: 53000n, proto: 'ICMP6', seed: 0n, want: '1:bchQ2SAoVf2Iq1XdGBXObLJ2i64=' },
  { name: 'SCTP', src: '192.168.1.1', dst: '10.10.10.10', sport: 53n, dport: 53000n, proto: 'SCTP', seed: 0n, want: '1:zo1kfEyhghMaeU7tQDCE2G+ITQc=' },
  { name: 'protocol is case-insensitive', src: '192.168.1.1', dst: '10.10.10.10', sport: 53n, dport: 53000n, proto: 'sctp', want: '1:zo1kfEyhghMaeU7tQDCE2G+ITQc=' },
  { name: 'TCP IPv6', src: '2001:db8::1', dst: '2001:db8::2', sport: 8080n, dport: 443n, proto: 'TCP', seed: 0n, want: '1:c5m26SNBLmvfaBQJNWKXZwUGGcM=' },
  { name: 'custom seed', src: '192.168.1.1', dst: '192.168.1.2', sport: 12345n, dport: 80n, proto: 'TCP', seed: 1234n, want: '1:v1n8p4IZW9jXIJnFANLbRU2ahdU=' },
  { name: 'normalized direction', src: '10.0.0.2', dst: '10.0.0.1', sport: 80n, dport: 12345n, proto: 'TCP', seed: 0n, want: '1:CpuULklTENbGdRpvp7gNcQd5ZqA=' },
  { name: 'same source and destination', src: '127.0.0.1', dst: '127.0.0.1', sport: 8080n, dport: 8080n, proto: 'TCP', seed: 0n, want: '1:sG2vk7rcZ12ZxPg+nnwljgdVEGw=' },
  { name: 'different IP families', src: '2001:db8::1', dst: '10.1.1.1', sport: 8080n, dport: 443n, proto: 'TCP', seed: 0n, want: '1:T1e3va6jTSWaSKkG3k4dnZq5VM8=' },
  { name: 'same length, higher source port', src: '10.1.1.1', dst: '10.1.1.2', sport: 8080n, dport: 8079n, proto: 'TCP', seed: 0n, want: '1:1fjNfFLjLTsO2WE9AY0TbTeSaBs=' },
  { name: 'same length, higher dest port', src: '10.1.1.2', dst: '10.1.1.1', sport: 8079n, dport: 8080n, proto: 'TCP', seed: 0n, want: '1:1fjNfFLjLTsO2WE9AY0TbTeSaBs=' },
  { name: 'same IP, higher source port', src: '10.1.1.2', dst: '10.1.1.2', sport: 8081n, dport: 8080n, proto: 'TCP', seed: 0n, want: '1:3byUvmBpOu8KHoTRr4eN5AjTQEU=' },
  { name: 'same IP, higher dest port', src: '10.1.1.2', dst: '10.1.1.2', sport: 8080n, dport: 8081n, proto: 'TCP', seed: 0n, want: '1:3byUvmBpOu8KHoTRr4eN5AjTQEU=' },
  { name: 'invalid source IP', src: 'invalid-ip', dst: '10.0.0.1', sport: 80n, dport: 12345n, proto: 'TCP', error: 'invalid source IP' },
  { name: 'invalid destination IP', src: '10.0.0.1', dst: '10.0.0.256', sport: 80n, dport: 12345n, error: 'invalid destination IP' },
  { name: 'IPv4 with leading zero is invalid', src: '10.0.0.01', dst: '10.0.0.1', sport: 80n, dport: 1n, error: 'invalid source IP' },
  { name: 'invalid protocol', src: '10.0.0.1', dst: '10.0.0.2', sport: 80n, dport: 12345n, proto: 'UNKNOWN', error: 'unsupported protocol' },
  { name: 'port out of range', src: '10.0.0.1', dst: '10.0.0.2', sport: 70000n, dport: 1n, error: 'source port must be between 0 and 65535' },
];

describe('CommunityID', () => {
  it.each(cases)('$name', ({ src, dst, sport, dport, proto, seed, want, error }) => {
    const run = () =>
      call(CommunityID, {
        source_i_p: constant(src),
        source_port: constant(sport),
        destination_i_p: constant(dst),
        destination_port: constant(dport),
        protocol: proto === undefined ? undefined : constant(proto),
        seed: seed === undefined ? undefined : constant(seed),
      });
    if (error !== undefined) expect(run).toThrow(error);
    else expect(run()).toBe(want);
  });
});

describe('CommunityID through the compiler', () => {
  it('binds strict int ports from paths and the Go field names by their strcase spelling', () => {
    const attrs = runOnLog(
      'set(log.attributes["id"], CommunityID(source_i_p = log.attributes["src"], source_port = log.attributes["sp"], destination_i_p = "5.6.7.8", destination_port = 80))',
      { attributes: { src: '1.2.3.4', sp: 12345n } },
    );
    expect(attrs.get('id')).toBe('1:0by3b/tE95hcOzccyt6d4kjgbZc=');
  });

  it('a port held as a string is an IntGetter type error', () => {
    expect(() => runOnLog('set(log.attributes["id"], CommunityID("1.2.3.4", log.attributes["sp"], "5.6.7.8", 80))', { attributes: { sp: '12345' } })).toThrow(
      'expected int64 but got string',
    );
  });

  it('`source_ip =` is no parameter: strcase.ToCamel gives SourceIp, not SourceIP', () => {
    expect(compileErrorOf('set(log.attributes["id"], CommunityID(source_ip = "1.2.3.4", source_port = 1, destination_ip = "5.6.7.8", destination_port = 80))')).toMatch(
      /source_ip/,
    );
  });
});
