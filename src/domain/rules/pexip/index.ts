// Pexip Infinity rules, RULES.md section C (57–67), in catalogue order.
import type { Rule } from "../rule";
import { PEXIP_CA_1 } from "./pexip-ca-1";
import { PEXIP_DMZ_1 } from "./pexip-dmz-1";
import { PEXIP_EKU_1 } from "./pexip-eku-1";
import { PEXIP_FQDN_1 } from "./pexip-fqdn-1";
import { PEXIP_FQDN_2 } from "./pexip-fqdn-2";
import { PEXIP_KEY_1 } from "./pexip-key-1";
import { PEXIP_ONPREM_1 } from "./pexip-onprem-1";
import { PEXIP_POOL_DOMAIN_1 } from "./pexip-pool-domain-1";
import { PEXIP_RENEW_1 } from "./pexip-renew-1";
import { PEXIP_UC_1 } from "./pexip-uc-1";
import { PEXIP_WILDCARD_1 } from "./pexip-wildcard-1";

export const PEXIP_RULES: Rule[] = [
  PEXIP_WILDCARD_1,
  PEXIP_EKU_1,
  PEXIP_CA_1,
  PEXIP_UC_1,
  PEXIP_FQDN_1,
  PEXIP_FQDN_2,
  PEXIP_DMZ_1,
  PEXIP_ONPREM_1,
  PEXIP_POOL_DOMAIN_1,
  PEXIP_RENEW_1,
  PEXIP_KEY_1,
];
