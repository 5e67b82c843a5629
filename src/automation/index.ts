// "Automate renewals": per planned certificate, what renews it automatically today and the exact settings or
// script with the planned names, or — where nothing does — the least manual path. Pure TypeScript (no DOM),
// loaded lazily with its panel. Sources: ./sources.ts.
import { SFB_CERT_TYPES } from "../artifacts/sfb-shell";
import type { CertificatePlan, Plan } from "../domain/types";
import { ciscoAutomation } from "./cisco";
import { expresswayAutomation } from "./expressway";
import { pexipAutomation } from "./pexip";
import { sfbAutomation } from "./sfb";
import type { Automation } from "./types";

export type { Automation, AutomationLevel, AutomationScript, AutomationSetting } from "./types";

function manual(platform: string, summary: string, steps: string[]): Automation {
  return {
    level: "manual",
    platform,
    summary,
    settings: [],
    steps,
    scripts: [],
    notes: [],
    unconfirmed: [],
    sources: [],
  };
}

/** The renewal hand-off for one certificate. Throws (as every writer does) when a plan value holds a control
 *  character: such a value is never written into a script. */
export function automation(cert: CertificatePlan, plan: Plan): Automation {
  if (cert.profile === "tls-client")
    return manual(
      "Client certificate",
      "A node's own client certificate comes from your private CA (public CAs no longer issue the Client Authentication EKU): no ACME CA renews it.",
      [
        "Least manual path: your internal CA's renewal (for example its own enrollment service or ACME server, if it has one) on the renewal calendar's dates, then upload it to the node's client certificate store.",
      ],
    );
  if (cert.profile === "expressway-c" || cert.profile === "expressway-e")
    return expresswayAutomation(cert, plan);
  if (SFB_CERT_TYPES[cert.profile]) return sfbAutomation(cert, plan);
  if (cert.profile === "pexip-public-dmz" || cert.profile === "pexip-on-prem")
    return pexipAutomation(cert, plan);
  if (cert.componentType === "cisco-uc") return ciscoAutomation(cert, plan);
  if (cert.profile === "sfb-reverse-proxy")
    return manual(
      "Reverse proxy",
      "The reverse proxy is not a Skype for Business server; whether it renews by itself depends on the product.",
      [
        "Least manual path: use the ACME client your reverse proxy supports (many have one built in) with the planned names; Set-CsCertificate does not apply here.",
      ],
    );
  if (cert.componentType === "sbc")
    return manual(
      "Session border controller",
      cert.sbcVendor === "anynode"
        ? "anynode has a built-in ACME client (HTTP-01 on port 80) that can renew this certificate itself; SAN Planner writes no script for it."
        : "Nothing here renews an SBC certificate: it is renewed on the SBC's own certificate page.",
      [
        cert.sbcVendor === "anynode"
          ? "Least manual path: anynode's ACME client with the planned names, port 80 reachable from the CA on the SBC's address while it validates. It cannot validate a wildcard, and an ACME CA that no longer issues Client Authentication does not meet Microsoft's Teams Direct Routing page of June 17, 2024."
          : "Least manual path: on the renewal calendar's dates, a new request on the SBC's certificate page (the CSR fields of Keys and CSRs), then the signed certificate on the same page; with Teams Direct Routing, check the TLS connectivity status in the Teams admin center afterwards.",
      ],
    );
  if (cert.profile === "sfb-sba")
    return manual(
      "Survivable Branch Appliance",
      "A Survivable Branch Appliance is managed through its vendor's tools: nothing here renews it.",
      ["Least manual path: the appliance vendor's certificate page, when the renewal calendar says."],
    );
  return manual("Server", "Nothing in the plan says how this server renews certificates.", [
    "Least manual path: an ACME client on the server (certbot, Posh-ACME, win-acme) with the planned names, if its CA offers ACME.",
  ]);
}
