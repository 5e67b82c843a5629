import { expresswayAliases } from "../../profiles/expressway";
import type { CertificateRule, RuleHit } from "../rule";
import { covered, expresswayComponent, hostAliasesOf, listNames, srvTo } from "./util";

export const EXPWY_E_ALIAS_1: CertificateRule = {
  id: "EXPWY-E-ALIAS-1",
  scope: "certificate",
  severity: "error",
  description: "Every other FQDN the Expressway-E is known by (e.g. B2B and MRA SRV targets) is a SAN.",
  source:
    'Cisco Expressway Certificate Creation and Use Deployment Guide X15.5, https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X15-5/cert-creation-use/exwy_b_cisco-expressway-certificate-creation-and-use-deployment-guide-x155/exwy_m_managing-expressway-certificates.html — "If the Expressway-E is also known by other FQDNs, all of the aliases must be included in the server certificate SAN."',
  applies: (view) => expresswayComponent(view)?.role === "e",
  check(view, ctx) {
    const c = expresswayComponent(view);
    if (!c) return [];
    // Names the DNS facts of the plan route to this Expressway-E: _collab-edge._tls targets and hosts entries.
    const discovered = [
      ...new Set([
        ...srvTo(ctx.plan, c, "_collab-edge._tls").map((r) => r.target),
        ...hostAliasesOf(ctx.plan, c),
      ]),
    ];
    const hits: RuleHit[] = [];
    if (view.target === "plan") {
      const missing = discovered.filter((n) => !covered(view, n));
      if (missing.length > 0) {
        hits.push({
          message: `The plan's DNS records send clients to ${listNames(missing)}, which ${missing.length > 1 ? "reach" : "reaches"} this Expressway-E but ${missing.length > 1 ? "are" : "is"} not on its certificate: remote Jabber, phones and B2B callers using ${missing.length > 1 ? "these names" : "this name"} fail TLS. Add ${missing.length > 1 ? "them" : "it"} to the Expressway-E's aliases.`,
          names: missing,
        });
      }
      return hits;
    }
    const missing = [...new Set([...expresswayAliases(c), ...discovered])].filter((n) => !covered(view, n));
    if (missing.length > 0) {
      hits.push({
        message: `The existing Expressway-E certificate does not carry ${listNames(missing)}, ${missing.length > 1 ? "names" : "a name"} this Expressway-E is also known by: callers and clients that use ${missing.length > 1 ? "them" : "it"} fail TLS.`,
        names: missing,
      });
    }
    return hits;
  },
};
