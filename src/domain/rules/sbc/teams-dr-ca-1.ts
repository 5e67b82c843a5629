import type { CertificateRule } from "../rule";
import { SRC_CA, teamsComponent } from "./util";

/** An internal / private CA is refused by the Direct Routing SIP interface. */
export const TEAMS_DR_CA_1: CertificateRule = {
  id: "TEAMS-DR-CA-1",
  scope: "certificate",
  severity: "error",
  description:
    "Teams Direct Routing trusts only SBC certificates from CAs in the Microsoft Trusted Root Program: a certificate from your internal CA is refused.",
  source: SRC_CA,
  applies: (view) => teamsComponent(view) !== undefined && view.caType === "internal",
  check(view) {
    return [
      {
        message: `${view.target === "plan" ? "This SBC certificate comes" : "The existing SBC certificate comes"} from an internal CA. Microsoft's Direct Routing SIP interface trusts only certificates signed by CAs in the Microsoft Trusted Root Program, so the TLS connection fails and no call reaches Teams. Order it from a public CA that is in the program (Microsoft publishes the included CA list).`,
      },
    ];
  },
};
