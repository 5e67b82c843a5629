import { describe, expect, it } from "vitest";
import { planCertificates } from "../../domain/plan";
import { presetPlan } from "../../domain/presets";
import type { CertificatePlan, Plan } from "../../domain/types";
import {
  type ChainSummary,
  type Check,
  defaultPfxProfile,
  type IssuedSummary,
  installChecks,
  wildcardAllowedFor,
} from "./checks";

const NOW = new Date("2026-07-01T12:00:00Z");

function planned(plan: Plan, id: string): CertificatePlan {
  const c = planCertificates(plan, { today: "2026-07-01" }).certificates.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
}

const PX = planned(presetPlan("pexip-dmz"), "px");

const ISSUED: IssuedSummary = {
  subjectCN: "px.vc.example.com",
  sans: ["px.vc.example.com", "px01.vc.example.com", "px02.vc.example.com", "vc.example.com"],
  eku: ["serverAuth", "clientAuth"],
  key: { algorithm: "RSA", size: 2048 },
  keyDescription: "RSA 2048",
  signatureAlgorithm: "ecdsa-with-SHA256",
  notBefore: "2026-06-30T00:00:00.000Z",
  notAfter: "2027-06-30T00:00:00.000Z",
  selfIssued: false,
};

const CHAIN: ChainSummary = {
  ordered: [
    { subjectCN: "px.vc.example.com", isCa: false, selfIssued: false },
    { subjectCN: "Test Issuing CA", isCa: true, selfIssued: false },
    { subjectCN: "Test Root CA", isCa: true, selfIssued: true },
  ],
  rootIncluded: true,
  missing: [],
  signaturesVerified: true,
  unrelated: [],
};

function run(
  over: Partial<IssuedSummary> = {},
  chain: Partial<ChainSummary> = {},
  keyMatch: boolean | null = true,
) {
  return installChecks({
    cert: PX,
    findings: [],
    issued: { ...ISSUED, ...over },
    chain: { ...CHAIN, ...chain },
    keyMatch,
    now: NOW,
  });
}

function byId(checks: Check[], id: Check["id"]): Check {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return c;
}

describe("installChecks", () => {
  it("an exact issue passes every check", () => {
    const checks = run();
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ["key", "pass"],
      ["names", "pass"],
      ["unplanned", "pass"],
      ["eku", "pass"],
      ["chain", "pass"],
      ["validity", "pass"],
      ["key-strength", "pass"],
    ]);
    expect(byId(checks, "validity").title).toBe("Valid, 363 days left");
  });

  it("a key from another CSR fails; no key is a warning, not a pass", () => {
    expect(byId(run({}, {}, false), "key").status).toBe("fail");
    expect(byId(run({}, {}, null), "key").status).toBe("warn");
  });

  it("a planned name missing and no CSR known: it does not blame the CA, it says the two causes", () => {
    const checks = run({ sans: ["px.vc.example.com", "px01.vc.example.com", "vc.example.com"] });
    const names = byId(checks, "names");
    expect(names.status).toBe("fail");
    expect(names.names).toEqual(["px02.vc.example.com"]);
    expect(names.detail).toContain("px02.vc.example.com is not in the certificate");
    const unplanned = byId(checks, "unplanned");
    expect(unplanned.status).toBe("fail");
    expect(unplanned.title).toBe("Planned names are missing from the certificate");
    expect(unplanned.detail).toContain(
      "either the CA dropped it, or the plan changed after the CSR was made",
    );
    expect(checks.map((c) => `${c.title} ${c.detail}`).join(" ")).not.toContain("The CA dropped");
  });
});

describe("installChecks with the CSR the certificate answers", () => {
  const CSR = {
    subjectCN: "px.vc.example.com",
    sans: [...ISSUED.sans],
    origin: "made on the Keys and CSRs step at 10:02 UTC",
  };
  function withRequest(cert: CertificatePlan, issued: Partial<IssuedSummary>, request = CSR) {
    return installChecks({
      cert,
      request,
      findings: [],
      issued: { ...ISSUED, ...issued },
      chain: CHAIN,
      keyMatch: true,
      now: NOW,
    });
  }
  // the plan after the CSR was made: a node added (px03), a node removed (px02)
  const changed = planned(
    {
      ...presetPlan("pexip-dmz"),
      components: presetPlan("pexip-dmz").components.map((c) =>
        c.type === "pexip"
          ? {
              ...c,
              nodes: [
                ...c.nodes.slice(0, 1),
                { fqdn: "px03.vc.example.com", sipTlsFqdn: "px03.vc.example.com" },
              ],
            }
          : c,
      ),
    },
    "px",
  );

  it("an exact issue from an unchanged plan: the CA issued what was asked, the plan has not changed", () => {
    const checks = withRequest(PX, {});
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ["key", "pass"],
      ["request", "pass"],
      ["plan-change", "pass"],
      ["eku", "pass"],
      ["chain", "pass"],
      ["validity", "pass"],
      ["key-strength", "pass"],
    ]);
    expect(byId(checks, "request").detail).toContain("made on the Keys and CSRs step at 10:02 UTC");
  });

  it("the certificate matches its CSR exactly and the plan changed: the plan is named, never the CA", () => {
    const added = changed.sans.map((x) => x.value).filter((n) => !CSR.sans.includes(n));
    expect(added.length).toBeGreaterThan(0);
    const checks = withRequest(changed, {});
    expect(byId(checks, "request").status).toBe("pass");
    const plan = byId(checks, "plan-change");
    expect(plan.status).toBe("fail");
    expect(plan.detail).toMatch(/^The plan changed after this CSR was made: /);
    for (const n of added) expect(plan.detail).toContain(n);
    expect(plan.detail).toContain("px02.vc.example.com was removed from the plan");
    expect(plan.detail).toContain("The CA is not at fault");
    const all = checks.map((c) => `${c.title} ${c.detail}`).join(" ");
    expect(all).not.toContain("The CA dropped");
    // one finding per defect: no names / unplanned check repeating it
    expect(checks.some((c) => c.id === "names" || c.id === "unplanned")).toBe(false);
  });

  it("the CA dropped a name the CSR asked for: said once, as the CA's doing", () => {
    const checks = withRequest(PX, { sans: ["px.vc.example.com", "px01.vc.example.com", "vc.example.com"] });
    const request = byId(checks, "request");
    expect(request.status).toBe("fail");
    expect(request.title).toBe("The CA dropped names the CSR asked for");
    expect(request.detail).toContain("The CA dropped px02.vc.example.com, which the CSR asked for");
    expect(byId(checks, "plan-change").status).toBe("pass");
    expect(checks.filter((c) => c.status === "fail")).toHaveLength(1);
  });

  it("both at once: the CA's part and the plan's part, each in its own check", () => {
    const checks = withRequest(changed, {
      sans: ["px.vc.example.com", "px01.vc.example.com", "vc.example.com"],
    });
    expect(byId(checks, "request").detail).toContain("The CA dropped px02.vc.example.com");
    expect(byId(checks, "request").detail).toContain("the plan no longer has them");
    expect(byId(checks, "request").status).toBe("warn");
    expect(byId(checks, "plan-change").status).toBe("fail");
  });

  it("a CA that added a name: a warning about the CA, not about the plan", () => {
    const checks = withRequest(PX, { sans: [...ISSUED.sans, "www.vc.example.com"] });
    expect(byId(checks, "request").status).toBe("warn");
    expect(byId(checks, "request").detail).toContain(
      "The CA added www.vc.example.com, which the CSR did not ask for",
    );
    expect(byId(checks, "plan-change").status).toBe("pass");
  });
});

describe("installChecks, more", () => {
  it("a wildcard never stands in for Pexip names; it may for a Front End's simple URLs", () => {
    const checks = run({ sans: ["px.vc.example.com", "*.vc.example.com", "vc.example.com"] });
    const names = byId(checks, "names");
    expect(names.status).toBe("fail");
    expect(names.detail).toMatch(/covered only by a wildcard/);
    const fe = planned(presetPlan("sfb-front-end"), "fe/fe01.contoso.net");
    const meet = fe.sans.find((s) => s.value === "meet.contoso.com");
    const sip = fe.sans.find((s) => s.value.startsWith("sip.")) ?? {
      type: "dns" as const,
      value: "sip.contoso.com",
      reasons: ["SIP domain contoso.com"],
    };
    expect(meet && wildcardAllowedFor(fe, meet)).toBe(true);
    expect(wildcardAllowedFor(fe, sip)).toBe(false);
  });

  it("Teams Direct Routing: a wildcard may stand in for an SBC FQDN (Microsoft allows it); a CUBE's name may not", () => {
    const dr = planned(presetPlan("teams-dr-2-sbcs"), "dr/sbc1.contoso.com");
    expect(wildcardAllowedFor(dr, dr.sans[0] as CertificatePlan["sans"][number])).toBe(true);
    const lgw = planned(presetPlan("webex-lgw-cube"), "lgw/cube1.example.com");
    expect(wildcardAllowedFor(lgw, lgw.sans[0] as CertificatePlan["sans"][number])).toBe(false);
  });

  it("names added by the CA are a warning", () => {
    const c = byId(run({ sans: [...ISSUED.sans, "www.vc.example.com"] }), "unplanned");
    expect(c.status).toBe("warn");
    expect(c.detail).toContain("The CA added www.vc.example.com");
  });

  it("a public CA that dropped clientAuth: a warning naming what breaks, in the admin's words", () => {
    const c = byId(run({ eku: ["serverAuth"] }), "eku");
    expect(c.status).toBe("warn");
    expect(c.title).toBe("The public CA dropped Client Authentication (clientAuth)");
    expect(c.detail).toContain("mutual TLS with Skype for Business");
    expect(c.detail).toContain("Chrome Root Program Policy");
    expect(c.detail).not.toMatch(/PKI-|PEXIP-|[A-Z]+-[A-Z]+-\d/);
    expect(c.source).toContain("Chrome Root Program Policy v1.8");
  });

  it("an internal CA that dropped clientAuth fails; no serverAuth fails", () => {
    const internal = { ...PX, caType: "internal" as const };
    const checks = installChecks({
      cert: internal,
      findings: [],
      issued: { ...ISSUED, eku: ["serverAuth"] },
      chain: CHAIN,
      keyMatch: true,
      now: NOW,
    });
    expect(byId(checks, "eku").status).toBe("fail");
    expect(byId(run({ eku: ["clientAuth"] }), "eku").status).toBe("fail");
  });

  it("chain: no CA certificates fails, a missing root warns, a bad signature fails", () => {
    expect(
      byId(
        run({}, { ordered: CHAIN.ordered.slice(0, 1), rootIncluded: false, missing: ["CN=Test Issuing CA"] }),
        "chain",
      ).status,
    ).toBe("fail");
    expect(
      byId(
        run({}, { ordered: CHAIN.ordered.slice(0, 2), rootIncluded: false, missing: ["CN=Test Root CA"] }),
        "chain",
      ).status,
    ).toBe("warn");
    expect(byId(run({}, { signaturesVerified: false }), "chain").status).toBe("fail");
  });

  it("validity: expired fails, not yet valid and under 30 days warn", () => {
    expect(byId(run({ notAfter: "2026-06-30T00:00:00.000Z" }), "validity").status).toBe("fail");
    expect(byId(run({ notBefore: "2026-07-02T00:00:00.000Z" }), "validity").status).toBe("warn");
    const soon = byId(run({ notAfter: "2026-07-11T00:00:00.000Z" }), "validity");
    expect(soon.status).toBe("warn");
    expect(soon.title).toBe("Valid, 9 days left");
  });

  it("key strength: RSA 1024 and SHA-1 fail, another key than planned warns", () => {
    expect(
      byId(run({ key: { algorithm: "RSA", size: 1024 }, keyDescription: "RSA 1024" }), "key-strength").status,
    ).toBe("fail");
    expect(byId(run({ signatureAlgorithm: "sha1WithRSAEncryption" }), "key-strength").status).toBe("fail");
    expect(
      byId(
        run({ key: { algorithm: "ECDSA", curve: "P-256" }, keyDescription: "ECDSA P-256" }),
        "key-strength",
      ).status,
    ).toBe("warn");
  });
});

describe("defaultPfxProfile", () => {
  it("legacy for Lync 2010/2013 and SfB 2015 (Windows Server 2012 R2 / 2016), modern otherwise", () => {
    const edge = { componentType: "sfb-edge" as const };
    expect(defaultPfxProfile(edge, "lync-2010")).toBe("legacy");
    expect(defaultPfxProfile(edge, "lync-2013")).toBe("legacy");
    expect(defaultPfxProfile(edge, "sfb-2015")).toBe("legacy");
    expect(defaultPfxProfile(edge, "sfb-2019")).toBe("modern");
    expect(defaultPfxProfile({ componentType: "pexip" }, "sfb-2015")).toBe("modern");
  });
});
