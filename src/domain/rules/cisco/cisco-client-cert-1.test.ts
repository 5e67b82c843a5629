// Split server and client certificates (issue 13 §4), end to end through the planner: the profiles, the rules
// that fire or fall quiet, and the plan file. Cisco, "Navigate Client EKU Sunset with Cisco Expressway x15.5":
// "x15.5 has two certificate stores: 1. Server certificate store 2. Client certificate store". Cisco FN74345:
// separate server and client certificates for Unified CM / IM and Presence / Unity Connection are tracked as
// enhancements whose release we could not confirm.
import { describe, expect, it } from "vitest";
import { planCertificates } from "../../plan";
import { parsePlan, serializePlan } from "../../plan-file";
import type { Plan } from "../../types";
import { CISCO_CLIENT_CERT_1 } from "./cisco-client-cert-1";
import { ciscoPlan, cucm, EXP_C, EXP_E } from "./fixtures";

const DATE = "2027-04-01"; // after the Chrome Root Program's cut-off: no public CA issues Client Authentication

function findingsOf(plan: Plan, rule: string, certificate?: string) {
  return planCertificates(plan).findings.filter(
    (f) => f.rule === rule && (certificate === undefined || f.certificate === certificate),
  );
}

describe("Expressway split into a public server certificate and a private client certificate per peer", () => {
  const split = ciscoPlan({ issueDate: DATE, components: [{ ...EXP_E, clientCertificate: "separate" }] });
  const combined = ciscoPlan({ issueDate: DATE, components: [EXP_E] });

  it("the server certificate keeps its id and names, with Server Authentication only; each peer gets its own client certificate", () => {
    const certs = planCertificates(split).certificates;
    const before = planCertificates(combined).certificates;
    expect(certs.map((c) => c.id)).toEqual([
      "exp-e",
      "exp-e/client/expe1.example.com",
      "exp-e/client/expe2.example.com",
    ]);
    const [server, client] = certs;
    expect(server?.sans).toEqual(before[0]?.sans);
    expect(server?.eku).toEqual(["serverAuth"]);
    expect(server?.caType).toBe("public");
    expect(before[0]?.eku).toEqual(["serverAuth", "clientAuth"]);
    expect(client).toMatchObject({
      profile: "tls-client",
      componentId: "exp-e",
      subject: { CN: "expe1.example.com" },
      sans: [
        { type: "dns", value: "expe1.example.com", reasons: [expect.stringContaining("expe1.example.com")] },
      ],
      eku: ["clientAuth"],
      caType: "internal",
      installOn: ["expe1.example.com"],
      exportableKey: true,
    });
  });

  it("the clientAuth rule is satisfied: it fires on the combined certificate, not on the split ones", () => {
    expect(findingsOf(combined, "PKI-CLIENTAUTH-PUBLIC-1", "exp-e")).toHaveLength(1);
    expect(findingsOf(split, "PKI-CLIENTAUTH-PUBLIC-1")).toEqual([]);
    // neither does any server-certificate rule fire on the client certificates (SANs, EKU, cluster names)
    const onClients = planCertificates(split).findings.filter(
      (f) => f.certificate?.includes("/client/") && f.rule !== "CISCO-CLIENT-CERT-1",
    );
    expect(onClients).toEqual([]);
  });

  it("says which connections use which certificate, and what federation partners must do", () => {
    const [f] = findingsOf(split, "CISCO-CLIENT-CERT-1", "exp-e/client/expe1.example.com");
    expect(f?.severity).toBe("warning"); // the Expressway-E federates over XMPP with example.com
    expect(f?.message).toContain("Mobile and Remote Access clients");
    expect(f?.message).toContain("mutual TLS connections it opens");
    expect(f?.message).toContain("send each partner your root CA certificate");
    expect(f?.source).toContain("225693-navigate-client-eku-sunset-with.html");
    expect(f?.source).toContain("x15.5 has two certificate stores");
  });

  it("an Expressway-C without federation: a notice about the traversal zone, no partner advice", () => {
    const plan = ciscoPlan({ issueDate: DATE, components: [{ ...EXP_C, clientCertificate: "separate" }] });
    const [f] = findingsOf(plan, "CISCO-CLIENT-CERT-1", "exp-c/client/expc1.example.com");
    expect(f?.severity).toBe("info");
    expect(f?.message).toContain("traversal zone it opens to the Expressway-E");
    expect(f?.message).not.toContain("partner");
    expect(findingsOf(plan, "PKI-EKU-SERVER-1")).toEqual([]);
  });

  it("an existing client certificate filed under its id is not linted as a server certificate", () => {
    const plan = {
      ...split,
      existing: [
        {
          certificate: "exp-e/client/expe1.example.com",
          subjectCN: "expe1.example.com",
          sans: ["expe1.example.com"],
          eku: ["clientAuth"],
          caType: "internal" as const,
        },
      ],
    };
    const findings = planCertificates(plan).findings.filter((f) => f.target === "existing");
    expect(findings.filter((f) => f.rule === "PKI-EKU-SERVER-1" || f.rule.startsWith("EXPWY-"))).toEqual([]);
  });

  it("is quiet without the split", () => {
    expect(findingsOf(combined, "CISCO-CLIENT-CERT-1")).toEqual([]);
  });
});

describe("Unified CM split (FN74345)", () => {
  it("single-server tomcat: server ids unchanged, a client certificate per node, CUCM-EKU-1 quiet, the release unconfirmed", () => {
    const comp = cucm({ distribution: "single-server", clientCertificate: "separate" });
    const plan = ciscoPlan({ issueDate: DATE, components: [comp] });
    const ids = planCertificates(plan).certificates.map((c) => [c.id, c.eku.join("+"), c.caType]);
    expect(ids).toEqual([
      ["cucm/cucm-pub.example.com", "serverAuth", "public"],
      ["cucm/cucm-sub1.example.com", "serverAuth", "public"],
      ["cucm/imp-pub.example.com", "serverAuth", "public"],
      ["cucm/client/cucm-pub.example.com", "clientAuth", "internal"],
      ["cucm/client/cucm-sub1.example.com", "clientAuth", "internal"],
      ["cucm/client/imp-pub.example.com", "clientAuth", "internal"],
    ]);
    expect(findingsOf(plan, "CUCM-EKU-1")).toEqual([]);
    expect(findingsOf(plan, "PKI-CLIENTAUTH-PUBLIC-1")).toEqual([]);
    const [f] = findingsOf(plan, "CISCO-CLIENT-CERT-1", "cucm/client/cucm-pub.example.com");
    expect(f?.severity).toBe("warning");
    expect(f?.message).toContain("we could not confirm which release ships them");
    expect(f?.source).toContain("fn74345.html");
    // without the split, CUCM-EKU-1 still asks for client authentication on a serverAuth-only certificate
    const combined = ciscoPlan({ issueDate: DATE, components: [cucm({ distribution: "single-server" })] });
    expect(findingsOf(combined, "PKI-CLIENTAUTH-PUBLIC-1").length).toBe(3);
  });

  it("cup-xmpp-s2s federates with other organisations: the finding says what partners must do", () => {
    const plan = ciscoPlan({
      issueDate: DATE,
      components: [cucm({ purpose: "cup-xmpp-s2s", clientCertificate: "separate" })],
    });
    const [f] = findingsOf(plan, "CISCO-CLIENT-CERT-1", "cucm/client/imp-pub.example.com");
    expect(f?.message).toContain("XMPP federation with other organisations");
    expect(f?.message).toContain("trusted CA list");
  });

  it("rule metadata: applies to planned client certificates only", () => {
    expect(CISCO_CLIENT_CERT_1.scope).toBe("certificate");
  });
});

describe("the plan file carries the choice", () => {
  it("round trip: parse ∘ serialize keeps clientCertificate on both component types", () => {
    const plan = ciscoPlan({
      issueDate: DATE,
      components: [{ ...EXP_E, clientCertificate: "separate" }, cucm({ clientCertificate: "combined" })],
    });
    const text = serializePlan(plan);
    const back = parsePlan(JSON.parse(text));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(
      back.plan.components.map((c) => ("clientCertificate" in c ? c.clientCertificate : undefined)),
    ).toEqual(["separate", "combined"]);
    const again = parsePlan(JSON.parse(serializePlan(back.plan)));
    expect(again.ok && serializePlan(again.plan)).toBe(serializePlan(back.plan));
  });

  it("an unknown value is refused with its path", () => {
    const plan = JSON.parse(serializePlan(ciscoPlan({ components: [{ ...EXP_E }] })));
    plan.components[0].clientCertificate = "both";
    const r = parsePlan(plan);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      {
        path: "components[0].clientCertificate",
        message: 'must be one of "combined", "separate", not the text "both"',
      },
    ]);
  });
});
