// A certificate's DNS names indexed for the coverage checks the rules make thousands of times on a large
// plan (exact set lookup first, then the few wildcards), memoised per SAN array (views share the arrays).
import { isWildcard, matchesName } from "../names";
import type { CertView } from "./rule";

export interface SanIndex {
  dns: string[];
  exact: Set<string>;
  wildcards: string[];
}

const cache = new WeakMap<CertView["sans"], SanIndex>();

export function sanIndex(view: CertView): SanIndex {
  const hit = cache.get(view.sans);
  if (hit) return hit;
  const dns = view.sans.filter((s) => s.type === "dns").map((s) => s.value);
  const index = { dns, exact: new Set(dns), wildcards: dns.filter(isWildcard) };
  cache.set(view.sans, index);
  return index;
}

/** The name is a dNSName SAN exactly (what SIP needs: RFC 5922 §7.2). */
export function hasExactName(view: CertView, name: string): boolean {
  return sanIndex(view).exact.has(name);
}

/** The name is a dNSName SAN or matched by a valid wildcard SAN (RFC 9525 §6.3). */
export function coversName(view: CertView, name: string): boolean {
  const i = sanIndex(view);
  return i.exact.has(name) || i.wildcards.some((w) => matchesName(w, name));
}
