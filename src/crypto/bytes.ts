// Small byte helpers shared by the crypto layer (no Node Buffer: this code also runs in the browser).

/** A Uint8Array backed by a plain ArrayBuffer, as WebCrypto's BufferSource wants it. */
export type Bytes = Uint8Array<ArrayBuffer>;

export function bytes(data: ArrayBuffer | ArrayBufferView): Bytes {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const copy = new Uint8Array(data.byteLength);
  copy.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  return copy;
}

/** An ArrayBuffer holding exactly these bytes (for APIs that want an ArrayBuffer). */
export function toArrayBuffer(data: Uint8Array): ArrayBuffer {
  if (
    data.byteOffset === 0 &&
    data.byteLength === data.buffer.byteLength &&
    data.buffer instanceof ArrayBuffer
  ) {
    return data.buffer;
  }
  return bytes(data).buffer;
}

export function concatBytes(...parts: Uint8Array[]): Bytes {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export function randomBytes(length: number): Bytes {
  const out = new Uint8Array(length);
  globalThis.crypto.getRandomValues(out);
  return out;
}

export function utf8(text: string): Bytes {
  return new TextEncoder().encode(text) as Bytes;
}

/** UTF-16 big-endian with a two-byte NUL terminator: the password encoding of the PKCS#12 KDF (RFC 7292 B.1). */
export function bmpPassword(text: string): Bytes {
  const out = new Uint8Array(text.length * 2 + 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i * 2] = code >> 8;
    out[i * 2 + 1] = code & 0xff;
  }
  return out;
}

/** UTF-16 big-endian without terminator (the BMPString of a friendlyName). */
export function bmpString(text: string): Bytes {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i * 2] = code >> 8;
    out[i * 2 + 1] = code & 0xff;
  }
  return out;
}

export function toHex(data: Uint8Array): string {
  let out = "";
  for (const byte of data) out += byte.toString(16).padStart(2, "0");
  return out;
}

/** "AB:CD:…", the way openssl and Windows print fingerprints and serial numbers. */
export function toColonHex(data: Uint8Array): string {
  if (data.length === 0) return "";
  let out = HEX_UPPER[data[0] as number] as string;
  for (let i = 1; i < data.length; i++) out += `:${HEX_UPPER[data[i] as number] as string}`;
  return out;
}

const HEX_UPPER = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0").toUpperCase());

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

export function toBase64(data: Uint8Array): string {
  // the platform's encoder where there is one (browsers, Node): the key and CSR files are written in bulk
  if (typeof btoa === "function") {
    let binary = "";
    for (let i = 0; i < data.length; i += 0x8000)
      binary += String.fromCharCode.apply(null, data.subarray(i, i + 0x8000) as unknown as number[]);
    return btoa(binary);
  }
  return ASCII.decode(base64Codes(data, 0));
}

const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));

/** ASCII bytes to a string (UTF-8 is ASCII there), natively: String.fromCharCode over an array of codes cost
 *  more than the base64 itself. */
const ASCII = new TextDecoder();

/** Base64 in lines of 64 characters, each ending with "\n" (the body of a PEM block, RFC 7468); "" for no
 *  bytes. The characters are written as codes into one array and made a string once: a key and a CSR are
 *  written per key made, and a string built piece by piece, then sliced into lines, cost more. */
export function toBase64Lines(data: Uint8Array): string {
  return ASCII.decode(base64Codes(data, 64));
}

/** The base64 of `data` as character codes, with "\n" after every `lineLength` characters and after the last
 *  line (`lineLength` 0: one line, no "\n"). */
function base64Codes(data: Uint8Array, lineLength: number): Uint8Array {
  const chars = Math.ceil(data.length / 3) * 4;
  const out = new Uint8Array(chars + (lineLength > 0 ? Math.ceil(chars / lineLength) : 0));
  let o = 0;
  let column = 0;
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const n = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    out[o] = B64_CODES[n >>> 18]!;
    out[o + 1] = B64_CODES[(n >>> 12) & 63]!;
    out[o + 2] = B64_CODES[(n >>> 6) & 63]!;
    out[o + 3] = B64_CODES[n & 63]!;
    o += 4;
    column += 4;
    if (column === lineLength) {
      out[o++] = 0x0a;
      column = 0;
    }
  }
  const rest = data.length - i;
  if (rest > 0) {
    const n = (data[i]! << 16) | (rest === 2 ? data[i + 1]! << 8 : 0);
    out[o] = B64_CODES[n >>> 18]!;
    out[o + 1] = B64_CODES[(n >>> 12) & 63]!;
    out[o + 2] = rest === 2 ? B64_CODES[(n >>> 6) & 63]! : 0x3d;
    out[o + 3] = 0x3d;
    o += 4;
    column += 4;
  }
  if (lineLength > 0 && column > 0) out[o++] = 0x0a;
  return out;
}

const B64_INDEX = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) table[B64.charCodeAt(i)] = i;
  return table;
})();

/** Value of one base64 character, or -1. */
export function base64Value(code: number): number {
  return code < 128 ? B64_INDEX[code]! : -1;
}

/** Decodes strict base64 (no whitespace, correct padding); null when it is not. */
export function fromBase64(text: string): Bytes | null {
  if (text.length % 4 !== 0) return null;
  let padding = 0;
  if (text.endsWith("==")) padding = 2;
  else if (text.endsWith("=")) padding = 1;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const last = i + 4 === text.length;
    const a = base64Value(text.charCodeAt(i));
    const b = base64Value(text.charCodeAt(i + 1));
    const c = last && padding === 2 ? 0 : base64Value(text.charCodeAt(i + 2));
    const d = last && padding >= 1 ? 0 : base64Value(text.charCodeAt(i + 3));
    if (a < 0 || b < 0 || c < 0 || d < 0) return null;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = (n >> 16) & 0xff;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}

/** Formats a byte count the way an admin reads it: "3 MB", "1.4 MB", "850 kB". */
export function formatSize(size: number): string {
  if (size >= 1024 * 1024) {
    const mb = Math.round((size / (1024 * 1024)) * 10) / 10;
    return `${mb} MB`;
  }
  if (size >= 1024) return `${Math.round(size / 1024)} kB`;
  return `${size} bytes`;
}
