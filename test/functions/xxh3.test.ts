import { XXH3 } from '../../src/functions/xxh3.js';
import { runHashCases } from './hash-cases.js';

runHashCases(XXH3, [
  { name: 'string (reference row)', input: 'hello world', want: 'd447b1ea40e6988b' },
  { name: 'empty string (reference row)', input: '', want: '2d06800538d394c2' },
]);
