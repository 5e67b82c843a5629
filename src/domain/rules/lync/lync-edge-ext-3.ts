import { normalizeName } from "../../names";
import type { CertificateRule } from "../rule";
import { edgeOf, hasExact, isProfile, LYNC2013, theCert, wildcardNote } from "./shared";

/** RULES.md 22. The Web Conferencing Edge external FQDN is a SAN. */
export const LYNC_EDGE_EXT_3: CertificateRule = {
  id: "LYNC-EDGE-EXT-3",
  scope: "certificate",
  severity: "error",
  description: "Edge external: the Web Conferencing Edge external FQDN is a SAN.",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-external-user-access — "The web conferencing Edge external interface or hardware load balancer VIP (for example, webcon.contoso.com)."`,
  applies: (view) => isProfile(view, "sfb-edge-external") && edgeOf(view) !== undefined,
  check(view) {
    const edge = edgeOf(view);
    if (!edge) return [];
    const webcon = normalizeName(edge.webConfEdgeFqdn);
    if (webcon.length === 0 || hasExact(view, webcon)) return [];
    return [
      {
        message: `${theCert(view)} does not contain the Web Conferencing Edge FQDN ${webcon}. External and federated users cannot share or see meeting content (desktop sharing, PowerPoint, whiteboard): their TLS connection to ${webcon} fails with a name mismatch.${wildcardNote(view, [webcon], "wildcards are not supported on the Edge external interfaces")}`,
        names: [webcon],
      },
    ];
  },
};
