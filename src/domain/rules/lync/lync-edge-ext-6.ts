import type { CertificateRule } from "../rule";
import {
  edgeOf,
  edgeXmppActive,
  hasExact,
  isProfile,
  LYNC2013,
  theCert,
  wildcardSans,
  xmppDomainsOf,
} from "./shared";

/** RULES.md 25. Each XMPP domain is a SAN on the Edge external certificate, as the bare domain (RULES.md E.1:
 *  the SIP/XMPP summary page's contoso.com, not the topology pages' *.contoso.com). Lync 2013 / SfB 2015 only. */
export const LYNC_EDGE_EXT_6: CertificateRule = {
  id: "LYNC-EDGE-EXT-6",
  scope: "certificate",
  severity: "error",
  description:
    "Edge external with XMPP federation: every XMPP domain is a SAN (bare domain, not a wildcard).",
  source: `${LYNC2013}lync-server-2013-certificate-summary-sip-xmpp-federation-and-public-instant-messaging — "The record that is included on the certificate as a subject alternative name (SAN) will be the domain that can participate in XMPP communications."`,
  applies(view, ctx) {
    const edge = edgeOf(view);
    return isProfile(view, "sfb-edge-external") && edge !== undefined && edgeXmppActive(ctx.plan, edge);
  },
  check(view, ctx) {
    const missing = xmppDomainsOf(ctx.plan).filter((d) => !hasExact(view, d));
    if (missing.length === 0) return [];
    const wild = wildcardSans(view).filter((w) => missing.some((d) => w === `*.${d}`));
    const note =
      wild.length > 0
        ? ` ${wild.join(", ")} does not stand in for it: a wildcard covers exactly one label, never the domain itself (RFC 9525 §6.3), and the Edge does not support wildcards.`
        : "";
    return [
      {
        message: `${theCert(view)} does not contain the XMPP domain ${missing.join(", ")}. XMPP partners (for example Google Talk) check the certificate against the bare domain, so XMPP federation for ${missing.length === 1 ? "that domain" : "those domains"} fails.${note}`,
        names: missing,
      },
    ];
  },
};
