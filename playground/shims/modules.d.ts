/** Text files the bundle embeds (esbuild's `text` loader). */
declare module '*.yaml' {
  const text: string;
  export default text;
}
/** The context vocabulary, generated at build time (see ../vocabulary.ts). */
declare module 'virtual:vocabulary' {
  import type { ContextVocabulary } from '../vocabulary.js';
  const vocabulary: Record<string, ContextVocabulary>;
  export default vocabulary;
}
