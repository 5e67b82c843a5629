import { PURPOSE_LABEL } from "../../profiles/cisco-uc";
import type { CertificateRule } from "../rule";
import { ciscoUcComponent, hasEku, listNames } from "./util";

export const CUCM_EKU_1: CertificateRule = {
  id: "CUCM-EKU-1",
  scope: "certificate",
  severity: "error",
  description:
    "CUCM / IM and Presence / Unity Connection certificates need TLS Web Server and TLS Web Client Authentication.",
  source:
    'Cisco Collaboration Preferred Architecture 12.x, Security, https://www.cisco.com/c/en/us/td/docs/solutions/CVD/Collaboration/enterprise/12x/120/collbcvd/security.html — "the Unified CM Tomcat certificate must include the TLS Web Client Authentication extended key usage (EKU)."',
  applies: (view) => ciscoUcComponent(view) !== undefined,
  check(view) {
    const c = ciscoUcComponent(view);
    if (!c) return [];
    // Split (FN74345): the node's client certificate carries client authentication; this one serves only.
    const needed =
      c.clientCertificate === "separate"
        ? (["serverAuth"] as const)
        : (["serverAuth", "clientAuth"] as const);
    const missing = needed.filter((e) => !hasEku(view.eku, e));
    if (missing.length === 0) return [];
    const what = missing.map((e) =>
      e === "serverAuth" ? "TLS Web Server Authentication" : "TLS Web Client Authentication",
    );
    const breaks = missing.includes("clientAuth")
      ? "the node also uses it as a TLS client, so ILS, UDS and other inter-server connections fail"
      : "clients and other servers refuse it";
    return [
      {
        message: `The ${PURPOSE_LABEL[c.purpose]} certificate lacks ${listNames(what)}: ${breaks}. Ask the CA for a template with both server and client authentication (public CAs no longer issue client authentication: use your internal CA for this certificate, as Cisco's field notice FN74345 explains).`,
        names: missing,
      },
    ];
  },
};
