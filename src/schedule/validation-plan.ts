// The domain-validation plan (issue 13 §2): for every certificate a public CA issues, the registrable domains
// the CA must validate, how long one validation may be reused on the issue date, the methods that remain, and
// the DNS records to create once so that renewals need no person at the DNS console.
//
// Sources, read 2026-12-07 from github.com/cabforum/servercert docs/BR.md (BR v2.2.6, 31-March-2026):
// - §4.2.1, "Table: Domain Name and IP Address validation data reuse periods" (ballot SC-081): 398 days before
//   2026-03-15, 200 days from 2026-03-15, 100 days from 2027-03-15, 10 days from 2029-03-15 (validity.ts).
// - §3.2.2.4: "the CA has validated each Fully-Qualified Domain Name (FQDN) listed in the Certificate"; each
//   method's "Note" says whether it "is suitable for validating Wildcard Domain Names" (§3.2.2.4.7 DNS Change,
//   .21 dns-account-01, .22 persistent record: suitable; .18 website, .19 ACME http-01, .20 tls-alpn-01: "NOT
//   suitable for validating Wildcard Domain Names", and each FQDN is validated on its own).
// - §3.2.2.4.22 (ballot SC-088): "CAs MUST consider 10 days as the maximum validation data reuse period for
//   validations completed using this method" — the CA re-reads the record, which stays in place.
// The records themselves: validation-records.ts.

import { longDate, methodsAllowedOn, PUBLIC_CA_LABEL, VALIDATION_METHOD_INFO } from "../domain/public-ca";
import { registrableDomainOf } from "../domain/public-suffix";
import type { CertificatePlan, Plan, PublicCa, ValidationMethod } from "../domain/types";
import { domainValidationReuseDays, PERSISTENT_RECORD_REUSE_DAYS } from "../domain/validity";
import { acmeDelegationRecords, type DnsRecordSet, persistentValidationRecords } from "./validation-records";

export const BR_URL = "https://github.com/cabforum/servercert/blob/main/docs/BR.md";

/** The citations the UI shows: section, link, and the words of the Baseline Requirements. */
export const VALIDATION_SOURCES = [
  {
    section: "Baseline Requirements §4.2.1",
    url: `${BR_URL}#421-performing-identification-and-authentication-functions`,
    quote:
      "For validation of Domain Names and IP Addresses according to Section 3.2.2.4 and Section 3.2.2.5, any " +
      "data, document, or completed validation used MUST be obtained within the maximum number of days prior " +
      "to issuing the Certificate … 2026-03-15: 200 days; 2027-03-15: 100 days; 2029-03-15: 10 days.",
  },
  {
    section: "Baseline Requirements §3.2.2.4",
    url: `${BR_URL}#3224-validation-of-domain-authorization-or-control`,
    quote:
      "The CA SHALL confirm that prior to issuance, the CA has validated each Fully-Qualified Domain Name (FQDN) " +
      "listed in the Certificate",
  },
  {
    section: "Baseline Requirements §3.2.2.4.22",
    url: `${BR_URL}#322422-dns-txt-record-with-persistent-value`,
    quote:
      'The record MUST be placed at the "_validation-persist" label prepended to the Authorization Domain Name ' +
      "being validated … CAs MUST consider 10 days as the maximum validation data reuse period for validations " +
      "completed using this method.",
  },
  {
    section: "RFC 8555 §8.4 (ACME DNS challenge)",
    url: "https://www.rfc-editor.org/rfc/rfc8555#section-8.4",
    quote:
      'The client constructs the validation domain name by prepending the label "_acme-challenge" to the domain ' +
      "name being validated, then provisions a TXT record with the digest value under that name.",
  },
] as const;

/** Methods whose BR note says "This method is NOT suitable for validating Wildcard Domain Names". */
const NOT_FOR_WILDCARDS: ReadonlySet<ValidationMethod> = new Set(["http-file", "acme-http", "tls-alpn"]);

export interface MethodOnDate {
  method: ValidationMethod;
  label: string;
  /** in the admin's words: wildcards, ending dates, reuse */
  note: string;
  /** usable for every name of the certificates (no wildcard blocks it) */
  usable: boolean;
}

export interface CertificateValidation {
  certificateId: string;
  title: string;
  publicCa?: string;
  /** registrable domains whose control the CA validates, sorted */
  domains: string[];
  /** DNS names that have no registrable domain (internal names): a public CA cannot validate them */
  unvalidatable: string[];
  /** the certificate has a wildcard name */
  wildcard: boolean;
}

export interface DomainValidationPlan {
  issueDate: string;
  /** BR §4.2.1 on the issue date */
  reuseDays: number;
  /** one sentence: what the reuse window means for renewals */
  reuseText: string;
  methods: MethodOnDate[];
  /** methods the plan could name that a CA may no longer use on the issue date */
  ended: { method: ValidationMethod; label: string; endedOn: string }[];
  certificates: CertificateValidation[];
  /** every registrable domain of every public certificate, sorted */
  domains: string[];
  persistent: DnsRecordSet[];
  acme: DnsRecordSet[];
  /** all zone-file lines, grouped by zone with a comment line each */
  zoneFile: string;
  /** all PowerShell lines, one command a line */
  powershell: string;
  /** names for which no record could be written, with why */
  skipped: { name: string; reason: string }[];
}

function methodNote(m: ValidationMethod): string {
  const info = VALIDATION_METHOD_INFO[m];
  const parts: string[] = [];
  if (m === "dns-persistent")
    parts.push(
      `created once; the CA re-checks it itself, a validation counting for ${PERSISTENT_RECORD_REUSE_DAYS} days`,
    );
  if (m === "dns-change" || m === "acme-dns-account")
    parts.push("a new value from the CA for each validation; covers names below the validated one");
  if (NOT_FOR_WILDCARDS.has(m)) parts.push("not for wildcard names; every host name is validated on its own");
  if (info.endsOn)
    parts.push(
      `discouraged since ${longDate(info.discouragedFrom ?? info.endsOn)}; the CA may not rely on it from ${longDate(info.endsOn)}`,
    );
  return parts.join("; ");
}

/**
 * The domain-validation plan of the plan's public certificates on its issue date (`today` when it has none);
 * null when no certificate goes to a public CA.
 */
export function domainValidationPlan(
  plan: Plan,
  certificates: readonly CertificatePlan[],
  today: string,
): DomainValidationPlan | null {
  const publicCerts = certificates.filter((c) => c.caType === "public");
  if (publicCerts.length === 0) return null;
  const issueDate = plan.issueDate ?? today;
  const reuseDays = domainValidationReuseDays(issueDate);

  const certs: CertificateValidation[] = [];
  const hostsByZone = new Map<string, Set<string>>();
  const skipped = new Map<string, string>();
  for (const c of publicCerts) {
    const domains = new Set<string>();
    const unvalidatable: string[] = [];
    let wildcard = false;
    for (const s of c.sans) {
      if (s.type !== "dns") continue;
      if (s.value.startsWith("*.")) wildcard = true;
      const zone = registrableDomainOf(s.value);
      if (!zone) {
        unvalidatable.push(s.value);
        skipped.set(s.value, "no registrable domain: a public CA cannot validate it");
        continue;
      }
      domains.add(zone);
      const set = hostsByZone.get(zone) ?? new Set<string>();
      set.add(s.value);
      hostsByZone.set(zone, set);
    }
    const publicCa: PublicCa | undefined = c.publicCa ?? plan.defaults?.publicCa;
    certs.push({
      certificateId: c.id,
      title: c.title,
      ...(publicCa ? { publicCa: PUBLIC_CA_LABEL[publicCa] } : {}),
      domains: [...domains].sort(),
      unvalidatable,
      wildcard,
    });
  }

  const anyWildcard = certs.some((c) => c.wildcard);
  const allowed = methodsAllowedOn(issueDate);
  const methods: MethodOnDate[] = allowed.map((m) => ({
    method: m,
    label: VALIDATION_METHOD_INFO[m].label,
    note: methodNote(m),
    usable: !(anyWildcard && NOT_FOR_WILDCARDS.has(m)),
  }));
  const ended = (Object.keys(VALIDATION_METHOD_INFO) as ValidationMethod[])
    .filter((m) => !allowed.includes(m))
    .map((m) => ({
      method: m,
      label: VALIDATION_METHOD_INFO[m].label,
      endedOn: VALIDATION_METHOD_INFO[m].endsOn as string,
    }));

  const domains = [...hostsByZone.keys()].sort();
  // One CA for the persistent record: the plan's, when every public certificate names the same one.
  const cas = new Set(publicCerts.map((c) => c.publicCa ?? plan.defaults?.publicCa));
  const onlyCa = cas.size === 1 ? [...cas][0] : undefined;
  const persistent = persistentValidationRecords(domains, onlyCa ? { publicCa: onlyCa } : {});
  const names: { name: string; zone: string }[] = [];
  for (const [zone, set] of [...hostsByZone].sort(([a], [b]) => (a < b ? -1 : 1)))
    for (const name of set) {
      // The record writers take ASCII host names only (A-labels); a name the plan holds otherwise is listed.
      if (/^(\*\.)?[a-z0-9.-]+$/.test(name)) names.push({ name, zone });
      else skipped.set(name, "not an ASCII host name");
    }
  const acme = acmeDelegationRecords(names);

  const zoneFile = [
    ...persistent.flatMap((s) => [`; zone ${s.zone}: persistent validation record`, ...s.zoneLines]),
    ...acme.flatMap((s) => [`; zone ${s.zone}: ACME DNS-01 delegation`, ...s.zoneLines]),
    "",
  ].join("\n");
  const powershell = [
    "# Windows DNS Server (DnsServer module): run on a DNS server that hosts the zones",
    ...persistent.flatMap((s) => s.powershell),
    ...acme.flatMap((s) => s.powershell),
    "",
  ].join("\r\n");

  const reuseText =
    `A public CA may reuse a domain validation for ${reuseDays} days before it issues a certificate on ` +
    `${longDate(issueDate)}: ${
      reuseDays <= PERSISTENT_RECORD_REUSE_DAYS
        ? "in practice every order is validated again, so a record the CA can re-read on its own is what keeps renewals unattended"
        : "a renewal after that needs a fresh validation of every domain"
    }.`;

  return {
    issueDate,
    reuseDays,
    reuseText,
    methods,
    ended,
    certificates: certs,
    domains,
    persistent,
    acme,
    zoneFile,
    powershell,
    skipped: [...skipped].map(([name, reason]) => ({ name, reason })),
  };
}
