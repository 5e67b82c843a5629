// The Public Suffix List, from the maintained `tldts` library (its data is regenerated from
// https://publicsuffix.org/list/ with each release; both the ICANN and the private sections). Importing this
// module installs the list into names.ts; it is a separate chunk so that the first screen does not carry it.
import { parse } from "tldts";
import { installPublicSuffixList, type SuffixInfo } from "./names";

export function lookupPublicSuffix(name: string): SuffixInfo {
  const r = parse(name, { allowPrivateDomains: true, extractHostname: false, validateHostname: false });
  const section = r.isPrivate ? "private" : r.isIcann ? "icann" : null;
  return { suffix: r.publicSuffix, section };
}

/** The registrable domain of a host name (the label below its public suffix: contoso.com, fabrikam.co.uk), or
 *  null for a name that has none (an internal name, a public suffix itself, an IP address). A wildcard is
 *  taken at its base name. */
export function registrableDomainOf(name: string): string | null {
  const r = parse(name.replace(/^\*\./, ""), {
    allowPrivateDomains: true,
    extractHostname: false,
    validateHostname: false,
  });
  // a suffix the list does not hold ("corp", "local") is an internal name, not a registrable domain
  return r.isIp || (!r.isIcann && !r.isPrivate) ? null : r.domain;
}

installPublicSuffixList(lookupPublicSuffix);

export const PUBLIC_SUFFIX_LIST_INSTALLED = true;
