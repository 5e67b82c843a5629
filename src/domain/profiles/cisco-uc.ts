// Cisco Unified Communications Manager, IM and Presence and Unity Connection certificates (RULES.md section D).
// - single-server: one certificate per node, CN = SAN = node FQDN (CUCM-TOMCAT-1).
// - multi-server: one certificate generated on the publisher, CN = "<host>-ms.<domain>", SAN = every node of the
//   purpose (CUCM-MULTISAN-1), installed on all of them.
// Which nodes a purpose covers (Cisco TechNote 118731, "Background Information"):
//   "Tomcat - CUCM and IM&P / Cisco CallManager - Only CUCM / CUP-XMPP - Only IM&P / CUP-XMPP S2S - Only IM&P".
import { normalizeName } from "../names";
import type { CertificatePlan, CertificateProfile, CiscoUcComponent } from "../types";
import { planClientCertificates, splitsClientCertificate } from "./client-certificate";
import { makeCertificate, type ProfileContext, SanList, xmppDomains } from "./common";

export interface CiscoNode {
  fqdn: string;
  /** "CUCM publisher", "IM and Presence node", "Unity Connection subscriber" ... */
  role: string;
}

const PURPOSE_PROFILE: Record<CiscoUcComponent["purpose"], CertificateProfile> = {
  tomcat: "cisco-tomcat",
  callmanager: "cisco-callmanager",
  "cup-xmpp": "cisco-cup-xmpp",
  "cup-xmpp-s2s": "cisco-cup-xmpp-s2s",
};

export const PURPOSE_LABEL: Record<CiscoUcComponent["purpose"], string> = {
  tomcat: "tomcat",
  callmanager: "CallManager",
  "cup-xmpp": "cup-xmpp",
  "cup-xmpp-s2s": "cup-xmpp-s2s",
};

function productLabel(c: CiscoUcComponent): string {
  return c.product === "cuc" ? "Unity Connection" : "CUCM";
}

function uniqueNodes(nodes: CiscoNode[]): CiscoNode[] {
  const seen = new Set<string>();
  const out: CiscoNode[] = [];
  for (const n of nodes) {
    const fqdn = normalizeName(n.fqdn);
    if (fqdn === "" || seen.has(fqdn)) continue;
    seen.add(fqdn);
    out.push({ fqdn, role: n.role });
  }
  return out;
}

/** The cluster's call-processing (CUCM) or Unity Connection nodes: publisher first. */
export function clusterNodes(c: CiscoUcComponent): CiscoNode[] {
  const p = productLabel(c);
  return uniqueNodes([
    { fqdn: c.publisher, role: `${p} publisher` },
    ...c.subscribers.map((s) => ({ fqdn: s, role: `${p} subscriber` })),
  ]);
}

/** IM and Presence nodes (CUCM clusters only); the first is the IM and Presence database publisher. */
export function imPresenceNodes(c: CiscoUcComponent): CiscoNode[] {
  if (c.product !== "cucm") return [];
  return uniqueNodes((c.imPresenceNodes ?? []).map((n) => ({ fqdn: n, role: "IM and Presence node" })));
}

/** The nodes that present a certificate of this purpose. Empty when the product has no such certificate
 *  (Unity Connection has no CallManager or cup-xmpp certificate) or no IM and Presence node is listed:
 *  CUCM-TOMCAT-1 reports it. */
export function ciscoUcNodes(c: CiscoUcComponent): CiscoNode[] {
  if (c.product === "cuc") return c.purpose === "tomcat" ? clusterNodes(c) : [];
  switch (c.purpose) {
    case "tomcat":
      return uniqueNodes([...clusterNodes(c), ...imPresenceNodes(c)]);
    case "callmanager":
      return clusterNodes(c);
    case "cup-xmpp":
    case "cup-xmpp-s2s":
      return imPresenceNodes(c);
  }
}

/** The node whose OS Administration generates the multi-server CSR: the CUCM / Unity Connection publisher,
 *  or the IM and Presence database publisher for cup-xmpp and cup-xmpp-s2s. */
export function multiServerNode(c: CiscoUcComponent): CiscoNode | undefined {
  if (c.product === "cucm" && (c.purpose === "cup-xmpp" || c.purpose === "cup-xmpp-s2s"))
    return imPresenceNodes(c)[0];
  return clusterNodes(c)[0];
}

/** "<host>-ms.<domain>": Cisco Preferred Architecture 12.x, Security — "With a multi-server certificate,
 *  a "-ms" is appended after the hostname portion of the FQDN." */
export function multiServerName(fqdn: string): string {
  const n = normalizeName(fqdn);
  const i = n.indexOf(".");
  return i < 0 ? `${n}-ms` : `${n.slice(0, i)}-ms${n.slice(i)}`;
}

export function planCiscoUc(c: CiscoUcComponent, ctx: ProfileContext): CertificatePlan[] {
  const nodes = ciscoUcNodes(c);
  if (nodes.length === 0) return [];
  const servers = planCiscoUcServer(c, ctx, nodes);
  if (!splitsClientCertificate(c)) return servers;
  // FN74345: each node presents its own client certificate. How the release that adds it takes its key could not
  // be confirmed (key-birth.ts): planned as uploaded with its key, like the Expressway's.
  const label = c.name ?? `${productLabel(c)} ${PURPOSE_LABEL[c.purpose]}`;
  return [...servers, ...planClientCertificates(c, ctx, nodes, label, true)];
}

function planCiscoUcServer(c: CiscoUcComponent, ctx: ProfileContext, nodes: CiscoNode[]): CertificatePlan[] {
  const split = splitsClientCertificate(c);
  const profile = PURPOSE_PROFILE[c.purpose];
  const purpose = PURPOSE_LABEL[c.purpose];
  const name = `${c.name ?? `${productLabel(c)} ${purpose}`}${split ? " server certificate" : ""}`;
  // IM and Presence XMPP server-to-server federation: the certificate also carries the organisation's XMPP
  // domains (the domains remote XMPP servers federate with).
  const s2sDomains = c.purpose === "cup-xmpp-s2s" ? xmppDomains(ctx.plan) : [];
  const notIncluded: { value: string; reason: string }[] = [];
  if (c.product === "cuc") {
    for (const n of c.imPresenceNodes ?? []) {
      notIncluded.push({
        value: normalizeName(n),
        reason: "IM and Presence nodes are not part of a Unity Connection cluster",
      });
    }
  } else if (c.purpose === "callmanager") {
    for (const n of imPresenceNodes(c)) {
      notIncluded.push({
        value: n.fqdn,
        reason: "IM and Presence node: the CallManager certificate covers CUCM nodes only",
      });
    }
  } else if (c.purpose === "cup-xmpp" || c.purpose === "cup-xmpp-s2s") {
    for (const n of clusterNodes(c)) {
      notIncluded.push({
        value: n.fqdn,
        reason: `CUCM node: the ${purpose} certificate covers IM and Presence nodes only`,
      });
    }
  }
  const common = {
    profile,
    // CUCM-EKU-1 and PLAN-FORMAT "Decisions already taken": TLS Web Server + Client Authentication; split,
    // the server certificate asks for server authentication only.
    eku: (split ? ["serverAuth"] : ["serverAuth", "clientAuth"]) as ("serverAuth" | "clientAuth")[],
    // CUCM-EKU-1: KU = digitalSignature, keyEncipherment, dataEncipherment (RSA keys).
    extraKeyUsage: ["dataEncipherment"],
    // The key is generated by the node's own "Generate CSR" page and never leaves it; the signed certificate is
    // uploaded against that key (Cisco Unified OS does not import a private key for these purposes).
    exportableKey: false,
  };

  if (c.distribution === "multi-server") {
    const generator = multiServerNode(c) ?? (nodes[0] as CiscoNode);
    const cn = multiServerName(generator.fqdn);
    const sans = new SanList().add(
      cn,
      `multi-server certificate name: "-ms" appended to the host name of ${generator.fqdn} (${generator.role}, where the CSR is generated)`,
    );
    for (const n of nodes) sans.add(n.fqdn, `node ${n.fqdn} (${n.role})`);
    for (const d of s2sDomains) sans.add(d, `XMPP domain ${d} (server-to-server federation)`);
    return [
      makeCertificate(c, ctx, {
        ...common,
        id: c.id,
        title: `${name} (multi-server) — ${cn}`,
        cn,
        sans,
        installOn: nodes.map((n) => n.fqdn),
        notIncluded,
      }),
    ];
  }

  return nodes.map((n) => {
    const sans = new SanList().add(n.fqdn, `node ${n.fqdn} (${n.role})`);
    for (const d of s2sDomains) sans.add(d, `XMPP domain ${d} (server-to-server federation)`);
    return makeCertificate(c, ctx, {
      profile: common.profile,
      eku: common.eku,
      extraKeyUsage: common.extraKeyUsage,
      exportableKey: common.exportableKey,
      id: `${c.id}/${n.fqdn}`,
      title: `${name} — ${n.fqdn}`,
      cn: n.fqdn,
      sans,
      installOn: [n.fqdn],
      notIncluded: notIncluded.length > 0 ? [...notIncluded] : notIncluded,
    });
  });
}
