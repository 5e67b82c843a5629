import { isInternalName } from "../../names";
import type { CertificateRule } from "../rule";
import { canonicalName, componentTypeOf, dnsNames, isPublic, isSfb, listNames, plural } from "./shared";

export const PKI_INTERNAL_NAME_1: CertificateRule = {
  id: "PKI-INTERNAL-NAME-1",
  scope: "certificate",
  severity: "error",
  description:
    "A publicly-trusted certificate cannot contain internal names (.local, .corp, single-label...).",
  source:
    "CA/Browser Forum Baseline Requirements v2.2.6 §4.2.2 (https://cabforum.org/baseline-requirements/) — " +
    '"CAs SHALL NOT issue Certificates containing Internal Names or Reserved IP Addresses"; §1.6.1: an Internal ' +
    'Name "cannot be verified as globally unique within the public DNS ... because it does not end with a ' +
    "Top-Level Domain registered in IANA's Root Zone Database.\"",
  applies: (view) => isPublic(view),
  check(view) {
    const internal = dnsNames(view).filter((n) => isInternalName(canonicalName(n)));
    if (internal.length === 0) return [];
    const many = internal.length > 1;
    const head =
      `${listNames(internal)} ${plural(internal.length, "is an internal name", "are internal names")}: ` +
      `${many ? "they do" : "it does"} not end in a top-level domain registered in IANA's root zone, so no ` +
      `public CA will issue a certificate that contains ${many ? "them" : "it"} (CA/Browser Forum BR §4.2.2).`;
    const type = componentTypeOf(view);
    let fix: string;
    if (type === "expressway") {
      fix =
        "Use the public edge domain on the Expressway certificate (the names external clients and partners " +
        "resolve, e.g. collab-edge.<domain>), never the internal domain; or issue it from your internal CA if " +
        "only internal systems connect to it.";
    } else if (
      isSfb(view) &&
      view.component?.type !== "sfb-edge" &&
      view.component?.type !== "sfb-reverse-proxy"
    ) {
      fix =
        "Skype for Business internal servers usually get their certificates from the internal (enterprise) CA; " +
        "otherwise use names in a public domain you own.";
    } else {
      fix =
        "Use names in a public domain you own (and publish them in DNS), or issue this certificate from your internal CA.";
    }
    const lead =
      view.target === "plan" ? "" : "The existing certificate cannot be renewed as it is at a public CA: ";
    return [{ message: `${lead}${head} ${fix}`, names: internal }];
  },
};
