// Host names and IP addresses: syntax (RFC 1035 LDH, RFC 1123), normalisation, IDN → A-label,
// IP recognition and reserved ranges, internal-name detection (CA/B Forum BR §1.6.1) and
// wildcard matching (RFC 6125 §6.4.3 as narrowed by RFC 9525 §6.3).
import { TLDS } from "./tld-data";

const MAX_NAME = 253;
const MAX_LABEL = 63;
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Convert a Unicode domain name to its A-label form using the platform's IDNA (WHATWG URL), no dependency.
 *  Returns null when the platform refuses the name. */
export function toALabels(name: string): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: checking for any non-ASCII character
  if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase();
  if (/[\s/?#@:\\[\]%]/.test(name)) return null;
  try {
    const host = new URL(`http://${name}/`).hostname;
    return host === "" ? null : host;
  } catch {
    return null;
  }
}

function normalizeNameUncached(raw: string): string {
  const name = dropTrailingDot(raw.trim());
  const ascii = toALabels(name);
  // IDNA maps other full stops (U+3002 "。", U+FF0E...) to ".", so the converted name may end in one again.
  return ascii === null ? name.toLowerCase() : dropTrailingDot(ascii);
}

/** One trailing dot (the DNS root) goes; ".." or " ." stay, so that normalising twice changes nothing. */
function dropTrailingDot(name: string): string {
  return name.endsWith(".") && !/[\s.]\.$/.test(name) ? name.slice(0, -1) : name;
}

// The same few hundred names recur on hundreds of certificates of a large plan (every Front End server
// carries every meet/lyncdiscover name): the pure per-name functions are memoised. The caches are bounded.
const CACHE_LIMIT = 100_000;
function memo<R>(fn: (key: string) => R): (key: string) => R {
  const cache = new Map<string, R>();
  return (key) => {
    // memoised functions never return undefined, so one lookup answers
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

/** Trim, drop one trailing dot, lower-case, IDN → A-label. Never throws; a name the platform cannot
 *  convert is returned trimmed and lower-cased so that `fqdnProblem` can say what is wrong with it. */
export const normalizeName: (raw: string) => string = memo(normalizeNameUncached);

const fqdnProblemCaches = [0, 1, 2, 3].map((flags) =>
  memo((name) =>
    fqdnProblemUncached(name, { allowWildcard: (flags & 1) !== 0, allowSingleLabel: (flags & 2) !== 0 }),
  ),
);

/** Why `name` (already normalised) is not a valid DNS host name, or null when it is.
 *  `allowWildcard`: a "*" is accepted as the complete left-most label only (RFC 9525 §6.3). */
export function fqdnProblem(
  name: string,
  opts: { allowWildcard?: boolean; allowSingleLabel?: boolean } = {},
): string | null {
  const flags = (opts.allowWildcard ? 1 : 0) | (opts.allowSingleLabel ? 2 : 0);
  return (fqdnProblemCaches[flags] as (n: string) => string | null)(name);
}

export const ipVersion: (s: string) => 4 | 6 | null = memo(ipVersionUncached);

/** An Internal Name in the CA/Browser Forum sense (BR §1.6.1): a name that does not end in a TLD
 *  registered in IANA's Root Zone Database (`.local`, `.corp`, `.internal`, single-label names...). */
export const isInternalName: (name: string) => boolean = memo(isInternalNameUncached);

export function isWildcard(name: string): boolean {
  return name.includes("*");
}

export function isIdn(name: string): boolean {
  if (!name.includes("xn--")) return false;
  return name.split(".").some((l) => l.startsWith("xn--"));
}

function fqdnProblemUncached(
  name: string,
  opts: { allowWildcard?: boolean; allowSingleLabel?: boolean },
): string | null {
  if (name.length === 0) return "is empty";
  if (name.length > MAX_NAME) return `is ${name.length} characters long; a DNS name has at most ${MAX_NAME}`;
  if (ipVersion(name) !== null) return "is an IP address, not a DNS name";
  const blank = /\s/.exec(name);
  if (blank) {
    // a space is never a separator: "fabrikam. com" is one mistyped name, not the names "fabrikam" and "com"
    const what = blank[0] === " " ? "a space" : blank[0] === "\t" ? "a tab" : "a blank character";
    return `has ${what} inside the name, after "${name.slice(0, blank.index)}" (character ${blank.index + 1}); a name has no spaces`;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: checking for any non-ASCII character
  if (!/^[\x00-\x7f]*$/.test(name)) return "contains characters that cannot be converted to an IDN A-label";
  const labels = name.split(".");
  if (labels.length < 2 && !opts.allowSingleLabel)
    return "is a single-label (short) name; an FQDN is required";
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i] as string;
    if (label.length === 0) return "has an empty label (two dots in a row or a leading dot)";
    if (label.length > MAX_LABEL)
      return `has a label of ${label.length} characters ("${label.slice(0, 20)}…"); a label has at most ${MAX_LABEL}`;
    if (label.includes("*")) {
      if (!opts.allowWildcard) return "contains a wildcard (*), which is not allowed here";
      if (label !== "*")
        return `has a partial wildcard label "${label}"; a wildcard must be the whole left-most label (RFC 9525 §6.3)`;
      if (i !== 0) return "has a wildcard that is not the left-most label (RFC 9525 §6.3)";
      if (labels.length < 3) return "is a wildcard directly under a top-level domain";
      continue;
    }
    if (label.includes("_"))
      return `has an underscore in "${label}"; host names allow letters, digits and hyphens only`;
    if (!LDH_LABEL.test(label)) {
      if (label.startsWith("-") || label.endsWith("-"))
        return `has a label that starts or ends with a hyphen ("${label}")`;
      const bad = [...label].find((ch) => !/[a-z0-9-]/.test(ch)) ?? "?";
      return `contains the character "${bad}"; host names allow letters, digits and hyphens only`;
    }
  }
  const tld = labels[labels.length - 1] as string;
  if (/^[0-9]+$/.test(tld)) return "ends in an all-numeric label (looks like a mistyped IP address)";
  return null;
}

// ---------------------------------------------------------------- IP addresses

function ipVersionUncached(s: string): 4 | 6 | null {
  if (parseIPv4(s) !== null) return 4;
  if (parseIPv6(s) !== null) return 6;
  return null;
}

export function parseIPv4(s: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  if (m.slice(1).some((p) => p.length > 1 && p.startsWith("0"))) return null;
  return parts;
}

/** 8 groups of 16 bits, or null. Accepts "::" compression and an embedded IPv4 tail. */
export function parseIPv6(input: string): number[] | null {
  let s = input;
  if (s.startsWith("[") && s.endsWith("]")) s = s.slice(1, -1);
  if (!/^[0-9a-fA-F:.]+$/.test(s) || !s.includes(":")) return null;
  const halves = s.split("::");
  if (halves.length > 2) return null;
  // an embedded IPv4 address may only end the whole address (RFC 4291 §2.2), never precede "::"
  const parse = (part: string, last: boolean): number[] | null => {
    if (part === "") return [];
    const out: number[] = [];
    const groups = part.split(":");
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i] as string;
      if (last && i === groups.length - 1 && g.includes(".")) {
        const v4 = parseIPv4(g);
        if (!v4) return null;
        out.push(((v4[0] as number) << 8) | (v4[1] as number), ((v4[2] as number) << 8) | (v4[3] as number));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
        out.push(Number.parseInt(g, 16));
      }
    }
    return out;
  };
  const head = parse(halves[0] as string, halves.length === 1);
  const tail = halves.length === 2 ? parse(halves[1] as string, true) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const fill = 8 - head.length - tail.length;
  if (fill < 1) return null;
  return [...head, ...new Array<number>(fill).fill(0), ...tail];
}

/** Canonical text form of an IP address (IPv4 dotted, IPv6 lower-case RFC 5952 compressed). */
export function canonicalIp(s: string): string | null {
  const v4 = parseIPv4(s);
  if (v4) return v4.join(".");
  const v6 = parseIPv6(s);
  if (!v6) return null;
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (v6[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && v6[j] === 0) j++;
    if (j - i > bestLen && j - i > 1) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = v6.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLen).join(":")}`;
}

type Range4 = [number, number, number, number, number];
// IANA IPv4 Special-Purpose Address Registry (RFC 6890 and updates), as referenced by BR §7.1.2.7.12.
const RESERVED_V4: Range4[] = [
  [0, 0, 0, 0, 8],
  [10, 0, 0, 0, 8],
  [100, 64, 0, 0, 10],
  [127, 0, 0, 0, 8],
  [169, 254, 0, 0, 16],
  [172, 16, 0, 0, 12],
  [192, 0, 0, 0, 24],
  [192, 0, 2, 0, 24],
  [192, 31, 196, 0, 24], // AS112-v4
  [192, 52, 193, 0, 24], // AMT
  [192, 88, 99, 0, 24],
  [192, 168, 0, 0, 16],
  [192, 175, 48, 0, 24], // direct delegation AS112
  [198, 18, 0, 0, 15],
  [198, 51, 100, 0, 24],
  [203, 0, 113, 0, 24],
  [224, 0, 0, 0, 4],
  [240, 0, 0, 0, 4],
];

function v4ToInt(p: number[]): number {
  return (
    (((p[0] as number) << 24) >>> 0) + ((p[1] as number) << 16) + ((p[2] as number) << 8) + (p[3] as number)
  );
}

// IANA IPv6 Special-Purpose Address Registry: prefix groups and length.
const RESERVED_V6: { prefix: number[]; len: number }[] = [
  { prefix: [0, 0, 0, 0, 0, 0, 0, 0], len: 128 }, // unspecified
  { prefix: [0, 0, 0, 0, 0, 0, 0, 1], len: 128 }, // loopback
  { prefix: [0, 0, 0, 0, 0, 0xffff, 0, 0], len: 96 }, // IPv4-mapped
  { prefix: [0x64, 0xff9b, 0, 0, 0, 0, 0, 0], len: 96 }, // IPv4-IPv6 translation (RFC 6052)
  { prefix: [0x64, 0xff9b, 1, 0, 0, 0, 0, 0], len: 48 }, // local-use NAT64
  { prefix: [0x100, 0, 0, 0, 0, 0, 0, 0], len: 64 }, // discard-only
  { prefix: [0x2001, 0, 0, 0, 0, 0, 0, 0], len: 23 }, // IETF protocol assignments
  { prefix: [0x2001, 0xdb8, 0, 0, 0, 0, 0, 0], len: 32 }, // documentation
  { prefix: [0x2002, 0, 0, 0, 0, 0, 0, 0], len: 16 }, // 6to4
  { prefix: [0x2620, 0x4f, 0x8000, 0, 0, 0, 0, 0], len: 48 }, // direct delegation AS112
  { prefix: [0x3fff, 0, 0, 0, 0, 0, 0, 0], len: 20 }, // documentation (RFC 9637)
  { prefix: [0xfc00, 0, 0, 0, 0, 0, 0, 0], len: 7 }, // unique local (RFC 4193)
  { prefix: [0xfe80, 0, 0, 0, 0, 0, 0, 0], len: 10 }, // link-local
  { prefix: [0xff00, 0, 0, 0, 0, 0, 0, 0], len: 8 }, // multicast
];

function v6InPrefix(addr: number[], prefix: number[], len: number): boolean {
  for (let bit = 0; bit < len; bit++) {
    const g = bit >> 4;
    const mask = 0x8000 >> (bit & 15);
    if (((addr[g] as number) & mask) !== ((prefix[g] as number) & mask)) return false;
  }
  return true;
}

/** True for addresses in the IANA special-purpose registries (private, loopback, link-local, documentation...). */
export function isReservedIp(s: string): boolean {
  const v4 = parseIPv4(s);
  if (v4) {
    const a = v4ToInt(v4);
    return RESERVED_V4.some(([p0, p1, p2, p3, len]) => {
      const mask = len === 0 ? 0 : (~0 << (32 - len)) >>> 0;
      return (a & mask) >>> 0 === (v4ToInt([p0, p1, p2, p3]) & mask) >>> 0;
    });
  }
  const v6 = parseIPv6(s);
  if (!v6) return false;
  // only 2000::/3 is allocated as global unicast (IANA IPv6 Address Space registry); the rest is reserved by
  // the IETF or special-purpose (5f00::/16 SRv6 SIDs, 100:0:0:1::/64 dummy prefix...), as zlint treats it
  if (!v6InPrefix(v6, [0x2000, 0, 0, 0, 0, 0, 0, 0], 3)) return true;
  return RESERVED_V6.some((r) => v6InPrefix(v6, r.prefix, r.len));
}

// ---------------------------------------------------------------- internal names

/** IANA Root Zone Database top-level domains (tld-data.ts says from when and where), as A-labels. */
let tldSet: Set<string> | null = null;
function tlds(): Set<string> {
  if (!tldSet) {
    tldSet = new Set(TLDS);
  }
  return tldSet;
}

function isInternalNameUncached(name: string): boolean {
  if (ipVersion(name) !== null) return false;
  const labels = name.split(".");
  if (labels.length < 2) return true;
  const tld = (labels[labels.length - 1] as string).toLowerCase();
  return !tlds().has(tld);
}

// ---------------------------------------------------------------- domains and matching

/** "sip.contoso.com" is in "contoso.com"; "contoso.com" is in "contoso.com". */
export function isInDomain(name: string, domain: string): boolean {
  return name === domain || name.endsWith(`.${domain}`);
}

/** The parent domain: "sip.contoso.com" → "contoso.com". */
export function parentDomain(name: string): string {
  const i = name.indexOf(".");
  return i < 0 ? "" : name.slice(i + 1);
}

/** RFC 6125 §6.4.3 / RFC 9525 §6.3: does the presented identifier (possibly "*.example.com") match the
 *  reference host name? A wildcard is only valid as the complete left-most label and matches exactly one
 *  label: "*.contoso.com" does not match "contoso.com" nor "a.b.contoso.com". Comparison is case-insensitive. */
export function matchesName(presented: string, reference: string): boolean {
  const p = presented.toLowerCase();
  const r = reference.toLowerCase();
  if (!p.includes("*")) return p === r;
  const pl = p.split(".");
  const rl = r.split(".");
  if (pl[0] !== "*" || pl.slice(1).some((l) => l.includes("*"))) return false;
  if (pl.length < 3 || pl.length !== rl.length) return false;
  if ((rl[0] as string).length === 0) return false;
  for (let i = 1; i < pl.length; i++) if (pl[i] !== rl[i]) return false;
  return true;
}

/** Is `name` covered by one of `presented` (exact, or by a valid wildcard when `allowWildcard`)? */
export function isCovered(name: string, presented: readonly string[], allowWildcard = true): boolean {
  return presented.some((p) =>
    allowWildcard ? matchesName(p, name) : p.toLowerCase() === name.toLowerCase(),
  );
}

// ---------------------------------------------------------------- Unicode form and look-alikes

/** RFC 3492 §6.2 Punycode decoding of one label's "xn--" payload; null when it is not valid Punycode. */
function punycodeDecode(input: string): string | null {
  const base = 36;
  const tMin = 1;
  const tMax = 26;
  const skew = 38;
  const damp = 700;
  const adapt = (delta0: number, numPoints: number, first: boolean): number => {
    let delta = first ? Math.floor(delta0 / damp) : delta0 >> 1;
    delta += Math.floor(delta / numPoints);
    let k = 0;
    while (delta > ((base - tMin) * tMax) >> 1) {
      delta = Math.floor(delta / (base - tMin));
      k += base;
    }
    return k + Math.floor(((base - tMin + 1) * delta) / (delta + skew));
  };
  const digit = (c: number): number =>
    c >= 48 && c <= 57 ? c - 22 : c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 97 : base;
  const cut = input.lastIndexOf("-");
  const output: number[] = [];
  for (let i = 0; i < Math.max(cut, 0); i++) {
    const c = input.charCodeAt(i);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let pos = cut > 0 ? cut + 1 : 0; pos < input.length; ) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (pos >= input.length) return null;
      const d = digit(input.charCodeAt(pos++));
      if (d >= base) return null;
      i += d * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (d < t) break;
      w *= base - t;
      if (i > 0x10ffff * 64) return null;
    }
    bias = adapt(i - oldi, output.length + 1, oldi === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/** The Unicode form of an A-label name ("xn--mnchen-3ya.de" → "münchen.de"), for showing it to a person. */
export function toUnicodeName(name: string): string {
  return name
    .split(".")
    .map((label) => (label.startsWith("xn--") ? (punycodeDecode(label.slice(4)) ?? label) : label))
    .join(".");
}

// Cyrillic and Greek letters that render like Latin letters in common fonts (Unicode TS #39 confusables).
const LATIN_LOOKALIKES = new Set([...("аеіјорсуходѕһԁԛԝ" + "АВЕЅІЈКМНОРСТХУ" + "αεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")]);

/** Why a label of an IDN looks like a different (Latin) name, or null (Unicode TS #39 §5.1 mixed-script
 *  detection, limited to the Latin/Cyrillic/Greek confusion that host-name spoofing relies on; Latin mixed
 *  with Han, Hiragana or Katakana is normal Japanese and is not flagged). */
export function lookAlikeProblem(unicodeLabel: string): string | null {
  const latin = /\p{Script=Latin}/u.test(unicodeLabel);
  const cyrillic = /\p{Script=Cyrillic}/u.test(unicodeLabel);
  const greek = /\p{Script=Greek}/u.test(unicodeLabel);
  const others = [cyrillic ? "Cyrillic" : "", greek ? "Greek" : ""].filter(Boolean);
  if (others.length === 0) return null;
  if (latin || others.length > 1) {
    return `mixes ${[latin ? "Latin" : "", ...others].filter(Boolean).join(" and ")} letters`;
  }
  const letters = [...unicodeLabel].filter((c) => /\p{L}/u.test(c));
  if (letters.length > 0 && letters.every((c) => LATIN_LOOKALIKES.has(c))) {
    return `is written in ${others[0]} letters that all look like Latin ones`;
  }
  return null;
}

// ---------------------------------------------------------------- Public Suffix List

/** What the Public Suffix List (https://publicsuffix.org/) says about a name. */
export interface SuffixInfo {
  /** the public suffix of the name by the PSL's rules ("co.uk" for "contoso.co.uk"), or null when none applies */
  suffix: string | null;
  /** the section of the PSL whose rule gave the suffix; null when the name's TLD is not listed at all
   *  (an internal name such as "contoso.local": only the PSL's default rule "*" applied) */
  section: "icann" | "private" | null;
}
export type SuffixLookup = (name: string) => SuffixInfo;

// The PSL is about 50 kB of JavaScript (gzip): it is not part of the first screen. `src/domain/public-suffix.ts`
// installs it when it is imported; the wizard imports it before any step that edits names and before it opens a
// plan file (see src/ui/App.tsx and StartStep), and the unit tests import it in their setup. Until then, a name
// is checked by syntax and by the IANA TLD list only (a single-label domain is still refused).
let suffixLookup: SuffixLookup | null = null;

export function installPublicSuffixList(lookup: SuffixLookup): void {
  suffixLookup = lookup;
  for (const c of domainProblemCaches) c.clear();
}

export function publicSuffixListInstalled(): boolean {
  return suffixLookup !== null;
}

/** The PSL's answer for a name, or null while the list is not loaded. */
export function publicSuffixOf(name: string): SuffixInfo | null {
  return suffixLookup ? suffixLookup(name) : null;
}

/** Is `name` itself a public suffix listed in the PSL (ICANN or private section)? */
function listedSuffix(name: string): SuffixInfo | null {
  const info = publicSuffixOf(name);
  return info && info.section !== null && info.suffix === name ? info : null;
}

function suffixWords(info: SuffixInfo): string {
  return info.section === "private"
    ? "(Public Suffix List, private section: its operator gives names below it to different customers)"
    : "(Public Suffix List, ICANN section: anyone can register a name below it)";
}

export type NameRole = "domain" | "host";

function domainProblemFor(role: NameRole, name: string): string | null {
  if (ipVersion(name) !== null) return null;
  const wildcard = name.startsWith("*.");
  const bare = wildcard ? name.slice(2) : name;
  const listed = listedSuffix(bare);
  if (role === "domain") {
    if (listed && !bare.includes("."))
      return `is a top-level domain, not a domain of yours: write your whole domain, e.g. contoso.${bare}`;
    if (!bare.includes("."))
      return "is a single label; a domain has at least two, e.g. contoso.com (write the whole domain)";
    if (listed)
      return `is a public suffix ${suffixWords(listed)}, not a domain you can own: write your domain below it, e.g. contoso.${bare}`;
    return null;
  }
  if (wildcard) {
    // BR §3.2.2.6 asks CAs to consult the PSL's ICANN section for wildcards
    if (listed && listed.section === "icann")
      return `is a wildcard directly under the public suffix "${bare}": it would cover names registered by other owners. The CA/Browser Forum Baseline Requirements §3.2.2.6: "If the FQDN portion of any Wildcard Domain Name is 'registry-controlled' or is a 'public suffix', CAs MUST refuse issuance"`;
    if (listed)
      return `is a wildcard directly under the public suffix "${bare}" ${suffixWords(listed)}: it would cover other customers' names`;
    return null;
  }
  if (listed)
    return `is a public suffix ${suffixWords(listed)}, not a host name: write the server's full name, e.g. sip.contoso.${bare}`;
  return null;
}

const domainProblemCaches = (["domain", "host"] as const).map((role) =>
  memoClearable((name: string) => domainProblemFor(role, name)),
);

function memoClearable<R>(fn: (key: string) => R): ((key: string) => R) & { clear(): void } {
  const cache = new Map<string, R>();
  const f = (key: string): R => {
    if (cache.has(key)) return cache.get(key) as R;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
  f.clear = () => cache.clear();
  return f;
}

/** Why a syntactically valid, normalised name cannot be used in its role, or null.
 *  - "domain" (SIP, XMPP, MRA, federation and SRV domains): a registrable domain or a name below one; never a
 *    public suffix ("com", "co.uk", "azurewebsites.net") and never a single label.
 *  - "host" (server FQDNs, SANs): not a public suffix itself, and a wildcard not directly under one; a
 *    single-label or other internal name is allowed here (internal CAs), and the rules flag it for a public CA. */
export function domainProblem(name: string, role: NameRole): string | null {
  return (domainProblemCaches[role === "domain" ? 0 : 1] as (n: string) => string | null)(name);
}
