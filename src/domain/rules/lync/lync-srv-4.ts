import type { CertificateRule } from "../rule";
import {
  edgeOf,
  edgeSrvTargets,
  edgeXmppActive,
  hasExact,
  isProfile,
  SFB_EDGE_ENV,
  sfbSipDomains,
  theCert,
  xmppDomainsOf,
} from "./shared";

const SERVICE = "_xmpp-server._tcp";

/** RULES.md 41. When an `_xmpp-server._tcp` record exists (under an XMPP domain, or a SIP domain whose users may
 *  federate over XMPP), its target is a SAN on the Edge external certificate (never added by convention alone).
 *  Only where the Edge runs the XMPP proxy (Lync 2013 / SfB 2015); records pointing at an Expressway or another
 *  component are theirs. */
export const LYNC_SRV_4: CertificateRule = {
  id: "LYNC-SRV-4",
  scope: "certificate",
  severity: "warning",
  description: "Edge external with XMPP: the target of each _xmpp-server._tcp record is a SAN.",
  source: `${SFB_EDGE_ENV} — "The XMPP proxy interface on your Access Edge service or Edge pool." (table row _xmpp-server._tcp.contoso.com → xmpp.contoso.com, port 5269)`,
  applies(view, ctx) {
    const edge = edgeOf(view);
    return isProfile(view, "sfb-edge-external") && edge !== undefined && edgeXmppActive(ctx.plan, edge);
  },
  check(view, ctx) {
    const edge = edgeOf(view);
    if (!edge) return [];
    const domains = [...new Set([...xmppDomainsOf(ctx.plan), ...sfbSipDomains(ctx.plan)])];
    const missing = edgeSrvTargets(ctx.plan, edge, SERVICE, domains).filter((t) => !hasExact(view, t.target));
    const targets = [...new Set(missing.map((t) => t.target))];
    if (targets.length === 0) return [];
    const records = [...new Set(missing.map((t) => `${SERVICE}.${t.domain} → ${t.target}`))];
    return [
      {
        message: `${theCert(view)} does not contain ${targets.join(", ")} (${records.join("; ")}). XMPP partners that find your domain through that record connect to the XMPP proxy on the Access Edge by that name and may reject the certificate: XMPP federation can fail. Add the name, or point the record at a name on the certificate.`,
        names: targets,
      },
    ];
  },
};
