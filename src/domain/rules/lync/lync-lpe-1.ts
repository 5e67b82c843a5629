import { isWildcard } from "../../names";
import type { CertificateRule } from "../rule";
import { LYNC2013, sfbProfile, theCert, wildcardSans } from "./shared";

/** RULES.md 36. Lync Phone Edition devices fail with any wildcard, even where Microsoft allows one (the pool's
 *  simple URLs / lyncdiscover, the reverse proxy). Fires on every Lync/SfB certificate when the plan says the
 *  deployment has Lync Phone Edition devices. */
export const LYNC_LPE_1: CertificateRule = {
  id: "LYNC-LPE-1",
  scope: "certificate",
  severity: "warning",
  description:
    "Lync Phone Edition devices present: no wildcard on any Lync / Skype for Business certificate.",
  // Microsoft's own page warns only that UC devices must be tested with a wildcard; the stronger statement that Lync
  // Phone Edition refuses every wildcard comes from a blog (blog.schertz.name, 2011), not a Microsoft page.
  source: `Microsoft, Wildcard certificate support in Lync Server 2013 (${LYNC2013}lync-server-2013-wildcard-certificate-support) — "To retain the functionality of unified communications (UC) devices (for example, desk phones), you should test the deployed certificate carefully to ensure that devices function properly after you implement a wildcard certificate."`,
  applies: (view, ctx) => ctx.plan.clients?.lyncPhoneEdition === true && sfbProfile(view) !== undefined,
  check(view) {
    const wild = [
      ...new Set([...(isWildcard(view.subjectCN) ? [view.subjectCN] : []), ...wildcardSans(view)]),
    ];
    if (wild.length === 0) return [];
    return [
      {
        message: `${theCert(view)} contains the wildcard ${wild.join(", ")}, and this deployment has Lync Phone Edition devices (CX600, CX700, HP 4110/4120, Polycom CX series...). Microsoft asks you to test desk phones carefully with any wildcard certificate, and these phones are reported to fail to sign in with one even where desktop clients work. List the exact FQDNs instead.`,
        names: wild,
      },
    ];
  },
};
