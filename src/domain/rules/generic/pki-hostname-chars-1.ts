import { fqdnProblem, ipVersion, isIdn } from "../../names";
import type { CertificateRule, RuleHit } from "../rule";
import { canonicalName, dnsNames, isSfb, listNames, plural } from "./shared";

/** Why a DNS name of a certificate is not a valid host name, or null. A "*" stands in for one letter here:
 *  where and how a wildcard may appear is TLS-RFC9525-1's question, not this rule's. */
export function hostnameProblem(name: string): string | null {
  let problem = problems.get(name);
  if (problem === undefined) {
    if (problems.size > 100_000) problems.clear();
    problem = fqdnProblem(canonicalName(name).replace(/\*/g, "a"));
    problems.set(name, problem);
  }
  return problem;
}
// the same names recur on hundreds of certificates of a large plan
const problems = new Map<string, string | null>();

export const PKI_HOSTNAME_CHARS_1: CertificateRule = {
  id: "PKI-HOSTNAME-CHARS-1",
  scope: "certificate",
  severity: "error",
  description:
    "Host names are FQDNs of letters, digits and hyphens (no underscores, no short names; no IDNs on Lync/SfB).",
  source:
    "Skype for Business Server environmental requirements " +
    "(https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/environmental-requirements) — " +
    '"And definitely don\'t use Unicode characters or underscores." / "Skype for Business Server 2015 doesn\'t ' +
    'support internationalized domain names (IDNs)."; RFC 1123 §2.1 host name syntax.',
  applies: () => true,
  check(view) {
    const hits: RuleHit[] = [];
    const cn = view.subjectCN.trim();
    const where = (name: string) => (name === cn ? "subject CN" : "SAN");
    for (const name of dnsNames(view)) {
      if (ipVersion(name) !== null) {
        // only a dNSName SAN can get here: an IP-address CN is an IP identity (PKI-IP-SAN-1)
        hits.push({
          names: [name],
          message:
            `The DNS-name SAN ${name} is an IP address: no client matches an address written as a DNS name. ` +
            "List it as an IP-address SAN, or better use the server's FQDN.",
        });
        continue;
      }
      const problem = hostnameProblem(name);
      if (problem === null) continue;
      hits.push({
        names: [name],
        message:
          `The ${where(name)} "${name}" ${problem}. CAs and UC servers accept only fully qualified host names made ` +
          "of letters, digits and hyphens (labels of at most 63 characters, not starting or ending with a hyphen; " +
          "at most 253 characters in all), e.g. sip.contoso.com. Correct the name.",
      });
    }
    if (isSfb(view)) {
      const idns = dnsNames(view).filter((n) => hostnameProblem(n) === null && isIdn(canonicalName(n)));
      if (idns.length > 0) {
        hits.push({
          names: idns,
          message:
            "Skype for Business Server does not support internationalized domain names (IDNs): " +
            `${listNames(idns.map(canonicalName))} ${plural(idns.length, "is an IDN", "are IDNs")} (xn-- labels). ` +
            "Use host names made of ASCII letters, digits and hyphens for every Skype for Business / Lync server " +
            "and SIP domain.",
        });
      }
    }
    return hits;
  },
};
