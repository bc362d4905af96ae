import { Murmur3Hash } from '../../src/functions/murmur3_hash.js';
import { runHashCases } from './hash-cases.js';

runHashCases(Murmur3Hash, [
  { name: 'string (reference row)', input: 'Hello World', want: 'ce837619' },
  { name: 'empty string (reference row)', input: '', want: '00000000' },
  {
    name: 'conformance funcs/murmur3_hash/string-attribute',
    input: 'http://localhost/health?token=abc123&user=bob',
    want: '04a4a17f',
  },
]);
