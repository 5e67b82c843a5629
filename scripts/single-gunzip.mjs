// The single file's own gunzip (RFC 1952 around RFC 1951). build-single.mjs writes this function's source text
// into the file's inline loader, so it must stay self-contained: no import, nothing from the module's scope.
//
// Why not the browser's DecompressionStream: a stream hands its output back through tasks, and between them the
// HTML parser goes on with the rest of the file (the second data block, ~400 kB of base64) before the first screen
// can start; inflating the first screen's ~300 kB here, in one go, measured 30 ms against 40 ms for the stream
// (median of 21 cold opens each), and the first screen was interactive 18 ms sooner. It also opens in browsers
// that have no DecompressionStream (Firefox < 113, Safari < 16.4).
//
// Damaged input throws (a bad code, a distance before the start, a length past the size the trailer gives, input
// that ends early); it never loops. The CRC-32 is not checked: every chunk runs only if its SHA-256 is in the
// page's CSP, so altered code cannot run, and the loader names the part it could not run.

/** @param {Uint8Array} d a gzip member @returns {Uint8Array} its content */
export function gunzip(d) {
  const fail = (why) => {
    throw new Error(`unreadable packed code: ${why}`);
  };
  if (d.length < 18 || d[0] !== 31 || d[1] !== 139 || d[2] !== 8) fail("not gzip");
  const flags = d[3];
  let i = 10;
  if (flags & 4) i += 2 + (d[i] | (d[i + 1] << 8)); // FEXTRA
  if (flags & 8) while (i < d.length && d[i++]); // FNAME
  if (flags & 16) while (i < d.length && d[i++]); // FCOMMENT
  if (flags & 2) i += 2; // FHCRC
  const t = d.length - 4;
  const size = (d[t] | (d[t + 1] << 8) | (d[t + 2] << 16) | (d[t + 3] << 24)) >>> 0; // ISIZE
  const stop = d.length - 8; // where the deflate data ends: the trailer is CRC-32 and ISIZE
  const out = new Uint8Array(size);
  let n = 0;
  // bits are read least significant first; up to 22 of them wait in the buffer
  let bb = 0;
  let bc = 0;
  const bits = (k) => {
    while (bc < k) {
      bb |= d[i++] << bc;
      bc += 8;
    }
    const v = bb & ((1 << k) - 1);
    bb >>>= k;
    bc -= k;
    return v;
  };
  // A Huffman code (RFC 1951 3.2.2) from its code lengths: the symbols in canonical order, the number of codes of
  // each length, and a 10-bit lookup table for the short codes, which are nearly all of them
  const code = (lens, count) => {
    const counts = new Uint16Array(16);
    const offs = new Uint16Array(16);
    const syms = new Uint16Array(count);
    for (let s = 0; s < count; s++) counts[lens[s]]++;
    counts[0] = 0;
    for (let l = 1; l < 15; l++) offs[l + 1] = offs[l] + counts[l];
    for (let s = 0; s < count; s++) if (lens[s]) syms[offs[lens[s]]++] = s;
    const table = new Uint16Array(1024);
    for (let l = 1, c = 0, k = 0; l <= 10; l++, c <<= 1)
      for (let j = 0; j < counts[l]; j++, c++, k++) {
        let r = 0;
        for (let b = 0, x = c; b < l; b++, x >>= 1) r = (r << 1) | (x & 1);
        for (let x = r; x < 1024; x += 1 << l) table[x] = (syms[k] << 4) | l;
      }
    return { table, counts, syms };
  };
  const decode = (h) => {
    while (bc < 15) {
      bb |= d[i++] << bc;
      bc += 8;
    }
    const v = h.table[bb & 1023];
    if (v) {
      bb >>>= v & 15;
      bc -= v & 15;
      return v >> 4;
    }
    // a code longer than 10 bits, one bit at a time
    for (let l = 1, c = 0, first = 0, k = 0; l <= 15; l++) {
      c |= (bb >>> (l - 1)) & 1;
      const count = h.counts[l];
      if (c - first < count) {
        bb >>>= l;
        bc -= l;
        return h.syms[k + c - first];
      }
      k += count;
      first = (first + count) << 1;
      c <<= 1;
    }
    return fail("bad code");
  };
  const LENGTH = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
    227, 258,
  ];
  const DISTANCE = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
    4097, 6145, 8193, 12289, 16385, 24577,
  ];
  const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
  for (let last = 0; !last; ) {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      // stored: to a byte boundary (whole bytes still in the buffer go back), LEN, NLEN, the bytes
      i -= bc >> 3;
      bb = 0;
      bc = 0;
      const len = d[i] | (d[i + 1] << 8);
      if (((d[i + 2] | (d[i + 3] << 8)) ^ 0xffff) !== len) fail("stored block length");
      i += 4;
      if (i + len > stop || n + len > size) fail("stored block");
      out.set(d.subarray(i, i + len), n);
      n += len;
      i += len;
      continue;
    }
    let lit;
    let dist;
    if (type === 1) {
      const l = new Uint8Array(318)
        .fill(8, 0, 144)
        .fill(9, 144, 256)
        .fill(7, 256, 280)
        .fill(8, 280, 288)
        .fill(5, 288);
      lit = code(l, 288);
      dist = code(l.subarray(288), 30);
    } else if (type === 2) {
      const nlit = bits(5) + 257;
      const ndist = bits(5) + 1;
      const nclen = bits(4) + 4;
      const cl = new Uint8Array(19);
      for (let k = 0; k < nclen; k++) cl[ORDER[k]] = bits(3);
      const clc = code(cl, 19);
      const l = new Uint8Array(nlit + ndist);
      for (let k = 0; k < nlit + ndist; ) {
        const s = decode(clc);
        if (s < 16) l[k++] = s;
        else {
          if (s === 16 && k === 0) fail("code lengths");
          const rep = s === 16 ? 3 + bits(2) : s === 17 ? 3 + bits(3) : 11 + bits(7);
          if (k + rep > nlit + ndist) fail("code lengths");
          l.fill(s === 16 ? l[k - 1] : 0, k, k + rep);
          k += rep;
        }
      }
      lit = code(l, nlit);
      dist = code(l.subarray(nlit), ndist);
    } else return fail("block type");
    for (;;) {
      if (i - (bc >> 3) > stop) fail("truncated");
      let s = decode(lit);
      if (s < 256) {
        if (n >= size) fail("longer than its size");
        out[n++] = s;
        continue;
      }
      if (s === 256) break;
      s -= 257;
      if (s > 28) fail("length code");
      let len = LENGTH[s];
      if (s > 7 && s < 28) len += bits((s - 4) >> 2);
      s = decode(dist);
      if (s > 29) fail("distance code");
      let back = DISTANCE[s];
      if (s > 3) back += bits((s - 2) >> 1);
      if (back > n || n + len > size) fail("distance");
      if (back >= len) {
        out.copyWithin(n, n - back, n - back + len);
        n += len;
      } else for (let k = n - back, e = n + len; n < e; ) out[n++] = out[k++];
    }
  }
  if (n !== size) fail("shorter than its size");
  return out;
}
