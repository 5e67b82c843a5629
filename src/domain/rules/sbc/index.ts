// Session border controller rules (Teams Direct Routing, Webex Calling Local Gateway), in catalogue order.
// SIP trunks to a carrier: no rule — no carrier document read here states a certificate requirement.
import type { Rule } from "../rule";
import { TEAMS_DR_CA_1 } from "./teams-dr-ca-1";
import { TEAMS_DR_DOMAIN_1 } from "./teams-dr-domain-1";
import { TEAMS_DR_EKU_1 } from "./teams-dr-eku-1";
import { TEAMS_DR_FQDN_1 } from "./teams-dr-fqdn-1";
import { TEAMS_DR_TRUST_1 } from "./teams-dr-trust-1";
import { WEBEX_LGW_TRUST_1 } from "./webex-lgw-trust-1";

export const SBC_RULES: Rule[] = [
  TEAMS_DR_FQDN_1,
  TEAMS_DR_DOMAIN_1,
  TEAMS_DR_CA_1,
  TEAMS_DR_EKU_1,
  TEAMS_DR_TRUST_1,
  WEBEX_LGW_TRUST_1,
];
