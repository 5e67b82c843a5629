// A small zip writer (PKWARE APPNOTE.TXT 6.3.x) for "Download all (.zip)": local file header + data per file,
// then the central directory and its end record. Only what the Keys step needs: stored files (method 0) and
// files the caller has already deflated (method 8, raw deflate from the browser's CompressionStream), names in
// UTF-8, one modification time. No zip64, no encryption, no data descriptors (each file's sizes and CRC are
// known before its header is written). It replaced fflate in the app: fflate was ≈11.5 kB gzip of the
// JavaScript, and its per-file streaming objects ≈0.15 s of a 1,000-certificate zip.
// No DOM: the output is a Blob, which Node has as well.

/** The largest count of entries a zip without zip64 can hold (its end record counts them in 16 bits). */
export const MAX_ENTRIES = 0xffff;
/** Sizes and offsets are 32-bit; 0xFFFFFFFF itself means "see the zip64 record", which this writer never
 *  writes, so every size and offset must stay below it. */
const MAX_32 = 0xffffffff;
/** Version 2.0: what APPNOTE 4.4.3.2 asks for deflate, and what fflate wrote for every file (stored ones too). */
const VERSION = 20;
/** "Version made by" (APPNOTE 4.4.2): host 3, Unix, in the high byte, so that the external attributes carry a
 *  Unix mode (st_mode in their high 16 bits) that Info-ZIP's unzip, macOS's Archive Utility and Python's
 *  zipfile restore. Windows' Explorer ignores the mode. */
const MADE_BY_UNIX = (3 << 8) | VERSION;
/** A regular file (S_IFREG), for the mode in the external attributes. */
const S_IFREG = 0o100000;
/** The mode of a file unless the caller says otherwise: owner read/write, others read. */
export const MODE_PUBLIC = 0o644;
/** The mode of a private key file: owner read/write only, whatever the admin's umask. */
export const MODE_PRIVATE = 0o600;
/** General purpose flag bit 11 (APPNOTE 4.4.4, appendix D): the name is UTF-8. Without it readers take the
 *  name as IBM code page 437. */
const FLAG_UTF8 = 0x800;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
/** Stored files are encoded straight into blocks of this size (or of the file's size, if larger): one Blob part
 *  per block instead of two per file, and no copy of the whole archive. */
const BLOCK = 1 << 20;

// ---------------------------------------------------------------------------------------------------------
// CRC-32 (ISO 3309 / ITU-T V.42, the zip files' checksum), slice-by-8: eight table lookups per 8 bytes instead
// of one per byte. Measured in Node 20 (V8, as in Chromium) over 3 MB of worksheet-like HTML on the project's
// 2-core machine, medians of 15: byte at a time ≈9.3 ms, slice-by-4 ≈5.7 ms, slice-by-8 ≈4.7 ms (a
// 1,000-certificate zip checksums ≈4.4 MB: its PEM files and its three text files before deflate).

const CRC_TABLES = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  // t[k * 256 + n]: the CRC of byte n followed by k zero bytes
  for (let n = 0; n < 256; n++) {
    let c = t[n] as number;
    for (let k = 1; k < 8; k++) {
      c = (t[c & 0xff] as number) ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
})();

/** Continues a CRC-32 over `bytes`. `crc` is the running value as crc32 keeps it (inverted: start at -1). */
function crcUpdate(crc: number, bytes: Uint8Array): number {
  const t = CRC_TABLES;
  let c = crc;
  let i = 0;
  const n = bytes.length;
  for (const end = n - 7; i < end; i += 8) {
    const a = c ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
    c =
      t[1792 + (a & 0xff)]! ^
      t[1536 + ((a >>> 8) & 0xff)]! ^
      t[1280 + ((a >>> 16) & 0xff)]! ^
      t[1024 + (a >>> 24)]! ^
      t[768 + bytes[i + 4]!]! ^
      t[512 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
  }
  for (; i < n; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

/** CRC-32 (as zip files carry it) of the chunks, in order. */
export function crc32(chunks: readonly Uint8Array[]): number {
  let c = -1;
  for (const chunk of chunks) c = crcUpdate(c, chunk);
  return ~c >>> 0;
}

// ---------------------------------------------------------------------------------------------------------

/** MS-DOS date and time (APPNOTE 4.4.6) of `d` in local time, as fflate wrote them and as archive tools show
 *  them (the zip has no time zone). Seconds are halved (2 s steps). The format holds 1980–2107: a clock outside
 *  that (a wrong system clock) gives the nearest end rather than a failed download. */
export function dosDateTime(d: Date): { date: number; time: number } {
  const year = d.getFullYear();
  if (!(year >= 1980)) return { date: (1 << 5) | 1, time: 0 }; // also an invalid Date (NaN)
  if (year > 2107) return { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 };
  return {
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  };
}

interface Entry {
  name: Uint8Array;
  flags: number;
  method: 0 | 8;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  /** Unix permission bits (0o644, 0o600) */
  mode: number;
}

export interface FileOptions {
  /** Unix permission bits the file is extracted with (default MODE_PUBLIC, 0o644) */
  mode?: number;
}

export interface ZipWriter {
  /** Adds a file stored as is (method 0): text is written as UTF-8. Bytes are kept by reference until
   *  finish() (not copied), so they must not change before it. */
  addStored(name: string, data: string | Uint8Array, options?: FileOptions): void;
  /** Adds a file the caller has deflated (method 8): `deflated` is raw deflate (RFC 1951, no zlib header, as
   *  CompressionStream("deflate-raw") gives it), `size` and `crc` those of the original bytes. */
  addDeflated(
    name: string,
    deflated: readonly Uint8Array[],
    size: number,
    crc: number,
    options?: FileOptions,
  ): void;
  /** Writes the central directory and returns the archive. The writer takes no more files after it. */
  finish(): Blob;
}

const le16 = (b: Uint8Array, at: number, v: number) => {
  b[at] = v;
  b[at + 1] = v >>> 8;
};
const le32 = (b: Uint8Array, at: number, v: number) => {
  b[at] = v;
  b[at + 1] = v >>> 8;
  b[at + 2] = v >>> 16;
  b[at + 3] = v >>> 24;
};

/** A zip writer whose files all carry `mtime` as their modification time. */
export function createZipWriter(mtime: Date): ZipWriter {
  const { date, time } = dosDateTime(mtime);
  const encoder = new TextEncoder();
  const entries: Entry[] = [];
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let block = new Uint8Array(0);
  let start = 0; // block[start, pos) is written but not yet in parts
  let pos = 0;
  let offset = 0; // bytes of the archive so far
  let finished = false;

  const flush = () => {
    if (pos > start) parts.push(block.subarray(start, pos));
    start = pos;
  };
  /** At least `n` free bytes at block[pos]. */
  const room = (n: number) => {
    if (block.length - pos >= n) return;
    flush();
    block = new Uint8Array(Math.max(BLOCK, n));
    start = pos = 0;
  };

  /** The name as UTF-8 and its flag; refuses what cannot be written before anything is. */
  const begin = (name: string): { bytes: Uint8Array; flags: number } => {
    if (finished) throw new Error("This zip is already finished: no file can be added to it.");
    if (entries.length >= MAX_ENTRIES)
      throw new Error(
        `A zip holds at most ${MAX_ENTRIES.toLocaleString("en-US")} files without the zip64 extension, which this writer does not write; "${name}" would be one more.`,
      );
    if (offset >= MAX_32)
      throw new Error(
        `The zip would pass 4 GiB at "${name}", which needs the zip64 extension (not written here).`,
      );
    if (name === "") throw new Error("A file in a zip needs a name.");
    const bytes = encoder.encode(name);
    if (bytes.length > 0xffff)
      throw new Error(`The file name "${name.slice(0, 40)}…" is too long for a zip.`);
    let flags = 0;
    for (const b of bytes)
      if (b >= 0x80) {
        flags = FLAG_UTF8;
        break;
      }
    return { bytes, flags };
  };

  const modeOf = (name: string, options: FileOptions | undefined): number => {
    const mode = options?.mode ?? MODE_PUBLIC;
    if (!Number.isInteger(mode) || mode < 0 || mode > 0o777)
      throw new Error(`The permissions given for "${name}" are not Unix permission bits: ${mode}.`);
    return mode;
  };

  const checkSizes = (name: string, size: number, compressed: number) => {
    if (size >= MAX_32 || compressed >= MAX_32)
      throw new Error(`"${name}" is 4 GiB or more, which needs the zip64 extension (not written here).`);
  };

  /** The 26 bytes a local header (from its offset 4) and a central directory header (from 6) share: version
   *  needed, flags, method, time, date, CRC-32, compressed and original size, name length (APPNOTE 4.3.7,
   *  4.3.12). */
  const sharedFields = (b: Uint8Array, at: number, e: Entry) => {
    le16(b, at, VERSION);
    le16(b, at + 2, e.flags);
    le16(b, at + 4, e.method);
    le16(b, at + 6, time);
    le16(b, at + 8, date);
    le32(b, at + 10, e.crc);
    le32(b, at + 14, e.compressed);
    le32(b, at + 18, e.size);
    le16(b, at + 22, e.name.length);
  };

  const header = (b: Uint8Array, at: number, e: Entry) => {
    le32(b, at, 0x04034b50);
    sharedFields(b, at + 4, e);
    le16(b, at + 28, 0); // no extra field
    b.set(e.name, at + LOCAL_HEADER);
  };

  return {
    addStored(name, data, options) {
      const { bytes, flags } = begin(name);
      const mode = modeOf(name, options);
      const head = LOCAL_HEADER + bytes.length;
      if (typeof data === "string") {
        // encoded in place, after its header: UTF-8 takes at most 3 bytes per UTF-16 unit
        room(head + data.length * 3);
        const at = pos;
        const { written } = encoder.encodeInto(data, block.subarray(at + head));
        checkSizes(name, written, written);
        const e: Entry = {
          name: bytes,
          flags,
          method: 0,
          crc: crc32([block.subarray(at + head, at + head + written)]),
          compressed: written,
          size: written,
          offset,
          mode,
        };
        header(block, at, e);
        entries.push(e);
        pos = at + head + written;
        offset += head + written;
        return;
      }
      checkSizes(name, data.length, data.length);
      const e: Entry = {
        name: bytes,
        flags,
        method: 0,
        crc: crc32([data]),
        compressed: data.length,
        size: data.length,
        offset,
        mode,
      };
      room(head);
      header(block, pos, e);
      pos += head;
      flush();
      parts.push(data as Uint8Array<ArrayBuffer>);
      entries.push(e);
      offset += head + data.length;
    },

    addDeflated(name, deflated, size, crc, options) {
      const { bytes, flags } = begin(name);
      const mode = modeOf(name, options);
      if (!Number.isSafeInteger(size) || size < 0)
        throw new Error(`The size given for "${name}" is not a byte count: ${size}.`);
      if (!Number.isInteger(crc) || crc < 0 || crc > MAX_32)
        throw new Error(`The CRC-32 given for "${name}" is not a 32-bit value: ${crc}.`);
      let compressed = 0;
      for (const chunk of deflated) compressed += chunk.length;
      checkSizes(name, size, compressed);
      const head = LOCAL_HEADER + bytes.length;
      const e: Entry = { name: bytes, flags, method: 8, crc, compressed, size, offset, mode };
      room(head);
      header(block, pos, e);
      pos += head;
      flush();
      for (const chunk of deflated) if (chunk.length > 0) parts.push(chunk as Uint8Array<ArrayBuffer>);
      entries.push(e);
      offset += head + compressed;
    },

    finish() {
      if (finished) throw new Error("This zip is already finished.");
      let size = END_RECORD;
      for (const e of entries) size += CENTRAL_HEADER + e.name.length;
      const directory = offset;
      if (directory >= MAX_32 || size - END_RECORD >= MAX_32)
        throw new Error("The zip would pass 4 GiB, which needs the zip64 extension (not written here).");
      finished = true;
      flush();
      const b = new Uint8Array(size);
      let at = 0;
      for (const e of entries) {
        le32(b, at, 0x02014b50);
        // "version made by": 2.0 on Unix, so that each file's mode below is restored on extraction: a private
        // key is extracted readable by its owner only (0600), where a mode-less zip left it to the umask (0644
        // under the usual umask 022: readable by every account on the machine)
        le16(b, at + 4, MADE_BY_UNIX);
        sharedFields(b, at + 6, e);
        // extra field and comment lengths, disk number, internal attributes: 0; external attributes: the
        // Unix st_mode in the high 16 bits (MS-DOS attributes, the low byte, 0)
        le32(b, at + 38, (S_IFREG | e.mode) * 0x10000);
        le32(b, at + 42, e.offset);
        b.set(e.name, at + CENTRAL_HEADER);
        at += CENTRAL_HEADER + e.name.length;
      }
      le32(b, at, 0x06054b50);
      // this disk and the directory's disk: 0 (a single-file archive)
      le16(b, at + 8, entries.length);
      le16(b, at + 10, entries.length);
      le32(b, at + 12, size - END_RECORD);
      le32(b, at + 16, directory);
      parts.push(b);
      return new Blob(parts, { type: "application/zip" });
    },
  };
}
