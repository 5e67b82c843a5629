import type { CertificateRule } from "../rule";
import { hasEku, PLAN_DR_DATE, SRC_EKU, teamsComponent } from "./util";

/** Server Authentication, and Client Authentication as Microsoft's current page asks (mutual TLS). The public-CA
 *  side of Client Authentication is the public Client Authentication rule's, with the Teams advice. */
export const TEAMS_DR_EKU_1: CertificateRule = {
  id: "TEAMS-DR-EKU-1",
  scope: "certificate",
  severity: "error",
  description: `Teams Direct Routing: the SBC certificate carries Server Authentication, and Client Authentication as Microsoft's page (${PLAN_DR_DATE}) asks: Microsoft's SIP proxies use mutual TLS with the SBC.`,
  source: SRC_EKU,
  applies: (view) => teamsComponent(view) !== undefined && view.eku.length > 0,
  check(view) {
    const the = view.target === "plan" ? "This SBC certificate" : "The existing SBC certificate";
    if (!hasEku(view.eku, "serverAuth")) {
      return [
        {
          message: `${the} has no Server Authentication: Microsoft's SIP proxies reject it when the SBC presents it, so calls between Teams and the SBC fail. Order it with Server Authentication (and Client Authentication, which Microsoft's page of ${PLAN_DR_DATE} asks for too).`,
        },
      ];
    }
    if (!hasEku(view.eku, "clientAuth")) {
      return [
        {
          severity: "warning",
          message: `${the} has Server Authentication only. Microsoft's page (${PLAN_DR_DATE}) asks for Server Authentication and Client Authentication, and Microsoft enforced both from March 19, 2024: "If your SBCs certificate EKU extension doesn't include both Server and Client Authentication, your SBCs will not be able to connect with Microsoft infrastructure." Public CAs are dropping Client Authentication, so check Microsoft's current "Plan Direct Routing" and "What's new for Direct Routing" pages before you order; we could not read a newer Microsoft page that lifts the requirement.`,
        },
      ];
    }
    return [];
  },
};
