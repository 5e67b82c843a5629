import { normalizeName } from "../../names";
import { pexipSipDomain, SIP_FEDERATION_SRV, sipFederationTargets } from "../../profiles/pexip";
import type { CertificateRule, RuleHit } from "../rule";
import { listNames, literallyCovered, pexipComponent } from "./util";

export const PEXIP_DMZ_1: CertificateRule = {
  id: "PEXIP-DMZ-1",
  scope: "certificate",
  severity: "error",
  description:
    "Public DMZ: CN = the _sipfederationtls._tcp target; SAN = that target, every node FQDN and the SIP domain.",
  source:
    'https://docs.pexip.com/lync/dmz_multi_domain.htm — "commonName = px.vc.example.com altNames = px.vc.example.com, px01.vc.example.com, px02.vc.example.com, vc.example.com"',
  applies: (view) => pexipComponent(view)?.deployment === "public-dmz",
  check(view, ctx) {
    const c = pexipComponent(view);
    if (!c) return [];
    const domain = pexipSipDomain(c, ctx);
    if (!domain) {
      return view.target === "plan"
        ? [
            {
              message:
                "No SIP domain for this public DMZ Pexip deployment: the plan has no SIP domain and the component names none. Federated Skype for Business servers reach Pexip through the SIP domain's _sipfederationtls._tcp record, and the domain itself must be on the certificate. Add the federated SIP domain.",
            },
          ]
        : [];
    }
    const record = `${SIP_FEDERATION_SRV}.${domain}`;
    const targets = sipFederationTargets(ctx, domain);
    const pool = c.poolFqdn && c.poolFqdn.trim() !== "" ? normalizeName(c.poolFqdn) : undefined;
    const hits: RuleHit[] = [];

    if (view.target === "plan") {
      if (targets.length === 0 && !pool) {
        hits.push({
          message: `The plan has no ${record} SRV record. Federated Skype for Business / Lync organisations find the Pexip nodes through it, and its target is the certificate's CN. Publish ${record} (port 5061) pointing to a name such as px.${domain} with round-robin A records to the nodes, and add the record to the plan. Until then the CN is the first node FQDN, ${view.subjectCN}.`,
          names: [record],
        });
      }
      const uncovered = targets.filter((t) => !literallyCovered(view, t));
      if (uncovered.length > 0) {
        hits.push({
          message: `${record} points to ${listNames(uncovered)}, which the certificate does not carry${pool ? ` (the pool FQDN ${pool} replaces it)` : ""}. Federated servers that follow the record connect to ${listNames(uncovered)} and fail TLS. Point the record to the certificate's CN or remove the override.`,
          names: uncovered,
        });
      }
      return hits;
    }

    // An existing certificate: the SRV target (or the pool FQDN the plan uses) and the SIP domain.
    // Nodes missing from it are PEXIP-RENEW-1.
    const expectedCn = pool ?? targets[0];
    const expected = [...(pool ? [pool] : targets), domain];
    const missing = [...new Set(expected)].filter((n) => !literallyCovered(view, n));
    if (missing.length > 0) {
      hits.push({
        message: `The existing certificate lacks ${listNames(missing)}. Federated Skype for Business / Lync servers look up ${record}, connect to its target and check the SIP domain on the certificate; without ${missing.length > 1 ? "these names" : "this name"} federation fails TLS.`,
        names: missing,
      });
    }
    if (expectedCn && view.subjectCN !== expectedCn && literallyCovered(view, expectedCn)) {
      hits.push({
        severity: "warning",
        message: `The existing certificate's CN is ${view.subjectCN}, not ${expectedCn}. TLS checks the SAN list, which carries ${expectedCn}, but Pexip's documented composition puts the SRV target in the CN: use it on the next certificate.`,
        names: [view.subjectCN],
      });
    }
    return hits;
  },
};
