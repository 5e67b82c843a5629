// Cisco Expressway-C / Expressway-E server certificate (RULES.md rules 77–84): one certificate on every peer.
// Composition, Expressway Certificate Creation and Use Deployment Guide ("CSR alternative name" elements):
// - CN = cluster FQDN when clustered, else the peer FQDN; SAN = cluster FQDN + every peer FQDN (EXPWY-CLUSTER-1)
// - Expressway-E: Unified CM registration domains, as the domain or collab-edge.<domain>,
//   XMPP federation domains in DNS format (EXPWY-E-XMPP-1), aliases (EXPWY-E-ALIAS-1)
// - Expressway-C: Unified CM phone security profile names in FQDN form (EXPWY-C-PSP-1; X15.5 prose, RULES.md E.5)
// - both: IM and Presence chat node aliases (EXPWY-CHAT-1)
import { fqdnProblem, isInternalName, normalizeName } from "../names";
import type { CertificatePlan, ExpresswayComponent } from "../types";
import { planClientCertificates, splitsClientCertificate } from "./client-certificate";
import { makeCertificate, type ProfileContext, SanList } from "./common";

function names(list: string[] | undefined): string[] {
  return [...new Set((list ?? []).map(normalizeName).filter((n) => n !== ""))];
}

export function expresswayPeers(c: ExpresswayComponent): string[] {
  return names(c.peers);
}

export function expresswayClusterFqdn(c: ExpresswayComponent): string | undefined {
  const v = c.clusterFqdn ? normalizeName(c.clusterFqdn) : "";
  return v === "" ? undefined : v;
}

/** Clustered: more than one peer, or a cluster FQDN was given. */
export function isClustered(c: ExpresswayComponent): boolean {
  return expresswayPeers(c).length > 1 || expresswayClusterFqdn(c) !== undefined;
}

/** The SAN an MRA domain becomes in the chosen format. */
export function mraSanName(c: ExpresswayComponent, domain: string): string {
  return c.mraSanFormat === "collab-edge" ? `collab-edge.${domain}` : domain;
}

export function expresswayMraDomains(c: ExpresswayComponent): string[] {
  return names(c.mraDomains);
}

export function expresswayXmppDomains(c: ExpresswayComponent): string[] {
  return names(c.xmppFederationDomains);
}

export function expresswayChatAliases(c: ExpresswayComponent): string[] {
  return names(c.chatNodeAliases);
}

export function expresswayAliases(c: ExpresswayComponent): string[] {
  return names(c.aliases);
}

/** Phone security profile names, trimmed and lower-cased (they are compared with dNSName SANs). */
export function expresswayPhoneSecurityProfiles(c: ExpresswayComponent): string[] {
  return names(c.phoneSecurityProfiles);
}

export function planExpressway(c: ExpresswayComponent, ctx: ProfileContext): CertificatePlan[] {
  const peers = expresswayPeers(c);
  const cluster = expresswayClusterFqdn(c);
  const clustered = isClustered(c);
  const role = c.role === "e" ? "Expressway-E" : "Expressway-C";
  const cn = cluster ?? peers[0] ?? "";
  const sans = new SanList();
  const notIncluded: { value: string; reason: string }[] = [];

  if (cluster) sans.add(cluster, `${role} cluster FQDN`);
  else if (cn && clustered)
    sans.add(cn, `peer ${cn} (no cluster FQDN given: the first peer names the certificate)`);
  for (const p of peers) sans.add(p, clustered ? `peer ${p}` : `${role} FQDN`);

  if (c.role === "e") {
    for (const d of expresswayMraDomains(c)) {
      if (isInternalName(d)) {
        notIncluded.push({
          value: mraSanName(c, d),
          reason: `Unified CM registration domain ${d} is an internal name: only public edge domains belong on the Expressway-E`,
        });
        continue;
      }
      sans.add(
        mraSanName(c, d),
        c.mraSanFormat === "collab-edge"
          ? `Unified CM registration domain ${d} (CollabEdgeDNS format: collab-edge.<domain>)`
          : `Unified CM registration domain ${d} (MRA)`,
      );
    }
    for (const d of expresswayXmppDomains(c)) sans.add(d, `XMPP federation domain ${d} (DNS format)`);
  } else {
    for (const d of expresswayMraDomains(c)) {
      notIncluded.push({
        value: mraSanName(c, d),
        reason: "Unified CM registration domains are needed on the Expressway-E only",
      });
    }
    for (const d of expresswayXmppDomains(c)) {
      notIncluded.push({ value: d, reason: "XMPP federation domains are needed on the Expressway-E only" });
    }
  }

  for (const a of expresswayChatAliases(c))
    sans.add(a, `IM and Presence chat node alias ${a} (federated group chat)`);

  if (c.role === "c") {
    for (const p of expresswayPhoneSecurityProfiles(c)) {
      if (fqdnProblem(p) !== null) {
        notIncluded.push({
          value: p,
          reason: "phone security profile name is not an FQDN: rename the profile in Unified CM",
        });
        continue;
      }
      sans.add(p, `Unified CM phone security profile ${p} (encrypted MRA endpoints)`);
    }
  } else {
    for (const p of expresswayPhoneSecurityProfiles(c)) {
      notIncluded.push({
        value: p,
        reason:
          "phone security profile names go on the Expressway-C (X15.5 guide; some older guides said Expressway-E)",
      });
    }
  }

  // Other FQDNs this Expressway is known by. EXPWY-E-ALIAS-1 requires them on the Expressway-E; on an
  // Expressway-C they are kept because you listed them.
  for (const a of expresswayAliases(c)) sans.add(a, `other FQDN this ${role} is known by (alias)`);

  const split = splitsClientCertificate(c);
  const server = makeCertificate(c, ctx, {
    id: c.id,
    profile: c.role === "e" ? "expressway-e" : "expressway-c",
    title: `${c.name ?? role}${split ? " server certificate" : ""} — ${cn}`,
    cn,
    sans,
    // EXPWY-EKU-1: the Expressway's own CSR requests client and server authentication. Split (X15.5 and
    // later): the server certificate store holds a server-authentication certificate, and each peer's client
    // certificate store its own client certificate (client-certificate.ts).
    eku: split ? ["serverAuth"] : ["serverAuth", "clientAuth"],
    // One certificate for all peers means one key for all peers: it is generated off the box and uploaded
    // with the certificate to each peer. A single Expressway may generate its own CSR.
    exportableKey: peers.length > 1,
    installOn: peers,
    notIncluded,
  });
  if (!split) return [server];
  // The client certificate is uploaded with its key to each peer, like the server certificate of a cluster.
  const nodes = peers.map((p) => ({ fqdn: p, role: clustered ? `${role} peer` : role }));
  return [server, ...planClientCertificates(c, ctx, nodes, c.name ?? role, true)];
}
