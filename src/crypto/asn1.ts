// Low-level ASN.1 helpers on asn1js trees (for sniffing what a DER blob is, and BER quirks).

import * as asn1js from "asn1js";
import { type Bytes, bytes, concatBytes } from "./bytes";

/** Resource limits for untrusted input (the asn1js defaults, stated so they stay put). */
export const BER_LIMITS: asn1js.FromBerOptions = {
  maxDepth: 64,
  maxNodes: 20_000,
  maxContentLength: 4 * 1024 * 1024,
};

export interface ParsedBer {
  node: asn1js.AsnType;
  /** bytes consumed */
  length: number;
}

/** Parses one BER element at the start of `data`; null when the bytes are not BER. */
export function parseBer(data: Uint8Array): ParsedBer | null {
  try {
    const parsed = asn1js.fromBER(bytes(data), BER_LIMITS);
    if (parsed.offset === -1 || parsed.result.error) return null;
    return { node: parsed.result, length: parsed.offset };
  } catch {
    return null;
  }
}

export function children(node: asn1js.AsnType | undefined): asn1js.AsnType[] {
  if (node instanceof asn1js.Sequence || node instanceof asn1js.Set || node instanceof asn1js.Constructed) {
    return node.valueBlock.value;
  }
  return [];
}

export function isContext(node: asn1js.AsnType | undefined, tag: number): boolean {
  return node !== undefined && node.idBlock.tagClass === 3 && node.idBlock.tagNumber === tag;
}

export function oidOf(node: asn1js.AsnType | undefined): string | null {
  return node instanceof asn1js.ObjectIdentifier ? node.valueBlock.toString() : null;
}

export function integerOf(node: asn1js.AsnType | undefined): number | null {
  if (!(node instanceof asn1js.Integer)) return null;
  const view = node.valueBlock.valueHexView;
  if (view.length > 6) return null;
  return node.valueBlock.valueDec;
}

/** Contents of an OCTET STRING, primitive or constructed (BER, as some Windows PKCS#12 files use). */
export function octetStringContents(node: asn1js.AsnType): Bytes | null {
  if (!(node instanceof asn1js.OctetString)) return null;
  if (!node.valueBlock.isConstructed) return bytes(node.valueBlock.valueHexView);
  const parts: Uint8Array[] = [];
  for (const child of node.valueBlock.value) {
    const part = octetStringContents(child);
    if (!part) return null;
    parts.push(part);
  }
  return concatBytes(...parts);
}

/** Parses DER/BER bytes holding an OCTET STRING and returns its contents. */
export function parseOctetString(data: ArrayBuffer | Uint8Array): Bytes | null {
  const parsed = parseBer(data instanceof Uint8Array ? data : new Uint8Array(data));
  return parsed ? octetStringContents(parsed.node) : null;
}

/** Bit length of an unsigned big-endian integer (ignoring leading zero bytes). */
export function bitLength(value: Uint8Array): number {
  let i = 0;
  while (i < value.length && value[i] === 0) i++;
  if (i === value.length) return 0;
  return (value.length - i - 1) * 8 + (32 - Math.clz32(value[i]!));
}
