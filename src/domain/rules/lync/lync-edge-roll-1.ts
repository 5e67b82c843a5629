import type { CertificateRule } from "../rule";
import { isProfile, LYNC2013, sfbVersion } from "./shared";

/** RULES.md 31. Lync 2013 and later can stage (Set-CsCertificate -Roll) a separate A/V Authentication certificate.
 *  A hint on each planned Edge external certificate; not shown for Lync Server 2010, which has no -Roll. */
export const LYNC_EDGE_ROLL_1: CertificateRule = {
  id: "LYNC-EDGE-ROLL-1",
  scope: "certificate",
  severity: "info",
  description:
    "Edge external (Lync 2013+): optionally a separate A/V Authentication certificate for -Roll staging.",
  source: `${LYNC2013}lync-server-2013-plan-for-edge-server-certificates — "you will require two certificates, one assigned to the Access Edge service and Web Conferencing Edge service, and one certificate for the A/V Edge service."`,
  applies: (view, ctx) =>
    view.target === "plan" && isProfile(view, "sfb-edge-external") && sfbVersion(ctx.plan) !== "lync-2010",
  check() {
    return [
      {
        message:
          "Optional: to renew without interrupting audio/video, you can split this certificate in two: one for the Access Edge and Web Conferencing Edge services (these SANs) and one for the A/V Authentication service, staged in advance with Set-CsCertificate -Roll. The A/V one needs an exportable key and must be the same certificate on every Edge Server of the pool.",
      },
    ];
  },
};
