import { PURPOSE_LABEL } from "../../profiles/cisco-uc";
import type { CertificatePlan } from "../../types";
import type { PlanRule, RuleHit } from "../rule";
import { listNames } from "./util";

export const CISCO_CSR_ONEPERFQDN_1: PlanRule = {
  id: "CISCO-CSR-ONEPERFQDN-1",
  scope: "plan",
  severity: "warning",
  description:
    "Two certificate purposes with the same CN at a public CA: some CAs sign only one certificate per FQDN.",
  source:
    'Cisco Jabber 12.6 Planning Guide, https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/jabber/12_6/cjab_b_planning-guide-for-cisco-jabber-12-6/cjab_b_planning-guide-for-cisco-jabber-12-6_chapter_0111.html — "Some public CAs sign only one certificate per fully qualified domain name (FQDN)."',
  applies: (ctx) => ctx.certificates.some((c) => c.componentType === "cisco-uc" && c.caType === "public"),
  check(ctx) {
    const byCn = new Map<string, CertificatePlan[]>();
    for (const cert of ctx.certificates) {
      if (cert.componentType !== "cisco-uc" || cert.caType !== "public") continue;
      byCn.set(cert.subject.CN, [...(byCn.get(cert.subject.CN) ?? []), cert]);
    }
    const hits: RuleHit[] = [];
    for (const [cn, certs] of byCn) {
      if (certs.length < 2) continue;
      for (const cert of certs) {
        const others = certs.filter((o) => o !== cert);
        const purposes = others.map((o) => {
          const comp = ctx.component(o.componentId);
          return comp?.type === "cisco-uc" ? `${PURPOSE_LABEL[comp.purpose]} ("${o.id}")` : `"${o.id}"`;
        });
        hits.push({
          certificate: cert.id,
          message: `${cn} is also the CN of the ${listNames(purposes)} certificate. Some public CAs sign only one certificate per FQDN and refuse the second request (or revoke the first). Ask your CA first; otherwise use a different CA for one purpose, or a different distribution so the names differ.`,
          names: [cn],
        });
      }
    }
    return hits;
  },
};
