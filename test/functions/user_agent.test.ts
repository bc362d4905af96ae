import { describe, expect, it } from 'vitest';

import { UserAgent } from '../../src/functions/user_agent.js';
import { constant } from '../support/getters.js';
import { call } from './call.js';

const cases: { name: string; ua: string; want: Record<string, string> }[] = [
  {
    name: 'Chrome on Android',
    ua: 'Mozilla/5.0 (Linux; Android 4.1.1; SPH-L710 Build/JRO03L) AppleWebKit/535.19 (KHTML, like Gecko) Chrome/18.0.1025.166 Mobile Safari/535.19',
    want: { 'user_agent.name': 'Chrome Mobile', 'user_agent.version': '18.0.1025', 'os.name': 'Android', 'os.version': '4.1.1' },
  },
  {
    name: 'Firefox (conformance)',
    ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0',
    want: { 'user_agent.name': 'Firefox', 'user_agent.version': '126.0', 'os.name': 'Linux' },
  },
  {
    name: 'Chrome',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/51.0.2704.103 Safari/537.36',
    want: { 'user_agent.name': 'Chrome', 'user_agent.version': '51.0.2704', 'os.name': 'Linux' },
  },
  {
    name: 'Mobile Safari (conformance)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 13_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Mobile/15E148 Safari/604.1',
    want: { 'user_agent.name': 'Mobile Safari', 'user_agent.version': '13.1.1', 'os.name': 'iOS', 'os.version': '13.5.1' },
  },
  {
    name: 'Edge',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36 Edg/91.0.864.59',
    want: { 'user_agent.name': 'Edge', 'user_agent.version': '91.0.864', 'os.name': 'Windows', 'os.version': '10' },
  },
  {
    name: 'Opera',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/51.0.2704.106 Safari/537.36 OPR/38.0.2220.41',
    want: { 'user_agent.name': 'Opera', 'user_agent.version': '38.0.2220', 'os.name': 'Linux' },
  },
  { name: 'curl', ua: 'curl/7.81.0', want: { 'user_agent.name': 'curl', 'user_agent.version': '7.81.0', 'os.name': 'Other' } },
  { name: 'unknown', ua: 'foobar/1.2.3 (foo; bar baz)', want: { 'user_agent.name': 'Other', 'user_agent.version': '', 'os.name': 'Other' } },
  {
    name: 'collector',
    ua: 'OpenTelemetry Collector Contrib/0.106.1 (linux/amd64)',
    want: { 'user_agent.name': 'Other', 'user_agent.version': '', 'os.name': 'Linux' },
  },
  {
    name: 'ViaFree iOS',
    ua: 'ViaFree-DK/3.8.3 (com.MTGx.ViaFree.dk; build:7383; iOS 12.1.0) Alamofire/4.7.0',
    want: { 'user_agent.name': 'ViaFree', 'user_agent.version': '3.8.3', 'os.name': 'iOS', 'os.version': '12.1.0' },
  },
  {
    name: 'Java SDK Linux',
    ua: "ibm-cos-sdk-java/2.3.0 Linux/4.9.0-8-amd64 Java_HotSpot(TM)_64-Bit_Server_VM/9.0.4+11/9.0.4'",
    want: { 'user_agent.name': 'ibm-cos-sdk-java', 'user_agent.version': '2.3.0', 'os.name': 'Linux', 'os.version': '4.9.0' },
  },
  { name: 'empty string', ua: '', want: { 'user_agent.name': 'Other', 'user_agent.version': '', 'os.name': 'Other' } },
];

describe('UserAgent', () => {
  it.each(cases)('$name', ({ ua, want }) => {
    const got = call(UserAgent, { user_agent: constant(ua) });
    expect(got).toEqual(new Map(Object.entries({ 'user_agent.original': ua, ...want })));
  });
  it('handles a 2 kB header in linear time', () => {
    const huge = 'Mozilla/5.0 ' + '('.repeat(2_000);
    const got = call(UserAgent, { user_agent: constant(huge) }) as Map<string, unknown>;
    expect(got.get('user_agent.original')).toBe(huge);
  });
});
