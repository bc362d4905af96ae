/** `URL(u_r_i)`: splits a URL into semantic-convention attributes. */
import { OttlRuntimeError } from '../core/errors.js';
import type { ValueMap } from '../core/values/types.js';
import { hostname, parseGoUrl, port, urlString, userinfoString } from './internal/parse-url.js';
import { defineFunction } from './signature.js';

const INT64_MAX = (1n << 63n) - 1n;

/**
 * Parses `uri` with Go's `url.Parse` rules and returns a map with `url.original` (the URL as Go
 * prints it back), `url.domain`, `url.scheme` and `url.path` (unescaped) always, plus when
 * present `url.port` (int64), `url.fragment`, `url.query` (raw), `url.user_info`, `url.username`,
 * `url.password` (also when empty but given, as in `user:@host`) and `url.extension` (text after
 * the last `.` of the path).
 *
 * Errors (run time): an empty string (`url cannot be empty`) and anything `url.Parse` rejects
 * (bad escapes, invalid port, control characters…). `uri` is a strict string argument.
 */
export const URL = defineFunction({
  name: 'URL',
  kind: 'converter',
  description: 'parses a URL into url.* attributes',
  params: [
    { name: 'u_r_i', kind: 'string', doc: 'the URL text; named u_r_i, the only spelling strcase.ToCamel maps to the Go field URI' },
  ] as const,
  create:
    ({ u_r_i: uri }) =>
    (ctx) => {
      const text = uri(ctx);
      if (text === '') throw new OttlRuntimeError('url cannot be empty');
      let u;
      try {
        u = parseGoUrl(text);
      } catch (e) {
        throw new OttlRuntimeError((e as Error).message);
      }
      const out: ValueMap = new Map();
      out.set('url.original', urlString(u));
      out.set('url.domain', hostname(u));
      out.set('url.scheme', u.scheme);
      out.set('url.path', u.path);
      const p = port(u);
      if (p !== '') {
        const n = BigInt(p);
        if (n > INT64_MAX) throw new OttlRuntimeError(`strconv.Atoi: parsing "${p}": value out of range`);
        out.set('url.port', n);
      }
      if (u.fragment !== '') out.set('url.fragment', u.fragment);
      if (u.user !== undefined) {
        out.set('url.user_info', userinfoString(u.user));
        if (u.user.username !== '') out.set('url.username', u.user.username);
        if (u.user.password !== undefined) out.set('url.password', u.user.password);
      }
      if (u.rawQuery !== '') out.set('url.query', u.rawQuery);
      const dot = u.path.lastIndexOf('.');
      if (dot >= 0 && dot < u.path.length - 1) out.set('url.extension', u.path.slice(dot + 1));
      return out;
    },
});
