import { describe, expect, it } from 'vitest';

import { IsInCIDR } from '../../src/functions/is_in_cidr.js';
import { run } from './conv-support.js';
import { compileErrorOf, runOnLog } from './statement-support.js';

describe('IsInCIDR', () => {
  const cases: [string, unknown[], unknown][] = [
    ['IPv4 in network', ['192.168.1.10', ['192.168.1.0/24']], true],
    ['IPv4 outside', ['192.168.2.10', ['192.168.1.0/24']], false],
    ['any of several', ['10.1.2.3', ['192.168.0.0/16', '10.0.0.0/8']], true],
    ['host bits in network ignored', ['10.1.2.3', ['10.1.2.200/24']], true],
    ['/32', ['10.0.0.1', ['10.0.0.1/32']], true],
    ['/0 matches every IPv4', ['8.8.8.8', ['0.0.0.0/0']], true],
    ['IPv6 in network', ['2001:db8::1', ['2001:db8::/32']], true],
    ['IPv6 outside', ['2001:db9::1', ['2001:db8::/32']], false],
    ['IPv6 full form', ['2001:0db8:0000:0000:0000:0000:0000:0001', ['2001:db8::1/128']], true],
    ['IPv4 not in IPv6 network', ['10.0.0.1', ['::/0']], false],
    ['IPv4-mapped IPv6 in IPv4 network', ['::ffff:10.0.0.1', ['10.0.0.0/8']], true],
    ['IPv4 in IPv4-mapped network', ['10.0.0.1', ['::ffff:10.0.0.0/104']], true],
    ['not an IP', ['not-an-ip', ['10.0.0.0/8']], false],
    ['leading zeros are not an IP', ['010.0.0.1', ['10.0.0.0/8']], false],
    ['IPv6 zone is not an IP', ['fe80::1%eth0', ['fe80::/10']], false],
    ['not an IP skips invalid networks', ['nope', ['bad']], false],
    ['empty list', ['10.0.0.1', []], false],
  ];
  it.each(cases)('%s', (_name, args, want) => {
    expect(run(IsInCIDR, args)).toEqual(want);
  });

  const errors: [string, unknown[], string][] = [
    ['invalid network', ['10.0.0.1', ['10.0.0.0/33']], 'invalid CIDR address: 10.0.0.0/33'],
    ['network without prefix', ['10.0.0.1', ['10.0.0.0']], 'invalid CIDR address: 10.0.0.0'],
    ['non-string target', [1n, ['10.0.0.0/8']], 'expected string but got int64'],
  ];
  it.each(errors)('%s fails', (_name, args, message) => {
    expect(() => run(IsInCIDR, args)).toThrow(message);
  });
});

describe('IsInCIDR through the compiler', () => {
  it('accepts a list literal whose items are paths (StringGetter items)', () => {
    const attrs = runOnLog('set(log.attributes["r"], IsInCIDR(log.attributes["ip"], ["192.168.0.0/16", log.attributes["net"]]))', {
      attributes: { ip: '10.1.2.3', net: '10.0.0.0/8' },
    });
    expect(attrs.get('r')).toBe(true);
  });

  it('a non-string item is a StringGetter type error', () => {
    expect(() => runOnLog('set(log.attributes["r"], IsInCIDR("10.0.0.1", [log.attributes["n"]]))', { attributes: { n: 1n } })).toThrow(
      'expected string but got int64',
    );
  });

  it('a path instead of a list literal fails to compile (the dynamic-slice gate is off by default)', () => {
    expect(compileErrorOf('set(log.attributes["r"], IsInCIDR(log.attributes["ip"], log.attributes["nets"]))')).toMatch(/list/);
  });
});
