/**
 * The page's whole state and its URL-fragment form: `#s=` + base64url of the deflated JSON when the
 * browser can compress, `#j=` + base64url of the JSON otherwise. No server is involved.
 */

/** Everything a shared link reproduces. */
export interface PageState {
  config: string;
  input: string;
  target: string;
  errorMode: '' | 'ignore' | 'silent' | 'propagate';
  gates: string[];
  showUnchanged: boolean;
  outputView: 'diff' | 'raw' | 'statements' | 'dropped';
}

const toBase64Url = (bytes: Uint8Array) => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
};

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/** The fragment (without `#`) that encodes `state`. */
export async function encodeState(state: PageState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  if (typeof CompressionStream === 'function') return `s=${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
  return `j=${toBase64Url(json)}`;
}

/** The state a fragment encodes, or null when it encodes none. */
export async function decodeState(fragment: string): Promise<Partial<PageState> | null> {
  const f = fragment.replace(/^#/, '');
  try {
    if (f.startsWith('s=')) return JSON.parse(new TextDecoder().decode(await pipe(fromBase64Url(f.slice(2)), new DecompressionStream('deflate-raw'))));
    if (f.startsWith('j=')) return JSON.parse(new TextDecoder().decode(fromBase64Url(f.slice(2))));
  } catch {
    return null;
  }
  return null;
}
