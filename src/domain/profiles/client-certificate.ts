// Split server and client certificates (issue 13 §4): where the platform keeps a client certificate apart from
// its server certificate, each node gets one of its own, from the internal CA, for the mutual TLS connections
// it opens. Public CAs no longer issue Client Authentication (Chrome Root Program Policy v1.8 §1.3.2; see
// rules/generic/pki-clientauth-public-1.ts), so the client side must come from a CA the peers trust.
// Cisco, "Navigate Client EKU Sunset with Cisco Expressway x15.5": "x15.5 has two certificate stores: 1. Server
// certificate store 2. Client certificate store". Cisco field notice FN74345 lists the enhancements for Unified
// CM (CSCws02424), IM and Presence (CSCws03437) and Unity Connection (CSCws03463), "Support for Separate Server
// and Client Certificate"; the release that ships them could not be confirmed here (2026-12-07).
//
// Ids: `<component id>/client/<node fqdn>`. A node FQDN holds no "/", so the id never collides with the
// component's server certificate ids (`<id>` or `<id>/<node fqdn>`), which stay as they were.
import type { CertificatePlan, CiscoUcComponent, ExpresswayComponent } from "../types";
import { makeCertificate, type ProfileContext, SanList } from "./common";

export function clientCertificateId(componentId: string, node: string): string {
  return `${componentId}/client/${node}`;
}

/** Is this certificate id a node's client certificate of the component? */
export function isClientCertificateId(componentId: string, id: string): boolean {
  return id.startsWith(`${componentId}/client/`);
}

export function splitsClientCertificate(c: CiscoUcComponent | ExpresswayComponent): boolean {
  return c.clientCertificate === "separate";
}

/** One client certificate per node: CN = SAN = the node FQDN, Client Authentication only, internal CA. */
export function planClientCertificates(
  c: CiscoUcComponent | ExpresswayComponent,
  ctx: ProfileContext,
  nodes: readonly { fqdn: string; role: string }[],
  label: string,
  exportableKey: boolean,
): CertificatePlan[] {
  return nodes.map((n) =>
    makeCertificate(c, ctx, {
      id: clientCertificateId(c.id, n.fqdn),
      profile: "tls-client",
      title: `${label} client certificate — ${n.fqdn}`,
      cn: n.fqdn,
      sans: new SanList().add(n.fqdn, `node ${n.fqdn} (${n.role}): the name it connects as`),
      eku: ["clientAuth"],
      caType: "internal",
      exportableKey,
      installOn: [n.fqdn],
    }),
  );
}
