/** `CommunityID(source_ip, source_port, destination_ip, destination_port, protocol?, seed?)`. */
import { createHash } from 'node:crypto';

import { OttlRuntimeError } from '../core/errors.js';
import { parseIP } from './internal/parse-ip.js';
import { defineFunction } from './signature.js';

const PROTOCOLS: Record<string, number> = { TCP: 6, UDP: 17, ICMP: 1, ICMP6: 58, SCTP: 132, RSVP: 46 };

/** `net.IP.To4()`: IPv4 and IPv4-mapped IPv6 addresses as 4 bytes, others as 16. */
function to4(ip: Uint8Array): Uint8Array {
  if (ip.length === 4) return ip;
  const mapped = ip.slice(0, 10).every((b) => b === 0) && ip[10] === 0xff && ip[11] === 0xff;
  return mapped ? ip.slice(12) : ip;
}

/** netip `Addr.Compare`: IPv4 sorts before IPv6, then byte order. */
function compareAddr(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function checkPort(name: string, v: bigint): number {
  if (v < 0n || v > 65535n) throw new OttlRuntimeError(`${name} must be between 0 and 65535, got ${v}`);
  return Number(v);
}

/**
 * The Community ID v1 flow hash: SHA-1 over seed (2 bytes), the lower endpoint's address and the
 * other's, the protocol number, a zero byte, then both ports (2 bytes each, network order), in
 * base64 prefixed `1:`. The endpoints are ordered so that both directions of a flow hash alike (by
 * address, IPv4 before IPv6, then by port). `protocol` (case-insensitive) is one of TCP (default),
 * UDP, ICMP, ICMP6, SCTP, RSVP; `seed` defaults to 0.
 *
 * Errors (run time): an invalid IP address, an unsupported protocol, a port or seed outside
 * 0..65535.
 */
export const CommunityID = defineFunction({
  name: 'CommunityID',
  kind: 'converter',
  description: 'Community ID hash of a network flow',
  params: [
    { name: 'source_i_p', kind: 'string', doc: 'source address (IPv4 or IPv6); named source_i_p, the only spelling strcase.ToCamel maps to the Go field SourceIP' },
    { name: 'source_port', kind: 'int', doc: 'source port' },
    { name: 'destination_i_p', kind: 'string', doc: 'destination address; named destination_i_p (Go field DestinationIP)' },
    { name: 'destination_port', kind: 'int', doc: 'destination port' },
    { name: 'protocol', kind: 'string', optional: true, doc: 'TCP (default), UDP, ICMP, ICMP6, SCTP or RSVP' },
    { name: 'seed', kind: 'int', optional: true, doc: 'hash seed, 0..65535 (default 0)' },
  ] as const,
  create: ({ source_i_p: srcIpG, source_port: srcPortG, destination_i_p: dstIpG, destination_port: dstPortG, protocol, seed }) =>
    (ctx) => {
      const srcText = srcIpG(ctx);
      const dstText = dstIpG(ctx);
      let srcPort = checkPort('source port', srcPortG(ctx));
      let dstPort = checkPort('destination port', dstPortG(ctx));
      let proto = 6;
      if (protocol !== undefined) {
        const name = protocol(ctx).toUpperCase();
        if (!Object.hasOwn(PROTOCOLS, name)) throw new OttlRuntimeError(`unsupported protocol: ${name}`);
        proto = PROTOCOLS[name];
      }
      const srcParsed = parseIP(srcText);
      if (srcParsed === undefined) throw new OttlRuntimeError(`invalid source IP: ${srcText}`);
      const dstParsed = parseIP(dstText);
      if (dstParsed === undefined) throw new OttlRuntimeError(`invalid destination IP: ${dstText}`);
      const seedValue = seed === undefined ? 0 : checkPort('seed', seed(ctx));
      let src = to4(srcParsed);
      let dst = to4(dstParsed);
      const order = compareAddr(srcParsed, dstParsed);
      if (order > 0 || (order === 0 && srcPort > dstPort)) {
        [src, dst] = [dst, src];
        [srcPort, dstPort] = [dstPort, srcPort];
      }
      // Layout: seed, both addresses, protocol, one zero byte of padding, both ports.
      const tuple = new Uint8Array(4 + src.length + dst.length + 4);
      let o = 0;
      tuple[o++] = seedValue >> 8;
      tuple[o++] = seedValue & 0xff;
      tuple.set(src, o);
      o += src.length;
      tuple.set(dst, o);
      o += dst.length;
      tuple[o++] = proto;
      tuple[o++] = 0;
      tuple[o++] = srcPort >> 8;
      tuple[o++] = srcPort & 0xff;
      tuple[o++] = dstPort >> 8;
      tuple[o++] = dstPort & 0xff;
      return '1:' + createHash('sha1').update(tuple).digest('base64');
    },
});
