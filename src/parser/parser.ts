/** The shared parser instance (Chevrotain parsers are built once and reused). */
import { OttlParser } from './grammar.js';

let shared: OttlParser | undefined;

/**
 * The one `OttlParser`, built on first use (building it analyses the grammar: tens of
 * milliseconds a process pays only when it parses). Set `input` then call an entry rule. Not
 * re-entrant.
 */
export function ottlParser(): OttlParser {
  return (shared ??= new OttlParser());
}
