import { describe, expect, it } from "vitest";
import { planCertificates } from "./plan";
import { parsePlan } from "./plan-file";
import { presetPlan } from "./presets";
import {
  BILLING_NOTE,
  billedSans,
  type ExistingSummary,
  existingFor,
  guessComponent,
  type PROPOSAL_TYPES,
  proposePlan,
  REMOVED_REASON,
  renewalDiff,
} from "./renewal";
import type { CertificatePlan, ExistingCertificate, Plan } from "./types";

const TODAY = { today: "2026-07-01" };

function certOf(plan: Plan, id: string): CertificatePlan {
  const c = planCertificates(plan, TODAY).certificates.find((x) => x.id === id);
  if (!c) throw new Error(`no certificate ${id}`);
  return c;
}

// https://docs.pexip.com/lync/dmz_multi_domain.htm — the documented public DMZ certificate
const PEXIP: ExistingSummary = {
  subjectCN: "px.vc.example.com",
  sans: ["px.vc.example.com", "px01.vc.example.com", "px02.vc.example.com", "vc.example.com"],
  eku: ["serverAuth", "clientAuth"],
  subjectFields: { CN: "px.vc.example.com", O: "Example Corp", C: "NO" },
  key: { algorithm: "RSA", size: 2048 },
};

function existing(s: ExistingSummary, certificate: string): ExistingCertificate {
  return { certificate, subjectCN: s.subjectCN, sans: [...s.sans], eku: [...s.eku], kind: "certificate" };
}

describe("renewalDiff", () => {
  it("added / removed / kept, with the planned reasons and the removal reason", () => {
    const plan = presetPlan("pexip-dmz");
    const px = plan.components[0];
    if (px?.type !== "pexip") throw new Error("preset changed");
    px.nodes.push({ fqdn: "px03.vc.example.com", sipTlsFqdn: "px03.vc.example.com" });
    const old = existing(
      { ...PEXIP, sans: [...PEXIP.sans.slice(0, 3), "VC.example.com.", "legacy.vc.example.com"] },
      "px",
    );
    const d = renewalDiff(certOf(plan, "px"), old);
    expect(d.kept.map((r) => r.value)).toEqual([
      "px.vc.example.com",
      "px01.vc.example.com",
      "px02.vc.example.com",
      "vc.example.com",
    ]);
    expect(d.added).toEqual([
      { value: "px03.vc.example.com", change: "added", reason: "node px03.vc.example.com" },
    ]);
    expect(d.removed).toEqual([
      { value: "legacy.vc.example.com", change: "removed", reason: REMOVED_REASON },
    ]);
    expect(d.rows.map((r) => r.change)).toEqual(["kept", "kept", "kept", "added", "kept", "removed"]);
    expect(d.cnChanged).toBe(false);
  });

  it("existingFor finds the entry filed under the certificate id", () => {
    const plan: Plan = { ...presetPlan("pexip-dmz"), existing: [existing(PEXIP, "px")] };
    expect(existingFor(plan, "px")?.subjectCN).toBe("px.vc.example.com");
    expect(existingFor(plan, "other")).toBeUndefined();
  });
});

describe("billedSans", () => {
  it("counts every planned SAN (the CN included) and says so", () => {
    const b = billedSans(certOf(presetPlan("pexip-dmz"), "px"));
    expect(b.count).toBe(4);
    expect(b.wildcards).toBe(0);
    expect(b.estimate).toBeUndefined();
    expect(b.note).toBe(BILLING_NOTE);
    expect(b.note).toMatch(/CN included/);
  });

  it("turns a price per SAN into an estimate, in cents", () => {
    const b = billedSans(certOf(presetPlan("pexip-dmz"), "px"), { pricePerSan: 0.1, currency: "EUR" });
    expect(b.estimate).toBe(0.4);
    expect(b.estimateText).toBe("EUR 0.40");
    expect(billedSans(certOf(presetPlan("pexip-dmz"), "px"), { pricePerSan: 1250 }).estimateText).toBe(
      "5,000.00",
    );
  });
});

describe("guessComponent", () => {
  it("several node names in a domain that is itself a SAN: Pexip public DMZ", () => {
    expect(guessComponent(PEXIP).type).toBe("pexip");
  });
  it("a -ms CN: Cisco multi-server", () => {
    expect(
      guessComponent({
        subjectCN: "cucm-pub-ms.example.com",
        sans: ["cucm-pub-ms.example.com", "cucm-pub.example.com", "cucm-sub1.example.com"],
        eku: ["serverAuth", "clientAuth"],
      }).type,
    ).toBe("cisco-uc");
  });
  it("sip.<domain> CN and a webcon name: Skype for Business Edge", () => {
    const g = guessComponent({
      subjectCN: "sip.contoso.com",
      sans: ["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"],
      eku: ["serverAuth", "clientAuth"],
    });
    expect(g.type).toBe("sfb-edge");
    expect(g.reason).toMatch(/public IM connectivity/);
  });
  it("collab-edge or exp names: Expressway (before the Pexip pattern)", () => {
    expect(
      guessComponent({
        subjectCN: "expe.example.com",
        sans: ["expe.example.com", "expe1.example.com", "expe2.example.com", "example.com"],
        eku: ["serverAuth", "clientAuth"],
      }).type,
    ).toBe("expressway");
    expect(
      guessComponent({
        subjectCN: "edge.example.com",
        sans: ["edge.example.com", "collab-edge.example.com"],
        eku: ["serverAuth"],
      }).type,
    ).toBe("expressway");
  });
  it("anything else: custom", () => {
    expect(guessComponent({ subjectCN: "www.example.com", sans: ["www.example.com"], eku: [] }).type).toBe(
      "custom",
    );
  });
});

describe("proposePlan", () => {
  function planned(s: ExistingSummary, type: (typeof PROPOSAL_TYPES)[number]["type"]) {
    const p = proposePlan(s, type);
    const parsed = parsePlan(JSON.parse(JSON.stringify(p.plan)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return { ...p, plan: parsed.plan, cert: certOf(parsed.plan, p.certificateId) };
  }

  it("Pexip: reproduces the documented certificate exactly (nothing added, nothing removed)", () => {
    const { plan, cert, certificateId } = planned(PEXIP, "pexip");
    expect(certificateId).toBe("px");
    expect(plan.subject).toEqual({ O: "Example Corp", C: "NO" });
    expect(cert.subject.CN).toBe("px.vc.example.com");
    const d = renewalDiff(cert, existing(PEXIP, certificateId));
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.kept).toHaveLength(4);
  });

  it("the CA type follows the existing certificate: no CA/Browser Forum policy OID → a private CA", () => {
    const privateCert: ExistingSummary = {
      ...PEXIP,
      type: "certificate",
      policies: ["1.3.6.1.4.1.311.21.8.1"],
    };
    const internal = planned(privateCert, "pexip");
    expect(internal.plan.defaults?.caType).toBe("internal");
    expect(internal.cert.caType).toBe("internal");
    expect(internal.notes.join(" ")).toContain("private (enterprise) CA");
    // a publicly-trusted OV certificate (BR 7.1.6.1: 2.23.140.1.2.2)
    const publicCert: ExistingSummary = { ...PEXIP, type: "certificate", policies: ["2.23.140.1.2.2"] };
    expect(planned(publicCert, "pexip").plan.defaults?.caType).toBe("public");
    // a CSR names no CA: the default (public) stays
    expect(planned({ ...PEXIP, type: "csr" }, "pexip").plan.defaults?.caType).toBe("public");
  });

  it("Pexip: adding a node plans all original names plus the node (PEXIP-RENEW-1 fires on the existing one)", () => {
    const { plan, certificateId } = planned(PEXIP, "pexip");
    const px = plan.components[0];
    if (px?.type !== "pexip") throw new Error("not pexip");
    px.nodes.push({ fqdn: "px03.vc.example.com", sipTlsFqdn: "px03.vc.example.com" });
    plan.existing = [existing(PEXIP, certificateId)];
    const result = planCertificates(plan, TODAY);
    const cert = result.certificates.find((c) => c.id === certificateId);
    expect(cert?.sans.map((s) => s.value).sort()).toEqual([...PEXIP.sans, "px03.vc.example.com"].sort());
    expect(result.findings.some((f) => f.rule === "PEXIP-RENEW-1" && f.target === "existing")).toBe(true);
  });

  it("Cisco multi-server, Expressway, Edge and custom proposals keep every original name", () => {
    const cases: { s: ExistingSummary; type: (typeof PROPOSAL_TYPES)[number]["type"]; id: string }[] = [
      {
        s: {
          subjectCN: "cucm-pub-ms.example.com",
          sans: ["cucm-pub-ms.example.com", "cucm-pub.example.com", "cucm-sub1.example.com"],
          eku: ["serverAuth", "clientAuth"],
        },
        type: "cisco-uc",
        id: "cucm",
      },
      {
        s: {
          subjectCN: "expe.example.com",
          sans: [
            "expe.example.com",
            "expe1.example.com",
            "expe2.example.com",
            "collab-edge.example.com",
            "b2b.example.com",
          ],
          eku: ["serverAuth", "clientAuth"],
        },
        type: "expressway",
        id: "exp-e",
      },
      {
        s: {
          subjectCN: "sip.contoso.com",
          sans: ["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"],
          eku: ["serverAuth"],
        },
        type: "sfb-edge",
        id: "edge/external",
      },
      {
        s: { subjectCN: "www.example.com", sans: ["www.example.com", "example.com"], eku: ["serverAuth"] },
        type: "custom",
        id: "custom",
      },
    ];
    for (const c of cases) {
      const { cert, certificateId } = planned(c.s, c.type);
      expect(certificateId).toBe(c.id);
      const d = renewalDiff(cert, existing(c.s, certificateId));
      expect(d.removed, c.type).toEqual([]);
      expect(d.added, c.type).toEqual([]);
    }
  });

  it("an old key the app does not generate is renewed with RSA 2048", () => {
    const p = proposePlan({ ...PEXIP, key: { algorithm: "RSA", size: 1024 } }, "pexip");
    expect(p.plan.defaults?.key).toEqual({ algorithm: "RSA", size: 2048 });
    expect(
      proposePlan({ ...PEXIP, key: { algorithm: "ECDSA", curve: "P-384" } }, "pexip").plan.defaults?.key,
    ).toEqual({ algorithm: "ECDSA", curve: "P-384" });
  });
});
