// Session border controllers (RULES.md section G, rules 85–89): Microsoft Teams Direct Routing, Webex Calling
// Local Gateway (Cisco CUBE) and SIP trunks to a carrier.
//
// Microsoft Learn, "Plan Direct Routing" (MicrosoftDocs/OfficeDocs-SkypeForBusiness, Teams/direct-routing-plan.md,
// ms.date 06/17/2024, the newest version read here), "Public trusted certificate for the SBC":
//   "The certificate needs to have the SBC FQDN as the common name (CN) or the subject alternative name (SAN) field."
//   "Alternatively, Direct Routing supports a wildcard in the CN and/or SAN, and the wildcard needs to conform to
//    standard RFC HTTP Over TLS." / "An example would be using *.contoso.com, which would match the SBC FQDN
//    sbc.contoso.com, but wouldn't match with sbc.test.contoso.com."
//   "Also make sure that the Extended Key Usage (EKU) extension of your certificate includes Server Authentication
//    and Client Authentication." (older versions of the page asked for Server Authentication only: RULES.md E.8)
// Three ways to cover the SBCs (PLAN-FORMAT.md `sbc`):
// - per-sbc: one certificate per SBC, CN = SBC FQDN = the only SAN;
// - shared: one certificate, CN = the first SBC, SANs = every SBC;
// - wildcard: one certificate `*.<domain>` (one label), which covers the SBCs directly under <domain> only.
// Webex Local Gateway and SIP trunks: Server Authentication only. Neither Cisco's Local Gateway guide nor a generic
// carrier states an EKU for the CUBE's own certificate (RULES.md section G: no rule without a source); a carrier that
// demands mutual TLS says so in its own interconnection document.
import { matchesName, normalizeName, parentDomain } from "../names";
import type { CertificatePlan, CertificateProfile, Eku, SbcComponent, SbcPurpose } from "../types";
import { makeCertificate, type ProfileContext, SanList } from "./common";

export const SBC_PURPOSE_LABEL: Record<SbcPurpose, string> = {
  "teams-direct-routing": "Teams Direct Routing SBC",
  "webex-local-gateway": "Webex Calling Local Gateway (CUBE)",
  "sip-trunk": "SIP trunk SBC",
};

const PROFILE: Record<SbcPurpose, CertificateProfile> = {
  "teams-direct-routing": "sbc-teams",
  "webex-local-gateway": "sbc-webex-lgw",
  "sip-trunk": "sbc-sip-trunk",
};

/** The SBC FQDNs, normalised, each once, in plan order. */
export function sbcNames(c: SbcComponent): string[] {
  return [...new Set(c.sbcs.map(normalizeName).filter((n) => n !== ""))];
}

/** The tenant domains, normalised, each once. */
export function sbcTenantDomains(c: SbcComponent): string[] {
  return [...new Set((c.tenantDomains ?? []).map(normalizeName).filter((n) => n !== ""))];
}

/** The wildcard a `wildcard` SBC certificate carries: `*.<parent of the first SBC>`. */
export function sbcWildcard(c: SbcComponent): string | undefined {
  const first = sbcNames(c)[0];
  if (first === undefined) return undefined;
  const parent = parentDomain(first);
  return parent === "" ? undefined : `*.${parent}`;
}

/** Teams asks for Server and Client Authentication (Plan Direct Routing, 2024-06-17); the others serverAuth. */
export function sbcEku(purpose: SbcPurpose): Eku[] {
  return purpose === "teams-direct-routing" ? ["serverAuth", "clientAuth"] : ["serverAuth"];
}

export function planSbc(c: SbcComponent, ctx: ProfileContext): CertificatePlan[] {
  const names = sbcNames(c);
  const mode = c.certificate ?? "per-sbc";
  const label = c.name ?? SBC_PURPOSE_LABEL[c.purpose];
  const profile = PROFILE[c.purpose];
  const eku = sbcEku(c.purpose);
  const withVendor = (cert: CertificatePlan): CertificatePlan => {
    cert.sbcVendor = c.vendor;
    return cert;
  };

  if (mode === "per-sbc") {
    return names.map((fqdn) =>
      withVendor(
        makeCertificate(c, ctx, {
          id: `${c.id}/${fqdn}`,
          profile,
          title: `${label} — ${fqdn}`,
          cn: fqdn,
          sans: new SanList().add(fqdn, `SBC FQDN ${fqdn} (the name paired with the service)`),
          eku: [...eku],
          exportableKey: false,
          installOn: [fqdn],
        }),
      ),
    );
  }

  if (mode === "shared") {
    const cn = names[0] ?? "";
    const sans = new SanList();
    for (const n of names) sans.add(n, `SBC FQDN ${n}`);
    return [
      withVendor(
        makeCertificate(c, ctx, {
          id: c.id,
          profile,
          title: `${label} — ${cn}`,
          cn,
          sans,
          eku: [...eku],
          // one key on every SBC: made once, exported and installed on each
          exportableKey: names.length > 1,
          installOn: names,
        }),
      ),
    ];
  }

  // wildcard: one label, directly under the first SBC's parent domain
  const wildcard = sbcWildcard(c) ?? "";
  const covered = names.filter((n) => matchesName(wildcard, n));
  const notIncluded = names
    .filter((n) => !matchesName(wildcard, n))
    .map((n) => ({
      value: n,
      reason: `not covered by ${wildcard}: a wildcard stands for exactly one label, so it covers only names directly under ${wildcard.slice(2)} (Microsoft's example: *.contoso.com matches sbc.contoso.com, not sbc.test.contoso.com)`,
    }));
  const sans = new SanList().add(
    wildcard,
    covered.length > 0
      ? `wildcard for the SBCs directly under ${wildcard.slice(2)}: ${covered.join(", ")}`
      : `wildcard for the SBCs directly under ${wildcard.slice(2)}`,
  );
  return [
    withVendor(
      makeCertificate(c, ctx, {
        id: c.id,
        profile,
        title: `${label} — ${wildcard}`,
        cn: wildcard,
        sans,
        eku: [...eku],
        exportableKey: names.length > 1,
        installOn: names,
        notIncluded,
      }),
    ),
  ];
}
