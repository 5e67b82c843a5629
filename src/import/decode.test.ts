import { describe, expect, it } from "vitest";
import { checkFileSize, decodeBytes } from "./decode";

const utf16le = (s: string, bom: boolean) => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let i = 0;
  if (bom) {
    out[i++] = 0xff;
    out[i++] = 0xfe;
  }
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out[i++] = c & 0xff;
    out[i++] = c >> 8;
  }
  return out;
};

describe("decoding a dropped export", () => {
  it("reads UTF-8 and UTF-16 (what Windows PowerShell's > writes), with or without a byte order mark", () => {
    const xml = '<Topology xmlns="urn:x">é</Topology>';
    expect(decodeBytes(new TextEncoder().encode(xml))).toBe(xml);
    expect(decodeBytes(utf16le(xml, true))).toBe(xml);
    expect(decodeBytes(utf16le(xml, false))).toBe(xml);
  });
  it("refuses a file far larger than an export before reading it", () => {
    expect(() => checkFileSize(50 * 1024 * 1024, "big.xml")).toThrow(/“big\.xml” is 50\.0 MB/);
    expect(() => checkFileSize(300 * 1024, "ok.xml")).not.toThrow();
  });
});
