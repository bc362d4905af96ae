/** `UserAgent(user_agent)`: browser and OS names and versions from a User-Agent header. */
import type { ValueMap } from '../core/values/types.js';
import { parseOs, parseUserAgent, versionString } from './internal/parse-useragent.js';
import { defineFunction } from './signature.js';

/**
 * Parses a User-Agent string with the ua-parser (uap-core) database and returns a map with
 * `user_agent.original`, `user_agent.name` (`Other` when unknown), `user_agent.version`
 * (`major.minor.patch`, possibly empty), `os.name` (`Other` when unknown) and `os.version` (only
 * when known). `user_agent` is a strict string argument; the database is loaded on first use.
 */
export const UserAgent = defineFunction({
  name: 'UserAgent',
  kind: 'converter',
  description: 'parses a User-Agent header into user_agent.* and os.* attributes',
  params: [{ name: 'user_agent', kind: 'string', doc: 'the User-Agent text' }] as const,
  create:
    ({ user_agent: userAgent }) =>
    (ctx) => {
      const text = userAgent(ctx);
      const ua = parseUserAgent(text);
      const os = parseOs(text);
      const out: ValueMap = new Map();
      out.set('user_agent.original', text);
      out.set('user_agent.name', ua.family);
      out.set('user_agent.version', versionString(ua.parts));
      if (os.family !== '') out.set('os.name', os.family);
      const osVersion = versionString(os.parts);
      if (osVersion !== '') out.set('os.version', osVersion);
      return out;
    },
});
