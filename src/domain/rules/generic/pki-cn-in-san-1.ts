import type { CertificateRule, CertView } from "../rule";
import { canonicalName, isPublic, profileOf, sanSet } from "./shared";

/** Where PKI-CN-IN-SAN-1 speaks: public-CA certificates, and the Lync/SfB Edge external certificate whatever
 *  its CA. TLS-RFC6125-1 speaks about the same missing CN everywhere else, so one fact gives one finding. */
export function cnInSanApplies(view: CertView): boolean {
  return isPublic(view) || profileOf(view) === "sfb-edge-external";
}

/** Is the subject CN one of the SANs (compared as the same identity: case, trailing dot, IPv6 spelling)? */
export function cnIsSan(view: CertView): boolean {
  // fast path: a planned certificate lists its CN first
  if (view.sans[0]?.value === view.subjectCN) return true;
  return sanSet(view).has(canonicalName(view.subjectCN));
}

export const PKI_CN_IN_SAN_1: CertificateRule = {
  id: "PKI-CN-IN-SAN-1",
  scope: "certificate",
  severity: "error",
  description: "The subject CN must also be one of the subject alternative names.",
  source:
    "CA/Browser Forum Baseline Requirements v2.2.6 §7.1.4.3 (https://cabforum.org/baseline-requirements/) — " +
    '"If present, this attribute MUST contain exactly one entry that is one of the values contained in the ' +
    "Certificate's subjectAltName extension\"",
  applies: (view) => cnInSanApplies(view) && view.subjectCN.trim().length > 0,
  check(view) {
    if (cnIsSan(view)) return [];
    const cn = view.subjectCN.trim();
    const edgeOnly = !isPublic(view);
    const why = edgeOnly
      ? "Federation partners and remote clients ignore the subject name of the Edge external certificate and " +
        `validate only its SANs, so connections to ${cn} fail.`
      : `A public CA refuses to issue it (the CN must repeat one of the SANs), and clients ignore the CN when ` +
        `SANs exist, so connections to ${cn} would fail anyway.`;
    const fix =
      view.target === "plan" ? `Add ${cn} to the SAN list.` : `The renewal must list ${cn} as a SAN as well.`;
    const what = view.target === "plan" ? "The subject CN" : "The existing certificate's subject CN";
    return [
      { message: `${what} ${cn} is not one of the subject alternative names. ${why} ${fix}`, names: [cn] },
    ];
  },
};
