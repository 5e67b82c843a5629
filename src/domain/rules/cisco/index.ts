// Cisco UC rules, RULES.md section D (68–84): CUCM / IM and Presence / Unity Connection, then Expressway.
import type { Rule } from "../rule";
import { CISCO_CLIENT_CERT_1 } from "./cisco-client-cert-1";
import { CISCO_CSR_CONSISTENT_1 } from "./cisco-csr-consistent-1";
import { CISCO_CSR_KEY_1 } from "./cisco-csr-key-1";
import { CISCO_CSR_ONEPERFQDN_1 } from "./cisco-csr-oneperfqdn-1";
import { CUC_MULTISAN_1 } from "./cuc-multisan-1";
import { CUCM_EKU_1 } from "./cucm-eku-1";
import { CUCM_MULTISAN_1 } from "./cucm-multisan-1";
import { CUCM_SELFSIGNED_CN_1 } from "./cucm-selfsigned-cn-1";
import { CUCM_TOMCAT_1 } from "./cucm-tomcat-1";
import { CUCM_WILDCARD_1 } from "./cucm-wildcard-1";
import { EXPWY_C_PSP_1 } from "./expwy-c-psp-1";
import { EXPWY_CHAT_1 } from "./expwy-chat-1";
import { EXPWY_CLUSTER_1 } from "./expwy-cluster-1";
import { EXPWY_E_ALIAS_1 } from "./expwy-e-alias-1";
import { EXPWY_E_MRA_1 } from "./expwy-e-mra-1";
import { EXPWY_E_XMPP_1 } from "./expwy-e-xmpp-1";
import { EXPWY_EKU_1 } from "./expwy-eku-1";
import { EXPWY_RENEW_1 } from "./expwy-renew-1";

export const CISCO_RULES: Rule[] = [
  CUCM_TOMCAT_1,
  CUCM_MULTISAN_1,
  CUCM_EKU_1,
  CUCM_WILDCARD_1,
  CISCO_CSR_KEY_1,
  CISCO_CSR_ONEPERFQDN_1,
  CISCO_CSR_CONSISTENT_1,
  CUCM_SELFSIGNED_CN_1,
  CUC_MULTISAN_1,
  EXPWY_CLUSTER_1,
  EXPWY_E_MRA_1,
  EXPWY_E_ALIAS_1,
  EXPWY_E_XMPP_1,
  EXPWY_CHAT_1,
  EXPWY_C_PSP_1,
  EXPWY_RENEW_1,
  EXPWY_EKU_1,
  CISCO_CLIENT_CERT_1,
];
