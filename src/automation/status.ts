// One line per certificate for the worksheet: does it renew by itself, by a script, or by hand. Kept apart from
// the generators (no script is written here), so the worksheet stays light; automation.test.ts checks that this
// line and the panel's hand-off (index.ts) always agree.
import type { CertificatePlan } from "../domain/types";
import type { AutomationLevel } from "./types";

const SFB_ASSIGNED = new Set([
  "sfb-edge-external",
  "sfb-edge-internal",
  "sfb-front-end",
  "sfb-standard-edition",
  "sfb-director",
  "sfb-mediation",
]);

export function automationLevel(
  cert: Pick<CertificatePlan, "profile" | "caType" | "componentType">,
): AutomationLevel {
  const pub = cert.caType === "public";
  if (cert.profile === "tls-client") return "manual";
  if (cert.profile === "expressway-e") return pub ? "automatic" : "manual";
  if (cert.profile === "expressway-c") return "manual";
  if (SFB_ASSIGNED.has(cert.profile)) return pub ? "scripted" : "manual";
  if (cert.profile === "pexip-public-dmz" || cert.profile === "pexip-on-prem")
    return pub ? "scripted" : "manual";
  if (cert.componentType === "cisco-uc") return "scripted";
  return "manual";
}

export const LEVEL_TEXT: Record<AutomationLevel, string> = {
  automatic: "Automatic: the platform's own ACME client renews it",
  scripted: "Scripted: the renewal script from SAN Planner's Automate renewals",
  manual: "Manual: renewed by hand on the renewal calendar's dates",
};

export function automationLine(cert: Pick<CertificatePlan, "profile" | "caType" | "componentType">): string {
  return LEVEL_TEXT[automationLevel(cert)];
}
