import { SHA512 } from '../../src/functions/sha512.js';
import { runHashCases } from './hash-cases.js';

runHashCases(SHA512, [
  {
    name: 'string (reference row)',
    input: 'hello world',
    want: '309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f',
  },
  {
    name: 'UTF-8 (conformance funcs/sha512/path-utf8)',
    input: 'héllo ✓',
    want: '5a8dbb6169e8fd30480c55d8b9f6e77d7bf79e4930c77ffcdec87eede5e5fa7faa79deba6a3fdf6532681ac3b079f29e7270cf11bd45bf143be032c4518d1496',
  },
]);
