import type { CertificateRule, RuleHit } from "../rule";
import { isPublic } from "./shared";

export const PKI_KEY_1: CertificateRule = {
  id: "PKI-KEY-1",
  scope: "certificate",
  severity: "error",
  description:
    "Public-CA keys: RSA of at least 2048 bits and a multiple of 8, or ECDSA on P-256 / P-384 (P-521 with care).",
  source:
    "CA/Browser Forum Baseline Requirements v2.2.6 §6.1.5 (https://cabforum.org/baseline-requirements/) — " +
    '"Ensure that the modulus size, when encoded, is at least 2048 bits" … "a valid point on the NIST P-256, ' +
    'NIST P-384 or NIST P-521 elliptic curve."',
  applies: (view) => isPublic(view) && view.key !== undefined,
  check(view) {
    const key = view.key;
    if (!key) return [];
    const renew = view.target === "plan" ? "" : " Its renewal needs a new key.";
    const hits: RuleHit[] = [];
    if (key.algorithm === "RSA") {
      if (key.size < 2048) {
        hits.push({
          message:
            `An RSA ${key.size}-bit key is below the 2048 bits public CAs must require (CA/Browser Forum BR ` +
            `§6.1.5): the CA refuses the request. Use RSA 2048 or larger (or ECDSA P-256).${renew}`,
        });
      } else if (key.size % 8 !== 0) {
        hits.push({
          message:
            `An RSA key of ${key.size} bits is not a multiple of 8; public CAs refuse such moduli (CA/Browser Forum ` +
            `BR §6.1.5). Use RSA 2048, 3072 or 4096.${renew}`,
        });
      }
    } else if (key.curve === "P-521") {
      hits.push({
        severity: "info",
        message:
          "ECDSA P-521 is allowed by the Baseline Requirements but not by every root program, so many public CAs " +
          "will not issue it, and UC platforms offer P-256 (Pexip) or P-256 / P-384 at most. Prefer ECDSA P-256 " +
          "or P-384, or RSA 2048.",
      });
    }
    return hits;
  },
};
