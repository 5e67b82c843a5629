import type { CertificateRule } from "../rule";
import { missingEdgeSrvTargets } from "./edge-srv";
import { edgeOf, isProfile, SFB_EDGE_ENV } from "./shared";

/** RULES.md 39. The `_sip._tls.<sipdomain>` target (remote client sign-in, port 443) is on the Edge external
 *  certificate, written out. */
export const LYNC_SRV_2: CertificateRule = {
  id: "LYNC-SRV-2",
  scope: "certificate",
  severity: "error",
  description: "Edge external: the target of every _sip._tls.<sipdomain> record is a SAN.",
  source: `${SFB_EDGE_ENV} — "This SRV record is required for Skype for Business Server, Lync Server 2013, and Lync Server 2010 clients to work externally." (table row _sip._tls.contoso.com → sip.contoso.com, port 443)`,
  applies: (view) => isProfile(view, "sfb-edge-external") && edgeOf(view) !== undefined,
  check: (view, ctx) =>
    missingEdgeSrvTargets(
      view,
      ctx,
      "_sip._tls",
      (d) =>
        `Remote users of ${d} who sign in from outside are sent to that name on port 443 and get a certificate error: external sign-in for ${d} fails.`,
    ),
};
