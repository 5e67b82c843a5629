// Shared building blocks for certificate profiles. A profile turns one component into one or more
// CertificatePlans; it never reaches into another profile.
import { normalizeName } from "../names";
import { own } from "../own";
import { perPlan } from "../plan-facts";
import type {
  CaType,
  CertificatePlan,
  CertificateProfile,
  Component,
  Eku,
  KeySpec,
  Plan,
  SanEntry,
  SrvRecord,
  SubjectFields,
} from "../types";
import { defaultValidityDays } from "../validity";

export interface ProfileContext {
  plan: Plan;
  /** YYYY-MM-DD */
  issueDate: string;
}

/** Ordered, de-duplicated SAN list: the first name added is the CN; a name added twice keeps all its reasons. */
export class SanList {
  // Most lists hold one or a few names (a Cisco node, a Mediation server): an array is enough, and a map is
  // built only for long lists (a Front End certificate of a 50-domain plan holds ~150 names).
  private readonly list: SanEntry[] = [];
  private byValue: Map<string, SanEntry> | null = null;

  private find(v: string): SanEntry | undefined {
    if (this.byValue) return this.byValue.get(v);
    for (const e of this.list) if (e.value === v) return e;
    return undefined;
  }

  add(value: string, reason: string, type: "dns" | "ip" = "dns"): this {
    const v = normalizeName(value);
    if (v.length === 0) return this;
    const found = this.find(v);
    if (found) {
      if (!found.reasons.includes(reason)) found.reasons.push(reason);
      return this;
    }
    const entry: SanEntry = { type, value: v, reasons: [reason] };
    this.list.push(entry);
    if (this.byValue) this.byValue.set(v, entry);
    else if (this.list.length > 8) this.byValue = new Map(this.list.map((e) => [e.value, e]));
    return this;
  }

  has(value: string): boolean {
    return this.find(normalizeName(value)) !== undefined;
  }

  entries(): SanEntry[] {
    return this.list.slice();
  }
}

/** The plan's Subject fields (O, OU, L, ST, C) that are set, trimmed: the same on every certificate. */
const subjectFields = perPlan((plan: Plan): SubjectFields => {
  const s = plan.subject ?? {};
  const out: SubjectFields = {};
  for (const k of ["O", "OU", "L", "ST", "C"] as const) {
    const v = s[k]?.trim();
    if (v) out[k] = v;
  }
  return out;
});

export function keyUsageFor(key: KeySpec, extra: string[] = []): string[] {
  const base = key.algorithm === "RSA" ? ["digitalSignature", "keyEncipherment"] : ["digitalSignature"];
  for (const e of extra) {
    // keyEncipherment / dataEncipherment are RSA-only usages
    if (key.algorithm !== "RSA" && (e === "keyEncipherment" || e === "dataEncipherment")) continue;
    if (!base.includes(e)) base.push(e);
  }
  return base;
}

export function componentCaType(component: Component, ctx: ProfileContext): CaType {
  return component.caType ?? ctx.plan.defaults?.caType ?? "public";
}

export function componentKey(component: Component, ctx: ProfileContext): KeySpec {
  return component.key ?? ctx.plan.defaults?.key ?? { algorithm: "RSA", size: 2048 };
}

export interface CertificateDraft {
  id: string;
  profile: CertificateProfile;
  title: string;
  cn: string;
  sans: SanList;
  eku: Eku[];
  exportableKey: boolean;
  installOn: string[];
  /** usages beyond the algorithm's base ones, e.g. Cisco's dataEncipherment */
  extraKeyUsage?: string[];
  caType?: CaType;
  notIncluded?: { value: string; reason: string }[];
}

/** Fill in what every certificate shares: the plan's Subject fields, key, CA type, validity. */
export function makeCertificate(
  component: Component,
  ctx: ProfileContext,
  d: CertificateDraft,
): CertificatePlan {
  // choices made for this one certificate on the Keys step / Review step win over the component's
  const options = own(ctx.plan.certificateOptions, d.id);
  const key = options?.key ?? componentKey(component, ctx);
  const caType = options?.caType ?? d.caType ?? componentCaType(component, ctx);
  const subject: CertificatePlan["subject"] = Object.assign(
    { CN: normalizeName(d.cn) },
    subjectFields(ctx.plan),
  );
  // CA/B Forum BR §7.1.2.7.2–7.1.2.7.4: organizationalUnitName "MUST NOT" be in a publicly trusted TLS
  // certificate (ballot SC47v2, from 2022-09-01). The request leaves it out; internal-CA certificates keep it.
  if (caType === "public") delete subject.OU;
  const cert: CertificatePlan = {
    id: d.id,
    componentId: component.id,
    componentType: component.type,
    profile: d.profile,
    title: d.title,
    subject,
    sans: d.sans.entries(),
    eku: d.eku,
    keyUsage: keyUsageFor(key, d.extraKeyUsage),
    key,
    caType,
    validityDays:
      component.validityDays ?? ctx.plan.defaults?.validityDays ?? defaultValidityDays(caType, ctx.issueDate),
    exportableKey: d.exportableKey,
    installOn: uniqueNames(d.installOn),
  };
  if (d.notIncluded && d.notIncluded.length > 0) cert.notIncluded = d.notIncluded;
  // names imported from a deployment's own export say where they came from (the topology file, an API answer)
  if (ctx.plan.origins) {
    for (const s of cert.sans) {
      const from = own(ctx.plan.origins, s.value);
      if (from) s.reasons.push(`from ${from}`);
    }
  }
  if (caType === "public") {
    const publicCa = options?.publicCa ?? ctx.plan.defaults?.publicCa;
    if (publicCa) cert.publicCa = publicCa;
  }
  return cert;
}

function uniqueNames(names: readonly string[]): string[] {
  if (names.length === 1) return [normalizeName(names[0] as string)];
  return [...new Set(names.map(normalizeName))];
}

/** The plan's SRV records by service, and by service and domain (profiles and rules ask per SIP domain: a
 *  50-domain plan asked ~20,000 times over the whole list). */
const srvIndex = perPlan((plan: Plan) => {
  const byService = new Map<string, SrvRecord[]>();
  const byServiceDomain = new Map<string, SrvRecord[]>();
  const push = (m: Map<string, SrvRecord[]>, k: string, r: SrvRecord) => {
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  };
  for (const r of plan.srv ?? []) {
    const service = r.service.toLowerCase();
    push(byService, service, r);
    push(byServiceDomain, `${service} ${normalizeName(r.domain)}`, r);
  }
  return { byService, byServiceDomain };
});

const NONE: readonly SrvRecord[] = [];

/** SRV records of a service ("_sipfederationtls._tcp"), optionally for one (normalised) domain, in plan order.
 *  The result is shared: callers must not mutate it. */
export function srvRecords(plan: Plan, service: string, domain?: string): SrvRecord[] {
  const index = srvIndex(plan);
  const hit =
    domain === undefined ? index.byService.get(service) : index.byServiceDomain.get(`${service} ${domain}`);
  return (hit ?? NONE) as SrvRecord[];
}

export function sipDomains(plan: Plan): string[] {
  return plan.sipDomains.map(normalizeName);
}

export function xmppDomains(plan: Plan): string[] {
  return (plan.xmppDomains ?? []).map(normalizeName);
}
