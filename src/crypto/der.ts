// A minimal DER writer for what we generate (the CSR): definite lengths, the few universal types a PKCS#10
// request uses. Writing a CSR is a few hundred bytes of fixed structure; doing it directly instead of through
// an ASN.1 object model makes a key + CSR cost about what WebCrypto costs (the bench compares the two).
//
// It writes backwards, from the end of one buffer towards its start: a TLV's contents are written first
// (its last part first), and then its length — now known — and its tag in front of them. Every value is
// written once, into one buffer, with no object per TLV and no second pass. Building nested SEQUENCEs by
// concatenating byte arrays allocated and copied every level again, and later by a tree of nodes written in
// two passes, was most of a CSR's JavaScript time; in Chromium that JavaScript, and the garbage it leaves for
// the collector, runs on the page's thread next to WebCrypto's own work, which there is done in the call.

import { type Bytes, utf8 } from "./bytes";

export class DerWriter {
  private buffer: Uint8Array;
  /** where the bytes written so far begin: they are buffer[at, buffer.length) */
  private at: number;

  constructor(capacity = 1024) {
    this.buffer = new Uint8Array(capacity);
    this.at = capacity;
  }

  /** Forget what was written (the buffer is kept for the next value). */
  reset(): this {
    this.at = this.buffer.length;
    return this;
  }

  /** How many bytes are written: a TLV begun at `start = written()` is closed with close(tag, start). */
  written(): number {
    return this.buffer.length - this.at;
  }

  private room(n: number): void {
    if (this.at >= n) return;
    const used = this.written();
    let capacity = this.buffer.length * 2;
    while (capacity - used < n) capacity *= 2;
    const next = new Uint8Array(capacity);
    next.set(this.buffer.subarray(this.at), capacity - used);
    this.buffer = next;
    this.at = capacity - used;
  }

  /** Bytes as they are (contents, or a value already encoded). */
  bytes(data: Uint8Array): this {
    this.room(data.length);
    this.at -= data.length;
    this.buffer.set(data, this.at);
    return this;
  }

  byte(value: number): this {
    this.room(1);
    this.buffer[--this.at] = value;
    return this;
  }

  /** The characters of an ASCII string as bytes (the caller has checked the alphabet). */
  ascii(value: string): this {
    this.room(value.length);
    for (let i = value.length - 1; i >= 0; i--) this.buffer[--this.at] = value.charCodeAt(i);
    return this;
  }

  /** Closes the TLV whose contents are everything written since `start`: writes its length and tag. */
  close(tag: number, start: number): this {
    const n = this.written() - start;
    this.room(6);
    const b = this.buffer;
    if (n < 0x80) b[--this.at] = n;
    else {
      let octets = 0;
      for (let v = n; v > 0; v = Math.floor(v / 256)) {
        b[--this.at] = v & 0xff;
        octets++;
      }
      b[--this.at] = 0x80 | octets;
    }
    b[--this.at] = tag;
    return this;
  }

  /** A primitive TLV of the given contents. */
  tlv(tag: number, contents: Uint8Array): this {
    const start = this.written();
    return this.bytes(contents).close(tag, start);
  }

  /** PrintableString / IA5String / dNSName: the caller has checked the alphabet (ASCII). */
  asciiString(tag: number, value: string): this {
    const start = this.written();
    return this.ascii(value).close(tag, start);
  }

  utf8String(value: string): this {
    return this.tlv(0x0c, utf8(value));
  }

  /** An INTEGER from unsigned big-endian bytes: leading zeros dropped, a 0x00 added when the top bit is set. */
  unsignedInteger(data: Uint8Array): this {
    let i = 0;
    while (i < data.length - 1 && data[i] === 0) i++;
    const start = this.written();
    this.bytes(i === 0 ? data : data.subarray(i));
    if ((data[i] ?? 0) & 0x80) this.byte(0);
    return this.close(0x02, start);
  }

  /** A named-bit BIT STRING (KeyUsage): bit 0 is the top bit of the first byte; DER drops trailing zero bits. */
  namedBits(flags: readonly number[]): this {
    let highest = -1;
    for (const bit of flags) if (bit > highest) highest = bit;
    const start = this.written();
    if (highest < 0) return this.byte(0).close(0x03, start);
    const length = (highest >> 3) + 1;
    this.room(length + 1);
    this.at -= length;
    const b = this.buffer;
    b.fill(0, this.at, this.at + length);
    for (const bit of flags)
      b[this.at + (bit >> 3)] = (b[this.at + (bit >> 3)] as number) | (0x80 >> (bit & 7));
    this.byte(7 - (highest & 7));
    return this.close(0x03, start);
  }

  /** A copy of what was written. */
  toBytes(): Bytes {
    return this.buffer.slice(this.at);
  }
}

/** An OBJECT IDENTIFIER, encoded (tag and length included), from its dotted form. */
export function oid(dotted: string): Bytes {
  const arcs = dotted.split(".").map(Number);
  const out: number[] = [40 * (arcs[0] as number) + (arcs[1] as number)];
  for (const arc of arcs.slice(2)) {
    const septets: number[] = [arc & 0x7f];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128)) septets.unshift((v & 0x7f) | 0x80);
    out.push(...septets);
  }
  return new DerWriter(out.length + 2).tlv(0x06, new Uint8Array(out)).toBytes();
}

export const NULL: Bytes = new Uint8Array([0x05, 0x00]);
export const TRUE: Bytes = new Uint8Array([0x01, 0x01, 0xff]);

/** ECDSA signature from WebCrypto's IEEE P1363 form (r ‖ s) to the DER SEQUENCE { r INTEGER, s INTEGER }
 *  that X.509 and PKCS#10 carry, written into `w`. */
export function writeEcdsaSignature(w: DerWriter, raw: Uint8Array): DerWriter {
  const half = raw.length / 2;
  const start = w.written();
  return w.unsignedInteger(raw.subarray(half)).unsignedInteger(raw.subarray(0, half)).close(0x30, start);
}
