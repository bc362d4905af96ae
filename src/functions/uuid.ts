/** `UUID()`: a random (version 4) UUID as text. */
import { randomUUID } from 'node:crypto';

import { defineFunction } from './signature.js';

/** Returns a new random version-4 UUID in lower-case hex with dashes. Not deterministic. */
export const UUID = defineFunction({
  name: 'UUID',
  kind: 'converter',
  description: 'Returns a new random (v4) UUID',
  params: [] as const,
  create: () => () => randomUUID(),
});
