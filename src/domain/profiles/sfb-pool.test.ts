import { describe, expect, it } from "vitest";
import type { CertificatePlan, Plan, SfbPoolComponent } from "../types";
import { planSfbPool } from "./sfb-pool";

// Every pool certificate combines Microsoft's three rows (Default + Web internal + Web external) into one
// certificate per server (PLAN-FORMAT.md `sfb-pool`): the expected SAN set is the union of the three examples.

function plan(p: Partial<Plan> = {}): Plan {
  return {
    format: "san-planner/plan",
    version: 1,
    name: "test",
    issueDate: "2026-07-01",
    sipDomains: ["contoso.com", "fabrikam.com"],
    components: [],
    ...p,
  };
}

/** The simple URLs of Microsoft's internal-server examples. */
const SIMPLE_URLS = {
  meet: ["meet.contoso.com", "meet.fabrikam.com"],
  dialin: ["dialin.contoso.com"],
  admin: "admin.contoso.com",
};

function run(c: SfbPoolComponent, p: Plan): CertificatePlan[] {
  const certs = planSfbPool(c, { plan: p, issueDate: p.issueDate ?? "2026-07-01" });
  for (const cert of certs) wellFormed(cert);
  return certs;
}

function one(c: SfbPoolComponent, p: Plan): CertificatePlan {
  const certs = run(c, p);
  expect(certs).toHaveLength(1);
  return certs[0] as CertificatePlan;
}

/** CN first, no duplicate names, every SAN with a non-empty reason. */
function wellFormed(cert: CertificatePlan): void {
  expect(cert.sans[0]?.value).toBe(cert.subject.CN);
  expect(new Set(cert.sans.map((s) => s.value)).size).toBe(cert.sans.length);
  for (const s of cert.sans) {
    expect(s.reasons.length, s.value).toBeGreaterThan(0);
    for (const r of s.reasons) expect(r.trim().length, s.value).toBeGreaterThan(0);
  }
}

const sanSet = (cert: CertificatePlan): Set<string> => new Set(cert.sans.map((s) => s.value));
const reasonsOf = (cert: CertificatePlan, name: string): string[] =>
  cert.sans.find((s) => s.value === name)?.reasons ?? [];

// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
// (same tables in https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/environmental-requirements)
// "Certificates for Standard Edition Server":
// | Default      | FQDN of the pool   | SN=se01.contoso.com; SAN=se01.contoso.com
// |              |                    | If this pool is the auto-logon server for clients and strict DNS matching is required in
// |              |                    | group policy, you also need SAN=sip.contoso.com; SAN=sip.fabrikam.com
// | Web internal | FQDN of the server | SN=se01.contoso.com; SAN=se01.contoso.com; SAN=meet.contoso.com; SAN=meet.fabrikam.com;
// |              |                    | SAN=dialin.contoso.com; SAN=admin.contoso.com
// |              |                    | Using a wildcard certificate: SN=se01.contoso.com; SAN=se01.contoso.com; SAN=*.contoso.com
// | Web external | FQDN of the server | SN=se01.contoso.com; SAN=webcon01.contoso.com; SAN=meet.contoso.com; SAN=meet.fabrikam.com;
// |              |                    | SAN=dialin.contoso.com
// |              |                    | Using a wildcard certificate: SN=se01.contoso.com; SAN=webcon01.contoso.com; SAN=*.contoso.com
// The tables predate mobility: these inputs set "mobility": false (lyncdiscover names are tested separately).
describe("sfb-pool: Standard Edition (Microsoft example)", () => {
  const se: SfbPoolComponent = {
    type: "sfb-pool",
    id: "se",
    role: "standard-edition",
    poolFqdn: "se01.contoso.com",
    servers: ["se01.contoso.com"],
    externalWebFqdn: "webcon01.contoso.com",
  };

  it("reproduces Default + Web internal + Web external", () => {
    const cert = one(se, plan({ sfb: { simpleUrls: SIMPLE_URLS, mobility: false } }));
    expect(cert.id).toBe("se/se01.contoso.com");
    expect(cert.profile).toBe("sfb-standard-edition");
    expect(cert.title).toBe("Standard Edition — se01.contoso.com");
    expect(cert.subject.CN).toBe("se01.contoso.com");
    expect(sanSet(cert)).toEqual(
      new Set([
        "se01.contoso.com",
        "webcon01.contoso.com",
        "meet.contoso.com",
        "meet.fabrikam.com",
        "dialin.contoso.com",
        "admin.contoso.com",
      ]),
    );
    // "All these are standard web server certificates, private key, non-exportable." (LYNC-FE-KEY-1)
    expect(cert.exportableKey).toBe(false);
    expect(cert.eku).toEqual(["serverAuth"]);
    expect(cert.installOn).toEqual(["se01.contoso.com"]);
    // pool = server = internal web FQDN: one entry carrying every reason
    expect(reasonsOf(cert, "se01.contoso.com")).toEqual([
      "Standard Edition pool FQDN (= server FQDN)",
      "Standard Edition server se01.contoso.com",
      "internal web services FQDN",
    ]);
  });

  it("adds sip.contoso.com and sip.fabrikam.com when the pool is the auto-logon server (strict DNS)", () => {
    const cert = one({ ...se, autoLogon: true }, plan({ sfb: { simpleUrls: SIMPLE_URLS, mobility: false } }));
    expect(sanSet(cert)).toEqual(
      new Set([
        "se01.contoso.com",
        "webcon01.contoso.com",
        "sip.contoso.com",
        "sip.fabrikam.com",
        "meet.contoso.com",
        "meet.fabrikam.com",
        "dialin.contoso.com",
        "admin.contoso.com",
      ]),
    );
    expect(reasonsOf(cert, "sip.fabrikam.com")[0]).toContain("SIP domain fabrikam.com (sip.<domain>)");
  });

  // Wildcard rows: "SAN=se01.contoso.com; SAN=*.contoso.com" and "SAN=webcon01.contoso.com; SAN=*.contoso.com".
  // Deviation: the example's *.contoso.com cannot cover meet.fabrikam.com (a wildcard matches one label of the same
  // parent, RFC 9525 §6.3 / TLS-RFC9525-1), so the plan adds *.fabrikam.com for it.
  it("reproduces the wildcard variant (plus *.fabrikam.com for meet.fabrikam.com)", () => {
    const cert = one(
      se,
      plan({ sfb: { simpleUrls: SIMPLE_URLS, mobility: false, wildcardSimpleUrls: true } }),
    );
    expect(cert.subject.CN).toBe("se01.contoso.com");
    expect(sanSet(cert)).toEqual(
      new Set(["se01.contoso.com", "webcon01.contoso.com", "*.contoso.com", "*.fabrikam.com"]),
    );
    expect(reasonsOf(cert, "*.contoso.com")).toEqual([
      "wildcard for the simple URLs and autodiscover names (wildcardSimpleUrls): summarises meet.contoso.com, dialin.contoso.com, admin.contoso.com",
    ]);
    expect(new Set(cert.notIncluded?.map((n) => n.value))).toEqual(
      new Set(["meet.contoso.com", "meet.fabrikam.com", "dialin.contoso.com", "admin.contoso.com"]),
    );
    expect(cert.notIncluded?.find((n) => n.value === "meet.fabrikam.com")?.reason).toContain(
      "*.fabrikam.com",
    );
  });
});

// Same page, "Certificates for Front End Server in a Front End Pool":
// | Default      | FQDN of the pool | SN=eepool.contoso.com; SAN=eepool.contoso.com; SAN=ee01.contoso.com
// |              |                  | (auto-logon with strict DNS: also SAN=sip.contoso.com; SAN=sip.fabrikam.com)
// | Web Internal | FQDN of the pool | SN=ee01.contoso.com; SAN=ee01.contoso.com; SAN=meet.contoso.com; SAN=meet.fabrikam.com;
// |              |                  | SAN=dialin.contoso.com; SAN=admin.contoso.com
// | Web external | FQDN of the pool | SN=ee01.contoso.com; SAN=webcon01.contoso.com; SAN=meet.contoso.com; SAN=meet.fabrikam.com;
// |              |                  | SAN=dialin.contoso.com
// Deviation (RULES.md E.3): the Web internal row says SN = "FQDN of the pool" and lists the internal web FQDN and
// the pool FQDN, but its example is SN=ee01.contoso.com without them. We follow the self-consistent rule: CN = pool
// FQDN, and the internal web FQDN (Topology Builder default: the pool FQDN) is a SAN.
describe("sfb-pool: Front End pool (Microsoft example)", () => {
  const fe: SfbPoolComponent = {
    type: "sfb-pool",
    id: "fe",
    role: "front-end",
    poolFqdn: "eepool.contoso.com",
    servers: ["ee01.contoso.com"],
    externalWebFqdn: "webcon01.contoso.com",
  };

  it("reproduces Default + Web internal + Web external", () => {
    const cert = one(fe, plan({ sfb: { simpleUrls: SIMPLE_URLS, mobility: false } }));
    expect(cert.id).toBe("fe/ee01.contoso.com");
    expect(cert.profile).toBe("sfb-front-end");
    expect(cert.title).toBe("Front End — ee01.contoso.com");
    expect(cert.subject.CN).toBe("eepool.contoso.com");
    expect(sanSet(cert)).toEqual(
      new Set([
        "eepool.contoso.com",
        "ee01.contoso.com",
        "webcon01.contoso.com",
        "meet.contoso.com",
        "meet.fabrikam.com",
        "dialin.contoso.com",
        "admin.contoso.com",
      ]),
    );
    expect(reasonsOf(cert, "eepool.contoso.com")).toEqual([
      "Front End pool FQDN",
      "internal web services FQDN",
    ]);
    expect(reasonsOf(cert, "ee01.contoso.com")).toEqual(["Front End server ee01.contoso.com"]);
    expect(reasonsOf(cert, "webcon01.contoso.com")).toEqual(["external web services FQDN"]);
    expect(cert.exportableKey).toBe(false);
  });

  it("plans one certificate per pool member, each with its own server FQDN", () => {
    const certs = run(
      { ...fe, servers: ["ee01.contoso.com", "ee02.contoso.com", "ee03.contoso.com"] },
      plan({ sfb: { simpleUrls: SIMPLE_URLS, mobility: false } }),
    );
    expect(certs.map((c) => c.id)).toEqual([
      "fe/ee01.contoso.com",
      "fe/ee02.contoso.com",
      "fe/ee03.contoso.com",
    ]);
    for (const [i, cert] of certs.entries()) {
      const self = `ee0${i + 1}.contoso.com`;
      expect(cert.subject.CN).toBe("eepool.contoso.com");
      expect(sanSet(cert).has(self)).toBe(true);
      // another member's FQDN is not on this member's certificate
      for (const other of ["ee01.contoso.com", "ee02.contoso.com", "ee03.contoso.com"].filter(
        (s) => s !== self,
      )) {
        expect(sanSet(cert).has(other)).toBe(false);
      }
      expect(cert.installOn).toEqual([self]);
    }
  });

  it("adds a separate internal web FQDN when one is given", () => {
    const cert = one(
      { ...fe, internalWebFqdn: "webint.contoso.com" },
      plan({ sfb: { simpleUrls: SIMPLE_URLS, mobility: false } }),
    );
    expect(reasonsOf(cert, "webint.contoso.com")).toEqual(["internal web services FQDN"]);
    expect(reasonsOf(cert, "eepool.contoso.com")).toEqual(["Front End pool FQDN"]);
  });

  // LYNC-SRV-3: the `_sipinternaltls._tcp` target must be on the Default certificate, with auto-logon.
  it("adds sip.<domain> and the _sipinternaltls._tcp targets only with autoLogon", () => {
    const p = plan({
      sfb: { simpleUrls: SIMPLE_URLS, mobility: false },
      srv: [
        { service: "_sipinternaltls._tcp", domain: "contoso.com", target: "eepool.contoso.com", port: 5061 },
      ],
    });
    const without = one(fe, p);
    expect(sanSet(without).has("sip.contoso.com")).toBe(false);
    expect(reasonsOf(without, "eepool.contoso.com")).not.toContain(
      "target of _sipinternaltls._tcp.contoso.com",
    );

    const withAuto = one({ ...fe, autoLogon: true }, p);
    expect(sanSet(withAuto).has("sip.contoso.com")).toBe(true);
    expect(sanSet(withAuto).has("sip.fabrikam.com")).toBe(true);
    expect(reasonsOf(withAuto, "eepool.contoso.com")).toContain("target of _sipinternaltls._tcp.contoso.com");
  });

  it("does not add a _sipinternaltls._tcp target that is another pool's FQDN", () => {
    const director: SfbPoolComponent = {
      type: "sfb-pool",
      id: "dir",
      role: "director",
      poolFqdn: "dirpool.contoso.com",
      servers: ["dir01.contoso.com"],
    };
    const p = plan({
      sfb: { mobility: false },
      srv: [
        { service: "_sipinternaltls._tcp", domain: "contoso.com", target: "dirpool.contoso.com", port: 5061 },
      ],
      components: [fe, director],
    });
    const cert = one({ ...fe, autoLogon: true }, p);
    expect(sanSet(cert).has("dirpool.contoso.com")).toBe(false);
    expect(cert.notIncluded?.find((n) => n.value === "dirpool.contoso.com")?.reason).toBe(
      'target of _sipinternaltls._tcp.contoso.com: not added, it belongs to pool component "dir"',
    );
  });

  // "If you have configured sipinternal.contoso.com or sipexternal.contoso.com in your DNS, you will need to add
  // them in the certificate's Subject Alternative Name." (LYNC-FE-SIPINT-1)
  it("adds sipinternal./sipexternal.<domain> only when they are in plan.hosts", () => {
    const p = plan({
      sfb: { simpleUrls: SIMPLE_URLS, mobility: false },
      hosts: { "SIPInternal.contoso.com": ["10.0.0.10"], "sipexternal.fabrikam.com": ["131.107.155.10"] },
    });
    const cert = one(fe, p);
    expect(sanSet(cert).has("sipinternal.contoso.com")).toBe(true);
    expect(sanSet(cert).has("sipexternal.fabrikam.com")).toBe(true);
    expect(sanSet(cert).has("sipexternal.contoso.com")).toBe(false);
    expect(sanSet(cert).has("sipinternal.fabrikam.com")).toBe(false);
    expect(reasonsOf(cert, "sipinternal.contoso.com")[0]).toContain("in DNS");
  });
});

// https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/environmental-requirements
// "Director pool and Front End pool certificate requirements":
// | Internal Autodiscover service URL | SAN=lyncdiscoverinternal.<sipdomain> |
// | External Autodiscover service URL | SAN=lyncdiscover.<sipdomain>         |
// "You can alternatively use SAN=*.<sipdomain>"
describe("sfb-pool: mobility", () => {
  const fe: SfbPoolComponent = {
    type: "sfb-pool",
    id: "fe",
    role: "front-end",
    poolFqdn: "pool01.contoso.com",
    servers: ["fe01.contoso.com"],
    externalWebFqdn: "webext.contoso.com",
  };

  it("adds lyncdiscoverinternal and lyncdiscover for every SIP domain (mobility on by default)", () => {
    const cert = one(
      fe,
      plan({ sfb: { simpleUrls: { meet: ["meet.contoso.com"], dialin: ["dialin.contoso.com"] } } }),
    );
    expect(sanSet(cert)).toEqual(
      new Set([
        "pool01.contoso.com",
        "fe01.contoso.com",
        "webext.contoso.com",
        "meet.contoso.com",
        "dialin.contoso.com",
        "lyncdiscoverinternal.contoso.com",
        "lyncdiscover.contoso.com",
        "lyncdiscoverinternal.fabrikam.com",
        "lyncdiscover.fabrikam.com",
      ]),
    );
    expect(reasonsOf(cert, "lyncdiscover.fabrikam.com")[0]).toContain("SIP domain fabrikam.com");
  });

  it("adds no lyncdiscover names with mobility: false", () => {
    const cert = one(fe, plan({ sfb: { mobility: false } }));
    expect(sanSet(cert)).toEqual(new Set(["pool01.contoso.com", "fe01.contoso.com", "webext.contoso.com"]));
  });

  it("summarises simple URLs and lyncdiscover names with *.<sipdomain>, keeping SIP names explicit", () => {
    const cert = one(
      { ...fe, autoLogon: true },
      plan({
        sfb: {
          simpleUrls: { meet: ["meet.contoso.com", "meet.fabrikam.com"], dialin: ["dialin.contoso.com"] },
          wildcardSimpleUrls: true,
        },
      }),
    );
    expect(sanSet(cert)).toEqual(
      new Set([
        "pool01.contoso.com",
        "fe01.contoso.com",
        "webext.contoso.com",
        // SIP never relies on a wildcard (SIP-RFC5922-2): sip.<domain> stays explicit
        "sip.contoso.com",
        "sip.fabrikam.com",
        "*.contoso.com",
        "*.fabrikam.com",
      ]),
    );
    expect(reasonsOf(cert, "*.fabrikam.com")[0]).toContain(
      "summarises meet.fabrikam.com, lyncdiscoverinternal.fabrikam.com, lyncdiscover.fabrikam.com",
    );
  });

  it("keeps a simple URL directly under a TLD explicit (no wildcard can cover it)", () => {
    const cert = one(
      fe,
      plan({
        sipDomains: ["contoso.com"],
        sfb: {
          simpleUrls: { meet: ["https://contoso.com/meet"] },
          mobility: false,
          wildcardSimpleUrls: true,
        },
      }),
    );
    expect(sanSet(cert)).toEqual(
      new Set(["pool01.contoso.com", "fe01.contoso.com", "webext.contoso.com", "contoso.com"]),
    );
    expect(reasonsOf(cert, "contoso.com")).toEqual(["meet simple URL"]);
  });
});

// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-single-director
// "Certificates for Director":
// | Default | dir01.contoso.net | dir01.contoso.net, dialin.contoso.com, meet.contoso.com,
// |         |                   | lyncdiscoverinternal.contoso.com, lyncdiscover.contoso.com, (Optionally) *.contoso.com |
// "Or, a wildcard entry for the simple URLs"
// Deviation: with the wildcard option the plan drops the names *.contoso.com covers (PLAN-FORMAT.md: "do not add the
// names it covers") where the table lists the wildcard next to them.
describe("sfb-pool: Director (Microsoft examples)", () => {
  const dir: SfbPoolComponent = {
    type: "sfb-pool",
    id: "dir",
    role: "director",
    poolFqdn: "dir01.contoso.net",
    servers: ["dir01.contoso.net"],
  };
  const p = (wildcardSimpleUrls: boolean): Plan =>
    plan({
      sipDomains: ["contoso.com"],
      sfb: {
        simpleUrls: { meet: ["meet.contoso.com"], dialin: ["dialin.contoso.com"] },
        mobility: true,
        wildcardSimpleUrls,
      },
    });

  it("reproduces the single Director table", () => {
    const cert = one(dir, p(false));
    expect(cert.id).toBe("dir/dir01.contoso.net");
    expect(cert.profile).toBe("sfb-director");
    expect(cert.title).toBe("Director — dir01.contoso.net");
    expect(cert.subject.CN).toBe("dir01.contoso.net");
    expect(sanSet(cert)).toEqual(
      new Set([
        "dir01.contoso.net",
        "dialin.contoso.com",
        "meet.contoso.com",
        "lyncdiscoverinternal.contoso.com",
        "lyncdiscover.contoso.com",
      ]),
    );
    expect(cert.exportableKey).toBe(false);
  });

  it("reproduces the single Director table with the optional *.contoso.com", () => {
    const cert = one(dir, p(true));
    expect(cert.subject.CN).toBe("dir01.contoso.net");
    expect(sanSet(cert)).toEqual(new Set(["dir01.contoso.net", "*.contoso.com"]));
    expect(new Set(cert.notIncluded?.map((n) => n.value))).toEqual(
      new Set([
        "dialin.contoso.com",
        "meet.contoso.com",
        "lyncdiscoverinternal.contoso.com",
        "lyncdiscover.contoso.com",
      ]),
    );
  });

  // https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-requirements-for-internal-servers
  // "Certificates for Director":
  // | Default      | FQDN of the Director pool | SN=dir-pool.contoso.com; SAN=dir-pool.contoso.com; SAN=dir01.contoso.com
  // | Web Internal | FQDN of the server        | SN=dir01.contoso.com; SAN=dir01.contoso.com; SAN=meet.contoso.com;
  // |              |                           | SAN=meet.fabrikam.com; SAN=dialin.contoso.com; SAN=admin.contoso.com
  // | Web external | FQDN of the server        | SN=dir01.contoso.com; SAN=directorwebcon01.contoso.com SAN=meet.contoso.com;
  // |              |                           | SAN=meet.fabrikam.com; SAN=dialin.contoso.com
  // (pre-mobility table: mobility false). CN = Director pool FQDN, as in the Default row (RULES.md E.3).
  it("reproduces the Director pool tables of the internal-server page", () => {
    const cert = one(
      {
        type: "sfb-pool",
        id: "dir",
        role: "director",
        poolFqdn: "dir-pool.contoso.com",
        servers: ["dir01.contoso.com"],
        externalWebFqdn: "directorwebcon01.contoso.com",
      },
      plan({ sfb: { simpleUrls: SIMPLE_URLS, mobility: false } }),
    );
    expect(cert.subject.CN).toBe("dir-pool.contoso.com");
    expect(sanSet(cert)).toEqual(
      new Set([
        "dir-pool.contoso.com",
        "dir01.contoso.com",
        "directorwebcon01.contoso.com",
        "meet.contoso.com",
        "meet.fabrikam.com",
        "dialin.contoso.com",
        "admin.contoso.com",
      ]),
    );
    expect(reasonsOf(cert, "dir-pool.contoso.com")).toEqual([
      "Director pool FQDN",
      "internal web services FQDN",
    ]);
  });
});
