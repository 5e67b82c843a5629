// RULES.md section A (rules 1–19): the generic / public-CA rules, in catalogue order, plus PKI-IDN-LOOKALIKE-1
// (not in the catalogue: look-alike IDNs, see its file).
import type { Rule } from "../rule";
import { PKI_CDP_1 } from "./pki-cdp-1";
import { PKI_CLIENTAUTH_PUBLIC_1 } from "./pki-clientauth-public-1";
import { PKI_CN_IN_SAN_1 } from "./pki-cn-in-san-1";
import { PKI_DCV_METHOD_1 } from "./pki-dcv-method-1";
import { PKI_DN_CHARS_1 } from "./pki-dn-chars-1";
import { PKI_EKU_SERVER_1 } from "./pki-eku-server-1";
import { PKI_HOSTNAME_CHARS_1 } from "./pki-hostname-chars-1";
import { PKI_IDN_LOOKALIKE_1 } from "./pki-idn-lookalike-1";
import { PKI_INTERNAL_NAME_1 } from "./pki-internal-name-1";
import { PKI_IP_SAN_1 } from "./pki-ip-san-1";
import { PKI_KEY_1 } from "./pki-key-1";
import { PKI_KEY_2 } from "./pki-key-2";
import { PKI_OU_PUBLIC_1 } from "./pki-ou-public-1";
import { PKI_RESERVED_IP_1 } from "./pki-reserved-ip-1";
import { PKI_SAN_COUNT_1 } from "./pki-san-count-1";
import { PKI_SAN_LENGTH_1 } from "./pki-san-length-1";
import { PKI_SIGALG_1 } from "./pki-sigalg-1";
import { PKI_VALIDITY_1 } from "./pki-validity-1";
import { SIP_RFC5922_1 } from "./sip-rfc5922-1";
import { SIP_RFC5922_2 } from "./sip-rfc5922-2";
import { TLS_RFC6125_1 } from "./tls-rfc6125-1";
import { TLS_RFC9525_1 } from "./tls-rfc9525-1";

export const GENERIC_RULES: Rule[] = [
  PKI_CN_IN_SAN_1,
  PKI_INTERNAL_NAME_1,
  PKI_RESERVED_IP_1,
  PKI_IP_SAN_1,
  PKI_VALIDITY_1,
  PKI_KEY_1,
  PKI_KEY_2,
  PKI_EKU_SERVER_1,
  PKI_CLIENTAUTH_PUBLIC_1,
  PKI_OU_PUBLIC_1,
  PKI_DCV_METHOD_1,
  PKI_SAN_COUNT_1,
  PKI_SAN_LENGTH_1,
  PKI_DN_CHARS_1,
  PKI_HOSTNAME_CHARS_1,
  PKI_IDN_LOOKALIKE_1,
  PKI_CDP_1,
  PKI_SIGALG_1,
  TLS_RFC6125_1,
  TLS_RFC9525_1,
  SIP_RFC5922_1,
  SIP_RFC5922_2,
];
