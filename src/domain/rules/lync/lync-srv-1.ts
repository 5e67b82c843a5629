import type { CertificateRule } from "../rule";
import { missingEdgeSrvTargets } from "./edge-srv";
import { edgeOf, isProfile, SFB_EDGE_ENV } from "./shared";

/** RULES.md 38. The `_sipfederationtls._tcp.<sipdomain>` target is on the Edge external certificate, written out.
 *  Records that point at another component (a Pexip pool, an Expressway, another Edge) are not this Edge's. */
export const LYNC_SRV_1: CertificateRule = {
  id: "LYNC-SRV-1",
  scope: "certificate",
  severity: "error",
  description: "Edge external: the target of every _sipfederationtls._tcp.<sipdomain> record is a SAN.",
  source: `${SFB_EDGE_ENV} — "This SRV record is required for automatic DNS discovery of federated partners called Allowed SIP domains." (table row _sipfederationtls._tcp.contoso.com → sip.contoso.com, port 5061)`,
  applies: (view) => isProfile(view, "sfb-edge-external") && edgeOf(view) !== undefined,
  check: (view, ctx) =>
    missingEdgeSrvTargets(
      view,
      ctx,
      "_sipfederationtls._tcp",
      (d) =>
        `Federation partners that discover ${d} through DNS connect to that name on port 5061 and reject the certificate: federation (and mobile push notifications) for ${d} fail.`,
    ),
};
