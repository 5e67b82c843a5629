import { isWildcard } from "../../names";
import type { CertificateRule } from "../rule";
import { sfbProfile, theCert, wildcardSans } from "./shared";

/** RULES.md 36. Lync Phone Edition devices fail with any wildcard, even where Microsoft allows one (the pool's
 *  simple URLs / lyncdiscover, the reverse proxy). Fires on every Lync/SfB certificate when the plan says the
 *  deployment has Lync Phone Edition devices. */
export const LYNC_LPE_1: CertificateRule = {
  id: "LYNC-LPE-1",
  scope: "certificate",
  severity: "warning",
  description:
    "Lync Phone Edition devices present: no wildcard on any Lync / Skype for Business certificate.",
  source: `http://blog.schertz.name/2011/02/lync-phone-edition-incompatible-wildcard-certificates/ — "Lync Phone Edition devices do not support the use of wildcard entries in certificates on any Lync Server role."`,
  applies: (view, ctx) => ctx.plan.clients?.lyncPhoneEdition === true && sfbProfile(view) !== undefined,
  check(view) {
    const wild = [
      ...new Set([...(isWildcard(view.subjectCN) ? [view.subjectCN] : []), ...wildcardSans(view)]),
    ];
    if (wild.length === 0) return [];
    return [
      {
        message: `${theCert(view)} contains the wildcard ${wild.join(", ")}, and this deployment has Lync Phone Edition devices (CX600, CX700, HP 4110/4120, Polycom CX series...). Those phones do not accept wildcard certificates on any Lync Server role: desktop clients work, but the phones fail to sign in or to download updates. List the exact FQDNs instead.`,
        names: wild,
      },
    ];
  },
};
