import { matchesName } from "../../names";
import type { CertificateRule } from "../rule";
import { listNames, plural, SRC_FQDN, sbcsOf, teamsComponent } from "./util";

/** Each SBC's FQDN is the CN or a SAN of the certificate it presents, or matched by a one-label wildcard. */
export const TEAMS_DR_FQDN_1: CertificateRule = {
  id: "TEAMS-DR-FQDN-1",
  scope: "certificate",
  severity: "error",
  description:
    "Teams Direct Routing: each SBC's FQDN is on its certificate as the CN or a SAN, or is matched by a wildcard *.domain, which covers exactly one label (*.contoso.com matches sbc.contoso.com, not sbc.test.contoso.com).",
  source: SRC_FQDN,
  applies: (view) => teamsComponent(view) !== undefined,
  check(view) {
    const c = teamsComponent(view);
    if (!c) return [];
    const presented = [view.subjectCN, ...view.sans.filter((s) => s.type === "dns").map((s) => s.value)];
    const missing = sbcsOf(view, c).filter((fqdn) => !presented.some((p) => matchesName(p, fqdn)));
    if (missing.length === 0) return [];
    const wildcards = presented.filter((p) => p.startsWith("*."));
    const why =
      wildcards.length > 0
        ? ` A wildcard stands for exactly one label: ${listNames([...new Set(wildcards)])} does not cover a name one level deeper (Microsoft's example: *.contoso.com matches sbc.contoso.com, but not sbc.test.contoso.com).`
        : "";
    return [
      {
        message:
          `${view.target === "plan" ? "This certificate" : "The existing certificate"} does not name the ${plural(missing.length, "SBC", "SBCs")} ${listNames(missing)}: ` +
          `Microsoft's SIP proxies check the SBC FQDN against the certificate's common name and SANs, so the TLS connection from Teams fails and calls through ${plural(missing.length, "this SBC", "these SBCs")} do not connect.${why} ` +
          "Put the SBC FQDN on the certificate (one certificate per SBC, or every SBC as a SAN), or use a wildcard of the domain directly above it.",
        names: missing,
      },
    ];
  },
};
