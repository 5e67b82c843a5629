// Notices that say the same thing about many certificates (a 1,000-node plan gets "check the CRL
// Distribution Point by hand" a thousand times): shown once on the Review step with the certificates they
// apply to, and counted, not repeated, on each card. Errors and warnings are never folded this way: each
// one is about its own certificate and may need its own fix or acceptance.
import type { Finding } from "../domain/types";

/** A notice with the same rule and the same words on this many certificates or more is shared. */
export const SHARED_FROM = 3;

export interface SharedNotice {
  finding: Finding;
  /** ids of the certificates it applies to, in plan order */
  certificates: string[];
}

export interface NoticeSplit {
  shared: SharedNotice[];
  /** findings to show on each certificate's card (shared notices removed) */
  byCert: Map<string, Finding[]>;
  /** how many shared notices apply to each certificate */
  sharedOn: Map<string, number>;
  /** findings without a certificate */
  planWide: Finding[];
}

export function splitNotices(findings: readonly Finding[], sharedFrom = SHARED_FROM): NoticeSplit {
  const key = (f: Finding) => `${f.rule}\u0000${f.target}\u0000${f.message}\u0000${f.names?.join(" ") ?? ""}`;
  const groups = new Map<string, SharedNotice & { seen: Set<string> }>();
  for (const f of findings) {
    if (f.severity !== "info" || f.certificate === undefined) continue;
    const k = key(f);
    const g = groups.get(k);
    if (!g) groups.set(k, { finding: f, certificates: [f.certificate], seen: new Set([f.certificate]) });
    else if (!g.seen.has(f.certificate)) {
      g.seen.add(f.certificate);
      g.certificates.push(f.certificate);
    }
  }
  const shared = [...groups.values()]
    .filter((g) => g.certificates.length >= sharedFrom)
    .map(({ finding, certificates }) => ({ finding, certificates }));
  const sharedKeys = new Set(shared.map((g) => key(g.finding)));
  const byCert = new Map<string, Finding[]>();
  const sharedOn = new Map<string, number>();
  const planWide: Finding[] = [];
  for (const f of findings) {
    if (f.certificate === undefined) {
      planWide.push(f);
      continue;
    }
    if (f.severity === "info" && sharedKeys.has(key(f))) {
      sharedOn.set(f.certificate, (sharedOn.get(f.certificate) ?? 0) + 1);
      continue;
    }
    const list = byCert.get(f.certificate) ?? [];
    list.push(f);
    byCert.set(f.certificate, list);
  }
  return { shared, byCert, sharedOn, planWide };
}
