import type { CertificateRule } from "../rule";
import { platformName } from "./shared";

export const PKI_KEY_2: CertificateRule = {
  id: "PKI-KEY-2",
  scope: "certificate",
  severity: "warning",
  description:
    "Internal-CA certificates: RSA keys below 2048 bits are accepted by Lync/SfB and CUCM but weak.",
  source:
    "Skype for Business Server environmental requirements " +
    "(https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/environmental-requirements) — " +
    '"Encryption key lengths of 1024, 2048, and 4096 are supported. Key lengths of 2048 and greater are recommended."',
  applies: (view) => view.caType === "internal" && view.key?.algorithm === "RSA" && view.key.size < 2048,
  check(view) {
    if (view.key?.algorithm !== "RSA") return [];
    const size = view.key.size;
    const fix =
      view.target === "plan" ? "Request RSA 2048 (or larger)" : "Renew it with an RSA 2048 (or larger) key";
    return [
      {
        message:
          `An RSA ${size}-bit key is weak. Skype for Business / Lync and the Cisco UC CSR tools still accept it ` +
          "from an internal CA, but Microsoft recommends 2048 bits or more and current TLS clients and libraries " +
          `increasingly refuse shorter keys. ${fix} with a SHA-256 signature on this ${platformName(view)} certificate.`,
      },
    ];
  },
};
