// DNS records that let a public CA validate the plan's domains without a person at every renewal, as zone-file
// lines (RFC 1035 master file) and as Windows DNS Server PowerShell lines.
//
// 1. The persistent record (BR §3.2.2.4.22, ballot SC-088; BR v2.2.6 read 2026-12-07 from github.com/cabforum/
//    servercert docs/BR.md): "The record MUST be placed at the "_validation-persist" label prepended to the
//    Authorization Domain Name being validated"; its RDATA follows the issue-value syntax of RFC 8659 §4.2 with
//    "an accounturi parameter … identifying the account of the Applicant", e.g.
//    `_validation-persist.example.com IN TXT "authority.example; accounturi=https://authority.example/acct/123; persistUntil=1782424856"`.
//    It is created once; the BR caps the reuse of such a validation at 10 days, which the CA re-checks itself.
//    Let's Encrypt's announcement of DNS-PERSIST-01 (letsencrypt.org/2026/02/18/dns-persist-01) gives its issuer
//    domain name, "letsencrypt.org", and "Adding policy=wildcard broadens the authorization scope to include the
//    validated FQDN, wildcard certificates such as *.example.com, and subdomains": one record per registrable
//    domain then covers every host name of the plan below it.
// 2. ACME DNS-01 delegation: a CNAME from `_acme-challenge.<name>` (RFC 8555 §8.4: "The client constructs the
//    validation domain name by prepending the label "_acme-challenge" to the domain name being validated, then
//    provisions a TXT record with the digest value under that name") to a zone that the ACME client may update,
//    so the main zone's credentials stay out of the renewal job. One per host name (a wildcard is validated at
//    its base name).
//
// PowerShell: Add-DnsServerResourceRecord (Windows Server DnsServer module), parameter sets "Txt"
// (-DescriptiveText) and "CName" (-HostNameAlias); the zone is taken to be the registrable domain.
import { psQuote } from "../artifacts/sfb-shell";
import { assertNoControlChar } from "../domain/control-chars";
import type { PublicCa } from "../domain/types";

/** Issuer domain names that a CA itself publishes for the persistent record. */
const ISSUER_DOMAIN: Partial<Record<PublicCa, string>> = { letsencrypt: "letsencrypt.org" };

export const ISSUER_PLACEHOLDER = "ISSUER-DOMAIN-FROM-YOUR-CA";
export const ACCOUNT_PLACEHOLDER = "ACCOUNT-URI-FROM-YOUR-CA";

export interface PersistOptions {
  publicCa?: PublicCa;
  /** the CA's issuer domain name, when known to the admin */
  issuerDomain?: string;
  /** the ACME account (or CA account) URI */
  accountUri?: string;
}

export interface DnsRecordSet {
  /** the DNS zone the lines belong to (the registrable domain) */
  zone: string;
  /** master-file lines with absolute owner names */
  zoneLines: string[];
  /** one Add-DnsServerResourceRecord line each */
  powershell: string[];
}

/** A TXT RDATA as master-file character-strings of at most 255 octets each (RFC 1035 §3.3.14). */
function txtStrings(text: string): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length !== text.length) throw new Error("A TXT value here is ASCII only");
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += 255) parts.push(text.slice(i, i + 255));
  return parts.map((p) => `"${p.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(" ");
}

function checkName(name: string): string {
  assertNoControlChar(name, "A DNS name");
  if (!/^[a-z0-9.-]+$/i.test(name)) throw new Error(`"${name}" is not an ASCII host name`);
  return name.toLowerCase().replace(/\.$/, "");
}

/** The issue-value of the persistent record, with placeholders for what only the CA can tell. */
export function persistValue(options: PersistOptions): string {
  const issuer = options.issuerDomain ?? (options.publicCa ? ISSUER_DOMAIN[options.publicCa] : undefined);
  const value = `${issuer ?? ISSUER_PLACEHOLDER}; accounturi=${options.accountUri ?? ACCOUNT_PLACEHOLDER}; policy=wildcard`;
  assertNoControlChar(value, "The validation record");
  return value;
}

/** One `_validation-persist` TXT record per registrable domain. */
export function persistentValidationRecords(
  domains: readonly string[],
  options: PersistOptions,
): DnsRecordSet[] {
  const value = persistValue(options);
  return [...new Set(domains.map(checkName))].map((zone) => ({
    zone,
    zoneLines: [`_validation-persist.${zone}. 3600 IN TXT ${txtStrings(value)}`],
    powershell: [
      `Add-DnsServerResourceRecord -ZoneName ${psQuote(zone)} -Name "_validation-persist" -Txt -DescriptiveText ${psQuote(value)}`,
    ],
  }));
}

/** The owner name, relative to the zone, of a name inside it ("" for the apex). */
function relative(name: string, zone: string): string {
  return name === zone ? "" : name.slice(0, -(zone.length + 1));
}

/**
 * `_acme-challenge` CNAMEs for every host name, grouped by registrable domain, pointing into `validationZone`
 * (default: `acme.<registrable domain>`, a sub-zone delegated to a DNS server the ACME client may update).
 */
export function acmeDelegationRecords(
  names: readonly { name: string; zone: string }[],
  validationZone?: (zone: string) => string,
): DnsRecordSet[] {
  const byZone = new Map<string, Set<string>>();
  for (const { name, zone } of names) {
    const base = checkName(name.replace(/^\*\./, ""));
    const z = checkName(zone);
    if (base !== z && !base.endsWith(`.${z}`)) throw new Error(`${name} is not in ${zone}`);
    const set = byZone.get(z) ?? new Set<string>();
    set.add(base);
    byZone.set(z, set);
  }
  return [...byZone].map(([zone, set]) => {
    const target = checkName(validationZone?.(zone) ?? `acme.${zone}`);
    const hosts = [...set].sort();
    return {
      zone,
      zoneLines: hosts.map((h) => `_acme-challenge.${h}. 3600 IN CNAME ${h}.${target}.`),
      powershell: hosts.map((h) => {
        const rel = relative(h, zone);
        const owner = rel ? `_acme-challenge.${rel}` : "_acme-challenge";
        return `Add-DnsServerResourceRecord -ZoneName ${psQuote(zone)} -Name ${psQuote(owner)} -CName -HostNameAlias ${psQuote(`${h}.${target}`)}`;
      }),
    };
  });
}
