// names.ts against the standards it implements: examples from the RFCs / IANA registries, and fast-check
// properties (≥ 1,000 runs each) with Node's own URL (IDNA / UTS #46) and net (IP syntax) as independent oracles.
import { isIPv4, isIPv6 } from "node:net";
import { domainToASCII } from "node:url";
import fc from "fast-check";
import { getDomain } from "tldts";
import { describe, expect, it } from "vitest";
import {
  canonicalIp,
  domainProblem,
  fqdnProblem,
  ipVersion,
  isCovered,
  isIdn,
  isInDomain,
  isInternalName,
  isReservedIp,
  isWildcard,
  matchesName,
  normalizeName,
  parentDomain,
  parseIPv4,
  parseIPv6,
  publicSuffixListInstalled,
  publicSuffixOf,
} from "./names";
import { TLDS } from "./tld-data";

const RUNS = { numRuns: 2000 };

// ---------------------------------------------------------------- generators

const LDH = "abcdefghijklmnopqrstuvwxyz0123456789";
const ALPHA = "abcdefghijklmnopqrstuvwxyz";

/** A valid LDH label (RFC 1123): letters/digits, inner hyphens, 1–63 characters. */
const ldhLabel = fc
  .tuple(
    fc.constantFrom(...LDH),
    fc.string({ unit: fc.constantFrom(...LDH, "-"), maxLength: 20 }),
    fc.constantFrom(...LDH),
  )
  .map(([a, mid, z]) => (mid.length === 0 ? a : `${a}${mid}${z}`));

/** A top-level-ish label that is not all-numeric. */
const alphaLabel = fc.string({ unit: fc.constantFrom(...ALPHA), minLength: 2, maxLength: 8 });

/** A valid host name of 2–5 labels, lower-case. */
const hostName = fc
  .tuple(fc.array(ldhLabel, { minLength: 1, maxLength: 4 }), alphaLabel)
  .map(([labels, tld]) => [...labels, tld].join("."))
  .filter((n) => n.length <= 253);

/** Upper/lower-case variations of a string. */
function randomCase(s: string) {
  return fc
    .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
    .map((flags) => [...s].map((c, i) => (flags[i] ? c.toUpperCase() : c)).join(""));
}

/** Labels a person types in Unicode (left-to-right scripts only, so that no bidi rule refuses them). */
const unicodeLabel = fc.string({
  unit: fc.constantFrom(..."abcxyzABCXYZ019äöüÄÖÜßéèñçøåłžкиРФпмΩλ例えテスト"),
  minLength: 1,
  maxLength: 10,
});
const unicodeName = fc.array(unicodeLabel, { minLength: 2, maxLength: 4 }).map((l) => l.join("."));

// ---------------------------------------------------------------- normalisation

describe("normalizeName", () => {
  it("trims, drops the trailing dot, lower-cases and converts IDNs to A-labels", () => {
    expect(normalizeName("  Sip.Contoso.COM. ")).toBe("sip.contoso.com");
    // RFC 3492 / IDNA examples; WHATWG URL uses UTS #46 non-transitional processing (ß stays ß → xn--fa-hia)
    expect(normalizeName("münchen.de")).toBe("xn--mnchen-3ya.de");
    expect(normalizeName("MÜNCHEN.DE.")).toBe("xn--mnchen-3ya.de");
    expect(normalizeName("bücher.de")).toBe("xn--bcher-kva.de");
    expect(normalizeName("faß.de")).toBe("xn--fa-hia.de");
    expect(normalizeName("пример.рф")).toBe("xn--e1afmkfd.xn--p1ai");
    expect(normalizeName("例え.テスト")).toBe("xn--r8jz45g.xn--zckzah");
    expect(normalizeName("*.münchen.de")).toBe("*.xn--mnchen-3ya.de");
    // an ideographic full stop is a dot in IDNA, a trailing one included
    expect(normalizeName("sip.münchen.de。")).toBe("sip.xn--mnchen-3ya.de");
    // garbage stays visible for fqdnProblem
    expect(normalizeName("a..")).toBe("a..");
    expect(normalizeName("Exa Mple.com")).toBe("exa mple.com");
    expect(normalizeName("")).toBe("");
  });

  it("is idempotent on any string (property)", () => {
    const anyName = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: fc.constantFrom(..."aZü. 。．｡*-_\u212A\u3000\u00adK"), maxLength: 15 }),
      unicodeName,
    );
    fc.assert(
      fc.property(anyName, (s) => {
        const once = normalizeName(s);
        expect(normalizeName(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it("gives lower-case ASCII equal to the platform's UTS #46 conversion, without a trailing dot (property)", () => {
    fc.assert(
      fc.property(unicodeName, fc.boolean(), fc.constantFrom("", " ", "\t"), (name, dot, pad) => {
        const expected = domainToASCII(name);
        fc.pre(expected !== "");
        // WHATWG URL reads a host whose last label is a number as IPv4 shorthand ("9.0" → "9.0.0.0"); a host
        // name field never means that, and fqdnProblem flags an all-numeric last label instead.
        fc.pre(!/(^|\.)[0-9]+$/.test(name));
        const out = normalizeName(`${pad}${name}${dot ? "." : ""}${pad}`);
        expect(out).toBe(expected);
        expect(out).toMatch(/^[a-z0-9.-]+$/);
        expect(out.endsWith(".")).toBe(false);
      }),
      RUNS,
    );
  });

  it("leaves a valid lower-case host name unchanged and ignores case and one trailing dot (property)", () => {
    fc.assert(
      fc.property(
        hostName.chain((n) => fc.tuple(fc.constant(n), randomCase(n))),
        ([n, mixed]) => {
          expect(normalizeName(n)).toBe(n);
          expect(normalizeName(`${mixed}.`)).toBe(n);
        },
      ),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------- wildcard matching (RFC 9525 §6.3)

describe("matchesName (RFC 9525 §6.3)", () => {
  it("examples: one label only, never the apex, never two labels, never partial wildcards", () => {
    expect(matchesName("*.contoso.com", "meet.contoso.com")).toBe(true);
    expect(matchesName("*.contoso.com", "contoso.com")).toBe(false);
    expect(matchesName("*.contoso.com", "a.b.contoso.com")).toBe(false);
    expect(matchesName("f*.contoso.com", "foo.contoso.com")).toBe(false);
    expect(matchesName("*o.contoso.com", "foo.contoso.com")).toBe(false);
    expect(matchesName("bar.*.example.net", "bar.foo.example.net")).toBe(false);
    expect(matchesName("*.*.contoso.com", "a.b.contoso.com")).toBe(false);
    expect(matchesName("*.com", "contoso.com")).toBe(false);
    expect(matchesName("Sip.Contoso.com", "sip.contoso.COM")).toBe(true);
    expect(isCovered("contoso.com", ["*.contoso.com", "sip.contoso.com"])).toBe(false);
    expect(isCovered("meet.contoso.com", ["*.contoso.com"], false)).toBe(false);
    expect(isCovered("meet.contoso.com", ["*.contoso.com"])).toBe(true);
  });

  it("*.<domain> matches exactly one extra label (property)", () => {
    fc.assert(
      fc.property(hostName, ldhLabel, (domain, label) => {
        expect(matchesName(`*.${domain}`, `${label}.${domain}`)).toBe(true);
      }),
      RUNS,
    );
  });

  it("*.<domain> never matches the domain itself (property)", () => {
    fc.assert(
      fc.property(hostName, (domain) => {
        expect(matchesName(`*.${domain}`, domain)).toBe(false);
      }),
      RUNS,
    );
  });

  it("*.<domain> never matches two or more labels below it (property)", () => {
    fc.assert(
      fc.property(hostName, fc.array(ldhLabel, { minLength: 2, maxLength: 4 }), (domain, labels) => {
        expect(matchesName(`*.${domain}`, `${labels.join(".")}.${domain}`)).toBe(false);
      }),
      RUNS,
    );
  });

  it("a partial wildcard (f*.<domain>, *x.<domain>) never matches anything (property)", () => {
    fc.assert(
      fc.property(hostName, ldhLabel, ldhLabel, fc.boolean(), (domain, fix, ref, before) => {
        const presented = before ? `${fix}*.${domain}` : `*${fix}.${domain}`;
        expect(matchesName(presented, `${ref}.${domain}`)).toBe(false);
        expect(matchesName(presented, `${fix}${ref}.${domain}`)).toBe(false);
        expect(matchesName(presented, `${ref}${fix}.${domain}`)).toBe(false);
      }),
      RUNS,
    );
  });

  it("exact names match case-insensitively and only themselves (property)", () => {
    fc.assert(
      fc.property(
        hostName.chain((n) => fc.tuple(fc.constant(n), randomCase(n))),
        hostName,
        ([n, mixed], other) => {
          expect(matchesName(mixed, n)).toBe(true);
          expect(matchesName(n, mixed)).toBe(true);
          expect(matchesName(n, other)).toBe(n === other);
        },
      ),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------- IP addresses

describe("IP addresses", () => {
  it("recognises IPv4 and IPv6 (examples)", () => {
    expect(ipVersion("192.0.2.1")).toBe(4);
    expect(ipVersion("2001:db8::1")).toBe(6);
    expect(ipVersion("::ffff:192.0.2.1")).toBe(6);
    expect(ipVersion("[2001:db8::1]")).toBe(6);
    expect(ipVersion("01.2.3.4")).toBeNull();
    expect(ipVersion("256.1.1.1")).toBeNull();
    expect(ipVersion("1.2.3.4::")).toBeNull();
    expect(ipVersion("1::2::3")).toBeNull();
    expect(ipVersion("sip.contoso.com")).toBeNull();
    expect(canonicalIp("2001:DB8:0:0:0:0:0:1")).toBe("2001:db8::1");
    expect(canonicalIp("2001:db8:0:0:1:0:0:1")).toBe("2001:db8::1:0:0:1");
    expect(canonicalIp("0:0:0:0:0:0:0:0")).toBe("::");
  });

  it("generated IPv4 / IPv6 addresses are recognised and canonicalised stably (property)", () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        expect(ipVersion(ip)).toBe(4);
        expect(canonicalIp(ip)).toBe(ip);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.ipV6(), (ip) => {
        expect(ipVersion(ip)).toBe(6);
        const c = canonicalIp(ip) as string;
        expect(isIPv6(c)).toBe(true);
        expect(canonicalIp(c)).toBe(c);
        expect(parseIPv6(c)).toEqual(parseIPv6(ip));
      }),
      RUNS,
    );
  });

  it("agrees with Node's net.isIPv4 / isIPv6 on arbitrary strings of address characters (property)", () => {
    const chars = fc.string({ unit: fc.constantFrom(..."0123456789abcdefABCDEF:."), maxLength: 41 });
    const near = fc
      .oneof(fc.ipV6(), fc.ipV4())
      .chain((ip) =>
        fc
          .tuple(fc.nat({ max: ip.length }), fc.constantFrom("", ":", ".", "::", "0", "1.2.3.4"))
          .map(([i, ins]) => ip.slice(0, i) + ins + ip.slice(i)),
      );
    fc.assert(
      fc.property(fc.oneof(chars, near), (s) => {
        expect(parseIPv4(s) !== null).toBe(isIPv4(s));
        expect(parseIPv6(s) !== null).toBe(isIPv6(s));
      }),
      { numRuns: 5000 },
    );
  });

  // IANA IPv4 / IPv6 Special-Purpose Address Registries (CA/Browser Forum BR "Reserved IP Address"), boundaries.
  const RESERVED: [string, boolean][] = [
    ["10.0.0.0", true],
    ["10.255.255.255", true],
    ["11.0.0.0", false],
    ["172.15.255.255", false],
    ["172.16.0.0", true],
    ["172.31.255.255", true],
    ["172.32.0.0", false],
    ["192.168.1.1", true],
    ["100.63.255.255", false],
    ["100.64.0.0", true],
    ["100.127.255.255", true],
    ["100.128.0.0", false],
    ["127.0.0.1", true],
    ["169.254.10.1", true],
    ["0.1.2.3", true],
    ["192.0.0.170", true],
    ["192.0.2.1", true],
    ["192.31.196.1", true],
    ["192.52.193.1", true],
    ["192.88.99.1", true],
    ["192.175.48.1", true],
    ["198.18.0.1", true],
    ["198.19.255.255", true],
    ["198.20.0.0", false],
    ["198.51.100.7", true],
    ["203.0.113.9", true],
    ["203.0.114.1", false],
    ["224.0.0.1", true],
    ["255.255.255.255", true],
    ["8.8.8.8", false],
    ["1.1.1.1", false],
    ["::", true],
    ["::1", true],
    ["::ffff:8.8.8.8", true],
    ["64:ff9b::808:808", true],
    ["100::1", true],
    ["2001::1", true],
    ["2001:db8::1", true],
    ["2002:c000:201::1", true],
    ["2620:4f:8000::1", true],
    ["2620:4f:7fff::1", false],
    ["3fff::1", true],
    ["5f00::1", true],
    ["fc00::1", true],
    ["fd12:3456::1", true],
    ["fe80::1", true],
    ["ff02::1", true],
    ["2606:4700:4700::1111", false],
    ["2a00:1450:4001:80b::200e", false],
  ];
  for (const [ip, reserved] of RESERVED) {
    it(`isReservedIp(${ip}) = ${reserved}`, () => expect(isReservedIp(ip)).toBe(reserved));
  }

  it("every RFC 1918 address and every IPv4-mapped IPv6 address is reserved; 8.0.0.0/7 is not (property)", () => {
    const byte = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(byte, byte, byte, fc.integer({ min: 16, max: 31 }), (b, c, d, s) => {
        expect(isReservedIp(`10.${b}.${c}.${d}`)).toBe(true);
        expect(isReservedIp(`172.${s}.${c}.${d}`)).toBe(true);
        expect(isReservedIp(`192.168.${c}.${d}`)).toBe(true);
        expect(isReservedIp(`::ffff:${b}.${b}.${c}.${d}`)).toBe(true);
        expect(isReservedIp(`${8 + (d % 2)}.${b}.${c}.${d}`)).toBe(false);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: 0xfc00, max: 0xfdff }), fc.integer({ min: 0, max: 0xffff }), (g0, g1) => {
        expect(isReservedIp(`${g0.toString(16)}:${g1.toString(16)}::1`)).toBe(true);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------- internal names (BR §1.6.1)

describe("isInternalName", () => {
  it("examples: .local, .corp, .internal and single labels are internal; IANA TLDs are not", () => {
    for (const n of [
      "pool01.contoso.local",
      "dc.contoso.corp",
      "app.internal",
      "lyncpool",
      "x.lan",
      "*.contoso.local",
    ]) {
      expect(isInternalName(n)).toBe(true);
    }
    for (const n of [
      "sip.contoso.com",
      "sip.contoso.de",
      "xn--e1afmkfd.xn--p1ai",
      "meet.contoso.cloud",
      "SIP.CONTOSO.COM",
    ]) {
      expect(isInternalName(n)).toBe(false);
    }
    expect(isInternalName("10.0.0.1")).toBe(false);
  });

  it("any host under a registered TLD is public, under a non-delegated one internal (property)", () => {
    const registered = fc.constantFrom("com", "de", "net", "org", "uk", "cloud", "xn--p1ai", "io", "ch");
    const unregistered = fc.constantFrom(
      "local",
      "corp",
      "internal",
      "lan",
      "intranet",
      "localdomain",
      "home",
    );
    fc.assert(
      fc.property(
        fc.array(ldhLabel, { minLength: 1, maxLength: 3 }),
        registered,
        unregistered,
        (labels, pub, priv) => {
          expect(isInternalName([...labels, pub].join("."))).toBe(false);
          expect(isInternalName([...labels, priv].join("."))).toBe(true);
          expect(isInternalName(labels[0] as string)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------- fqdnProblem

describe("fqdnProblem", () => {
  const l63 = "a".repeat(63);
  it("accepts 63-character labels and 253-character names; refuses 64 and 254", () => {
    expect(fqdnProblem(`${l63}.contoso.com`)).toBeNull();
    expect(fqdnProblem(`${"a".repeat(64)}.contoso.com`)).toContain("a label has at most 63");
    const n253 = [l63, l63, l63, "a".repeat(61)].join(".");
    expect(n253.length).toBe(253);
    expect(fqdnProblem(n253)).toBeNull();
    expect(fqdnProblem(`a${n253}`)).toContain("a DNS name has at most 253");
  });

  it("explains what is wrong, in words", () => {
    expect(fqdnProblem("x".repeat(300))).toBe("is 300 characters long; a DNS name has at most 253");
    expect(fqdnProblem("sip_01.contoso.com")).toContain('has an underscore in "sip_01"');
    expect(fqdnProblem("exa mple.com")).toBe(
      'has a space inside the name, after "exa" (character 4); a name has no spaces',
    );
    expect(fqdnProblem("-edge.contoso.com")).toContain("starts or ends with a hyphen");
    expect(fqdnProblem("edge-.contoso.com")).toContain("starts or ends with a hyphen");
    expect(fqdnProblem("lyncpool")).toContain("single-label (short) name");
    expect(fqdnProblem("lyncpool", { allowSingleLabel: true })).toBeNull();
    expect(fqdnProblem("10.0.0.1")).toBe("is an IP address, not a DNS name");
    expect(fqdnProblem("2001:db8::1")).toBe("is an IP address, not a DNS name");
    expect(fqdnProblem("a..contoso.com")).toContain("empty label");
    expect(fqdnProblem("sip.contoso.123")).toContain("all-numeric");
    expect(fqdnProblem("sip.münchen.de")).toContain("cannot be converted");
    expect(fqdnProblem("")).toBe("is empty");
  });

  it("wildcards: refused by default, accepted only as the whole left-most label below a registrable level", () => {
    expect(fqdnProblem("*.contoso.com")).toContain("contains a wildcard");
    expect(fqdnProblem("*.contoso.com", { allowWildcard: true })).toBeNull();
    expect(fqdnProblem("*.*.example.com", { allowWildcard: true })).toContain("not the left-most label");
    expect(fqdnProblem("f*.contoso.com", { allowWildcard: true })).toContain("partial wildcard");
    expect(fqdnProblem("*.com", { allowWildcard: true })).toContain("directly under a top-level domain");
  });

  it("accepts every generated LDH host name and refuses it with an underscore or a space (property)", () => {
    fc.assert(
      fc.property(hostName, fc.nat(), fc.constantFrom("_", " "), (n, at, bad) => {
        expect(fqdnProblem(n)).toBeNull();
        const dot = n.indexOf(".");
        const i = at % dot;
        const broken = n.slice(0, i) + bad + n.slice(i);
        expect(fqdnProblem(broken)).toMatch(bad === "_" ? /underscore/ : /space/);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------- small helpers

describe("isWildcard, isIdn, isInDomain, parentDomain", () => {
  it("examples", () => {
    expect(isWildcard("*.contoso.com")).toBe(true);
    expect(isWildcard("sip.contoso.com")).toBe(false);
    expect(isIdn("sip.xn--mnchen-3ya.de")).toBe(true);
    expect(isIdn("sip.contoso.com")).toBe(false);
    expect(isInDomain("sip.contoso.com", "contoso.com")).toBe(true);
    expect(isInDomain("contoso.com", "contoso.com")).toBe(true);
    expect(isInDomain("notcontoso.com", "contoso.com")).toBe(false);
    expect(parentDomain("sip.contoso.com")).toBe("contoso.com");
    expect(parentDomain("localhost")).toBe("");
  });
});

// ---------------------------------------------------------------- Public Suffix List (tldts's own data)

describe("names against the Public Suffix List", () => {
  it("the list is installed for the tests, as the wizard installs it before a step that edits names", () => {
    expect(publicSuffixListInstalled()).toBe(true);
  });

  it("every IANA top-level domain is a public suffix in the PSL's ICANN section: never a domain, never a host", () => {
    const missing: string[] = [];
    for (const tld of TLDS) {
      const info = publicSuffixOf(tld);
      if (info?.section !== "icann" || info.suffix !== tld) {
        missing.push(tld);
        expect(domainProblem(tld, "domain")).toMatch(/^is a single label/);
        continue;
      }
      expect(domainProblem(tld, "domain")).toMatch(/^is a top-level domain, not a domain of yours/);
      expect(domainProblem(tld, "host"), tld).toMatch(/^is a public suffix/);
      // below a TLD with a wildcard rule ("*.ck") a second label is still a public suffix
      const registrable = getDomain(`contoso.${tld}`, { allowPrivateDomains: true }) !== null;
      expect(domainProblem(`contoso.${tld}`, "domain") === null, tld).toBe(registrable);
    }
    // the IANA list (tld-data.ts) and tldts's PSL are updated separately; a brand-new TLD may be in one first
    expect(missing.length, missing.join(", ")).toBeLessThanOrEqual(5);
  });

  // entries as tldts reports them, from both sections of the list
  const icann = ["co.uk", "com.au", "gov.uk", "foo.kawasaki.jp", "bar.ck", "k12.ma.us"];
  const privateSection = [
    "azurewebsites.net",
    "github.io",
    "us.com",
    "blogspot.com",
    "cloudapp.net",
    "herokuapp.com",
  ];

  it("multi-label public suffixes of the ICANN section (incl. wildcard rules) are refused as domains and hosts", () => {
    for (const s of icann) {
      expect(publicSuffixOf(s), s).toEqual({ suffix: s, section: "icann" });
      expect(domainProblem(s, "domain"), s).toMatch(
        /^is a public suffix \(Public Suffix List, ICANN section/,
      );
      expect(domainProblem(s, "host"), s).toMatch(/^is a public suffix/);
      expect(domainProblem(`*.${s}`, "host"), s).toMatch(/CAs MUST refuse issuance/);
      expect(domainProblem(`contoso.${s}`, "domain"), s).toBeNull();
      expect(domainProblem(`sip.contoso.${s}`, "host"), s).toBeNull();
    }
    // a wildcard rule ("*.kawasaki.jp") makes every second label a suffix; an exception ("!city.kawasaki.jp") not
    expect(domainProblem("contoso.kawasaki.jp", "domain")).toMatch(/^is a public suffix/);
    expect(domainProblem("city.kawasaki.jp", "domain")).toBeNull();
  });

  it("public suffixes of the private section are refused as domains; names below them are registrable", () => {
    for (const s of privateSection) {
      expect(publicSuffixOf(s), s).toEqual({ suffix: s, section: "private" });
      expect(domainProblem(s, "domain"), s).toMatch(
        /^is a public suffix \(Public Suffix List, private section/,
      );
      expect(domainProblem(`fabrikam.${s}`, "domain"), s).toBeNull();
      expect(domainProblem(`*.fabrikam.${s}`, "host"), s).toBeNull();
    }
  });

  it("onmicrosoft.com is not on the list: a tenant's contoso.onmicrosoft.com is below a registrable domain", () => {
    expect(publicSuffixOf("onmicrosoft.com")).toEqual({ suffix: "com", section: "icann" });
    expect(domainProblem("contoso.onmicrosoft.com", "domain")).toBeNull();
  });

  it("single labels are never a domain; internal names stay allowed as hosts (internal CAs)", () => {
    expect(domainProblem("contoso", "domain")).toMatch(/^is a single label/);
    expect(domainProblem("fabrikam", "domain")).toMatch(/^is a single label/);
    expect(domainProblem("fileserver", "host")).toBeNull();
    expect(domainProblem("contoso.local", "domain")).toBeNull();
    expect(domainProblem("lync.contoso.local", "host")).toBeNull();
    expect(domainProblem("*.corp", "host")).toBeNull();
    expect(domainProblem("10.0.0.1", "host")).toBeNull();
  });

  it("agrees with tldts's registrable domain for any name built from listed suffixes (property)", () => {
    const suffix = fc.constantFrom(...icann, ...privateSection, "com", "de", "uk");
    const lbl = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
    fc.assert(
      fc.property(fc.array(lbl, { minLength: 0, maxLength: 3 }), suffix, (labels, s) => {
        const name = [...labels, s].join(".");
        // tldts's own answer: a name with no registrable domain is a public suffix (these are all listed)
        const registrable = getDomain(name, { allowPrivateDomains: true }) !== null;
        expect(domainProblem(name, "domain") === null).toBe(registrable);
        expect(domainProblem(name, "host") === null).toBe(registrable);
      }),
      { numRuns: 500 },
    );
  });
});
