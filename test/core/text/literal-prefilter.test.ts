import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { containsAll, literalPrefix, requiredLiterals } from '../../../src/core/text/literal-prefilter.js';
import { compileRegex } from '../../../src/core/text/regex.js';

describe('requiredLiterals (the extract patterns prefilter)', () => {
  it.each([
    ['^user=(?P<user>\\w+) action=(?P<action>\\w+)$', [' action=', 'user=']],
    ['GET (?P<path>\\S+) HTTP/1\\.1', [' HTTP/1.1', 'GET ']],
    // At most 4, longest first, each ≥ 3 characters.
    ['aaaa.bbbbb.ccc.dd.eeeeee.ffffffff', ['ffffffff', 'eeeeee', 'bbbbb', 'aaaa']],
    // A quantified character is not required: `abcd?` requires only `abc`.
    ['abcd?(?P<x>.)', ['abc']],
    ['ab+cdef(?P<x>.)', ['cdef']],
    // Skipped: case-insensitive flag, top-level alternation, \Q…\E.
    ['(?i)user=(?P<u>\\w+)', []],
    ['(?is:x)user=(?P<u>\\w+)', []],
    ['user=(?P<u>\\w+)|name=(?P<n>\\w+)', []],
    ['\\Qa.b\\E(?P<x>.)', []],
    // Alternation inside a group is fine: the group is skipped.
    ['(?P<k>user|name)=value', ['=value']],
    // Classes and escapes end runs.
    ['abc[def]ghi\\dxyz', ['abc', 'ghi', 'xyz']],
    // An escape's argument is not literal text: \\p{Greek}, \\pL, \\x41, \\x{41}, octal \\101.
    ['\\p{Greek}+', []],
    ['abc\\pLdef', ['abc', 'def']],
    ['\\x41BCD', ['BCD']],
    ['\\x414243', ['4243']],
    ['\\x{41}BCD', ['BCD']],
    ['\\101234', ['234']],
  ])('%s', (pattern, want) => {
    expect(requiredLiterals(pattern)).toEqual(want);
  });

  it('never rejects a text the regex matches (soundness)', () => {
    const patterns = [
      'user=(?P<u>\\w+) id=(?P<i>\\d+)',
      'abc?d+e{2}fgh(?P<x>.*)',
      'x(?P<a>y|zz)www(?P<b>v?)uuu',
      'ünïcode=(?P<v>.)ß',
      '^\\[(?P<lvl>\\w+)\\] msg: (?P<m>.*)$',
      'a.b.c.d(?P<x>.)eee',
    ].map((p) => ({ p, re: compileRegex(p), lits: requiredLiterals(p) }));
    const alphabet = fc.constantFrom('u', 's', 'e', 'r', '=', ' ', 'i', 'd', '1', 'a', 'b', 'c', 'w', 'x', 'y', 'z', 'v', '[', ']', ':', 'ü', 'ß', 'f', 'g', 'h', 'm');
    const text = fc.oneof(
      fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')),
      fc.constantFrom('user=bob id=42', 'abcddeefghX', 'xywwwuuu', 'xzzwwwvuuu', 'ünïcode=xß', '[info] msg: hi', 'a-b-c-dXeee'),
    );
    fc.assert(
      fc.property(fc.constantFrom(...patterns), text, ({ re, lits }, s) => {
        if (re.test(s)) expect(containsAll(s, lits)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('literalPrefix (where a search may start)', () => {
  it.each([
    ['card=\\d+', 'card='],
    ['abc', 'abc'],
    ['\\.git/(.*)', '.git/'],
    ['😀x[0-9]', '😀x'],
    // A quantified character is not required.
    ['abcd?', 'abc'],
    ['ab*', 'a'],
    ['a{2}', ''],
    // Nothing at the very start, or literals not sound.
    ['^card=', ''],
    ['(?s)card=', ''],
    ['\\bcard=', ''],
    ['(?i)card=', ''],
    ['card=\\d+|pin=\\d+', ''],
    ['\\Qcard\\E', ''],
    ['', ''],
  ])('%s', (pattern, want) => {
    expect(literalPrefix(pattern)).toBe(want);
  });

  it('gives every search the same matches as a search from the start (differential, against the same pattern behind an empty group)', () => {
    const head = fc.array(fc.constantFrom('a', 'b', '=', '\\.', '😀', 'é'), { minLength: 0, maxLength: 3 });
    const tail = fc.array(fc.constantFrom('a', 'b', '\\p{Greek}', '\\pL', '\\x41', '\\101', '\\x{62}b', '\\d+', '[ab]*', 'b?', 'a*', '(a|b=)', '(?P<n>b+)', '\\b', '$', '.', '|a', '|', '{0}', '+', '(?m)^a', ''), { maxLength: 4 });
    const text = fc.array(fc.constantFrom('a', 'b', 'A', 'α', '=', '.', '1', '😀', 'é', ' ', '\n'), { maxLength: 14 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(head, tail, fc.array(text, { minLength: 1, maxLength: 4 }), (h, t, texts) => {
        const pattern = h.join('') + t.join('');
        let fast;
        try {
          fast = compileRegex(pattern);
        } catch {
          return; // not a valid pattern
        }
        // `(?:)` matches the empty string and starts the pattern with a group: no prefix, same matches.
        const plain = compileRegex(`(?:)${pattern}`);
        // re2js itself, with no prefilter at all.
        const raw = RE2JS.compile(pattern);
        for (const s of texts) {
          expect(fast.test(s)).toBe(raw.test(s));
          expect(plain.test(s)).toBe(raw.test(s));
          expect(fast.findSubmatch(s)).toEqual(plain.findSubmatch(s));
          expect(fast.findAllSubmatchIndex(s)).toEqual(plain.findAllSubmatchIndex(s));
          expect(fast.replaceAll(s, '<$0>')).toBe(plain.replaceAll(s, '<$0>'));
          expect(fast.replaceAll(s, '#')).toBe(plain.replaceAll(s, '#'));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
