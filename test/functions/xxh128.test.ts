import { XXH128 } from '../../src/functions/xxh128.js';
import { runHashCases } from './hash-cases.js';

runHashCases(XXH128, [
  { name: 'string (reference row)', input: 'hello world', want: 'df8d09e93f874900a99b8775cc15b6c7' },
  { name: 'empty string (reference row)', input: '', want: '99aa06d3014798d86001c324468d497f' },
]);
