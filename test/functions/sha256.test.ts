import { SHA256 } from '../../src/functions/sha256.js';
import { runHashCases } from './hash-cases.js';

runHashCases(SHA256, [
  {
    name: 'string (reference row)',
    input: 'hello world',
    want: 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9',
  },
  { name: 'empty string', input: '', want: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
]);
