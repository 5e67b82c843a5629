import type { CertificateRule } from "../rule";
import { ciscoUcComponent } from "./util";

export const CUC_MULTISAN_1: CertificateRule = {
  id: "CUC-MULTISAN-1",
  scope: "certificate",
  severity: "warning",
  description:
    "Unity Connection: a multi-server SAN certificate is supported only with SIP telephony integration.",
  source:
    'Cisco Unity Connection 15 OS Administration Guide, https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/connection/15/os_administration/guide/b_15cucosagx/b_14cucosagx_chapter_0101.html — "For telephony integration, multi-server SAN certificate is supported only with SIP integration."',
  applies: (view) => {
    const c = ciscoUcComponent(view);
    return c?.product === "cuc" && c.distribution === "multi-server";
  },
  check(view) {
    const c = ciscoUcComponent(view);
    if (!c) return [];
    if (c.telephonyIntegration === "sccp") {
      return [
        {
          message:
            "This Unity Connection cluster is integrated with Unified CM over SCCP, and a multi-server SAN certificate is supported only with SIP integration: secure voicemail ports may fail. Use single-server certificates (one per node), or move the integration to SIP.",
        },
      ];
    }
    if (c.telephonyIntegration === undefined && view.target === "plan") {
      return [
        {
          severity: "info",
          message:
            "Check that this Unity Connection cluster is integrated with Unified CM over SIP: a multi-server SAN certificate is supported only with SIP integration, not SCCP.",
        },
      ];
    }
    return [];
  },
};
