// Test fixtures for the Lync / SfB rules: plans, planned certificates and existing certificates built from
// literals (never through the SfB profiles), run through the real engine so that tests see real Findings.
import type {
  CertificatePlan,
  CertificateProfile,
  Component,
  ExistingCertificate,
  Finding,
  Plan,
  SfbEdgeComponent,
  SfbPoolComponent,
} from "../../types";
import { runRules } from "../engine";
import type { Rule, RuleContext } from "../rule";

export function makePlan(p: Partial<Plan> = {}): Plan {
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

export function makeContext(plan: Plan, certificates: CertificatePlan[] = []): RuleContext {
  const byId = new Map<string, Component>(plan.components.map((c) => [c.id, c]));
  return {
    plan,
    issueDate: plan.issueDate ?? "2026-07-01",
    certificates,
    component: (id) => byId.get(id),
  };
}

export interface CertLiteral {
  id: string;
  component: Component;
  profile: CertificateProfile;
  cn: string;
  sans: string[];
  eku?: CertificatePlan["eku"];
  caType?: CertificatePlan["caType"];
  exportableKey?: boolean;
  installOn?: string[];
  key?: CertificatePlan["key"];
  notIncluded?: CertificatePlan["notIncluded"];
}

/** A planned certificate as a profile would return it (SAN reasons are irrelevant to the rules). */
export function planned(c: CertLiteral): CertificatePlan {
  const cert: CertificatePlan = {
    id: c.id,
    componentId: c.component.id,
    componentType: c.component.type,
    profile: c.profile,
    title: c.id,
    subject: { CN: c.cn },
    sans: c.sans.map((value) => ({
      type: /^[0-9.]+$|:/.test(value) ? "ip" : "dns",
      value,
      reasons: ["test"],
    })),
    eku: c.eku ?? ["serverAuth"],
    keyUsage: ["digitalSignature", "keyEncipherment"],
    key: c.key ?? { algorithm: "RSA", size: 2048 },
    caType: c.caType ?? "public",
    validityDays: 200,
    exportableKey: c.exportableKey ?? false,
    installOn: c.installOn ?? [],
  };
  if (c.notIncluded) cert.notIncluded = c.notIncluded;
  return cert;
}

export function existing(
  e: Partial<ExistingCertificate> & { certificate: string; subjectCN: string; sans: string[] },
) {
  const out: ExistingCertificate = { eku: ["serverAuth"], ...e };
  return out;
}

/** The findings one rule produces over a plan and its planned certificates (and the plan's `existing` entries). */
export function run(rule: Rule, plan: Plan, certificates: CertificatePlan[] = []): Finding[] {
  return runRules([rule], makeContext(plan, certificates));
}

// ---------------------------------------------------------------- Microsoft's example topology (contoso)

/** The Edge of Microsoft's certificate summary tables: SN sip.contoso.com, webcon.contoso.com, av.contoso.com,
 *  internal lsedge.contoso.net (lync-server-2013-certificate-summary-single-consolidated-edge-with-public-ip-addresses). */
export function contosoEdge(p: Partial<SfbEdgeComponent> = {}): SfbEdgeComponent {
  return {
    type: "sfb-edge",
    id: "edge",
    accessEdgeFqdn: "sip.contoso.com",
    webConfEdgeFqdn: "webcon.contoso.com",
    avEdgeFqdn: "av.contoso.com",
    internalFqdn: "lsedge.contoso.net",
    ...p,
  };
}

/** The external Edge certificate of the same table: SN sip.contoso.com; SAN webcon.contoso.com, sip.contoso.com,
 *  sip.fabrikam.com. */
export function contosoEdgeExternal(edge: SfbEdgeComponent, p: Partial<CertLiteral> = {}): CertificatePlan {
  return planned({
    id: `${edge.id}/external`,
    component: edge,
    profile: "sfb-edge-external",
    cn: "sip.contoso.com",
    sans: ["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"],
    exportableKey: true,
    installOn: edge.servers ?? [edge.internalFqdn],
    notIncluded: [{ value: "av.contoso.com", reason: "A/V Edge FQDN: not needed" }],
    ...p,
  });
}

export function contosoEdgeInternal(edge: SfbEdgeComponent, p: Partial<CertLiteral> = {}): CertificatePlan {
  return planned({
    id: `${edge.id}/internal`,
    component: edge,
    profile: "sfb-edge-internal",
    cn: "lsedge.contoso.net",
    sans: ["lsedge.contoso.net"],
    exportableKey: true,
    installOn: edge.servers ?? [edge.internalFqdn],
    caType: "internal",
    ...p,
  });
}

/** The Enterprise Edition pool of "Certificates for Front End Server in a Front End Pool"
 *  (lync-server-2013-certificate-requirements-for-internal-servers): pool eepool.contoso.com, server ee01,
 *  external web webcon01.contoso.com. */
export function contosoPool(p: Partial<SfbPoolComponent> = {}): SfbPoolComponent {
  return {
    type: "sfb-pool",
    id: "fe",
    role: "front-end",
    poolFqdn: "eepool.contoso.com",
    servers: ["ee01.contoso.com"],
    externalWebFqdn: "webcon01.contoso.com",
    ...p,
  };
}

/** Simple URLs of the same tables: meet.contoso.com, meet.fabrikam.com, dialin.contoso.com, admin.contoso.com. */
export const CONTOSO_SFB: Plan["sfb"] = {
  version: "sfb-2015",
  simpleUrls: {
    meet: ["meet.contoso.com", "meet.fabrikam.com"],
    dialin: ["dialin.contoso.com"],
    admin: "admin.contoso.com",
  },
};

/** The combined (Default + Web internal + Web external) certificate of that pool's server, from the three rows of
 *  Microsoft's table, with the lyncdiscover names of the SfB environmental requirements. */
export function contosoPoolCert(pool: SfbPoolComponent, p: Partial<CertLiteral> = {}): CertificatePlan {
  const server = pool.servers[0] ?? pool.poolFqdn;
  return planned({
    id: `${pool.id}/${server}`,
    component: pool,
    profile:
      pool.role === "director"
        ? "sfb-director"
        : pool.role === "standard-edition"
          ? "sfb-standard-edition"
          : "sfb-front-end",
    cn: pool.poolFqdn,
    sans: [
      pool.poolFqdn,
      server,
      ...(pool.externalWebFqdn ? [pool.externalWebFqdn] : []),
      "meet.contoso.com",
      "meet.fabrikam.com",
      "dialin.contoso.com",
      "admin.contoso.com",
      "lyncdiscoverinternal.contoso.com",
      "lyncdiscover.contoso.com",
      "lyncdiscoverinternal.fabrikam.com",
      "lyncdiscover.fabrikam.com",
    ],
    installOn: [server],
    caType: "internal",
    ...p,
  });
}

export function rules(findings: Finding[]): string[] {
  return findings.map((f) => `${f.severity}:${f.certificate ?? "-"}:${f.target}`);
}
