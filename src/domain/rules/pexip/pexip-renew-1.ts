import { pexipNodeFqdns } from "../../profiles/pexip";
import type { CertificateRule } from "../rule";
import { listNames, literallyCovered, pexipComponent } from "./util";

export const PEXIP_RENEW_1: CertificateRule = {
  id: "PEXIP-RENEW-1",
  scope: "certificate",
  severity: "warning",
  description:
    "A node added since the certificate was issued needs a new certificate: all original SANs plus the node.",
  source:
    'https://docs.pexip.com/sfb/certificates.htm — "the certificate created for the Conferencing Nodes will typically need to contain multiple SANs" (Pexip gives no renewal procedure; a new certificate with every node follows from this composition)',
  applies: (view) => view.target === "existing" && pexipComponent(view) !== undefined,
  check(view) {
    const c = pexipComponent(view);
    if (!c) return [];
    const missing = pexipNodeFqdns(c).filter((n) => !literallyCovered(view, n));
    if (missing.length === 0) return [];
    return [
      {
        message: `The existing certificate does not cover ${listNames(missing)}. Skype for Business / Lync and federated servers that reach ${missing.length > 1 ? "these nodes" : "this node"} fail TLS. Request a new certificate with all ${view.sans.length} names of the current one plus ${listNames(missing)}, and install it on every node.`,
        names: missing,
      },
    ];
  },
};
