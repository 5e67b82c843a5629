import { ciscoUcNodes, PURPOSE_LABEL } from "../../profiles/cisco-uc";
import { xmppDomains } from "../../profiles/common";
import type { CertificateRule } from "../rule";
import { ciscoUcComponent, covered, listNames } from "./util";

export const CUCM_MULTISAN_1: CertificateRule = {
  id: "CUCM-MULTISAN-1",
  scope: "certificate",
  severity: "error",
  description:
    "Multi-server (SAN) certificate: CN <publisher-host>-ms.<domain>; SAN lists every node of the purpose (tomcat: all CUCM and IM&P nodes; CallManager: CUCM nodes only).",
  source:
    'https://www.cisco.com/c/en/us/td/docs/solutions/CVD/Collaboration/enterprise/12x/120/collbcvd/security.html — "With a multi-server certificate, a "-ms" is appended after the hostname portion of the FQDN."; https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/118731-configure-san-00.html — "Verify all the nodes of your cluster are listed for Tomcat: all CUCM and IM&P nodes"',
  applies: (view) => view.target === "existing" && ciscoUcComponent(view)?.distribution === "multi-server",
  check(view, ctx) {
    const c = ciscoUcComponent(view);
    if (!c) return [];
    const purpose = PURPOSE_LABEL[c.purpose];
    const missingNodes = ciscoUcNodes(c)
      .map((n) => n.fqdn)
      .filter((n) => !covered(view, n));
    const missingDomains =
      c.purpose === "cup-xmpp-s2s" ? xmppDomains(ctx.plan).filter((d) => !covered(view, d)) : [];
    const missing = [...missingNodes, ...missingDomains];
    if (missing.length === 0) return [];
    const parts: string[] = [];
    if (missingNodes.length > 0) {
      parts.push(
        `${listNames(missingNodes)} ${missingNodes.length > 1 ? "present" : "presents"} this ${purpose} certificate without ${missingNodes.length > 1 ? "their" : "its"} own name, so Jabber, browsers and the other nodes prompt or fail`,
      );
    }
    if (missingDomains.length > 0) {
      parts.push(`federated XMPP servers cannot verify ${listNames(missingDomains)}`);
    }
    return [
      {
        message: `The existing multi-server ${purpose} certificate does not list ${listNames(missing)}: ${parts.join("; ")}. Generate a new multi-server CSR on the publisher (it lists every node) and upload the signed certificate.`,
        names: missing,
      },
    ];
  },
};
