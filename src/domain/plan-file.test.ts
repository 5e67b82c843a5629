import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { domainProblem } from "./names";
import { MAX_PLAN_BYTES, parsePlan, parsePlanText, serializePlan } from "./plan-file";
import type { Component, Plan } from "./types";

/** The example of PLAN-FORMAT.md, with the components the table describes. */
const EXAMPLE = {
  format: "san-planner/plan",
  version: 1,
  name: "Contoso UC certificates 2026",
  issueDate: "2026-07-01",
  subject: { O: "Contoso Ltd", OU: "IT", L: "Redmond", ST: "Washington", C: "US" },
  sipDomains: ["contoso.com", "fabrikam.com"],
  xmppDomains: ["contoso.com"],
  srv: [{ service: "_sipfederationtls._tcp", domain: "contoso.com", target: "sip.contoso.com", port: 5061 }],
  hosts: { "px.vc.example.com": ["px01.vc.example.com", "px02.vc.example.com"] },
  clients: { lyncPhoneEdition: false, strictDnsNaming: true },
  sfb: {
    version: "sfb-2019",
    simpleUrls: { meet: ["meet.contoso.com"], dialin: ["dialin.contoso.com"], admin: "admin.contoso.com" },
    mobility: true,
    wildcardSimpleUrls: false,
  },
  defaults: { caType: "public", key: { algorithm: "RSA", size: 2048 }, validityDays: 200 },
  components: [
    {
      type: "sfb-edge",
      id: "edge",
      accessEdgeFqdn: "sip.contoso.com",
      webConfEdgeFqdn: "webcon.contoso.com",
      internalFqdn: "edge-int.contoso.net",
    },
    {
      type: "pexip",
      id: "px",
      deployment: "public-dmz",
      nodes: [
        { fqdn: "px01.vc.example.com" },
        { fqdn: "px02.vc.example.com", sipTlsFqdn: "px02.vc.example.com" },
      ],
    },
    {
      type: "cisco-uc",
      id: "cucm",
      product: "cucm",
      purpose: "tomcat",
      distribution: "multi-server",
      publisher: "cucm-pub.example.com",
      subscribers: ["cucm-sub1.example.com"],
    },
  ],
  existing: [
    {
      certificate: "edge/external",
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com", "webcon.contoso.com"],
      eku: ["serverAuth"],
      key: { algorithm: "RSA", size: 2048 },
      validityDays: 397,
      exportableKey: true,
    },
  ],
};

function errorsOf(input: unknown): { path: string; message: string }[] {
  const r = parsePlan(input);
  if (r.ok) throw new Error("expected errors");
  return r.errors;
}

describe("parsePlan", () => {
  it("accepts the PLAN-FORMAT.md example unchanged", () => {
    const r = parsePlan(structuredClone(EXAMPLE));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.plan).toEqual(EXAMPLE);
  });

  it("normalises names: trims, drops the trailing dot, lower-cases, converts IDN to A-labels", () => {
    const r = parsePlan({ ...EXAMPLE, sipDomains: [" Contoso.COM. ", "münchen.de"], components: [] });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.plan.sipDomains).toEqual(["contoso.com", "xn--mnchen-3ya.de"]);
  });

  it("reports every problem at once, each with its JSON path", () => {
    const bad = structuredClone(EXAMPLE) as Record<string, unknown>;
    bad.sipDomains = ["exa mple.com", "ok.com"];
    bad.components = [
      {
        type: "pexip",
        id: "px",
        deployment: "public-dmz",
        nodes: [{ fqdn: "px01.vc.example.com" }, { fqdn: "*.*.example.com" }],
        colour: "red",
      },
      {
        type: "sfb-edge",
        id: "px",
        accessEdgeFqdn: "_sip._tls.contoso.com",
        webConfEdgeFqdn: "10.0.0.1",
        internalFqdn: "a".repeat(300),
      },
    ];
    const errs = errorsOf(bad);
    const paths = errs.map((x) => x.path);
    expect(paths).toContain("sipDomains[0]");
    expect(paths).toContain("components[0].nodes[1].fqdn");
    expect(paths).toContain("components[0].colour");
    expect(paths).toContain("components[1].id");
    expect(paths).toContain("components[1].accessEdgeFqdn");
    expect(paths).toContain("components[1].webConfEdgeFqdn");
    expect(paths).toContain("components[1].internalFqdn");
    const msg = (p: string) => errs.find((x) => x.path === p)?.message ?? "";
    expect(msg("sipDomains[0]")).toBe(
      '"exa mple.com" has a space inside the name, after "exa" (character 4); a name has no spaces',
    );
    expect(msg("components[0].nodes[1].fqdn")).toMatch(/wildcard/);
    expect(msg("components[0].colour")).toMatch(/unknown field "colour"/);
    expect(msg("components[1].id")).toMatch(/already used by components\[0\]/);
    expect(msg("components[1].accessEdgeFqdn")).toMatch(/underscore/);
    expect(msg("components[1].webConfEdgeFqdn")).toMatch(/IP address/);
    expect(msg("components[1].internalFqdn")).toMatch(/300 characters.*253/);
  });

  it("suggests the right spelling of a mistyped field", () => {
    const errs = errorsOf({ ...EXAMPLE, sipdomains: ["x.com"] });
    expect(errs.find((x) => x.path === "sipdomains")?.message).toMatch(/did you mean "sipDomains"/);
  });

  it("refuses a plan from a newer version with a clear message and nothing else", () => {
    const errs = errorsOf({ ...EXAMPLE, version: 7 });
    expect(errs).toHaveLength(1);
    expect(errs[0]?.path).toBe("version");
    expect(errs[0]?.message).toMatch(/newer SAN Planner.*version 7.*reads version 1/);
  });

  it("refuses a file of another format", () => {
    expect(errorsOf({ format: "something/else", version: 1 })[0]?.message).toMatch(
      /"format": "san-planner\/plan"/,
    );
    expect(errorsOf([1, 2, 3])[0]?.message).toMatch(/expected a JSON object, found a list/);
    expect(errorsOf("hello")[0]?.path).toBe("(file)");
  });

  it("names the missing required fields", () => {
    const errs = errorsOf({ format: "san-planner/plan", version: 1 });
    expect(errs.map((x) => x.path).sort()).toEqual(["components", "name", "sipDomains"]);
    const c = errorsOf({
      ...EXAMPLE,
      components: [{ type: "pexip", id: "px", deployment: "on-prem", nodes: [] }],
    });
    expect(c.map((x) => `${x.path}: ${x.message}`)).toEqual([
      "components[0].nodes: must list at least one entry",
      "components[0].poolFqdn: is required for an on-prem deployment: the Trusted Application Pool FQDN (PEXIP-ONPREM-1)",
    ]);
  });

  it("refuses an unknown component type, listing the known ones", () => {
    const errs = errorsOf({ ...EXAMPLE, components: [{ type: "teams", id: "t" }] });
    expect(errs[0]?.path).toBe("components[0].type");
    expect(errs[0]?.message).toMatch(/"sfb-edge".*"custom"/);
  });

  it("takes names of existing certificates as written (wildcards, IPs, internal names)", () => {
    const r = parsePlan({
      ...EXAMPLE,
      existing: [
        {
          certificate: "x",
          subjectCN: "*.Contoso.com",
          sans: ["*.contoso.com", "10.1.2.3", "host.local"],
          eku: [],
        },
      ],
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.plan.existing?.[0]?.sans).toEqual(["*.contoso.com", "10.1.2.3", "host.local"]);
  });

  it("rejects a weak-looking but malformed key description, accepts a weak existing key for linting", () => {
    expect(errorsOf({ ...EXAMPLE, defaults: { key: { algorithm: "DSA", size: 1024 } } })[0]?.path).toBe(
      "defaults.key.algorithm",
    );
    const r = parsePlan({
      ...EXAMPLE,
      existing: [{ ...EXAMPLE.existing[0], key: { algorithm: "RSA", size: 1024 } }],
    });
    expect(r.ok).toBe(true);
  });

  it("reads a 10,000-node plan", () => {
    const nodes = Array.from({ length: 10_000 }, (_, i) => ({ fqdn: `px${i}.vc.example.com` }));
    const r = parsePlan({
      ...EXAMPLE,
      components: [{ type: "pexip", id: "px", deployment: "public-dmz", nodes }],
    });
    expect(r.ok).toBe(true);
  });

  it("survives deep nesting without throwing", () => {
    let deep: unknown = {};
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    const r = parsePlan({ ...EXAMPLE, clients: deep });
    expect(r.ok).toBe(false);
  });
});

describe("parsePlanText", () => {
  it("refuses files over 5 MB before parsing", () => {
    const big = `{"pad":"${"x".repeat(MAX_PLAN_BYTES)}"}`;
    const r = parsePlanText(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/this file is 5\.0 MB; a plan file is at most 5\.0 MB/);
  });

  it("says where JSON syntax breaks", () => {
    const r = parsePlanText('{\n  "format": "san-planner/plan",\n  "version": 1,,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/not valid JSON at line 3/);
  });

  it("accepts a byte-order mark", () => {
    expect(parsePlanText(`\ufeff${JSON.stringify(EXAMPLE)}`).ok).toBe(true);
  });
});

// ---------------------------------------------------------------- property: serialize ∘ parse = identity

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
// names a plan accepts: not a public suffix ("us.com" and "s3.amazonaws.com" are, in the PSL's private section)
const domain = fc
  .tuple(label, fc.constantFrom("com", "net", "org", "de", "io"))
  .map(([a, b]) => `${a}.${b}`)
  .filter((d) => domainProblem(d, "domain") === null);
const fqdn = fc
  .tuple(label, domain)
  .map(([a, d]) => `${a}.${d}`)
  .filter((n) => domainProblem(n, "host") === null);
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const keySpec = fc.oneof(
  fc.constantFrom(2048, 3072, 4096).map((size) => ({ algorithm: "RSA" as const, size })),
  fc
    .constantFrom("P-256" as const, "P-384" as const)
    .map((curve) => ({ algorithm: "ECDSA" as const, curve })),
);

const component = (cid: string): fc.Arbitrary<Component> =>
  fc.oneof(
    fc.record(
      {
        type: fc.constant("sfb-edge" as const),
        id: fc.constant(cid),
        accessEdgeFqdn: fqdn,
        webConfEdgeFqdn: fqdn,
        internalFqdn: fqdn,
      },
      { requiredKeys: ["type", "id", "accessEdgeFqdn", "webConfEdgeFqdn", "internalFqdn"] },
    ),
    fc.record(
      {
        type: fc.constant("pexip" as const),
        id: fc.constant(cid),
        deployment: fc.constant("public-dmz" as const),
        nodes: fc.uniqueArray(fqdn, { minLength: 1, maxLength: 5 }).map((a) => a.map((f) => ({ fqdn: f }))),
        key: keySpec,
      },
      { requiredKeys: ["type", "id", "deployment", "nodes"] },
    ),
    fc.record({
      type: fc.constant("cisco-uc" as const),
      id: fc.constant(cid),
      product: fc.constantFrom("cucm" as const, "cuc" as const),
      purpose: fc.constantFrom("tomcat" as const, "callmanager" as const),
      distribution: fc.constantFrom("single-server" as const, "multi-server" as const),
      publisher: fqdn,
      subscribers: fc.uniqueArray(fqdn, { maxLength: 4 }),
    }),
    fc.record(
      {
        type: fc.constant("custom" as const),
        id: fc.constant(cid),
        commonName: fqdn,
        sans: fc.uniqueArray(fqdn, { maxLength: 4 }),
        eku: fc.constant<("serverAuth" | "clientAuth")[]>(["serverAuth"]),
      },
      { requiredKeys: ["type", "id", "commonName", "sans"] },
    ),
  );

const planArb: fc.Arbitrary<Plan> = fc
  .record(
    {
      name: fc.string({ maxLength: 30 }).map((s) => s.trim()),
      issueDate: fc
        .date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      subject: fc.record(
        { O: fc.constantFrom("Contoso Ltd", "Fabrikam"), C: fc.constantFrom("US", "GB", "DE") },
        { requiredKeys: [] },
      ),
      sipDomains: fc.uniqueArray(domain, { maxLength: 4 }),
      ids: fc.uniqueArray(id, { minLength: 0, maxLength: 4 }),
      defaults: fc.record(
        {
          caType: fc.constantFrom("public" as const, "internal" as const),
          key: keySpec,
          validityDays: fc.integer({ min: 1, max: 398 }),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ["name", "sipDomains", "ids"] },
  )
  .chain(({ ids, ...rest }) =>
    fc
      .tuple(...ids.map((cid) => component(cid)))
      .map(
        (components) => ({ format: "san-planner/plan" as const, version: 1, ...rest, components }) as Plan,
      ),
  );

describe("plan file round trip (property)", () => {
  it("parse(serialize(plan)) is the plan, and serialize is stable", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const first = parsePlan(plan);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const text = serializePlan(first.plan);
        const again = parsePlanText(text);
        expect(again.ok).toBe(true);
        if (!again.ok) return;
        expect(again.plan).toEqual(first.plan);
        expect(serializePlan(again.plan)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = parsePlan(v);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });
});

describe("control characters (issue: newline injection into the server-side request files)", () => {
  const INJECTION = "London\n[alt_names]\nDNS.99 = login.attacker.example\n[req_distinguished_name]";
  const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(EXAMPLE));

  it("refuses the reported ST injection with the field's location and one sentence", () => {
    const plan = clone();
    (plan.subject as Record<string, string>).ST = INJECTION;
    expect(errorsOf(plan)).toEqual([
      {
        path: "subject.ST",
        message: expect.stringMatching(
          /^contains a line break \(U\+000A, character 7\), which could add hidden lines/,
        ),
      },
    ]);
  });

  const CONTROLS = [
    "\u0000",
    "\t",
    "\n",
    "\r",
    "\u001b",
    "\u007f",
    "\u0080",
    "\u0085",
    "\u009f",
    "\u2028",
    "\u2029",
    "\u202a",
    "\u202e",
    "\u2066",
    "\u2069",
    "\u200e",
    "\u200f",
    "\u061c",
  ];

  it("refuses every control character (C0, DEL, C1, line and paragraph separators, bidi controls)", () => {
    for (const ch of CONTROLS) {
      const plan = clone();
      (plan.subject as Record<string, string>).O = `Contoso${ch}Ltd`;
      const errors = errorsOf(plan);
      expect(errors, JSON.stringify(ch)).toHaveLength(1);
      expect(errors[0]?.path).toBe("subject.O");
      expect(errors[0]?.message).toContain(
        `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
      );
    }
  });

  it("keeps letters of every script, and the zero-width joiners some scripts need", () => {
    const plan = clone();
    (plan.subject as Record<string, string>).O = "Société Générale Ελλάς 株式会社 شركة क्‍ष";
    expect(parsePlan(plan).ok).toBe(true);
  });

  it("looks into every text of the plan: nested, list items, field names, accepted findings, options, billing", () => {
    // biome-ignore lint/suspicious/noExplicitAny: a hostile plan is edited freely, whatever its shape
    const plan = clone() as Record<string, any>;
    plan.name = "Plan\r\nCertificateTemplate = SubCA";
    plan.components[0].name = 'Edge"\nExportable = TRUE';
    plan.components[2].subscribers = ["cucm-sub1.example.com", "cucm-sub2\u2028.example.com"];
    plan.existing[0].issuer = "CN=Issuing CA\u0085O=Evil";
    plan.existing[0].sans = ["sip.contoso.com", "webcon\t.contoso.com"];
    plan.hosts = { "px\n.vc.example.com": ["px01.vc.example.com"] };
    plan.acceptedFindings = [
      { rule: "X-1", reason: "ok\u202eevil", acceptedBy: "Ann\u0000", acceptedAt: "2026-01-01" },
    ];
    plan.certificateOptions = { "edge/external": { keyLocation: "certreq\n" } };
    plan.billing = { currency: "EU\u2066R" };
    const errors = errorsOf(plan);
    expect(errors.map((e) => e.path)).toEqual([
      "name",
      'hosts["px\\n.vc.example.com"]',
      "components[0].name",
      "components[2].subscribers[1]",
      "existing[0].sans[1]",
      "existing[0].issuer",
      "acceptedFindings[0].reason",
      "acceptedFindings[0].acceptedBy",
      'certificateOptions["edge/external"].keyLocation',
      "billing.currency",
    ]);
    // one message per field: the control character, not a second one about the name's syntax
    for (const e of errors)
      expect(e.message).toMatch(/(contains|has a field name that contains) .*\(U\+[0-9A-F]{4}/);
  });

  it("refuses a control character anywhere in a string, whatever is around it (property)", () => {
    const control = fc.constantFrom(...CONTROLS);
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), control, fc.string({ maxLength: 20 }), (a, ch, b) => {
        const plan = clone();
        plan.name = `${a}${ch}${b}`;
        const errors = errorsOf(plan);
        expect(errors.some((e) => e.path === "name" && e.message.includes("U+"))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a refused field name", () => {
  it("is reported once: nothing more is said about what it holds", () => {
    const plan = JSON.parse(JSON.stringify(EXAMPLE));
    plan.certificateOptions = { "edge/external\n": { keyLocation: "nowhere", key: { algorithm: "DSA" } } };
    expect(errorsOf(plan)).toEqual([
      {
        path: 'certificateOptions["edge/external\\n"]',
        message: expect.stringMatching(/^has a field name that contains a line break \(U\+000A/),
      },
    ]);
  });
});

describe("reserved ids (Object.prototype names)", () => {
  it('refuses certificateOptions {"__proto__": …} instead of dropping it silently', () => {
    const plan = JSON.parse(
      JSON.stringify(EXAMPLE).replace(/}$/, ',"certificateOptions":{"__proto__":{"keyLocation":"certreq"}}}'),
    );
    expect(Object.hasOwn(plan.certificateOptions, "__proto__")).toBe(true);
    expect(errorsOf(plan)).toEqual([
      { path: "certificateOptions.__proto__", message: expect.stringContaining("not a certificate id") },
    ]);
  });

  it("keeps a component whose id is an Object.prototype name, and its certificate options", () => {
    for (const id of ["constructor", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf"]) {
      const plan = JSON.parse(JSON.stringify(EXAMPLE));
      plan.components[1].id = id;
      plan.certificateOptions = { [id]: { keyLocation: "openssl" } };
      const r = parsePlan(plan);
      expect(r.ok, id).toBe(true);
      if (!r.ok) continue;
      expect(r.plan.components[1]?.id).toBe(id);
      expect(Object.hasOwn(r.plan.certificateOptions ?? {}, id)).toBe(true);
      expect(r.plan.certificateOptions?.[id]).toEqual({ keyLocation: "openssl" });
    }
  });
});

describe("public CA, validation level and method, existing OU (plan fields added with issue 12)", () => {
  const base = { format: "san-planner/plan", version: 1, name: "p", sipDomains: [], components: [] };
  it("reads them, and an older plan without them stays valid (absent means not named / OV / not decided)", () => {
    const r = parsePlan({
      ...base,
      defaults: {
        caType: "public",
        publicCa: "digicert",
        validationLevel: "DV",
        validationMethod: "dns-persistent",
      },
      certificateOptions: { "edge/external": { publicCa: "sectigo" } },
      existing: [{ certificate: "x", subjectCN: "x.contoso.com", sans: [], eku: [], subjectOU: "IT" }],
    });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.plan.defaults).toEqual({
        caType: "public",
        publicCa: "digicert",
        validationLevel: "DV",
        validationMethod: "dns-persistent",
      });
      expect(r.plan.certificateOptions?.["edge/external"]?.publicCa).toBe("sectigo");
      expect(r.plan.existing?.[0]?.subjectOU).toBe("IT");
    }
    expect(parsePlan(base).ok).toBe(true);
  });

  it("refuses unknown values with the allowed ones", () => {
    const errors = errorsOf({ ...base, defaults: { publicCa: "verisign", validationMethod: "fax" } });
    expect(errors.map((e) => e.path)).toEqual(["defaults.publicCa", "defaults.validationMethod"]);
    expect(errors[0]?.message).toContain('"digicert", "sectigo", "letsencrypt", "globalsign", "other"');
  });

  it("an empty SIP domain says so in words, not as an empty quote", () => {
    const errors = errorsOf({ ...base, sipDomains: [""] });
    expect(errors).toEqual([{ path: "sipDomains[0]", message: "This field is empty" }]);
  });
});

describe("the sbc component", () => {
  const plan = (component: Record<string, unknown>) => ({
    format: "san-planner/plan",
    version: 1,
    name: "t",
    sipDomains: [],
    components: [component],
  });

  it("parses, normalises names and serialises back unchanged", () => {
    const r = parsePlan(
      plan({
        type: "sbc",
        id: "dr",
        purpose: "teams-direct-routing",
        vendor: "ribbon",
        sbcs: ["SBC1.Contoso.com."],
        tenantDomains: ["Contoso.com"],
        certificate: "wildcard",
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.components[0]).toEqual({
      type: "sbc",
      id: "dr",
      purpose: "teams-direct-routing",
      vendor: "ribbon",
      sbcs: ["sbc1.contoso.com"],
      tenantDomains: ["contoso.com"],
      certificate: "wildcard",
    });
    const again = parsePlanText(serializePlan(r.plan));
    expect(again.ok && again.plan).toEqual(r.plan);
  });

  it("refuses unknown purposes, vendors and certificate modes, no SBC, and an unknown field, each at its place", () => {
    const r = parsePlan(
      plan({
        type: "sbc",
        id: "dr",
        purpose: "teams",
        vendor: "x",
        sbcs: [],
        certificate: "all",
        tenant: [],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual([
      "components[0].certificate",
      "components[0].purpose",
      "components[0].sbcs",
      "components[0].tenant",
      "components[0].vendor",
    ]);
  });
});
