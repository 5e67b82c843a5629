import { normalizeName } from "../../names";
import type { CertificateRule } from "../rule";
import { hasExact, isProfile, LYNC2013, poolOf, theCert } from "./shared";

/** RULES.md 45. Web external names on the Front End / Standard Edition certificate: the external web services FQDN,
 *  written out (Microsoft's examples keep it explicit next to an optional wildcard). The meet URLs are
 *  LYNC-FE-MEET-1 and the dial-in URL LYNC-FE-WEBINT-1 (same combined certificate). The admin URL is not required
 *  externally; on the combined certificate it is required by the web internal part anyway, so this rule has no
 *  admin case. */
export const LYNC_FE_WEBEXT_1: CertificateRule = {
  id: "LYNC-FE-WEBEXT-1",
  scope: "certificate",
  severity: "error",
  description: "Front End / Standard Edition web external: the external web services FQDN is a SAN.",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-internal-servers — "SN=se01.contoso.com; SAN=webcon01.contoso.com; SAN=meet.contoso.com; SAN=meet.fabrikam.com; SAN=dialin.contoso.com"`,
  applies: (view) =>
    isProfile(view, "sfb-front-end", "sfb-standard-edition") && !!poolOf(view)?.externalWebFqdn,
  check(view) {
    const ext = normalizeName(poolOf(view)?.externalWebFqdn ?? "");
    if (ext.length === 0 || hasExact(view, ext)) return [];
    return [
      {
        message: `${theCert(view)} does not contain the external web services FQDN ${ext}. The reverse proxy forwards external requests (address book, meetings, mobility, Lync Web App) to ${ext} and the TLS connection to this Front End fails its name check: external users lose those services.`,
        names: [ext],
      },
    ];
  },
};
