import { describe, expect, it } from 'vitest';
import { parseLEEF } from '../../../src/functions/processors/parse_leef.js';
import { EvalContext } from '../../../src/core/eval-context.js';
import type { Value } from '../../../src/core/values/types.js';

function parse(input: string): Value {
  return parseLEEF.create({ target: () => input }, { context: 'log' })(new EvalContext());
}

function leef(header: [string, string, string, string, string], attributes: Record<string, string>): Map<string, Value> {
  const [version, vendor, name, productVersion, eventId] = header;
  return new Map<string, Value>([
    ['leef.version', version],
    ['leef.vendor', vendor],
    ['leef.product.name', name],
    ['leef.product.version', productVersion],
    ['leef.event.id', eventId],
    ['leef.attributes', new Map(Object.entries(attributes))],
  ]);
}

const V1 = (event = 'Event'): [string, string, string, string, string] => ['1.0', 'Vendor', 'Product', '1.0', event];
const V2 = (event = '100'): [string, string, string, string, string] => ['2.0', 'Vendor', 'Product', '1.0', event];

describe('ParseLEEF', () => {
  const cases: { name: string; input: string; want: Map<string, Value> }[] = [
    { name: 'LEEF 1.0 simple', input: 'LEEF:1.0|Microsoft|MSExchange|4.0 SP1|15345|src=10.50.1.1\tdst=2.10.20.20\tsev=5', want: leef(['1.0', 'Microsoft', 'MSExchange', '4.0 SP1', '15345'], { src: '10.50.1.1', dst: '2.10.20.20', sev: '5' }) },
    { name: 'LEEF 1.0 header only', input: 'LEEF:1.0|Vendor|Product|1.0|EventID|', want: leef(V1('EventID'), {}) },
    { name: 'LEEF 1.0 no trailing pipe', input: 'LEEF:1.0|Vendor|Product|1.0|EventID', want: leef(V1('EventID'), {}) },
    { name: 'LEEF 2.0 caret delimiter', input: 'LEEF:2.0|Lancope|StealthWatch|1.0|41|^|src=10.0.1.8^dst=10.0.0.5^sev=5', want: leef(['2.0', 'Lancope', 'StealthWatch', '1.0', '41'], { src: '10.0.1.8', dst: '10.0.0.5', sev: '5' }) },
    { name: 'LEEF 2.0 hex tab delimiter', input: 'LEEF:2.0|Vendor|Product|1.0|100|0x09|key1=val1\tkey2=val2', want: leef(V2(), { key1: 'val1', key2: 'val2' }) },
    { name: 'LEEF 2.0 hex caret delimiter', input: 'LEEF:2.0|Vendor|Product|1.0|100|0x5e|key1=val1^key2=val2', want: leef(V2(), { key1: 'val1', key2: 'val2' }) },
    { name: 'LEEF 2.0 uppercase hex', input: 'LEEF:2.0|Vendor|Product|1.0|100|0X5E|key1=val1^key2=val2', want: leef(V2(), { key1: 'val1', key2: 'val2' }) },
    { name: 'LEEF 2.0 empty delimiter is tab', input: 'LEEF:2.0|Vendor|Product|1.0|100||key1=val1\tkey2=val2', want: leef(V2(), { key1: 'val1', key2: 'val2' }) },
    { name: 'LEEF 2.0 header only', input: 'LEEF:2.0|Vendor|Product|1.0|EventID|^|', want: leef(V2('EventID'), {}) },
    { name: 'LEEF 2.0 no pipe after delimiter', input: 'LEEF:2.0|Vendor|Product|1.0|EventID|^', want: leef(V2('EventID'), {}) },
    { name: 'LEEF 2.0 without delimiter field', input: 'LEEF:2.0|Vendor|Product|1.0|EventID', want: leef(V2('EventID'), {}) },
    { name: 'LEEF 2.0 omitted delimiter, attributes keep pipes', input: 'LEEF:2.0|Vendor|Product|1.0|100|a=x|y\tb=z', want: leef(V2(), { a: 'x|y', b: 'z' }) },
    { name: 'value with spaces', input: 'LEEF:1.0|Vendor|Product|1.0|Event|msg=This is a message with spaces\tsrc=1.2.3.4', want: leef(V1(), { msg: 'This is a message with spaces', src: '1.2.3.4' }) },
    { name: 'value with equals', input: 'LEEF:1.0|Vendor|Product|1.0|Event|url=http://example.com?foo=bar\tsrc=1.2.3.4', want: leef(V1(), { url: 'http://example.com?foo=bar', src: '1.2.3.4' }) },
    { name: 'empty value', input: 'LEEF:1.0|Vendor|Product|1.0|Event|key1=\tkey2=value2', want: leef(V1(), { key1: '', key2: 'value2' }) },
    { name: 'doubled, trailing and leading delimiters', input: 'LEEF:2.0|Vendor|Product|1.0|Event|^|^key1=val1^^key2=val2^', want: leef(V2('Event'), { key1: 'val1', key2: 'val2' }) },
    { name: 'pairs without = or key are skipped; last duplicate wins', input: 'LEEF:1.0|Vendor|Product|1.0|Event|junk\t=v\ta=1\ta=2', want: leef(V1(), { a: '2' }) },
    {
      name: 'syslog prefix',
      input: '<30>Aug 19 12:33:31 ibm.guardium.test guard_sender[4486]: LEEF:1.0|IBM|Guardium|8.0|Login failures|ruleID=20026\truleDesc=Login failures\tclassification=',
      want: leef(['1.0', 'IBM', 'Guardium', '8.0', 'Login failures'], { ruleID: '20026', ruleDesc: 'Login failures', classification: '' }),
    },
    { name: 'non-ASCII single-byte hex delimiter', input: 'LEEF:2.0|Vendor|Product|1.0|100|0xa6|a=1\u00a6b=2', want: leef(V2(), { a: '1\uFFFD', b: '2' }) },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    expect(parse(input)).toEqual(want);
  });

  it.each([
    ['empty', '', 'cannot parse empty LEEF message'],
    ['not LEEF', 'CEF:0|a|b|c|d|e|f', "invalid LEEF message: 'LEEF:' not found"],
    ['no pipe', 'LEEF:1.0', 'invalid LEEF message: missing pipe delimiter in header'],
    ['unknown version', 'LEEF:3.0|a|b|c|d', 'unsupported LEEF version: 3.0 (supported: 1.0, 2.0)'],
    ['short 1.0 header', 'LEEF:1.0|a|b', 'invalid LEEF 1.0 header: expected at least 4 fields (vendor, product, version, eventID), got 2'],
    ['short 2.0 header', 'LEEF:2.0|a', 'invalid LEEF 2.0 header'],
    ['multi-character delimiter', 'LEEF:2.0|a|b|c|d|ab|x', 'delimiter must be a single character or 0x-prefixed hex value, got "ab"'],
    ['empty hex', 'LEEF:2.0|a|b|c|d|0x|x', 'invalid LEEF 2.0 delimiter: empty hex value'],
    ['bad hex', 'LEEF:2.0|a|b|c|d|0xzz|x', "invalid hex delimiter \"0xzz\": encoding/hex: invalid byte: U+007A 'z'"],
    ['two-byte hex', 'LEEF:2.0|a|b|c|d|0x5e5e|x', 'hex delimiter must decode to a single byte, got 2 bytes'],
  ])('error: %s', (_name, input, message) => {
    expect(() => parse(input)).toThrow(message);
  });
});
