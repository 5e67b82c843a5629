// The single file's own gunzip against Node's zlib (the reference implementation of RFC 1951/1952): every block
// type, every level and strategy zlib has, the longest distance and length, header fields, and damaged input,
// which must throw or finish, never hang. It runs here as build-single.mjs embeds it: from its source text alone,
// and minified as the loader carries it.
import { randomBytes } from "node:crypto";
import { constants, deflateRawSync, gzipSync } from "node:zlib";
import { minifySync } from "vite";
import { describe, expect, test } from "vitest";
import { gunzip as imported } from "./single-gunzip.mjs";

type Gunzip = (d: Uint8Array) => Uint8Array;
// the loader gets the function's text, not the module: evaluated with nothing else in scope
const source = `var gunzip = ${imported.toString()};`;
const minified = minifySync("gunzip.js", source, { module: false });
const load = (code: string) => new Function(`${code}\nreturn gunzip;`)() as Gunzip;

/** Text that compresses like the app's chunks (repeats near and far), from a seed. */
function textLike(bytes: number, seed: number): Buffer {
  const words = [
    "const ",
    "return ",
    "function(",
    "certificate",
    "subjectAltName",
    "=>",
    "{",
    "}",
    ";\n",
    '"',
    "0x",
  ];
  let x = seed;
  let s = "";
  while (s.length < bytes) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += x % 7 === 0 ? String(x % 100_000) : words[x % words.length];
  }
  return Buffer.from(s.slice(0, bytes));
}

describe.each([
  ["as written", source],
  ["minified, as in the loader", minified.code],
])("single-file gunzip, %s", (_, code) => {
  expect(minified.errors).toEqual([]);
  const gunzip = load(code);
  const same = (data: Uint8Array, gz: Buffer) =>
    expect(Buffer.from(gunzip(new Uint8Array(gz))).equals(data)).toBe(true);

  test("every zlib level (0 writes stored blocks) and strategy (fixed Huffman codes, Huffman only, RLE)", () => {
    const data = textLike(300_000, 7);
    for (let level = 0; level <= 9; level++) same(data, gzipSync(data, { level }));
    for (const strategy of [
      constants.Z_FIXED,
      constants.Z_HUFFMAN_ONLY,
      constants.Z_RLE,
      constants.Z_FILTERED,
      constants.Z_DEFAULT_STRATEGY,
    ])
      same(data, gzipSync(data, { level: 9, strategy }));
  });

  test("random bytes (stored and Huffman-coded literals), empty and one-byte input, 1 MB of one byte", () => {
    for (const n of [0, 1, 2, 100, 65_535, 65_536, 200_000]) {
      const data = randomBytes(n);
      same(data, gzipSync(data));
      same(data, gzipSync(data, { level: 1 }));
    }
    const ones = Buffer.alloc(1 << 20, 0x41); // lengths of 258 at distance 1: the overlapping copy
    same(ones, gzipSync(ones));
    // a stored block right after a Huffman-coded one, the whole bytes already read ahead going back (fixed
    // codes leave 10 bits in the buffer there)
    const mixed = Buffer.concat([textLike(50_000, 5), randomBytes(100_000), textLike(50_000, 6)]);
    same(mixed, gzipSync(mixed));
    const repeated = Buffer.from("abcdefghij".repeat(5_000));
    const fixedThenStored = Buffer.concat([repeated, randomBytes(100_000), repeated]);
    same(fixedThenStored, gzipSync(fixedThenStored, { level: 9, strategy: constants.Z_FIXED }));
  });

  test("the longest distance (32,768) and codes longer than 10 bits", () => {
    const block = randomBytes(32_768);
    const data = Buffer.concat([block, Buffer.from("x"), block.subarray(1), block]);
    same(data, gzipSync(data, { level: 9, windowBits: 15 }));
    // symbol k appearing fib(k) times, shuffled, coded as literals only: a Huffman code as deep as deflate's
    // 15-bit limit allows, so codes longer than the 10-bit table are decoded bit by bit
    const symbols: number[] = [];
    for (let k = 0, a = 1, b = 1; k < 22; k++, [a, b] = [b, a + b])
      for (let j = 0; j < a; j++) symbols.push(k);
    for (let k = symbols.length - 1; k > 0; k--) {
      const j = (k * 2654435761) % (k + 1);
      [symbols[k], symbols[j]] = [symbols[j] as number, symbols[k] as number];
    }
    same(Buffer.from(symbols), gzipSync(Buffer.from(symbols), { strategy: constants.Z_HUFFMAN_ONLY }));
  });

  test("header fields zlib does not write: FEXTRA, FNAME, FCOMMENT, FHCRC", () => {
    const data = textLike(5_000, 3);
    const body = deflateRawSync(data);
    const trailer = gzipSync(data).subarray(-8);
    const header = Buffer.concat([
      Buffer.from([31, 139, 8, 4 | 8 | 16 | 2, 0, 0, 0, 0, 0, 255]),
      Buffer.from([3, 0, 1, 2, 3]), // FEXTRA: length 3
      Buffer.from("san-planner.json\0"),
      Buffer.from("a comment\0"),
      Buffer.from([0xab, 0xcd]), // FHCRC
    ]);
    same(data, Buffer.concat([header, body, trailer]));
  });

  test("damaged input throws or finishes, never hangs; not gzip, truncated, and a wrong size are refused", () => {
    const data = textLike(60_000, 11);
    const gz = gzipSync(data);
    expect(() => gunzip(new Uint8Array(Buffer.from("not a gzip member at all")))).toThrow(
      /^unreadable packed code: not gzip$/,
    );
    expect(() =>
      gunzip(new Uint8Array(Buffer.concat([gz.subarray(0, gz.length / 2), gz.subarray(-8)]))),
    ).toThrow(/unreadable packed code/);
    const wrongSize = Buffer.from(gz);
    wrongSize.writeUInt32LE(data.length + 1, gz.length - 4);
    expect(() => gunzip(new Uint8Array(wrongSize))).toThrow(/unreadable packed code: shorter than its size/);
    wrongSize.writeUInt32LE(data.length - 1, gz.length - 4);
    expect(() => gunzip(new Uint8Array(wrongSize))).toThrow(/unreadable packed code/);
    let threw = 0;
    for (let k = 0; k < 500; k++) {
      const bad = Buffer.from(gz);
      const at = 10 + ((k * 7919) % (gz.length - 18));
      bad.writeUInt8(bad.readUInt8(at) ^ (1 << (k % 8)), at);
      try {
        gunzip(new Uint8Array(bad));
      } catch (e) {
        expect(String(e)).toMatch(/unreadable packed code/);
        threw++;
      }
    }
    // a flipped literal bit can decode to other bytes of the same size: the CSP's hashes catch those
    expect(threw).toBeGreaterThan(0);
  });
});
