import type { CertificateRule } from "../rule";
import { LYNC2013, sfbProfile, theCert, wildcardSans } from "./shared";

/** RULES.md 37. Any wildcard SAN on a Lync/SfB certificate: test the UC devices (desk phones) before relying on it. */
export const LYNC_UCDEVICE_1: CertificateRule = {
  id: "LYNC-UCDEVICE-1",
  scope: "certificate",
  severity: "warning",
  description: "Wildcard SAN on a Lync / Skype for Business certificate: test UC devices with it.",
  source: `${LYNC2013}lync-server-2013-wildcard-certificate-support — "you should test the deployed certificate carefully to ensure that devices function properly after you implement a wildcard certificate."`,
  applies: (view) => sfbProfile(view) !== undefined,
  check(view) {
    const wild = wildcardSans(view);
    if (wild.length === 0) return [];
    return [
      {
        message: `${theCert(view)} contains the wildcard SAN ${wild.join(", ")}. Microsoft warns that UC devices (desk phones, meeting-room devices) may not work with wildcard certificates: test the sign-in of every device model you run before deploying it.`,
        names: wild,
      },
    ];
  },
};
