import { own } from "../../own";
import { expresswayXmppDomains } from "../../profiles/expressway";
import type { CertificateRule, RuleHit } from "../rule";
import { covered, expresswayComponent, listNames, srvTo } from "./util";

export const EXPWY_E_XMPP_1: CertificateRule = {
  id: "EXPWY-E-XMPP-1",
  scope: "certificate",
  severity: "warning",
  description: "Expressway-E: each XMPP federation domain as a dNSName SAN, never in XMPPAddress format.",
  source:
    'Cisco Expressway Certificate Creation and Use Deployment Guide X15.5, https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X15-5/cert-creation-use/exwy_b_cisco-expressway-certificate-creation-and-use-deployment-guide-x155/exwy_m_managing-expressway-certificates.html — "Do not use the XMPPAddress format as it may not be supported by your CA"',
  applies: (view) => expresswayComponent(view)?.role === "e",
  check(view, ctx) {
    const c = expresswayComponent(view);
    if (!c) return [];
    const domains = expresswayXmppDomains(c);
    const hits: RuleHit[] = [];
    if (view.target === "plan") {
      const unlisted = [
        ...new Set(
          srvTo(ctx.plan, c, "_xmpp-server._tcp")
            .map((r) => r.domain)
            .filter((d) => !domains.includes(d)),
        ),
      ];
      if (unlisted.length > 0) {
        hits.push({
          severity: "error",
          message: `_xmpp-server._tcp records send federated XMPP servers for ${listNames(unlisted)} to this Expressway-E, but ${unlisted.length > 1 ? "they are" : "it is"} not an XMPP federation domain on it, so the certificate lacks ${unlisted.length > 1 ? "them" : "it"} and federation fails TLS. Add ${unlisted.length > 1 ? "them" : "it"} to the XMPP federation domains.`,
          names: unlisted,
        });
      }
      if (domains.length > 0 && own(ctx.plan.certificateOptions, view.id)?.keyLocation === "appliance") {
        hits.push({
          message: `When you generate the CSR on the Expressway-E, choose "DNS" as the XMPP federation domains format (not XMPPAddress, which your CA may not support), so that ${listNames(domains)} ${domains.length > 1 ? "are" : "is"} requested as DNS names.`,
          names: domains,
        });
      }
      return hits;
    }
    const missing = domains.filter((d) => !covered(view, d));
    if (missing.length > 0) {
      hits.push({
        severity: "error",
        message: `The existing Expressway-E certificate does not carry ${listNames(missing)} as a DNS name: federated XMPP servers for ${missing.length > 1 ? "these domains" : "this domain"} fail TLS (an XMPPAddress entry does not count).`,
        names: missing,
      });
    }
    return hits;
  },
};
