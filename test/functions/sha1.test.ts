import { SHA1 } from '../../src/functions/sha1.js';
import { runHashCases } from './hash-cases.js';

runHashCases(SHA1, [
  { name: 'string (reference row)', input: 'hello world', want: '2aae6c35c94fcfb415dbe95f408b9ce91ee846ed' },
  { name: 'empty string', input: '', want: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' },
]);
