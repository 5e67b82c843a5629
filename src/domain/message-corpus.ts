// A corpus of plans that makes the rules speak: every preset, on both sides of the dates that change findings,
// with each public CA, each validation level and method, and with "existing" certificates that carry the faults
// the rules look for. Used by the test that reads every message as an admin would (messages.test.ts) and by
// `npm run messages`. Not imported by the app.
import { planCertificates } from "./plan";
import { PRESETS } from "./presets";
import { RULES } from "./rules";
import type { CertificatePlan, ExistingCertificate, Finding, KeySpec, Plan } from "./types";
import { PUBLIC_CAS } from "./types";

/** Issue dates on both sides of every date boundary the rules know. */
export const CORPUS_DATES = ["2026-06-14", "2026-12-07", "2027-03-15", "2028-03-15", "2029-03-15"] as const;

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Existing certificates that break many rules at once: weak key, long validity, wildcard, IP and internal
 *  names, an OU, clientAuth, a changed CN and a missing name. */
function faultyExisting(certs: CertificatePlan[]): ExistingCertificate[] {
  const out: ExistingCertificate[] = [];
  for (const c of certs) {
    const names = c.sans.map((s) => s.value);
    const [first = "host.contoso.com", ...rest] = names;
    const weak: KeySpec = { algorithm: "RSA", size: 1024 };
    out.push({
      certificate: c.id,
      subjectCN: `*.${first.split(".").slice(1).join(".") || "contoso.com"}`,
      sans: [
        ...rest.slice(0, Math.max(0, rest.length - 1)),
        `*.${first.split(".").slice(1).join(".") || "contoso.com"}`,
        "10.0.0.5",
        "server01.contoso.local",
        "under_score.contoso.com",
        "xn--80ak6aa92e.com",
        "single",
      ],
      eku: ["1.3.6.1.5.5.7.3.2"],
      key: weak,
      validityDays: 825,
      exportableKey: false,
      caType: "public",
      subjectOU: "IT",
      kind: "certificate",
      notBefore: "2025-01-01T00:00:00Z",
      notAfter: "2027-04-05T00:00:00Z",
      issuer: "CN=Example Issuing CA",
    });
    out.push({
      certificate: c.id,
      subjectCN: first,
      sans: [first],
      eku: ["serverAuth", "clientAuth"],
      key: { algorithm: "ECDSA", curve: "P-521" },
      caType: "internal",
      kind: "csr",
    });
  }
  return out;
}

/** Every variant of every preset the corpus renders. */
export function corpusPlans(): { label: string; plan: Plan }[] {
  const out: { label: string; plan: Plan }[] = [];
  for (const preset of PRESETS) {
    const base = preset.plan();
    for (const date of CORPUS_DATES) {
      for (const caType of ["public", "internal"] as const) {
        const plan = clone(base);
        plan.issueDate = date;
        plan.defaults = { ...plan.defaults, caType };
        out.push({ label: `${preset.label}, ${caType} CA, ${date}`, plan });
      }
      for (const publicCa of PUBLIC_CAS) {
        const plan = clone(base);
        plan.issueDate = date;
        plan.defaults = { ...plan.defaults, caType: "public", publicCa, validationLevel: "DV" };
        out.push({ label: `${preset.label}, ${publicCa}, DV, ${date}`, plan });
      }
      for (const validationMethod of ["email", "phone"] as const) {
        const plan = clone(base);
        plan.issueDate = date;
        plan.defaults = { ...plan.defaults, caType: "public", validationMethod, validationLevel: "EV" };
        out.push({ label: `${preset.label}, ${validationMethod} validation, ${date}`, plan });
      }
    }
    // the faults: an OU, public IM connectivity, Lync Phone Edition, strict DNS naming, wildcard simple URLs,
    // weak and unusual keys, long validity, and faulty existing certificates
    const faulty = clone(base);
    faulty.issueDate = "2027-03-15";
    faulty.subject = { ...faulty.subject, O: "Contoso & Co (R&D)", OU: "IT / UC", C: "UK" };
    faulty.clients = { lyncPhoneEdition: true, strictDnsNaming: true };
    faulty.sfb = { ...faulty.sfb, version: "sfb-2019", wildcardSimpleUrls: true, mobility: true };
    faulty.defaults = {
      ...faulty.defaults,
      caType: "public",
      key: { algorithm: "RSA", size: 1024 },
      validityDays: 800,
    };
    faulty.xmppDomains = ["contoso.com"];
    faulty.components = faulty.components.map((c) => {
      if (c.type === "sfb-edge") return { ...c, publicImConnectivity: true, servers: ["edge01.contoso.net"] };
      if (c.type === "expressway") return { ...c, aliases: [...(c.aliases ?? []), "*.contoso.com"] };
      return c;
    });
    const planned = planCertificates(faulty).certificates;
    faulty.existing = faultyExisting(planned);
    out.push({ label: `${preset.label}, faults`, plan: faulty });
    const internalFaulty = clone(faulty);
    internalFaulty.defaults = { ...internalFaulty.defaults, caType: "internal" };
    out.push({ label: `${preset.label}, faults, internal CA`, plan: internalFaulty });
    // split server and client certificates (Expressway X15.5, Cisco FN74345), with XMPP federation
    if (base.components.some((c) => c.type === "expressway" || c.type === "cisco-uc")) {
      const split = clone(base);
      split.issueDate = "2027-03-15";
      split.xmppDomains = ["contoso.com"];
      split.components = split.components.map((c) =>
        c.type === "expressway" || c.type === "cisco-uc" ? { ...c, clientCertificate: "separate" } : c,
      );
      out.push({ label: `${preset.label}, separate client certificates`, plan: split });
    }
  }
  return out;
}

export interface RenderedMessage {
  rule: string;
  severity: Finding["severity"];
  message: string;
  source: string;
  /** the first corpus plan that showed it */
  plan: string;
}

/** Every distinct finding message the corpus produces, and the user-facing reasons the profiles give. */
export function renderCorpus(): { messages: RenderedMessage[]; reasons: string[]; rulesFired: Set<string> } {
  const seen = new Map<string, RenderedMessage>();
  const reasons = new Set<string>();
  const rulesFired = new Set<string>();
  for (const { label, plan } of corpusPlans()) {
    const result = planCertificates(plan);
    for (const c of result.certificates) {
      for (const s of c.sans) for (const r of s.reasons) reasons.add(r);
      for (const n of c.notIncluded ?? []) reasons.add(n.reason);
    }
    for (const f of result.findings) {
      rulesFired.add(f.rule);
      const key = `${f.rule}\u0000${f.message}\u0000${f.source}`;
      if (!seen.has(key))
        seen.set(key, {
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          source: f.source,
          plan: label,
        });
    }
  }
  return { messages: [...seen.values()], reasons: [...reasons], rulesFired };
}

/** The rules' own texts (shown in "About this rule"). */
export function ruleTexts(): { id: string; description: string; source: string }[] {
  return RULES.map((r) => ({ id: r.id, description: r.description, source: r.source }));
}
