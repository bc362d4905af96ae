/** The shared parser instance (Chevrotain parsers are built once and reused). */
import { OttlParser } from './grammar.js';

/** The one `OttlParser`; set `input` then call an entry rule. Not re-entrant. */
export const ottlParser = new OttlParser();
