import { MD5 } from '../../src/functions/md5.js';
import { runHashCases } from './hash-cases.js';

runHashCases(MD5, [
  { name: 'string (reference row)', input: 'hello world', want: '5eb63bbbe01eeed093cb22bb8f5acdc3' },
  { name: 'empty string', input: '', want: 'd41d8cd98f00b204e9800998ecf8427e' },
  { name: 'classic vector', input: 'The quick brown fox jumps over the lazy dog', want: '9e107d9d372bb6826bd81d3542a419d6' },
]);
