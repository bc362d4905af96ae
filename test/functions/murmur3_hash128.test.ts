import { Murmur3Hash128 } from '../../src/functions/murmur3_hash128.js';
import { runHashCases } from './hash-cases.js';

runHashCases(Murmur3Hash128, [
  { name: 'string (reference row)', input: 'Hello World', want: 'dbc2a0c1ab26631a27b4c09fcf1fe683' },
  { name: 'empty string (reference row)', input: '', want: '00000000000000000000000000000000' },
  { name: 'short tail (conformance)', input: 'abc', want: '6778ad3f3f3f96b4522dca264174a23b' },
]);
