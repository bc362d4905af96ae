/** Shared plumbing of the XML converters: parse errors become run-time errors. */
import { OttlRuntimeError } from '../../core/errors.js';
import { ArgumentError } from '../signature.js';
import { compileXPath, parseXmlDoc, type CompiledXPath, type XmlDoc } from './xml-doc.js';

/** Parses a document or throws an OttlRuntimeError with the parser's message. */
export function docOrThrow(text: string): XmlDoc {
  try {
    return parseXmlDoc(text);
  } catch (e) {
    throw new OttlRuntimeError((e as Error).message);
  }
}

/** Compiles a literal XPath at compile time (ArgumentError on the named parameter). */
export function xpathArg(param: string, expr: string): CompiledXPath {
  try {
    return compileXPath(expr);
  } catch (e) {
    throw new ArgumentError(param, (e as Error).message);
  }
}
