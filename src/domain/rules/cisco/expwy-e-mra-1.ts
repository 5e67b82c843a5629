import { isInternalName } from "../../names";
import { expresswayMraDomains, mraSanName } from "../../profiles/expressway";
import type { CertificateRule, RuleHit } from "../rule";
import { covered, expresswayComponent, listNames, srvTo } from "./util";

const COLLAB_EDGE_SRV = "_collab-edge._tls";

export const EXPWY_E_MRA_1: CertificateRule = {
  id: "EXPWY-E-MRA-1",
  scope: "certificate",
  severity: "error",
  description:
    "Expressway-E: every Unified CM registration (MRA) domain as a SAN, as the domain or collab-edge.<domain>; public edge domains only.",
  source:
    'Cisco Expressway Certificate Creation and Use Deployment Guide X15.5, https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X15-5/cert-creation-use/exwy_b_cisco-expressway-certificate-creation-and-use-deployment-guide-x155/exwy_m_managing-expressway-certificates.html — "You may select CollabEdgeDNS format instead, which simply adds the prefix collab-edge. to the domain that you enter."',
  applies: (view) => expresswayComponent(view)?.role === "e",
  check(view, ctx) {
    const c = expresswayComponent(view);
    if (!c) return [];
    const domains = expresswayMraDomains(c);
    const hits: RuleHit[] = [];
    if (view.target === "plan") {
      const internal = domains.filter((d) => isInternalName(d));
      if (internal.length > 0) {
        hits.push({
          message: `${listNames(internal)} ${internal.length > 1 ? "are internal domains" : "is an internal domain"}: remote Jabber and phones never look ${internal.length > 1 ? "them" : "it"} up, and a public CA refuses ${internal.length > 1 ? "them" : "it"}. ${internal.length > 1 ? "They are" : "It is"} left off the certificate: configure the public edge domain (the domain of your _collab-edge._tls records) as the Unified CM registration domain instead.`,
          names: internal,
        });
      }
      const unlisted = [
        ...new Set(
          srvTo(ctx.plan, c, COLLAB_EDGE_SRV)
            .map((r) => r.domain)
            .filter((d) => !domains.includes(d)),
        ),
      ];
      if (unlisted.length > 0) {
        hits.push({
          message: `${listNames(unlisted.map((d) => `${COLLAB_EDGE_SRV}.${d}`))} ${unlisted.length > 1 ? "point" : "points"} to this Expressway-E, but ${listNames(unlisted)} ${unlisted.length > 1 ? "are not MRA domains" : "is not an MRA domain"} on it, so the certificate lacks ${unlisted.length > 1 ? "them" : "it"}: Jabber and phones of ${listNames(unlisted)} fail TLS at sign-in over MRA. Add ${unlisted.length > 1 ? "them" : "it"} to the Unified CM registration domains.`,
          names: unlisted,
        });
      }
      return hits;
    }
    const missing = domains
      .filter((d) => !isInternalName(d))
      .filter((d) => !covered(view, d) && !covered(view, `collab-edge.${d}`));
    if (missing.length > 0) {
      hits.push({
        message: `The existing Expressway-E certificate carries neither ${listNames(missing)} nor collab-edge.<domain> for ${missing.length > 1 ? "them" : "it"}: Jabber and phones of ${listNames(missing)} fail TLS at sign-in over Mobile and Remote Access.`,
        names: missing.map((d) => mraSanName(c, d)),
      });
    }
    return hits;
  },
};
