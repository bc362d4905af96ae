/**
 * `string_decoder` for iconv-lite in the browser: UTF-8 and UTF-16LE decode as a stream through
 * `TextDecoder`; the single-byte and text encodings (latin1, base64, hex) through `buffer`'s Buffer.
 */
import { Buffer } from 'buffer';

const STREAMED: Record<string, string> = { utf8: 'utf-8', 'utf-8': 'utf-8', ucs2: 'utf-16le', 'ucs-2': 'utf-16le', utf16le: 'utf-16le', 'utf-16le': 'utf-16le' };

/** Node's StringDecoder (write/end) for the encodings iconv-lite's internal codec asks for. */
export class StringDecoder {
  private readonly decoder: TextDecoder | null;
  /** base64 only: bytes of an incomplete 3-byte group, held for the next write (as Node does). */
  private pending: Uint8Array = new Uint8Array(0);
  constructor(private readonly encoding = 'utf8') {
    const streamed = STREAMED[encoding.toLowerCase()];
    this.decoder = streamed === undefined ? null : new TextDecoder(streamed);
  }
  write(buf: Uint8Array): string {
    if (this.decoder !== null) return this.decoder.decode(buf, { stream: true });
    if (this.encoding.toLowerCase() === 'base64') {
      const all = Buffer.concat([this.pending, buf]);
      const whole = all.length - (all.length % 3);
      this.pending = all.subarray(whole);
      return all.subarray(0, whole).toString('base64');
    }
    return Buffer.from(buf).toString(this.encoding as BufferEncoding);
  }
  end(buf?: Uint8Array): string {
    const tail = buf === undefined ? '' : this.write(buf);
    if (this.decoder !== null) return tail + this.decoder.decode();
    const rest = this.pending.length > 0 ? Buffer.from(this.pending).toString('base64') : '';
    this.pending = new Uint8Array(0);
    return tail + rest;
  }
}

export default { StringDecoder };
