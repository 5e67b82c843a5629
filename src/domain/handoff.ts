// The next step after the Install step's checks, in words, generated from the plan (PRODUCT.md step 8): what to
// run or where to upload, per platform. Pure: a function of the planned certificate, the plan and a few facts about
// the issued certificate (its SHA-1 thumbprint) and the files the Install step writes.
//
// Sources, per platform:
// - Skype for Business / Lync: Microsoft, Set-CsCertificate (Lync Server 2010 – Skype for Business Server 2019),
//   https://learn.microsoft.com/en-us/powershell/module/skype/set-cscertificate
//   [MicrosoftDocs/office-docs-powershell, skype/skype-ps/skype/Set-CsCertificate.md]: parameters -Type <CertType[]>,
//   -Thumbprint, -Roll with -EffectiveDate ("your command will fail if you specify the Roll parameter without
//   including the EffectiveDate parameter"; Lync Server 2013 and later); types AccessEdgeExternal,
//   AudioVideoAuthentication, DataEdgeExternal, Default, External, Internal, WebServicesExternal,
//   WebServicesInternal; example "Set-CsCertificate -Type Default, WebServicesInternal, WebServicesExternal
//   -Thumbprint …". Microsoft, Import-PfxCertificate (pki module, Windows Server 2012 and later),
//   https://learn.microsoft.com/en-us/powershell/module/pki/import-pfxcertificate
//   [MicrosoftDocs/windows-powershell-docs, docset/winserver2022-ps/pki/Import-PfxCertificate.md]: -FilePath,
//   -CertStoreLocation Cert:\LocalMachine\My, -Password <SecureString>, -Exportable.
// - Pexip Infinity: "Managing TLS and trusted CA certificates", https://docs.pexip.com/admin/certificate_management.htm
//   (TLS certificates are uploaded on the Management Node with their private key and assigned to nodes; the trusted
//   CA certificates list takes the intermediate/root CAs); each node's SIP TLS FQDN equals its own DNS FQDN,
//   https://docs.pexip.com/sfb/dmz_certs_dns.htm (PEXIP-FQDN-1).
// - Cisco Unified CM / IM and Presence / Unity Connection: Administration Guide for Cisco Unified Communications
//   Manager 14SU2, "Manage Certificates" → "Third-Party Signed Certificate or Certificate Chain" (Cisco Unified OS
//   Administration → Security → Certificate Management → Upload Certificate/Certificate chain; trust first, then the
//   signed certificate), https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/admin/14SU2/adminGd/cucm_b_administration-guide-14su2/cucm_b_test-adminguide_chapter_01111.html;
//   multi-server SAN certificates are generated and uploaded on the publisher, Cisco TechNote 118731,
//   https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/118731-configure-san-00.html.
// - Cisco Expressway: Certificate Creation and Use Deployment Guide (X14.3), "Loading Certificates and Keys Onto
//   Expressway" (server certificate, private key and the trusted CA list, in PEM; Maintenance > Security > Server
//   certificate), https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X14-3/cert_creation_use/exwy_b_cisco-expressway-certificate-creation-and-use-deployment-guide-x14-3/exwy_m_loading-certificates-and-keys-onto.html
import type {
  CertificatePlan,
  CertificateProfile,
  CiscoUcComponent,
  Component,
  ExpresswayComponent,
  PexipComponent,
  Plan,
} from "./types";

export const SOURCES = {
  setCsCertificate:
    "Microsoft, Set-CsCertificate — https://learn.microsoft.com/en-us/powershell/module/skype/set-cscertificate",
  importPfx:
    "Microsoft, Import-PfxCertificate — https://learn.microsoft.com/en-us/powershell/module/pki/import-pfxcertificate",
  pexip:
    "Pexip, Managing TLS and trusted CA certificates — https://docs.pexip.com/admin/certificate_management.htm",
  pexipFqdn: "Pexip, DMZ certificates and DNS (PEXIP-FQDN-1) — https://docs.pexip.com/sfb/dmz_certs_dns.htm",
  cucm: "Cisco, Administration Guide for Cisco Unified Communications Manager 14SU2, Manage Certificates — https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/admin/14SU2/adminGd/cucm_b_administration-guide-14su2/cucm_b_test-adminguide_chapter_01111.html",
  cucmMultiServer:
    "Cisco TechNote 118731, CA-signed multi-server SAN certificates — https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/118731-configure-san-00.html",
  expressway:
    "Cisco Expressway Certificate Creation and Use Deployment Guide (X14.3), Loading Certificates and Keys Onto Expressway — https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X14-3/cert_creation_use/exwy_b_cisco-expressway-certificate-creation-and-use-deployment-guide-x14-3/exwy_m_loading-certificates-and-keys-onto.html",
} as const;

/** Set-CsCertificate -Type values (Microsoft's documented CertType names). */
export type CsCertificateType =
  | "AccessEdgeExternal"
  | "AudioVideoAuthentication"
  | "DataEdgeExternal"
  | "Default"
  | "External"
  | "Internal"
  | "WebServicesExternal"
  | "WebServicesInternal";

/** The certificate types a Skype for Business / Lync role assigns this certificate to, or null when the role does
 *  not use Set-CsCertificate (the reverse proxy is not a Skype for Business server). */
export function csCertificateTypes(profile: CertificateProfile): CsCertificateType[] | null {
  switch (profile) {
    case "sfb-edge-external":
      // Access Edge, Web Conferencing Edge and A/V Authentication on the one external certificate
      return ["AccessEdgeExternal", "DataEdgeExternal", "AudioVideoAuthentication"];
    case "sfb-edge-internal":
      return ["Internal"];
    case "sfb-front-end":
    case "sfb-standard-edition":
    case "sfb-director":
      // the combined certificate: Default + web services internal + external (Microsoft's Example 2)
      return ["Default", "WebServicesInternal", "WebServicesExternal"];
    case "sfb-mediation":
    case "sfb-sba":
      return ["Default"];
    default:
      return null;
  }
}

/** A Windows thumbprint: the SHA-1 of the certificate in upper-case hex, without separators. */
export function windowsThumbprint(sha1: string): string {
  return sha1.replace(/[^0-9a-fA-F]/g, "").toUpperCase();
}

export function setCsCertificateCommand(types: readonly CsCertificateType[], thumbprint: string): string {
  return `Set-CsCertificate -Type ${types.join(",")} -Thumbprint ${windowsThumbprint(thumbprint)}`;
}

/** Import-PfxCertificate into the computer's Personal store; the passphrase is prompted for, never typed into the
 *  command line (it would stay in the PowerShell history). */
export function importPfxCommand(pfxFileName: string, exportable: boolean): string {
  return `Import-PfxCertificate -FilePath C:\\certs\\${pfxFileName} -CertStoreLocation Cert:\\LocalMachine\\My -Password (Read-Host -AsSecureString -Prompt "PFX passphrase")${exportable ? " -Exportable" : ""}`;
}

export interface HandoffFiles {
  /** the PFX file the admin chose (modern or legacy) */
  pfx: string;
  /** leaf certificate, PEM */
  certificate: string;
  /** the CA certificates (intermediates, then the root when loaded), PEM */
  chain: string;
  /** leaf + intermediates, PEM */
  fullchain: string;
  /** the private key, PKCS#8 PEM */
  key: string;
}

export interface HandoffFacts {
  /** SHA-1 of the issued certificate ("AB:CD:…" or plain hex) */
  sha1: string;
  files: HandoffFiles;
}

export interface HandoffStep {
  text: string;
  /** a command line to copy, when the step has one */
  command?: string;
}

export interface Handoff {
  platform: string;
  steps: HandoffStep[];
  /** options, cautions */
  notes: string[];
  sources: string[];
}

function componentOf(plan: Plan, cert: CertificatePlan): Component | undefined {
  return plan.components.find((c) => c.id === cert.componentId);
}

function hosts(list: readonly string[]): string {
  if (list.length === 0) return "each server";
  if (list.length <= 4) return list.join(", ");
  return `${list.slice(0, 3).join(", ")} and ${list.length - 3} more`;
}

function sfbHandoff(
  cert: CertificatePlan,
  plan: Plan,
  facts: HandoffFacts,
  types: CsCertificateType[],
): Handoff {
  const thumbprint = windowsThumbprint(facts.sha1);
  const version = plan.sfb?.version;
  const steps: HandoffStep[] = [
    {
      text: `Copy ${facts.files.pfx} to C:\\certs on ${hosts(cert.installOn)} and import it into the computer's Personal store (run PowerShell as administrator):`,
      command: importPfxCommand(facts.files.pfx, cert.exportableKey),
    },
    {
      text: `Assign it in the Skype for Business Server Management Shell, on ${cert.installOn.length > 1 ? "every one of these servers" : "the server"}:`,
      command: setCsCertificateCommand(types, thumbprint),
    },
    {
      text: "Check the assignment, then restart the Skype for Business services (or the server) in a maintenance window:",
      command: "Get-CsCertificate",
    },
  ];
  const notes: string[] = [
    `Thumbprint (SHA-1) of the issued certificate: ${thumbprint}.`,
    `Certificate types for this role: ${types.join(", ")}.`,
  ];
  if (cert.exportableKey) {
    notes.push(
      "-Exportable keeps the private key exportable after the import, so that the same certificate and key can go on every pool member (LYNC-EDGE-POOL-1).",
    );
  }
  if (cert.profile === "sfb-edge-external" && version !== "lync-2010") {
    notes.push(
      `Option (LYNC-EDGE-ROLL-1): to stage a new A/V Authentication certificate without dropping calls, assign it ahead of time with "Set-CsCertificate -Type AudioVideoAuthentication -Thumbprint ${thumbprint} -Roll -EffectiveDate <date and time>"; -Roll needs -EffectiveDate (Lync Server 2013 and later).`,
    );
  }
  if (version === "lync-2010") {
    notes.push(
      "Lync Server 2010 runs on Windows Server 2008 R2, which has no Import-PfxCertificate: import the PFX with the Certificates snap-in (Local Computer → Personal → Import) and mark the key exportable where required.",
    );
  }
  if (cert.profile === "sfb-sba") {
    notes.push(
      "A Survivable Branch Appliance is usually managed through its vendor's web interface: import the PFX there if the appliance offers it.",
    );
  }
  return {
    platform: "Skype for Business Server / Lync Server",
    steps,
    notes,
    sources: [SOURCES.importPfx, SOURCES.setCsCertificate],
  };
}

function reverseProxyHandoff(cert: CertificatePlan, facts: HandoffFacts): Handoff {
  return {
    platform: "Reverse proxy (Skype for Business external web services)",
    steps: [
      {
        text: `Import ${facts.files.pfx} on ${hosts(cert.installOn)} (Windows reverse proxy) into the computer's Personal store:`,
        command: importPfxCommand(facts.files.pfx, cert.exportableKey),
      },
      {
        text: "Bind the certificate to the HTTPS (443) listener that publishes the external web services; other reverse proxies take the PEM certificate, the full chain and the key instead.",
      },
    ],
    notes: [
      `Thumbprint (SHA-1): ${windowsThumbprint(facts.sha1)}. The reverse proxy is not a Skype for Business server: Set-CsCertificate does not apply.`,
    ],
    sources: [SOURCES.importPfx],
  };
}

function pexipHandoff(cert: CertificatePlan, c: PexipComponent | undefined, facts: HandoffFacts): Handoff {
  const nodes = c?.nodes.map((n) => n.fqdn.toLowerCase()) ?? cert.installOn;
  return {
    platform: "Pexip Infinity",
    steps: [
      {
        text: `On the Management Node's Administrator interface, go to Certificates > TLS Certificates and add a TLS certificate: upload ${facts.files.certificate} (or paste it) with its private key ${facts.files.key}.`,
      },
      {
        text: `Assign that certificate to every Conferencing Node of the pool: ${hosts(nodes)} (one certificate on all nodes, PEXIP-UC-1).`,
      },
      {
        text: `Go to Certificates > Trusted CA Certificates and import ${facts.files.chain} (the intermediate CA bundle, with the root when it is not trusted yet).`,
      },
      {
        text: "Each node's SIP TLS FQDN (Platform > Conferencing Nodes > node) must equal the node's own DNS FQDN, be unique, and be one of the certificate's SANs (PEXIP-FQDN-1).",
      },
    ],
    notes: [
      "Older releases name the pages Platform Configuration > TLS Certificates / Trusted CA Certificates. The private key must not be encrypted unless the upload page asks for its passphrase.",
    ],
    sources: [SOURCES.pexip, SOURCES.pexipFqdn],
  };
}

const CISCO_PURPOSE: Record<
  CiscoUcComponent["purpose"],
  { upload: string; trust: string; services: string[] }
> = {
  tomcat: { upload: "tomcat", trust: "tomcat-trust", services: ["Cisco Tomcat"] },
  callmanager: {
    upload: "CallManager",
    trust: "CallManager-trust",
    services: ["Cisco CallManager", "Cisco TFTP"],
  },
  "cup-xmpp": { upload: "cup-xmpp", trust: "cup-xmpp-trust", services: ["Cisco XCP Router"] },
  "cup-xmpp-s2s": { upload: "cup-xmpp-s2s", trust: "cup-xmpp-trust", services: ["Cisco XCP Router"] },
};

function ciscoHandoff(cert: CertificatePlan, c: CiscoUcComponent | undefined, facts: HandoffFacts): Handoff {
  const purpose = CISCO_PURPOSE[c?.purpose ?? "tomcat"];
  const multi = c?.distribution === "multi-server";
  const product = c?.product === "cuc" ? "Unity Connection" : "Unified CM";
  const where = multi
    ? `on the publisher (${c?.publisher ?? cert.installOn[0] ?? "the publisher"}); a multi-server certificate is distributed to every node of the cluster`
    : `on ${hosts(cert.installOn)}`;
  const steps: HandoffStep[] = [
    {
      text: `Sign in to Cisco Unified OS Administration ${where}, and go to Security > Certificate Management > Upload Certificate/Certificate chain.`,
    },
    {
      text: `Upload the root and intermediate CA certificates from ${facts.files.chain} first, each with Certificate Purpose "${purpose.trust}".`,
    },
    {
      text: `Then upload ${facts.files.certificate} with Certificate Purpose "${purpose.upload}" (Description: the certificate's name); the chain must already be trusted.`,
    },
    ...purpose.services.map((service) => ({
      text: `Restart ${service} on ${multi ? "every node of the cluster" : "the node"} (Cisco Unified Serviceability, or the CLI):`,
      command: `utils service restart ${service}`,
    })),
  ];
  return {
    platform: `Cisco ${product}`,
    steps,
    notes: [
      `${product} accepts only a certificate issued for a CSR it generated itself (Security > Certificate Management > Generate CSR): the private key stays on the node, so there is no key to upload.`,
    ],
    sources: multi ? [SOURCES.cucm, SOURCES.cucmMultiServer] : [SOURCES.cucm],
  };
}

function expresswayHandoff(
  cert: CertificatePlan,
  c: ExpresswayComponent | undefined,
  facts: HandoffFacts,
): Handoff {
  const role = c?.role === "c" ? "Expressway-C" : "Expressway-E";
  const peers = c?.peers.map((p) => p.toLowerCase()) ?? cert.installOn;
  return {
    platform: `Cisco ${role}`,
    steps: [
      {
        text: `On ${peers.length > 1 ? `each peer (${hosts(peers)})` : `the ${role}`}, go to Maintenance > Security > Trusted CA certificate and append the CA certificates from ${facts.files.chain} to the trusted CA list.`,
      },
      {
        text: `Go to Maintenance > Security > Server certificate and upload ${facts.files.certificate} as the server certificate with ${facts.files.key} as its private key (PEM).`,
      },
      {
        text: `Restart the ${role} (Maintenance > Restart options) for the new certificate to take effect.`,
      },
    ],
    notes: [
      "Zones to and from this Expressway (traversal, neighbour, Unified CM) verify the certificate: the peer systems must trust the same CA chain.",
    ],
    sources: [SOURCES.expressway],
  };
}

function genericHandoff(cert: CertificatePlan, facts: HandoffFacts): Handoff {
  return {
    platform: "Server",
    steps: [
      {
        text: `Install ${facts.files.certificate} with its key ${facts.files.key} and the full chain ${facts.files.fullchain} on ${hosts(cert.installOn)}, or import ${facts.files.pfx} on Windows:`,
        command: importPfxCommand(facts.files.pfx, cert.exportableKey),
      },
    ],
    notes: [`Thumbprint (SHA-1): ${windowsThumbprint(facts.sha1)}.`],
    sources: [SOURCES.importPfx],
  };
}

/** The next step after the checks, per platform, with the issued certificate's real thumbprint and file names. */
export function handoff(cert: CertificatePlan, plan: Plan, facts: HandoffFacts): Handoff {
  const component = componentOf(plan, cert);
  if (cert.profile === "sfb-reverse-proxy") return reverseProxyHandoff(cert, facts);
  const types = csCertificateTypes(cert.profile);
  if (types) return sfbHandoff(cert, plan, facts, types);
  if (cert.profile === "pexip-public-dmz" || cert.profile === "pexip-on-prem")
    return pexipHandoff(cert, component?.type === "pexip" ? component : undefined, facts);
  if (cert.componentType === "cisco-uc")
    return ciscoHandoff(cert, component?.type === "cisco-uc" ? component : undefined, facts);
  if (cert.componentType === "expressway")
    return expresswayHandoff(cert, component?.type === "expressway" ? component : undefined, facts);
  return genericHandoff(cert, facts);
}
