/**
 * A port of the parts of Go's `net/url` that the URL converter observes: `url.Parse`, the
 * `Hostname`/`Port` accessors, the escaped forms and `URL.String()` (which the reference stores as
 * `url.original`). Works on UTF-8 bytes, like Go, so escapes of non-ASCII text match.
 */
import { goQuote } from '../../core/values/go-text.js';
import { utf8Decode, utf8Encode } from '../../core/values/utf8.js';

type Mode = 'path' | 'host' | 'userPassword' | 'fragment';

const HEX = '0123456789ABCDEF';

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

function shouldEscape(c: number, mode: Mode): boolean {
  if (isAlnum(c)) return false;
  const ch = String.fromCharCode(c);
  if (mode === 'host' && `!$&'()*+,;=:[]<>"`.includes(ch)) return false;
  if ('-_.~'.includes(ch)) return false;
  if ('$&+,/:;=?@'.includes(ch)) {
    switch (mode) {
      case 'path':
        return ch === '?';
      case 'userPassword':
        return ch === '@' || ch === '/' || ch === '?' || ch === ':';
      case 'fragment':
        return false;
      default:
        break;
    }
  }
  if (mode === 'fragment' && '!()*'.includes(ch)) return false;
  return true;
}

/** Go `escape(s, mode)`: percent-encodes (upper-case hex) every byte that should be escaped. */
function escape(s: string, mode: Mode): string {
  const bytes = utf8Encode(s);
  let out = '';
  for (const b of bytes) {
    out += shouldEscape(b, mode) ? '%' + HEX[b >> 4] + HEX[b & 15] : String.fromCharCode(b);
  }
  return out;
}

function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

/** Go `unescape(s, mode)`. @throws Error with Go's message for a bad escape or host character. */
function unescape(s: string, mode: Mode): string {
  if (!s.includes('%')) {
    if (mode === 'host') {
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80 && shouldEscape(c, mode)) throw new Error(`invalid character ${goQuote(s[i])} in host name`);
      }
    }
    return s;
  }
  const src = utf8Encode(s);
  const out: number[] = [];
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === 0x25) {
      const a = String.fromCharCode(src[i + 1] ?? 0);
      const b = String.fromCharCode(src[i + 2] ?? 0);
      if (i + 2 >= src.length || !isHex(a) || !isHex(b)) {
        const bad = utf8Decode(src.slice(i, Math.min(i + 3, src.length)));
        throw new Error(`invalid URL escape ${goQuote(bad)}`);
      }
      const v = parseInt(a + b, 16);
      if (mode === 'host' && v >> 4 < 8 && !(a === '2' && b === '5')) {
        throw new Error(`invalid URL escape ${goQuote('%' + a + b)}`);
      }
      out.push(v);
      i += 3;
    } else {
      if (mode === 'host' && c < 0x80 && shouldEscape(c, mode)) {
        throw new Error(`invalid character ${goQuote(String.fromCharCode(c))} in host name`);
      }
      out.push(c);
      i++;
    }
  }
  return utf8Decode(new Uint8Array(out));
}

function validEncoded(s: string, mode: Mode): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if ("!$&'()*+,;=:@[]%".includes(ch)) continue;
    const c = s.charCodeAt(i);
    if (c >= 0x80 || shouldEscape(c, mode)) return false;
  }
  return true;
}

function validOptionalPort(port: string): boolean {
  return port === '' || /^:[0-9]*$/.test(port);
}

/** The parsed pieces of a URL (Go's `url.URL` fields that matter here). */
export interface GoUrl {
  scheme: string;
  opaque: string;
  user?: { username: string; password?: string };
  host: string;
  path: string;
  rawPath: string;
  omitHost: boolean;
  forceQuery: boolean;
  rawQuery: string;
  fragment: string;
  rawFragment: string;
}

function getScheme(raw: string): [string, string] {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (/[a-zA-Z]/.test(c)) continue;
    if (/[0-9+\-.]/.test(c)) {
      if (i === 0) return ['', raw];
      continue;
    }
    if (c === ':') {
      if (i === 0) throw new Error('missing protocol scheme');
      return [raw.slice(0, i), raw.slice(i + 1)];
    }
    return ['', raw];
  }
  return ['', raw];
}

function parseHost(host: string): string {
  if (host.startsWith('[')) {
    const i = host.lastIndexOf(']');
    if (i < 0) throw new Error("missing ']' in host");
    const colonPort = host.slice(i + 1);
    if (!validOptionalPort(colonPort)) throw new Error(`invalid port ${goQuote(colonPort)} after host`);
    return unescape(host, 'host');
  }
  const i = host.lastIndexOf(':');
  if (i >= 0) {
    const colonPort = host.slice(i);
    if (!validOptionalPort(colonPort)) throw new Error(`invalid port ${goQuote(colonPort)} after host`);
  }
  return unescape(host, 'host');
}

function parseAuthority(authority: string, u: GoUrl): void {
  const at = authority.lastIndexOf('@');
  if (at < 0) {
    u.host = parseHost(authority);
    return;
  }
  u.host = parseHost(authority.slice(at + 1));
  const userinfo = authority.slice(0, at);
  if (!/^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo)) throw new Error('net/url: invalid userinfo');
  const colon = userinfo.indexOf(':');
  if (colon < 0) {
    u.user = { username: unescape(userinfo, 'userPassword') };
  } else {
    u.user = {
      username: unescape(userinfo.slice(0, colon), 'userPassword'),
      password: unescape(userinfo.slice(colon + 1), 'userPassword'),
    };
  }
}

function setPath(u: GoUrl, p: string): void {
  u.path = unescape(p, 'path');
  u.rawPath = escape(u.path, 'path') === p ? '' : p;
}

/**
 * Go `url.Parse`. @throws Error whose message is Go's (`parse "…": missing protocol scheme`).
 */
export function parseGoUrl(rawUrl: string): GoUrl {
  const u: GoUrl = {
    scheme: '',
    opaque: '',
    host: '',
    path: '',
    rawPath: '',
    omitHost: false,
    forceQuery: false,
    rawQuery: '',
    fragment: '',
    rawFragment: '',
  };
  const hash = rawUrl.indexOf('#');
  const main = hash < 0 ? rawUrl : rawUrl.slice(0, hash);
  try {
    parseMain(u, main);
  } catch (e) {
    throw new Error(`parse ${goQuote(main)}: ${(e as Error).message}`);
  }
  if (hash >= 0) {
    const frag = rawUrl.slice(hash + 1);
    try {
      u.fragment = unescape(frag, 'fragment');
    } catch (e) {
      throw new Error(`parse ${goQuote(rawUrl)}: ${(e as Error).message}`);
    }
    u.rawFragment = escape(u.fragment, 'fragment') === frag ? '' : frag;
  }
  return u;
}

function parseMain(u: GoUrl, raw: string): void {
  if (/[\u0000-\u001f\u007f]/.test(raw)) throw new Error('net/url: invalid control character in URL');
  if (raw === '*') {
    u.path = '*';
    return;
  }
  let rest: string;
  [u.scheme, rest] = getScheme(raw);
  u.scheme = u.scheme.toLowerCase();
  if (rest.endsWith('?') && rest.split('?').length === 2) {
    u.forceQuery = true;
    rest = rest.slice(0, -1);
  } else {
    const q = rest.indexOf('?');
    if (q >= 0) {
      u.rawQuery = rest.slice(q + 1);
      rest = rest.slice(0, q);
    }
  }
  if (!rest.startsWith('/')) {
    if (u.scheme !== '') {
      u.opaque = rest;
      return;
    }
    const colon = rest.indexOf(':');
    const slash = rest.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) throw new Error('first path segment in URL cannot contain colon');
  }
  if ((u.scheme !== '' || !rest.startsWith('///')) && rest.startsWith('//')) {
    let authority = rest.slice(2);
    rest = '';
    const slash = authority.indexOf('/');
    if (slash >= 0) {
      rest = authority.slice(slash);
      authority = authority.slice(0, slash);
    }
    parseAuthority(authority, u);
  } else if (u.scheme !== '' && rest.startsWith('/')) {
    u.omitHost = true;
  }
  setPath(u, rest);
}

/** Go `URL.Hostname()`: the host without a port, and without brackets around an IPv6 literal. */
export function hostname(u: GoUrl): string {
  let [host] = splitHostPort(u.host);
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return host;
}

/** Go `URL.Port()`: the digits after the last colon, or ''. */
export function port(u: GoUrl): string {
  return splitHostPort(u.host)[1];
}

function splitHostPort(hostPort: string): [string, string] {
  const colon = hostPort.lastIndexOf(':');
  if (colon >= 0 && validOptionalPort(hostPort.slice(colon))) return [hostPort.slice(0, colon), hostPort.slice(colon + 1)];
  return [hostPort, ''];
}

/** Go `Userinfo.String()`: the escaped `user` or `user:password`. */
export function userinfoString(user: NonNullable<GoUrl['user']>): string {
  let s = escape(user.username, 'userPassword');
  if (user.password !== undefined) s += ':' + escape(user.password, 'userPassword');
  return s;
}

function escapedPath(u: GoUrl): string {
  if (u.rawPath !== '' && validEncoded(u.rawPath, 'path')) {
    try {
      if (unescape(u.rawPath, 'path') === u.path) return u.rawPath;
    } catch {
      // fall through to the canonical escaping
    }
  }
  if (u.path === '*') return '*';
  return escape(u.path, 'path');
}

function escapedFragment(u: GoUrl): string {
  if (u.rawFragment !== '' && validEncoded(u.rawFragment, 'fragment')) {
    try {
      if (unescape(u.rawFragment, 'fragment') === u.fragment) return u.rawFragment;
    } catch {
      // fall through
    }
  }
  return escape(u.fragment, 'fragment');
}

/** Go `URL.String()`. */
export function urlString(u: GoUrl): string {
  let out = '';
  if (u.scheme !== '') out += u.scheme + ':';
  if (u.opaque !== '') {
    out += u.opaque;
  } else {
    if (u.scheme !== '' || u.host !== '' || u.user !== undefined) {
      if (!(u.omitHost && u.host === '' && u.user === undefined)) {
        if (u.host !== '' || u.path !== '' || u.user !== undefined) out += '//';
        if (u.user !== undefined) out += userinfoString(u.user) + '@';
        if (u.host !== '') out += escape(u.host, 'host');
      }
    }
    const path = escapedPath(u);
    if (path !== '' && path[0] !== '/' && u.host !== '') out += '/';
    if (out === '') {
      const segment = path.split('/')[0];
      if (segment.includes(':')) out += './';
    }
    out += path;
  }
  if (u.forceQuery || u.rawQuery !== '') out += '?' + u.rawQuery;
  if (u.fragment !== '') out += '#' + escapedFragment(u);
  return out;
}
