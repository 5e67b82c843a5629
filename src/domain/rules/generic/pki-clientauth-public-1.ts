import type { CertificateRule, CertView } from "../rule";
import { componentTypeOf, hasEku, isPublic } from "./shared";

/** Chrome Root Program policy 1.6: serverAuth only for public TLS certificates issued from this date. */
export const CLIENTAUTH_CUTOFF = "2026-06-15";

/** What stops working when the certificate loses clientAuth, in the admin's terms. */
function consequence(view: CertView): string {
  switch (componentTypeOf(view)) {
    case "sfb-edge":
      return "public IM connectivity (AOL), which requires the client EKU on the Edge external certificate, fails";
    case "pexip":
      return "the mutual TLS connections between the Pexip nodes and Skype for Business / Lync fail";
    case "cisco-uc":
      return "inter-server TLS that presents this certificate as a client (ILS, UDS, inter-cluster and SIP trunk connections) fails";
    case "expressway":
      return "the traversal and neighbour zones, which use mutual TLS, fail";
    default:
      return "anything that uses this certificate as a TLS client certificate (mutual TLS) fails";
  }
}

export const PKI_CLIENTAUTH_PUBLIC_1: CertificateRule = {
  id: "PKI-CLIENTAUTH-PUBLIC-1",
  scope: "certificate",
  severity: "warning",
  description:
    "Public CAs stop issuing TLS certificates with Client Authentication (Chrome Root Program policy 1.6, from 2026-06-15).",
  source:
    "Chrome Root Program policy v1.6, quoted at https://digitorus.pages.dev/topics/clientauth-eku-removal — " +
    '"subscriber certificates issued on or after June 15, 2026 MUST include the extendedKeyUsage extension and ' +
    'only assert an extendedKeyUsage purpose of id-kp-serverAuth." (RULES.md E.6: a report of policy v1.8 moves ' +
    "leaf enforcement to 2027-03-15; BR v2.2.6 still lists clientAuth as MAY.)",
  applies: (view, ctx) => isPublic(view) && ctx.issueDate >= CLIENTAUTH_CUTOFF && hasEku(view, "clientAuth"),
  check(view, ctx) {
    const policy =
      `under the Chrome Root Program policy 1.6, public TLS server certificates issued on or after ` +
      `${CLIENTAUTH_CUTOFF} may assert Server Authentication only, and the major public CAs have stopped ` +
      "issuing serverAuth + clientAuth";
    const caveat =
      "(Later versions of the Chrome policy may move this date — a report of policy 1.8 gives 2027-03-15 — so " +
      "check your CA's current practice.)";
    const fix =
      "Issue this certificate from an internal / private CA that all peers trust, or use a separate client " +
      "certificate for the mutual-TLS connections.";
    const message =
      view.target === "plan"
        ? `This certificate needs Client Authentication, but ${policy}. A public CA issuing on ${ctx.issueDate} ` +
          `will refuse the request or drop clientAuth, and then ${consequence(view)}. ${fix} ${caveat}`
        : `The existing certificate carries Client Authentication, but ${policy}: a renewal from a public CA on ` +
          `${ctx.issueDate} will not, and then ${consequence(view)}. ${fix} ${caveat}`;
    return [{ message }];
  },
};
