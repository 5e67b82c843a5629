import { sbcNames } from "../../profiles/sbc";
import type { SbcComponent } from "../../types";
import type { PlanRule } from "../rule";

// Cisco, "Configure Local Gateway on Cisco IOS XE for Webex Calling" (help.webex.com/en-us/article/jr1i3r): the page
// itself could NOT be read here. The quotes below are the same text as Cisco's dCloud lab guide for the
// registration-based Local Gateway, which reproduces the configuration guide's steps; confirm them on Cisco's page.
const SOURCE =
  'Cisco, Configure Local Gateway on Cisco IOS XE for Webex Calling (https://help.webex.com/en-us/article/jr1i3r) — "The default trust pool bundle does not include the DigiCert Root CA certificate needed for validating the server-side certificate during TLS connection establishment to Webex. The trustpool bundle must be updated by downloading the latest Cisco Trusted Core Root Bundle" / "The crypto trustpoint is needed for TLS to work even though a local client certificate (i.e. mTLS) is not required for the connection to be set up."';

function lgwComponents(components: readonly { type: string }[]): SbcComponent[] {
  return components.filter(
    (c): c is SbcComponent => c.type === "sbc" && (c as SbcComponent).purpose === "webex-local-gateway",
  );
}

/** What a registration-based Local Gateway must trust to reach Webex Calling, from Cisco's guide. */
export const WEBEX_LGW_TRUST_1: PlanRule = {
  id: "WEBEX-LGW-TRUST-1",
  scope: "plan",
  severity: "info",
  description:
    "Webex Calling Local Gateway (CUBE): the CUBE must trust Cisco's core root bundle, which holds the DigiCert root of the Webex servers; a registration-based Local Gateway presents no client certificate to Webex.",
  source: SOURCE,
  applies: (ctx) => lgwComponents(ctx.plan.components).length > 0,
  check(ctx) {
    return lgwComponents(ctx.plan.components).map((c) => ({
      names: sbcNames(c),
      message:
        `${sbcNames(c).join(", ")}: to register with Webex Calling over TLS the CUBE must trust the DigiCert root of the Webex servers, which the default trust pool lacks: import Cisco's core root bundle (crypto pki trustpool import clean url http://www.cisco.com/security/pki/trs/ios_core.p7b). ` +
        "A registration-based Local Gateway presents no client certificate to Webex; the certificate planned here is the CUBE's own, for the TLS trunks where it is the server (for example from Unified CM) or a certificate-based Local Gateway.",
    }));
  },
};
