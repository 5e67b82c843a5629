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

installPublicSuffixList(lookupPublicSuffix);

export const PUBLIC_SUFFIX_LIST_INSTALLED = true;
