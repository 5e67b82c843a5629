import { own } from "../../own";
import type { CertificateRule, RuleHit } from "../rule";
import { ciscoUcComponent } from "./util";

const RSA_SIZES = [1024, 2048, 3072, 4096];

export const CISCO_CSR_KEY_1: CertificateRule = {
  id: "CISCO-CSR-KEY-1",
  scope: "certificate",
  severity: "warning",
  description:
    "Key choices of the Cisco Unified OS Generate CSR page: RSA 1024/2048/3072/4096 (tomcat, ipsec), ECDSA 256/384/521; at least 2048 recommended, the key is generated on the node.",
  source:
    'https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/connection/15/os_administration/guide/b_15cucosagx/b_14cucosagx_chapter_0101.html — "If tomcat or ipsec is the certificate purpose, select 1024, 2048, 3072, or 4096."',
  applies: (view) => ciscoUcComponent(view) !== undefined,
  check(view, ctx) {
    const hits: RuleHit[] = [];
    const key = view.key;
    if (key?.algorithm === "RSA") {
      if (!RSA_SIZES.includes(key.size)) {
        hits.push({
          severity: "error",
          message: `RSA ${key.size} is not a key length Cisco Unified OS supports: the Generate CSR page offers 1024, 2048, 3072 or 4096 bits (4096 at most). Choose 2048 or more from that list.`,
        });
      } else if (key.size === 1024 && view.caType === "internal") {
        // With a public CA, PKI-KEY-1 already refuses RSA 1024.
        hits.push({
          message:
            "RSA 1024 is accepted by the Generate CSR page but is too weak: choose 2048 or more, with hash algorithm SHA256.",
        });
      }
    }
    const location =
      view.target === "plan" ? own(ctx.plan.certificateOptions, view.id)?.keyLocation : undefined;
    if (location !== undefined && location !== "appliance") {
      hits.push({
        message:
          "The key of a CUCM / IM and Presence / Unity Connection certificate is created by the node's own Generate CSR page (OS Administration > Security > Certificate Management): the node does not import a private key made elsewhere. Generate the CSR on the node and upload the signed certificate there.",
      });
    }
    return hits;
  },
};
