import { normalizeName } from "../../names";
import type { CertificateRule, RuleHit } from "../rule";
import {
  explain,
  hasCovered,
  isProfile,
  LYNC2013,
  names,
  reverseProxyOf,
  simpleUrlHosts,
  theCert,
} from "./shared";

/** RULES.md 52. Reverse proxy listener certificate: public CA; SAN = the external web services FQDN of every
 *  Front End pool and Director (the component's list and every pool of the plan), the Office Web Apps / Office Online
 *  Server FQDN, the dial-in simple URLs. Wildcard SANs are supported on the reverse proxy, so a wildcard counts.
 *  Meet URLs are LYNC-FE-MEET-1, lyncdiscover LYNC-DISCOVER-1, the server EKU PKI-EKU-SERVER-1. For an existing
 *  certificate only an explicitly recorded internal CA is reported. */
export const LYNC_RP_1: CertificateRule = {
  id: "LYNC-RP-1",
  scope: "certificate",
  severity: "error",
  description:
    "Reverse proxy: public CA; SAN = every external web services FQDN, Office Online Server, dial-in (meet and dial-in may be a wildcard).",
  source: `${LYNC2013}lync-server-2013-certificate-summary-reverse-proxy — "Certificate must be issued by a public CA and with the server EKU." / "The optional wildcard replaces both meet and dialin SAN"; ${LYNC2013}lync-server-2013-certificate-requirements-for-external-user-access — "Wildcard entries are supported in the subject alternative name field of the certificate assigned to the reverse proxy."`,
  applies: (view) => isProfile(view, "sfb-reverse-proxy"),
  check(view, ctx) {
    const hits: RuleHit[] = [];
    const internal =
      view.target === "plan" ? view.caType === "internal" : view.existing?.caType === "internal";
    if (internal) {
      hits.push({
        message: `${theCert(view)} is issued by an internal CA. The reverse proxy answers external users, mobile devices and federated partners' clients, which do not trust your internal CA: request it from a public CA.`,
      });
    }
    const rp = reverseProxyOf(view);
    const need: { name: string; why: string }[] = [];
    const add = (name: string, why: string) => {
      if (name && !need.some((n) => n.name === name)) need.push({ name, why });
    };
    for (const n of names(rp?.externalWebFqdns)) add(n, "external web services FQDN published");
    for (const c of ctx.plan.components) {
      if (c.type === "sfb-pool" && c.externalWebFqdn)
        add(
          normalizeName(c.externalWebFqdn),
          `external web services FQDN of ${c.role === "director" ? "Director" : "pool"} ${c.id}`,
        );
    }
    if (rp?.officeOnlineFqdn)
      add(normalizeName(rp.officeOnlineFqdn), "Office Web Apps / Office Online Server");
    for (const d of simpleUrlHosts(ctx.plan).dialin) add(d, "dial-in simple URL");
    const missing = need.filter((n) => !hasCovered(view, n.name));
    if (missing.length > 0) {
      hits.push({
        message: `${theCert(view)} does not cover ${explain(missing)}. External users, mobile clients and Lync IP devices reach these web services through the reverse proxy and get a certificate error (address book, meeting content, dial-in page, device updates).`,
        names: missing.map((m) => m.name),
      });
    }
    return hits;
  },
};
