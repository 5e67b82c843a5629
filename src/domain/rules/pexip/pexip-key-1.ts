import { own } from "../../own";
import type { KeySpec } from "../../types";
import type { CertificateRule } from "../rule";
import { pexipComponent } from "./util";

/** Key types Pexip's certificate signing request generator offers (private_key_type). */
function offeredByPexip(key: KeySpec): boolean {
  if (key.algorithm === "RSA") return key.size === 2048 || key.size === 4096;
  return key.curve === "P-256";
}

function describeKey(key: KeySpec): string {
  return key.algorithm === "RSA" ? `RSA ${key.size}` : `ECDSA ${key.curve}`;
}

export const PEXIP_KEY_1: CertificateRule = {
  id: "PEXIP-KEY-1",
  scope: "certificate",
  severity: "info",
  description:
    "Pexip's own CSR generator offers RSA 2048, RSA 4096 and ECDSA P-256 keys (or an uploaded key).",
  source:
    'Pexip management API /api/admin/configuration/v1/certificate_signing_request/, field private_key_type [github.com/sidumorjens/pexip-claude-skills] — "The type of the private key to create (RSA2048, RSA4096, ECDSAP256) or UPLOAD"',
  applies: (view) => view.target === "plan" && pexipComponent(view) !== undefined && view.key !== undefined,
  check(view, ctx) {
    const key = view.key;
    if (!key || offeredByPexip(key)) return [];
    const onAppliance = own(ctx.plan.certificateOptions, view.id)?.keyLocation === "appliance";
    return [
      {
        message: onAppliance
          ? `Pexip's certificate signing request generator cannot create an ${describeKey(key)} key: it offers RSA 2048, RSA 4096 and ECDSA P-256. Choose one of those, or generate the key outside Pexip and upload it with the certificate.`
          : `An ${describeKey(key)} key is not one Pexip's own CSR generator offers (RSA 2048, RSA 4096, ECDSA P-256): generate it here or with openssl, and upload the key together with the signed certificate on the Management Node.`,
      },
    ];
  },
};
