import type { ComponentType } from "../../types";
import { maxPublicValidityDays } from "../../validity";
import { existingViews } from "../engine";
import type { PlanRule, RuleHit } from "../rule";
import { listNames } from "./shared";

/** The dates on which the SC-081 limit steps down (BR v2.2.6 §6.3.2); the days come from validity.ts. */
const STEPS = ["2026-03-15", "2027-03-15", "2029-03-15"];

/** Platforms whose certificates are installed by hand (CSR, upload / import, assign, restart), for the
 *  renewal-cadence hint. A `custom` certificate may live anywhere (an ACME-capable web server), so it is left out. */
const MANUAL_PLATFORMS: Partial<Record<ComponentType, string>> = {
  "sfb-edge": "Skype for Business / Lync",
  "sfb-pool": "Skype for Business / Lync",
  "sfb-reverse-proxy": "Skype for Business / Lync",
  "sfb-mediation": "Skype for Business / Lync",
  "sfb-sba": "Skype for Business / Lync",
  pexip: "Pexip Infinity",
  "cisco-uc": "Cisco Unified CM / Unity Connection",
  expressway: "Cisco Expressway",
};

export const PKI_VALIDITY_1: PlanRule = {
  id: "PKI-VALIDITY-1",
  scope: "plan",
  severity: "error",
  description:
    "A public-CA certificate may not be valid longer than the CA/Browser Forum limit for its issue date " +
    "(398 / 200 / 100 / 47 days).",
  source:
    "CA/Browser Forum Baseline Requirements v2.2.6 §6.3.2, ballot SC-081 (https://cabforum.org/baseline-requirements/) — " +
    '"Subscriber Certificates issued on or after 2026-03-15 and before 2027-03-15 ... MUST NOT have a Validity ' +
    'Period greater than 200 days."',
  applies: () => true,
  check(ctx) {
    const date = ctx.issueDate;
    const max = maxPublicValidityDays(date);
    const hits: RuleHit[] = [];

    for (const cert of ctx.certificates) {
      if (cert.caType !== "public" || cert.validityDays <= max) continue;
      hits.push({
        certificate: cert.id,
        target: "plan",
        names: [cert.subject.CN],
        message:
          `The requested validity of ${cert.validityDays} days is longer than the ${max} days a public CA may issue ` +
          `on ${date} (CA/Browser Forum BR §6.3.2, ballot SC-081): the CA will refuse the request or cut the ` +
          `certificate short. Request at most ${max} days (${max - 1} leaves room for the CA's rounding).`,
      });
    }

    // An existing certificate's validity is judged against the plan's issue date: its renewal cannot keep it.
    for (const view of existingViews(ctx.plan, ctx)) {
      if (view.caType !== "public" || view.validityDays === undefined || view.validityDays <= max) continue;
      hits.push({
        certificate: view.id,
        target: "existing",
        severity: "warning",
        names: [view.subjectCN],
        message:
          `The existing certificate is valid for ${view.validityDays} days; a renewal issued by a public CA on ` +
          `${date} can be valid for at most ${max} days (CA/Browser Forum BR §6.3.2, ballot SC-081), so it ` +
          "has to be renewed more often than before. Plan the renewal dates accordingly.",
      });
    }

    // Renewal cadence: once per plan, for the appliance / server platforms where certificates are installed by hand.
    if (max <= 200) {
      const manual = ctx.certificates.filter(
        (c) => c.caType === "public" && MANUAL_PLATFORMS[c.componentType],
      );
      if (manual.length > 0) {
        const platforms = [...new Set(manual.map((c) => MANUAL_PLATFORMS[c.componentType] as string))];
        const next = STEPS.find((s) => s > date);
        const later = next ? `, and from ${next} at most ${maxPublicValidityDays(next)} days` : "";
        hits.push({
          severity: "info",
          target: "plan",
          names: manual.map((c) => c.subject.CN),
          message:
            `Public CAs issue TLS certificates for at most ${max} days from ${date}${later}. The ${manual.length} ` +
            `public ${manual.length === 1 ? "certificate" : "certificates"} for ${listNames(platforms)} in this ` +
            "plan are usually requested, uploaded and assigned by hand (and each shared certificate on every " +
            `server or node), so that work comes round at least every ${max} days. Put the renewal dates in ` +
            "the calendar with a few weeks' margin, automate where the platform allows it, or use an internal CA " +
            "for certificates that no federation partner or external client needs to trust.",
        });
      }
    }
    return hits;
  },
};
