import { normalizeName } from "../../names";
import type { CertificateRule } from "../rule";
import {
  explain,
  hasCovered,
  hasExact,
  isProfile,
  LYNC2013,
  poolOf,
  simpleUrlHosts,
  theCert,
} from "./shared";

/** RULES.md 44. Web internal names on the Front End / Standard Edition certificate: the internal web services FQDN
 *  (written out), the dial-in and admin simple URLs (a wildcard may cover these). Pool and server FQDN are
 *  LYNC-FE-DEFAULT-1, the meet URLs LYNC-FE-MEET-1 (one finding per missing name). */
export const LYNC_FE_WEBINT_1: CertificateRule = {
  id: "LYNC-FE-WEBINT-1",
  scope: "certificate",
  severity: "error",
  description:
    "Front End / Standard Edition web internal: internal web services FQDN, dial-in and admin simple URLs (or a wildcard for the simple URLs).",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-internal-servers — "SN=se01.contoso.com; SAN=se01.contoso.com; SAN=meet.contoso.com; SAN=meet.fabrikam.com; SAN=dialin.contoso.com; SAN=admin.contoso.com"`,
  applies: (view) => isProfile(view, "sfb-front-end", "sfb-standard-edition") && poolOf(view) !== undefined,
  check(view, ctx) {
    const pool = poolOf(view);
    if (!pool) return [];
    const poolFqdn = normalizeName(pool.poolFqdn);
    const internalWeb = normalizeName(pool.internalWebFqdn ?? pool.poolFqdn);
    const urls = simpleUrlHosts(ctx.plan);
    const missing: { name: string; why: string }[] = [];
    // the pool FQDN (the default internal web FQDN) is LYNC-FE-DEFAULT-1's
    if (internalWeb !== poolFqdn && !hasExact(view, internalWeb))
      missing.push({ name: internalWeb, why: "internal web services FQDN" });
    for (const d of urls.dialin)
      if (!hasCovered(view, d)) missing.push({ name: d, why: "dial-in simple URL" });
    for (const a of urls.admin) if (!hasCovered(view, a)) missing.push({ name: a, why: "admin simple URL" });
    if (missing.length === 0) return [];
    return [
      {
        message: `${theCert(view)} is missing ${explain(missing)}. Internal users opening these web services (address book, dial-in page, meeting join, Control Panel) get a certificate warning or fail to connect.`,
        names: missing.map((m) => m.name),
      },
    ];
  },
};
