/**
 * `string_decoder` for iconv-lite in the browser: UTF-8 and UTF-16LE decode as a stream through
 * `TextDecoder`; the single-byte and text encodings (latin1, base64, hex) through `buffer`'s Buffer.
 */
import { Buffer } from 'buffer';

const STREAMED: Record<string, string> = { utf8: 'utf-8', 'utf-8': 'utf-8', ucs2: 'utf-16le', 'ucs-2': 'utf-16le', utf16le: 'utf-16le', 'utf-16le': 'utf-16le' };

/** Node's StringDecoder (write/end) for the encodings iconv-lite's internal codec asks for. */
export class StringDecoder {
  private readonly decoder: TextDecoder | null;
  constructor(private readonly encoding = 'utf8') {
    const streamed = STREAMED[encoding.toLowerCase()];
    this.decoder = streamed === undefined ? null : new TextDecoder(streamed);
  }
  write(buf: Uint8Array): string {
    if (this.decoder !== null) return this.decoder.decode(buf, { stream: true });
    return Buffer.from(buf).toString(this.encoding as BufferEncoding);
  }
  end(buf?: Uint8Array): string {
    const tail = buf === undefined ? '' : this.write(buf);
    return this.decoder === null ? tail : tail + this.decoder.decode();
  }
}

export default { StringDecoder };
