import type { CertificateRule } from "../rule";
import { EDGE_PROFILES, isProfile, LYNC2013 } from "./shared";

/** RULES.md 30. Edge Servers cannot auto-enroll. A hint on planned Edge certificates from an internal CA (auto-
 *  enrollment is an enterprise-CA feature; a public CA certificate is always requested by hand). */
export const LYNC_EDGE_AUTOENROLL_1: CertificateRule = {
  id: "LYNC-EDGE-AUTOENROLL-1",
  scope: "certificate",
  severity: "info",
  description:
    "Edge certificates from an internal CA: plan a manual (offline) request, auto-enrollment is not supported.",
  source: `${LYNC2013}lync-server-2013-certificate-infrastructure-requirements — "Auto-enrollment is not supported for Lync Server Edge Servers."`,
  applies: (view) =>
    view.target === "plan" && isProfile(view, ...EDGE_PROFILES) && view.caType === "internal",
  check() {
    return [
      {
        message:
          "Edge Servers cannot use certificate auto-enrollment (they are usually not domain members). Submit this certificate request to the internal CA by hand (for example certreq or the CA web enrollment page), then import the certificate with its key on each Edge Server and assign it with the Deployment Wizard or Set-CsCertificate.",
      },
    ];
  },
};
