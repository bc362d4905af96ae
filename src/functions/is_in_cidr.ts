/** `IsInCIDR(target, networks)`: whether an IP address lies in any of the CIDR networks. */
import { OttlRuntimeError } from '../core/errors.js';
import { type Network, networkContains, parseCidr, parseIp } from './internal/conv-ip.js';
import { defineFunction } from './signature.js';

/**
 * Returns true when the IP address `target` (IPv4 or IPv6) lies in any network of `networks`
 * (CIDR strings such as `10.0.0.0/8`, `2001:db8::/32`). A target that is not an IP address gives
 * false (networks are then not read). An invalid network is a run-time error
 * (`invalid CIDR address: x`); a non-string target or network is a run-time error.
 *
 * `networks` must be a list literal (its items may be any expressions): the reference's
 * `SliceGetter[StringGetter]` accepts a path or converter yielding a slice only with the alpha
 * gate `pkg.ottl.functions.enableDynamicSliceArguments`, which we do not offer yet.
 */
export const IsInCIDR = defineFunction({
  name: 'IsInCIDR',
  kind: 'converter',
  description: 'Returns whether an IP address is in any of the given CIDR networks',
  params: [
    { name: 'target', kind: 'string' },
    { name: 'networks', kind: 'stringList' },
  ] as const,
  create: ({ target, networks }) => {
    // Parsed networks by text, so constant lists are parsed once.
    const cache = new Map<string, Network>();
    const network = (text: string): Network => {
      let n = cache.get(text);
      if (n === undefined) {
        try {
          n = parseCidr(text);
        } catch (e) {
          throw new OttlRuntimeError((e as Error).message);
        }
        if (cache.size < 1024) cache.set(text, n);
      }
      return n;
    };
    return (ctx) => {
      const ip = parseIp(target(ctx));
      if (ip === null) return false;
      for (const get of networks) {
        if (networkContains(network(get(ctx)), ip.ip)) return true;
      }
      return false;
    };
  },
});
