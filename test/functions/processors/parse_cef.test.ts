import { describe, expect, it } from 'vitest';
import { parseCEF } from '../../../src/functions/processors/parse_cef.js';
import { EvalContext } from '../../../src/core/eval-context.js';
import type { Value } from '../../../src/core/values/types.js';

function parse(input: string): Value {
  return parseCEF.create({ target: () => input }, { context: 'log' })(new EvalContext());
}

function cef(header: [string, string, string, string, string, string, string], extensions: Record<string, string>): Map<string, Value> {
  const [version, vendor, product, deviceVersion, classId, name, severity] = header;
  return new Map<string, Value>([
    ['cef.version', version],
    ['cef.device_vendor', vendor],
    ['cef.device_product', product],
    ['cef.device_version', deviceVersion],
    ['cef.device_event_class_id', classId],
    ['cef.name', name],
    ['cef.severity', severity],
    ['cef.extensions', new Map(Object.entries(extensions))],
  ]);
}

const VP = ['0', 'Vendor', 'Product', '1.0', '100', 'Event', '5'] as [string, string, string, string, string, string, string];

describe('ParseCEF', () => {
  const cases: { name: string; input: string; want: Map<string, Value> }[] = [
    {
      name: 'simple CEF 0 message',
      input: 'CEF:0|Security|threatmanager|1.0|100|worm successfully stopped|10|src=10.0.0.1 dst=2.1.2.2 spt=1232',
      want: cef(['0', 'Security', 'threatmanager', '1.0', '100', 'worm successfully stopped', '10'], { src: '10.0.0.1', dst: '2.1.2.2', spt: '1232' }),
    },
    { name: 'CEF 1 message', input: 'CEF:1|ArcSight|ArcSight|2.4.1|machine:20|New alert|Low|src=10.0.0.1', want: cef(['1', 'ArcSight', 'ArcSight', '2.4.1', 'machine:20', 'New alert', 'Low'], { src: '10.0.0.1' }) },
    { name: 'no extension, no trailing pipe', input: 'CEF:0|Vendor|Product|1.0|EventID|EventName|5', want: cef(['0', 'Vendor', 'Product', '1.0', 'EventID', 'EventName', '5'], {}) },
    { name: 'trailing pipe, empty extension', input: 'CEF:0|Vendor|Product|1.0|EventID|EventName|5|', want: cef(['0', 'Vendor', 'Product', '1.0', 'EventID', 'EventName', '5'], {}) },
    {
      name: 'escaped pipe in header',
      input: String.raw`CEF:0|Security|threatmanager|1.0|100|detected a \| in name|10|src=10.0.0.1`,
      want: cef(['0', 'Security', 'threatmanager', '1.0', '100', 'detected a | in name', '10'], { src: '10.0.0.1' }),
    },
    {
      name: 'escaped backslash in header',
      input: String.raw`CEF:0|Security|threatmanager|1.0|100|detected a \\ in name|10|src=10.0.0.1`,
      want: cef(['0', 'Security', 'threatmanager', '1.0', '100', String.raw`detected a \ in name`, '10'], { src: '10.0.0.1' }),
    },
    { name: 'extension value with spaces', input: 'CEF:0|Vendor|Product|1.0|100|Event|5|src=10.0.0.1 msg=this is a message with spaces dst=1.2.3.4', want: cef(VP, { src: '10.0.0.1', msg: 'this is a message with spaces', dst: '1.2.3.4' }) },
    { name: 'escaped equals', input: String.raw`CEF:0|Vendor|Product|1.0|100|Event|5|src=10.0.0.1 cs1=value with \= equals dst=1.2.3.4`, want: cef(VP, { src: '10.0.0.1', cs1: 'value with = equals', dst: '1.2.3.4' }) },
    { name: 'escaped backslash in value', input: String.raw`CEF:0|Vendor|Product|1.0|100|Event|5|fname=C:\\Windows\\System32\\cmd.exe`, want: cef(VP, { fname: String.raw`C:\Windows\System32\cmd.exe` }) },
    { name: 'escaped newline', input: String.raw`CEF:0|Vendor|Product|1.0|100|Event|5|msg=line one\nline two`, want: cef(VP, { msg: 'line one\nline two' }) },
    { name: 'escaped carriage return', input: String.raw`CEF:0|Vendor|Product|1.0|100|Event|5|msg=line one\rline two`, want: cef(VP, { msg: 'line one\rline two' }) },
    {
      name: 'syslog RFC 3164 prefix',
      input: '<134>Sep 19 08:26:10 host CEF:0|Security|threatmanager|1.0|100|worm successfully stopped|10|src=10.0.0.1 dst=2.1.2.2',
      want: cef(['0', 'Security', 'threatmanager', '1.0', '100', 'worm successfully stopped', '10'], { src: '10.0.0.1', dst: '2.1.2.2' }),
    },
    {
      name: 'syslog RFC 5424 prefix',
      input: '<134>1 2024-03-01T10:15:00.000Z host app - - - CEF:0|Vendor|Product|1.0|EventID|EventName|5|src=10.0.0.1',
      want: cef(['0', 'Vendor', 'Product', '1.0', 'EventID', 'EventName', '5'], { src: '10.0.0.1' }),
    },
    { name: 'custom string labels', input: 'CEF:0|Vendor|Product|1.0|100|Event|5|cs1Label=Username cs1=jdoe cs2Label=Role cs2=admin', want: cef(VP, { cs1Label: 'Username', cs1: 'jdoe', cs2Label: 'Role', cs2: 'admin' }) },
    { name: 'equals inside a URL value', input: 'CEF:0|Vendor|Product|1.0|100|Event|5|request=http://example.com?foo=bar&baz=qux src=10.0.0.1', want: cef(VP, { request: 'http://example.com?foo=bar&baz=qux', src: '10.0.0.1' }) },
    {
      name: 'escaped pipe and backslash in header fields',
      input: String.raw`CEF:0|Vendor\\Co|Product\|X|1.0|100|Event|5|src=10.0.0.1`,
      want: cef(['0', String.raw`Vendor\Co`, 'Product|X', '1.0', '100', 'Event', '5'], { src: '10.0.0.1' }),
    },
    { name: 'trailing spaces trimmed from values', input: 'CEF:0|Vendor|Product|1.0|100|Event|5|a=x   b=y  ', want: cef(VP, { a: 'x', b: 'y' }) },
    { name: 'pipes in the extension are data', input: 'CEF:0|Vendor|Product|1.0|100|Event|5|msg=a|b', want: cef(VP, { msg: 'a|b' }) },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    expect(parse(input)).toEqual(want);
  });

  it.each([
    ['empty input', '', 'cannot parse empty CEF message'],
    ['not CEF', 'LEEF:1.0|Vendor|Product|1.0|EventID|src=1.2.3.4', "'CEF:' not found"],
    ['missing version', 'CEF:|a|b|c|d|e|f', 'invalid CEF message: missing version'],
    ['too few header fields', 'CEF:0|a|b|c', 'invalid CEF header: expected at least 7 pipe-delimited fields'],
  ])('error: %s', (_name, input, message) => {
    expect(() => parse(input)).toThrow(message);
  });
});
