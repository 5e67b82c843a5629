// A minimal DER writer for what we generate (the CSR): definite lengths, the few universal types a PKCS#10
// request uses. Writing a CSR is a few hundred bytes of fixed structure; doing it directly instead of through
// an ASN.1 object model makes a key + CSR cost what WebCrypto costs (the bench compares the two).

import { type Bytes, utf8 } from "./bytes";

/** A DER value being built: raw bytes (a primitive's contents or an already encoded value) or a TLV whose parts
 *  are written once, into one buffer, by encode(). Building nested SEQUENCEs by concatenating byte arrays
 *  allocated and copied every level again: for a CSR that was most of its JavaScript time (≈0.2 ms of ≈0.3 ms,
 *  against ≈0.15 ms of WebCrypto work for a P-256 key). */
export type Der = Uint8Array | DerNode;

export interface DerNode {
  readonly tag: number;
  readonly parts: readonly Der[];
  /** the length of the contents */
  readonly length: number;
  /** the length of the whole TLV */
  readonly size: number;
}

function sizeOf(d: Der): number {
  return d instanceof Uint8Array ? d.length : d.size;
}

function headerSize(n: number): number {
  return n < 0x80 ? 2 : n < 0x100 ? 3 : n < 0x10000 ? 4 : 5;
}

/** One TLV with a definite length. */
export function tlv(tag: number, ...parts: Der[]): DerNode {
  let length = 0;
  for (const part of parts) length += sizeOf(part);
  return { tag, parts, length, size: headerSize(length) + length };
}

function write(d: Der, out: Uint8Array, at: number): number {
  if (d instanceof Uint8Array) {
    out.set(d, at);
    return at + d.length;
  }
  const n = d.length;
  const h = headerSize(n);
  out[at] = d.tag;
  if (h === 2) out[at + 1] = n;
  else {
    out[at + 1] = 0x80 | (h - 2);
    for (let i = h - 1, v = n; i >= 2; i--, v >>= 8) out[at + i] = v & 0xff;
  }
  let offset = at + h;
  for (const part of d.parts) offset = write(part, out, offset);
  return offset;
}

/** The DER bytes of a value. */
export function encode(d: Der): Bytes {
  const out = new Uint8Array(sizeOf(d));
  write(d, out, 0);
  return out;
}

export const sequence = (...items: Der[]): DerNode => tlv(0x30, ...items);
export const set = (...items: Der[]): DerNode => tlv(0x31, ...items);
export const octetString = (data: Der): DerNode => tlv(0x04, data);
export const NULL: Bytes = new Uint8Array([0x05, 0x00]);
export const TRUE: Bytes = new Uint8Array([0x01, 0x01, 0xff]);

const ZERO: Bytes = new Uint8Array([0]);

/** A BIT STRING of whole bytes (no unused bits): signatures. */
export const bitString = (data: Uint8Array): DerNode => tlv(0x03, ZERO, data);

/** An INTEGER from unsigned big-endian bytes: leading zeros dropped, a 0x00 added when the top bit is set. */
export function unsignedInteger(data: Uint8Array): DerNode {
  let i = 0;
  while (i < data.length - 1 && data[i] === 0) i++;
  const trimmed = data.subarray(i);
  return (trimmed[0] ?? 0) & 0x80 ? tlv(0x02, ZERO, trimmed) : tlv(0x02, trimmed);
}

export const smallInteger = (value: number): DerNode => unsignedInteger(new Uint8Array([value]));

const oidCache = new Map<string, Bytes>();

/** An OBJECT IDENTIFIER from its dotted form. */
export function oid(dotted: string): Bytes {
  const cached = oidCache.get(dotted);
  if (cached) return cached;
  const arcs = dotted.split(".").map(Number);
  const out: number[] = [40 * (arcs[0] as number) + (arcs[1] as number)];
  for (const arc of arcs.slice(2)) {
    const septets: number[] = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) septets.unshift((v & 0x7f) | 0x80);
    out.push(...septets);
  }
  const der = encode(tlv(0x06, new Uint8Array(out)));
  oidCache.set(dotted, der);
  return der;
}

export const utf8String = (value: string): DerNode => tlv(0x0c, utf8(value));
/** PrintableString / IA5String: the caller has checked the alphabet (ASCII). */
export const printableString = (value: string): DerNode => tlv(0x13, ascii(value));
export const ia5String = (value: string): DerNode => tlv(0x16, ascii(value));

export function ascii(value: string): Bytes {
  const out = new Uint8Array(value.length);
  for (let i = 0; i < value.length; i++) out[i] = value.charCodeAt(i);
  return out;
}

/** A named-bit BIT STRING (KeyUsage): bit 0 is the top bit of the first byte; DER drops trailing zero bits. */
export function namedBits(flags: number[]): Der {
  const highest = Math.max(-1, ...flags);
  if (highest < 0) return new Uint8Array([0x03, 0x01, 0x00]);
  const data = new Uint8Array(Math.floor(highest / 8) + 1);
  for (const bit of flags) data[bit >> 3] = (data[bit >> 3] as number) | (0x80 >> (bit & 7));
  const unused = 7 - (highest & 7);
  return tlv(0x03, new Uint8Array([unused]), data);
}

/** ECDSA signature from WebCrypto's IEEE P1363 form (r ‖ s) to the DER SEQUENCE { r INTEGER, s INTEGER }
 *  that X.509 and PKCS#10 carry. */
export function ecdsaSignatureToDer(raw: Uint8Array): Bytes {
  const half = raw.length / 2;
  return encode(sequence(unsignedInteger(raw.subarray(0, half)), unsignedInteger(raw.subarray(half))));
}
