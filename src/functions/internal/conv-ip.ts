/**
 * IP addresses and CIDR networks as Go's `net.ParseIP`, `net.ParseCIDR` and `IPNet.Contains`:
 * IPv4 dotted quads (no leading zeros), IPv6 with `::` and an embedded IPv4 tail, no zones.
 * An IPv4-mapped IPv6 address (`::ffff:1.2.3.4`) matches IPv4 networks and vice versa.
 */

/** 16 bytes; IPv4 addresses are stored IPv4-mapped. */
export type Ip = Uint8Array;

function parseV4(s: string, out: Uint8Array, at: number): boolean {
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const p = parts[i]!;
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p[0] === '0')) return false;
    const n = Number(p);
    if (n > 255) return false;
    out[at + i] = n;
  }
  return true;
}

function parseV6(s: string): Uint8Array | null {
  const out = new Uint8Array(16);
  let ellipsis = -1;
  let i = 0;
  if (s.startsWith('::')) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === '') return out;
  }
  while (i < 16) {
    const m = /^[0-9a-fA-F]{1,4}/.exec(s);
    if (m === null) return null;
    // An IPv4 tail takes the last 4 bytes.
    if (s.length > m[0].length && s[m[0].length] === '.') {
      if (ellipsis < 0 && i !== 12) return null;
      if (i + 4 > 16) return null;
      if (!parseV4(s, out, i)) return null;
      i += 4;
      s = '';
      break;
    }
    const n = parseInt(m[0], 16);
    out[i] = n >> 8;
    out[i + 1] = n & 255;
    i += 2;
    s = s.slice(m[0].length);
    if (s === '') break;
    if (s[0] !== ':' || s.length === 1) return null;
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return null;
      ellipsis = i;
      s = s.slice(1);
      if (s === '') break;
    }
  }
  if (s !== '') return null;
  if (i < 16) {
    if (ellipsis < 0) return null;
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) out[j + n] = out[j]!;
    for (let j = ellipsis + n - 1; j >= ellipsis; j--) out[j] = 0;
  } else if (ellipsis >= 0) {
    return null;
  }
  return out;
}

/** Parses an IP address; `null` when it is not one. `is4` tells whether it was written as IPv4. */
export function parseIp(s: string): { ip: Ip; is4: boolean } | null {
  if (s.includes('.') && !s.includes(':')) {
    const out = new Uint8Array(16);
    out[10] = 0xff;
    out[11] = 0xff;
    return parseV4(s, out, 12) ? { ip: out, is4: true } : null;
  }
  const v6 = parseV6(s);
  return v6 === null ? null : { ip: v6, is4: false };
}

function to4(ip: Ip): Uint8Array | null {
  for (let i = 0; i < 10; i++) if (ip[i] !== 0) return null;
  return ip[10] === 0xff && ip[11] === 0xff ? ip.subarray(12) : null;
}

/** A network: its address bytes and mask, in the IPv4 (4-byte) or IPv6 (16-byte) form. */
export interface Network {
  readonly ip: Uint8Array;
  readonly mask: Uint8Array;
}

/** Parses `addr/bits` as Go's `net.ParseCIDR`; throws `invalid CIDR address: x`. */
export function parseCidr(s: string): Network {
  const bad = () => new Error(`invalid CIDR address: ${s}`);
  const slash = s.indexOf('/');
  if (slash < 0) throw bad();
  const addr = parseIp(s.slice(0, slash));
  const bitsText = s.slice(slash + 1);
  if (addr === null || !/^\d+$/.test(bitsText) || bitsText.length > 4) throw bad();
  const bits = Number(bitsText);
  const len = addr.is4 ? 4 : 16;
  if (bits > len * 8) throw bad();
  const fullMask = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    const b = Math.min(8, Math.max(0, bits - i * 8));
    fullMask[i] = (0xff << (8 - b)) & 0xff;
  }
  // Go's networkNumberAndMask: an IPv4(-mapped) address uses 4 bytes (the mask's last 4 if IPv6).
  const v4 = to4(addr.ip);
  const ip = v4 ?? addr.ip;
  const mask = ip.length === 4 && fullMask.length === 16 ? fullMask.subarray(12) : fullMask;
  const net = new Uint8Array(ip.length);
  for (let i = 0; i < ip.length; i++) net[i] = ip[i]! & mask[i]!;
  return { ip: net, mask };
}

/** Go's `IPNet.Contains`. */
export function networkContains(n: Network, ip: Ip): boolean {
  const x = to4(ip) ?? ip;
  if (x.length !== n.ip.length) return false;
  for (let i = 0; i < x.length; i++) if ((x[i]! & n.mask[i]!) !== n.ip[i]) return false;
  return true;
}
