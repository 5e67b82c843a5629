import type { CertificateRule } from "../rule";
import { covered, expresswayComponent, listNames } from "./util";

export const EXPWY_RENEW_1: CertificateRule = {
  id: "EXPWY-RENEW-1",
  scope: "certificate",
  severity: "warning",
  description:
    "A new Expressway certificate (all existing SANs plus the new names) is needed when peers, chat node aliases, domains or phone security profiles change.",
  source:
    'Cisco Chat and Presence Federation Using Expressway X14.0.2 — "You must produce a new Expressway-E certificate if new chat node aliases are added to the system, or if the Unified CM or XMPP federation domains are modified."; X15.5 — "It is essential to generate Certificate Signing Request (CSR) for the new node while adding a new Expressway-C node to an existing cluster"',
  applies: (view) =>
    view.target === "existing" && expresswayComponent(view) !== undefined && view.planned !== undefined,
  check(view) {
    const planned = view.planned;
    const c = expresswayComponent(view);
    if (!planned || !c) return [];
    const missing = planned.sans.map((s) => s.value).filter((n) => !covered(view, n));
    if (missing.length === 0) return [];
    const role = c.role === "e" ? "Expressway-E" : "Expressway-C";
    return [
      {
        message: `The existing ${role} certificate lacks ${listNames(missing)}, now part of the plan. Request a new certificate with all ${view.sans.length} names of the current one plus ${missing.length > 1 ? "these" : "this one"}, install it on every peer and restart the ${role} for it to take effect.`,
        names: missing,
      },
    ];
  },
};
