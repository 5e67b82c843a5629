import type { CertificateRule } from "../rule";
import { EDGE_PROFILES, edgeOf, edgeServers, isProfile, LYNC2013, theCert } from "./shared";

/** RULES.md 29. Exportable key recommended for a single Edge Server too (both Edge certificates; PLAN-FORMAT.md:
 *  every Lync/SfB Edge certificate is planned exportable). An Edge pool is LYNC-EDGE-POOL-1 (error). */
export const LYNC_EDGE_EXPORT_2: CertificateRule = {
  id: "LYNC-EDGE-EXPORT-2",
  scope: "certificate",
  severity: "warning",
  description: "Single Edge Server: the private key should be exportable all the same.",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-external-user-access — "the certificate's private key must be exportable, regardless of whether it is used on one Edge Server or many Edge Servers."`,
  applies(view) {
    const edge = edgeOf(view);
    return isProfile(view, ...EDGE_PROFILES) && edge !== undefined && edgeServers(edge).length <= 1;
  },
  check(view) {
    if (view.exportableKey !== false) return [];
    return [
      {
        message: `${theCert(view)} has a non-exportable private key. Microsoft asks for an exportable key even on a single Edge Server: it is needed to request the certificate on another computer, to add a second Edge Server later, and to stage a new A/V Authentication certificate. Request it with an exportable key.`,
      },
    ];
  },
};
