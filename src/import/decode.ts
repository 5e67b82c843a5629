// The bytes of a dropped file → text. Windows PowerShell 5.1 writes UTF-16 (little-endian, with a byte order mark)
// when its output is redirected with ">", so `(Get-CsTopology -AsXml).ToString() > topology.xml` gives a UTF-16 file;
// Topology Builder and PowerShell 7 write UTF-8.
import { ImportError, MAX_IMPORT_CHARS } from "./limits";

/** Refuse a file from its size alone, before reading it (a UTF-16 file is twice its text). */
export function checkFileSize(bytes: number, name: string): void {
  if (bytes > MAX_IMPORT_CHARS * 2) {
    throw new ImportError(
      `“${name}” is ${(bytes / 1024 / 1024).toFixed(1)} MB; an export of a deployment is far smaller (a large topology file is a few hundred kB). Is it the right file? Nothing was imported and your plan is unchanged.`,
    );
  }
}

export function decodeBytes(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  const encoding = a === 0xff && b === 0xfe ? "utf-16le" : a === 0xfe && b === 0xff ? "utf-16be" : "utf-8";
  // a UTF-16 file without a byte order mark: every other byte of ASCII text is zero
  const guess =
    encoding === "utf-8" && bytes.length >= 4 && bytes[1] === 0 && bytes[3] === 0 && bytes[0] !== 0
      ? "utf-16le"
      : encoding;
  return new TextDecoder(guess).decode(bytes);
}
