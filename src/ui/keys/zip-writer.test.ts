// The zip writer's archives as other tools read them: Info-ZIP's unzip and zipinfo, Python's zipfile, fflate's
// unzipSync. Each file comes back byte for byte, with its method, its name (UTF-8 flagged when not ASCII) and the
// writer's modification time; the CRC-32 is zlib's; what zip cannot hold without zip64 is refused.
import { createHash, randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync, crc32 as zlibCrc32 } from "node:zlib";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run, TempDir } from "../../crypto/tools.test-helpers";
import { crc32, createZipWriter, dosDateTime, MAX_ENTRIES, MODE_PRIVATE, MODE_PUBLIC } from "./zip-writer";
import { zipinfoListing } from "./zipinfo.test-helpers";

let dir: TempDir;
beforeAll(() => {
  dir = new TempDir("san-planner-zip-writer-");
});
afterAll(() => dir.cleanup());

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const utf8 = (s: string) => new TextEncoder().encode(s);

/** What Python's zipfile reads in the archive: testzip's verdict (every CRC checked) and, per entry, its
 *  name, method, flags, date and the SHA-256 of the bytes it reads back. */
interface PyEntry {
  name: string;
  method: number;
  flags: number;
  date: number[];
  size: number;
  sha256: string;
}
function pythonRead(path: string): { bad: string | null; entries: PyEntry[] } {
  const script = [
    "import hashlib, json, sys, zipfile",
    "z = zipfile.ZipFile(sys.argv[1])",
    "out = {'bad': z.testzip(), 'entries': []}",
    "for i in z.infolist():",
    "    data = z.read(i)",
    "    out['entries'].append({'name': i.filename, 'method': i.compress_type, 'flags': i.flag_bits,",
    "        'date': list(i.date_time), 'size': len(data), 'sha256': hashlib.sha256(data).hexdigest()})",
    "print(json.dumps(out))",
  ].join("\n");
  const r = run("python3", ["-c", script, path], { timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`python3 zipfile failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function save(name: string, blob: Blob): Promise<string> {
  return dir.write(name, new Uint8Array(await blob.arrayBuffer()));
}

describe("an archive of stored and deflated files", () => {
  // 31 s: python's zipfile keeps 2 s steps
  const mtime = new Date(2026, 11, 7, 13, 45, 31);
  // more than one of the writer's 1 MB blocks, with 2- and 3-byte UTF-8 characters
  const bigText = "Zertifikat für sip.example.com — 証明書\n".repeat(40_000);
  const binary = new Uint8Array(randomBytes(100_000));
  const deflatedSource = utf8(`${"<tr><td>sip.example.com</td><td>RSA 2048</td></tr>\n".repeat(5_000)}`);
  const files: { name: string; bytes: Uint8Array; method: 0 | 8 }[] = [
    { name: "a.csr", bytes: utf8("-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n"), method: 0 },
    { name: "empty.txt", bytes: new Uint8Array(0), method: 0 },
    { name: "big.txt", bytes: utf8(bigText), method: 0 },
    { name: "random.bin", bytes: binary, method: 0 },
    { name: "worksheet.html", bytes: deflatedSource, method: 8 },
    { name: "empty-deflated.txt", bytes: new Uint8Array(0), method: 8 },
    { name: "Übersicht-証明書.txt", bytes: utf8("non-ASCII name\n"), method: 0 },
    { name: "dir/nested.json", bytes: utf8('{"a":1}'), method: 8 },
  ];
  let path: string;
  let blob: Blob;

  beforeAll(async () => {
    const zip = createZipWriter(mtime);
    for (const f of files) {
      if (f.method === 8) {
        // raw deflate in two chunks, as CompressionStream hands them out
        const d = new Uint8Array(deflateRawSync(f.bytes));
        const cut = d.length >> 1;
        zip.addDeflated(f.name, [d.subarray(0, cut), d.subarray(cut)], f.bytes.length, crc32([f.bytes]));
      } else if (f.name.endsWith(".bin")) zip.addStored(f.name, f.bytes);
      else zip.addStored(f.name, new TextDecoder().decode(f.bytes));
    }
    blob = zip.finish();
    path = await save("mixed.zip", blob);
  });

  it("is a Blob of type application/zip", () => {
    expect(blob.type).toBe("application/zip");
    // the deflated file really is smaller than its source: its compressed bytes went in, not the text
    expect(blob.size).toBeLessThan(files.reduce((n, f) => n + f.bytes.length, 0));
  });

  it("Info-ZIP's unzip tests every entry without a warning, and zipinfo lists each with its method", () => {
    const tested = run("unzip", ["-t", path]);
    expect(tested.stderr).toBe("");
    expect(tested.code).toBe(0);
    expect(tested.stdout).toMatch(/No errors detected in compressed data/);
    const methods = new Map(zipinfoListing(path).map((e) => [e.name, e.method]));
    for (const f of files.filter((f) => /^[\x20-\x7e]+$/.test(f.name)))
      expect([f.name, methods.get(f.name)]).toEqual([f.name, f.method === 8 ? "defN" : "stor"]);
    expect(methods.size).toBe(files.length);
  });

  it("Python's zipfile checks every CRC and reads every file back byte for byte, with its name, flags and date", () => {
    const py = pythonRead(path);
    expect(py.bad).toBeNull();
    expect(py.entries.map((e) => e.name)).toEqual(files.map((f) => f.name));
    for (const [i, f] of files.entries()) {
      const e = py.entries[i] as PyEntry;
      expect({ name: e.name, size: e.size, sha256: e.sha256, method: e.method }).toEqual({
        name: f.name,
        size: f.bytes.length,
        sha256: sha256(f.bytes),
        method: f.method,
      });
      // bit 11 (UTF-8 name) exactly when the name is not ASCII
      expect([f.name, e.flags]).toEqual([f.name, /^[\x20-\x7e]+$/.test(f.name) ? 0 : 0x800]);
      // the local fields of the writer's time, seconds in 2 s steps
      expect(e.date).toEqual([2026, 12, 7, 13, 45, 30]);
    }
  });

  it("fflate's unzipSync reads the same files", async () => {
    const read = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    expect(Object.keys(read)).toEqual(files.map((f) => f.name));
    for (const f of files)
      expect([f.name, sha256(read[f.name] as Uint8Array)]).toEqual([f.name, sha256(f.bytes)]);
  });
});

describe("each file's Unix permissions", () => {
  let path = "";
  beforeAll(async () => {
    const zip = createZipWriter(new Date(2026, 11, 7, 13, 45, 30));
    zip.addStored("web.csr", "-----BEGIN CERTIFICATE REQUEST-----\n");
    zip.addStored("web.key", "-----BEGIN PRIVATE KEY-----\n", { mode: MODE_PRIVATE });
    zip.addStored("bytes.key", utf8("key bytes"), { mode: MODE_PRIVATE });
    const text = "<html>worksheet</html>".repeat(100);
    zip.addDeflated("worksheet.html", [deflateRawSync(utf8(text))], utf8(text).length, crc32([utf8(text)]));
    path = await save("modes.zip", zip.finish());
  });

  it("Python's zipfile reads a Unix regular file's mode in each entry: 0600 for the keys, 0644 otherwise", () => {
    const r = run("python3", [
      "-c",
      "import sys, zipfile\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): print(i.filename, i.create_system, oct(i.external_attr >> 16))",
      path,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toEqual([
      "web.csr 3 0o100644",
      "web.key 3 0o100600",
      "bytes.key 3 0o100600",
      "worksheet.html 3 0o100644",
    ]);
  });

  it("Info-ZIP's unzip extracts the private keys readable by their owner only, whatever the umask", () => {
    const out = join(dir.path, "extracted");
    // a permissive umask: the mode comes from the archive, not from the umask
    const r = run("sh", ["-c", 'umask 000 && unzip -q -o "$0" -d "$1"', path, out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const mode = (name: string) => statSync(join(out, name)).mode & 0o777;
    expect([mode("web.key"), mode("bytes.key")]).toEqual([MODE_PRIVATE, MODE_PRIVATE]);
    expect([mode("web.csr"), mode("worksheet.html")]).toEqual([MODE_PUBLIC, MODE_PUBLIC]);
  });

  it("permissions that are not Unix permission bits are refused", () => {
    const zip = createZipWriter(new Date(2026, 11, 7));
    expect(() => zip.addStored("a.key", "x", { mode: 0o4755 })).toThrow(/not Unix permission bits/);
    expect(() => zip.addStored("a.key", "x", { mode: -1 })).toThrow(/not Unix permission bits/);
  });
});

describe("the CRC-32", () => {
  it("gives the known check values", () => {
    expect(crc32([utf8("123456789")])).toBe(0xcbf43926);
    expect(crc32([utf8("The quick brown fox jumps over the lazy dog")])).toBe(0x414fa339);
    expect(crc32([])).toBe(0);
    expect(crc32([new Uint8Array(0)])).toBe(0);
    expect(crc32([new Uint8Array([0])])).toBe(0xd202ef8d);
    // over chunks as over one array, an empty chunk included
    const bytes = utf8("123456789");
    expect(crc32([bytes.subarray(0, 4), new Uint8Array(0), bytes.subarray(4)])).toBe(0xcbf43926);
  });

  it("equals zlib's over random data of every length up to 300 bytes and over 3 MB, in one array or in chunks cut anywhere", () => {
    // the slice-by-8 loop and its byte-at-a-time tail meet at every length modulo 8
    for (let n = 0; n <= 300; n++) {
      const b = new Uint8Array(randomBytes(n));
      expect([n, crc32([b])]).toEqual([n, zlibCrc32(b)]);
    }
    const big = new Uint8Array(randomBytes(3 * 1024 * 1024 + 5));
    const want = zlibCrc32(big);
    expect(crc32([big])).toBe(want);
    const cuts = [0, 1, 7, 8, 13, 4096, 1_000_003, big.length];
    const chunks = cuts.slice(1).map((end, i) => big.subarray(cuts[i], end));
    expect(crc32(chunks)).toBe(want);
  });
});

describe("the modification time", () => {
  it("is the local date and time in MS-DOS form, seconds halved", () => {
    const { date, time } = dosDateTime(new Date(2026, 0, 31, 23, 59, 59));
    expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2026, 1, 31]);
    expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([23, 59, 58]);
  });

  it("is local time, not UTC: the time the admin's own clock showed, as fflate wrote it", () => {
    const tz = process.env.TZ;
    // India is UTC+5:30: 18:45:31 UTC on 7 December is 00:15:31 on 8 December there
    process.env.TZ = "Asia/Kolkata";
    try {
      const { date, time } = dosDateTime(new Date(Date.UTC(2026, 11, 7, 18, 45, 31)));
      expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2026, 12, 8]);
      expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([0, 15, 30]);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it("outside 1980–2107 (a wrong clock) is the nearest end of that range instead of a failed download", () => {
    expect(dosDateTime(new Date(1975, 5, 1))).toEqual({ date: (1 << 5) | 1, time: 0 });
    expect(dosDateTime(new Date(Number.NaN))).toEqual({ date: (1 << 5) | 1, time: 0 });
    const late = dosDateTime(new Date(2150, 0, 1));
    expect([(late.date >> 9) + 1980, (late.date >> 5) & 15, late.date & 31]).toEqual([2107, 12, 31]);
  });

  it("python reads a zip written in 1979 as 1980-01-01 and unzip tests it", async () => {
    const zip = createZipWriter(new Date(1979, 11, 31, 12, 0, 0));
    zip.addStored("old.txt", "old clock");
    const path = await save("old.zip", zip.finish());
    expect(run("unzip", ["-tq", path]).code).toBe(0);
    expect(pythonRead(path).entries[0]?.date).toEqual([1980, 1, 1, 0, 0, 0]);
  });
});

describe("what a zip without zip64 cannot hold is refused with a clear error", () => {
  it(`${MAX_ENTRIES.toLocaleString("en-US")} files are written; one more is refused and the archive stays whole`, async () => {
    expect(MAX_ENTRIES).toBe(65_535);
    const zip = createZipWriter(new Date(2026, 6, 1));
    for (let i = 0; i < MAX_ENTRIES; i++) zip.addStored(`f${i}`, i % 1000 === 0 ? `file ${i}` : "");
    expect(() => zip.addStored("one-more", "x")).toThrow(/at most 65,535 files.*"one-more"/);
    const path = await save("max.zip", zip.finish());
    expect(run("unzip", ["-tq", path], { timeoutMs: 60_000 }).code).toBe(0);
    const py = pythonRead(path);
    expect(py.bad).toBeNull();
    expect(py.entries).toHaveLength(MAX_ENTRIES);
    expect(py.entries[1000]).toMatchObject({ name: "f1000", size: "file 1000".length });
  });

  it("a file of 4 GiB or more, and a file that would start at 4 GiB or later, are refused", async () => {
    // 4 GiB of deflated bytes without 4 GiB of memory: views of one 16 MiB buffer
    const slab = new Uint8Array(16 * 1024 * 1024);
    const gib = (n: number) => Array.from({ length: n * 64 }, () => slab);
    const zip = createZipWriter(new Date(2026, 6, 1));
    expect(() => zip.addDeflated("huge.bin", gib(4), 1, 0)).toThrow(/"huge\.bin" is 4 GiB or more.*zip64/);
    expect(() => zip.addDeflated("huge.bin", [], 2 ** 32, 0)).toThrow(/4 GiB or more/);
    zip.addDeflated("three.bin", gib(3), 1, 0);
    zip.addDeflated("two.bin", gib(2), 1, 0);
    expect(() => zip.addStored("late.txt", "x")).toThrow(/pass 4 GiB at "late\.txt"/);
    expect(() => zip.finish()).toThrow(/pass 4 GiB/);
  });

  it("a size or CRC that is not one is refused", () => {
    const zip = createZipWriter(new Date());
    expect(() => zip.addDeflated("a", [], -1, 0)).toThrow(/not a byte count/);
    expect(() => zip.addDeflated("a", [], 1.5, 0)).toThrow(/not a byte count/);
    expect(() => zip.addDeflated("a", [], 1, 2 ** 32)).toThrow(/not a 32-bit value/);
    expect(() => zip.addStored("", "x")).toThrow(/needs a name/);
  });

  it("nothing is added after finish()", () => {
    const zip = createZipWriter(new Date());
    zip.addStored("a", "a");
    zip.finish();
    expect(() => zip.addStored("b", "b")).toThrow(/already finished/);
    expect(() => zip.finish()).toThrow(/already finished/);
  });
});
