// Synchronous SHA-1 and SHA-256, used where WebCrypto's promise costs more than the hashing: the PKCS#12 key
// derivation of RFC 7292 appendix B hashes its own output tens of thousands of times, and one
// `crypto.subtle.digest` promise per round would be far too slow; a CSR's two fingerprints hash a few hundred
// bytes, where awaiting the promise (settled in a later task in Chromium) costs more than the hash. Everything
// else hashes with WebCrypto.

const K256 = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const IV256 = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];
const IV1 = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];

/** A hash with a 64-byte block, as the PKCS#12 KDF needs it (u = output length, v = block length). */
export interface SyncHash {
  readonly name: "SHA-1" | "SHA-256";
  readonly outputLength: number;
  readonly blockLength: 64;
  digest(data: Uint8Array): Uint8Array<ArrayBuffer>;
  /** H(H(...H(data))): `count` applications of the hash (count >= 1). */
  iterate(data: Uint8Array, count: number): Uint8Array<ArrayBuffer>;
}

/** Compresses one 64-byte block: `w[0..15]` holds the block's words; `w` is also the schedule scratch. */
function compress256(state: Int32Array, w: Int32Array): void {
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15]!;
    const y = w[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + K256[i]! + w[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

function compress1(state: Int32Array, w: Int32Array): void {
  for (let i = 16; i < 80; i++) {
    const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
    w[i] = (x << 1) | (x >>> 31);
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  // Four loops instead of one with branches: this function is the PKCS#12 KDF's whole cost.
  for (let i = 0; i < 20; i++) {
    const t = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + e + 0x5a827999 + w[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (let i = 20; i < 40; i++) {
    const t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0x6ed9eba1 + w[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (let i = 40; i < 60; i++) {
    const t = (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) + e + (0x8f1bbcdc | 0) + w[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (let i = 60; i < 80; i++) {
    const t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + (0xca62c1d6 | 0) + w[i]!) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
}

function makeHash(
  name: "SHA-1" | "SHA-256",
  iv: number[],
  scheduleLength: number,
  compress: (state: Int32Array, w: Int32Array) => void,
): SyncHash {
  const outWords = iv.length;
  const outputLength = outWords * 4;
  const state = new Int32Array(outWords);
  const w = new Int32Array(scheduleLength);

  // the last one or two blocks (the data's tail, 0x80, zeros, the bit length), written here: the data itself is
  // read in place, without a padded copy (a CSR hashes its public key and itself on every key made)
  const tail = new Uint8Array(128);

  function digestWords(data: Uint8Array): void {
    for (let i = 0; i < outWords; i++) state[i] = iv[i]! | 0;
    const full = data.length >> 6;
    for (let b = 0; b < full; b++) {
      for (let i = 0, o = b * 64; i < 16; i++, o += 4)
        w[i] = (data[o]! << 24) | (data[o + 1]! << 16) | (data[o + 2]! << 8) | data[o + 3]!;
      compress(state, w);
    }
    const rest = data.length - full * 64;
    const blocks = rest + 9 > 64 ? 2 : 1;
    tail.fill(0);
    tail.set(data.subarray(full * 64));
    tail[rest] = 0x80;
    const bitLength = data.length * 8;
    const end = blocks * 64;
    const high = Math.floor(bitLength / 0x100000000);
    const low = bitLength >>> 0;
    tail[end - 8] = high >>> 24;
    tail[end - 7] = (high >>> 16) & 0xff;
    tail[end - 6] = (high >>> 8) & 0xff;
    tail[end - 5] = high & 0xff;
    tail[end - 4] = low >>> 24;
    tail[end - 3] = (low >>> 16) & 0xff;
    tail[end - 2] = (low >>> 8) & 0xff;
    tail[end - 1] = low & 0xff;
    for (let b = 0; b < blocks; b++) {
      for (let i = 0, o = b * 64; i < 16; i++, o += 4)
        w[i] = (tail[o]! << 24) | (tail[o + 1]! << 16) | (tail[o + 2]! << 8) | tail[o + 3]!;
      compress(state, w);
    }
  }

  function output(): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(outputLength);
    for (let i = 0; i < outWords; i++) {
      const v = state[i]!;
      out[i * 4] = v >>> 24;
      out[i * 4 + 1] = (v >>> 16) & 0xff;
      out[i * 4 + 2] = (v >>> 8) & 0xff;
      out[i * 4 + 3] = v & 0xff;
    }
    return out;
  }

  return {
    name,
    outputLength,
    blockLength: 64,
    digest(data) {
      digestWords(data);
      return output();
    },
    iterate(data, count) {
      digestWords(data);
      // Every further round hashes the previous output: one block with fixed padding.
      const previous = new Int32Array(outWords);
      for (let round = 1; round < count; round++) {
        previous.set(state);
        for (let i = 0; i < outWords; i++) {
          w[i] = previous[i]!;
          state[i] = iv[i]! | 0;
        }
        w[outWords] = 0x80000000 | 0;
        for (let i = outWords + 1; i < 15; i++) w[i] = 0;
        w[15] = outputLength * 8;
        compress(state, w);
      }
      return output();
    },
  };
}

export const SHA1: SyncHash = makeHash("SHA-1", IV1, 80, compress1);
export const SHA256: SyncHash = makeHash("SHA-256", IV256, 64, compress256);
