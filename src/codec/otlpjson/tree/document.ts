/**
 * The fast path of the decoder: `JSON.parse` (native, several times faster than any reader written
 * in JavaScript), then a walk of its tree straight into the model, tallying what the text must
 * hold (`tally.ts`): a compact text of exactly that length lost nothing to `JSON.parse`; any other
 * goes through the checks of `text-checks.ts`. It answers `null` — never an error — for
 * anything it does not vouch for: invalid JSON or OTLP, repeated attribute keys (which need a
 * notice with a line), rounded numbers, repeated object keys. The caller then reads that document
 * from its text, which yields the same documents and the positioned errors.
 */
import type { TelemetryDocument } from '../../../core/model.js';
import { asObject, skip } from './common.js';
import { SIGNALS } from '../schema/signals.js';
import { DECLINE, decline } from './scalars.js';
import { objectChars, tally } from './tally.js';
import { hasShortLiteral, outerSpace, textAgrees } from './text-checks.js';

/**
 * The document `text` holds (one JSON value, surrounding whitespace allowed), or `null` when it
 * must be read by the text reader.
 */
export function documentFromText(text: string): TelemetryDocument | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  tally.keys = 0;
  tally.chars = 0;
  tally.shorter = false;
  let doc: TelemetryDocument;
  try {
    doc = document(parsed);
  } catch (e) {
    // DECLINE, or a stack overflow on a value nested near the depth limit: the text reader decides.
    // Anything else is a bug, and must not hide behind the slower path.
    if (e === DECLINE || e instanceof RangeError) return null;
    throw e;
  }
  if (tally.chars === text.length - outerSpace(text) && !(tally.shorter && hasShortLiteral(text))) return doc;
  return textAgrees(text, tally.keys) ? doc : null;
}

function document(v: unknown): TelemetryDocument {
  const o = asObject(v);
  let doc: TelemetryDocument | null = null;
  let unknown = false;
  let n = 0;
  let keyChars = 0;
  for (const k in o) {
    n++;
    keyChars += k.length;
    const x = o[k];
    const signal = SIGNALS.get(k);
    if (signal === undefined) {
      unknown = true;
      skip(x);
      continue;
    }
    const next = signal.tree(x);
    // Two signals in one document is an error the text reader reports.
    if (doc !== null) decline();
    doc = next;
  }
  tally.keys += n;
  tally.chars += objectChars(n, keyChars);
  // Members but no signal: a misspelt key, reported by the text reader.
  if (doc === null && unknown) decline();
  return doc ?? { signal: 'logs', data: { resourceLogs: [] } };
}
