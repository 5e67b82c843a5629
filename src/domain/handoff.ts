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
//   What to restart, quoted: TechNote 217138 — "the Cisco Tomcat service needs to be restarted via CLI (start with
//   Publisher, and then subscribers, one at a time), use the command utils service restart Cisco Tomcat", and for
//   CallManager (before release 14) Cisco Trust Verification Service, Cisco TFTP, Cisco CallManager, Cisco CTIManager;
//   Security Guide 14SU2 — "For Release 14, restart … Cisco Call Manager Service and other relevant services including
//   Cisco CTI Manager and HAProxy Service - update CTL file if the server is in secure mode … from Release 14 SU1
//   onwards: CallManager: HAProxy Service … CallManager-ECDSA: Cisco CallManager Service and HAProxy Service"; IM and
//   Presence 12.5(1)SU2 — cup-xmpp: "restart the Cisco XCP Router service on each node"; cup-xmpp-s2s: "restart the
//   Cisco XCP XMPP Federation Connection Manager service on each federation node".
// - Cisco Expressway: Certificate Creation and Use Deployment Guide (X14.3), "Loading Certificates and Keys Onto
//   Expressway" (server certificate, private key and the trusted CA list, in PEM; Maintenance > Security > Server
//   certificate), https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X14-3/cert_creation_use/exwy_b_cisco-expressway-certificate-creation-and-use-deployment-guide-x14-3/exwy_m_loading-certificates-and-keys-onto.html
import { keyBirth } from "./key-birth";
import { SBC_SOURCES, sbcGuidance } from "./sbc-guidance";
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
  pexipApi:
    'Pexip, Terraform provider for Infinity, infinity_tls_certificate (private_key_passphrase: "The passphrase for the private key if it is encrypted") — https://github.com/pexip/terraform-provider-infinity/blob/main/docs/resources/infinity_tls_certificate.md',
  pexipFqdn: "Pexip, DMZ certificates and DNS (PEXIP-FQDN-1) — https://docs.pexip.com/sfb/dmz_certs_dns.htm",
  cucm: "Cisco, Administration Guide for Cisco Unified Communications Manager 14SU2, Manage Certificates — https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/admin/14SU2/adminGd/cucm_b_administration-guide-14su2/cucm_b_test-adminguide_chapter_01111.html",
  cucmRenewal:
    "Cisco TechNote 217138, Regeneration of CUCM CA-signed certificates — https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/217138-regeneration-of-cucm-ca-signed-certifica.html",
  cucmSecurity:
    "Cisco, Security Guide for Cisco Unified Communications Manager 14SU2, Certificates — https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/security/14SU2/cucm_b_security-guide-14su2/cucm_m_certificates.html",
  imp: "Cisco, Configuration and Administration of IM and Presence Service 12.5(1)SU2, Configure Certificates — https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/im_presence/configAdminGuide/12_5_1_su2/cup0_b_config-and-admin-guide-1251su2/cup0_b_config-and-admin-guide-1251su2_chapter_01010.html",
  cucmMultiServer:
    "Cisco TechNote 118731, CA-signed multi-server SAN certificates — https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/118731-configure-san-00.html",
  expresswayX155:
    "Cisco, Navigate Client EKU Sunset with Cisco Expressway x15.5 — https://www.cisco.com/c/en/us/support/docs/unified-communications/telepresence-video-communication-server-expressway/225693-navigate-client-eku-sunset-with.html",
  fn74345:
    "Cisco Field Notice FN74345 — https://www.cisco.com/c/en/us/support/docs/field-notices/743/fn74345.html",
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
        text: `Assign that certificate to every Conferencing Node of the pool: ${hosts(nodes)} (one certificate on all nodes, PEXIP-UC-1; the TLS certificate's node assignments, or each node's TLS certificate setting).`,
      },
      {
        text: `Go to Certificates > Trusted CA Certificates and import ${facts.files.chain} (the intermediate CA bundle, with the root when it is not trusted yet).`,
      },
      {
        text: "Each node's SIP TLS FQDN (Platform > Conferencing Nodes > node) must equal the node's own DNS FQDN, be unique, and be one of the certificate's SANs (PEXIP-FQDN-1).",
      },
    ],
    notes: [
      "An encrypted key file is accepted with its passphrase (the TLS certificate's private key passphrase, private_key_passphrase in Pexip's management API); an unencrypted key needs none.",
    ],
    sources: [SOURCES.pexip, SOURCES.pexipFqdn, SOURCES.pexipApi],
  };
}

/** Where each Cisco certificate purpose is uploaded, which trust store takes its CA certificates, and what to
 *  restart afterwards. ECDSA certificates go to the "-ECDSA" purpose of the same name (tomcat-ECDSA, ...), into
 *  the same trust store (IM&P guide: "Cup-xmpp-s2s and Cup-xmpp-s2s-ECDSA — cup-xmpp-trust"). */
const CISCO_PURPOSE: Record<
  CiscoUcComponent["purpose"],
  {
    upload: string;
    trust: string;
    restart: (where: string, ecdsa: boolean) => HandoffStep[];
    sources: (keyof typeof SOURCES)[];
  }
> = {
  tomcat: {
    upload: "tomcat",
    trust: "tomcat-trust",
    // TechNote 217138: "utils service restart Cisco Tomcat" (start with Publisher, and then subscribers, one at a time)
    restart: (where) => [
      {
        text: `Restart Cisco Tomcat on ${where}, the publisher first and then the subscribers one at a time (CLI):`,
        command: "utils service restart Cisco Tomcat",
      },
    ],
    sources: ["cucmRenewal"],
  },
  callmanager: {
    upload: "CallManager",
    trust: "CallManager-trust",
    // Security Guide 14SU2 "Certificates" (which services, by release); TechNote 217138 (releases before 14).
    restart: (where, ecdsa) => [
      {
        text: `Restart the services that read the CallManager certificate, on ${where} where they run (Cisco Unified Serviceability > Tools > Control Center). Which ones depends on the release; update the CTL file first if the cluster is in secure (mixed) mode.`,
      },
      {
        text: ecdsa
          ? "Release 14SU1 and later: Cisco CallManager and the HAProxy service."
          : "Release 14SU1 and later: the HAProxy service only.",
      },
      { text: "Release 14 before SU1: Cisco CallManager, Cisco CTIManager and the HAProxy service." },
      {
        text: "Earlier releases: Cisco Trust Verification Service, Cisco TFTP, Cisco CallManager and Cisco CTIManager, one service at a time (CLI):",
        command: [
          "utils service restart Cisco Trust Verification Service",
          "utils service restart Cisco TFTP",
          "utils service restart Cisco CallManager",
          "utils service restart Cisco CTIManager",
        ].join("\n"),
      },
    ],
    sources: ["cucmSecurity", "cucmRenewal"],
  },
  // IM and Presence guide 12.5(1)SU2, "Configure Certificates": cup-xmpp → Cisco XCP Router; cup-xmpp-s2s →
  // Cisco XCP XMPP Federation Connection Manager, on each federation node.
  "cup-xmpp": {
    upload: "cup-xmpp",
    trust: "cup-xmpp-trust",
    restart: (where) => [
      {
        text: `Restart Cisco XCP Router on ${where} (CLI):`,
        command: "utils service restart Cisco XCP Router",
      },
    ],
    sources: ["imp"],
  },
  "cup-xmpp-s2s": {
    upload: "cup-xmpp-s2s",
    trust: "cup-xmpp-trust",
    restart: (where) => [
      {
        text: `Restart Cisco XCP XMPP Federation Connection Manager on ${where} that handle XMPP federation (CLI):`,
        command: "utils service restart Cisco XCP XMPP Federation Connection Manager",
      },
    ],
    sources: ["imp"],
  },
};

/** Where a Cisco certificate purpose is uploaded (RSA or ECDSA), its trust store, and the restarts after a new
 *  certificate, in order: shared with the renewal scripts (src/automation). */
export function ciscoPurpose(
  purpose: CiscoUcComponent["purpose"],
  ecdsa: boolean,
  where: string,
): { upload: string; trust: string; restart: HandoffStep[] } {
  const p = CISCO_PURPOSE[purpose];
  return { upload: ecdsa ? `${p.upload}-ECDSA` : p.upload, trust: p.trust, restart: p.restart(where, ecdsa) };
}

function ciscoHandoff(cert: CertificatePlan, c: CiscoUcComponent | undefined, facts: HandoffFacts): Handoff {
  const purpose = CISCO_PURPOSE[c?.purpose ?? "tomcat"];
  const ecdsa = cert.key.algorithm === "ECDSA";
  const upload = ecdsa ? `${purpose.upload}-ECDSA` : purpose.upload;
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
      text: `Then upload ${facts.files.certificate} with Certificate Purpose "${upload}" (Description: the certificate's name); the chain must already be trusted.`,
    },
    ...purpose.restart(multi ? "every node of the cluster" : "the node", ecdsa),
  ];
  return {
    platform: `Cisco ${product}`,
    steps,
    notes: [
      `${product} accepts only a certificate issued for a CSR it generated itself (Security > Certificate Management > Generate CSR): the private key stays on the node, so there is no key to upload.`,
      "Follow any further restart the upload confirmation of your release asks for.",
    ],
    sources: [
      SOURCES.cucm,
      ...(multi ? [SOURCES.cucmMultiServer] : []),
      ...purpose.sources.map((k) => SOURCES[k]),
    ],
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

/** A node's own client certificate (split server and client certificates). We could read that X15.5 has a client
 *  certificate store, but not the page that loads it, nor the Unified CM release that adds one (FN74345): the
 *  steps say so rather than name a menu we have not seen. */
function clientHandoff(
  cert: CertificatePlan,
  component: Component | undefined,
  facts: HandoffFacts,
): Handoff {
  const node = cert.installOn[0] ?? cert.subject.CN;
  if (component?.type === "expressway") {
    return {
      platform: `Cisco ${component.role === "c" ? "Expressway-C" : "Expressway-E"} (client certificate)`,
      steps: [
        {
          text: `On ${node}, load ${facts.files.certificate} with its key ${facts.files.key} into the client certificate store (X15.5 and later keep it apart from the server certificate store; its page is next to the server certificate's under Maintenance > Security in your release).`,
        },
        {
          text: `On every system this Expressway connects to with mutual TLS (the other Expressway of the traversal zone, Unified CM, neighbour zones), add the CA certificates from ${facts.files.chain} to the trusted CA list.`,
        },
      ],
      notes: [
        "The server certificate stays as it is: only the connections this Expressway opens use this one.",
      ],
      sources: [SOURCES.expresswayX155],
    };
  }
  return {
    platform: "Cisco Unified Communications (client certificate)",
    steps: [
      {
        text: `Once your release supports separate server and client certificates, load ${facts.files.certificate} as the client certificate of ${node}, and add the CA certificates from ${facts.files.chain} to the trust store of every peer.`,
      },
    ],
    notes: [
      "Cisco's field notice FN74345 tracks this feature; we could not confirm which release ships it, or its page: check the release notes of your version.",
    ],
    sources: [SOURCES.fn74345],
  };
}

function sbcHandoff(cert: CertificatePlan, facts: HandoffFacts): Handoff {
  const g = sbcGuidance(cert);
  const on = hosts(cert.installOn);
  const chain = facts.files.chain;
  const withKey = keyBirth(cert).importsKey;
  const steps: HandoffStep[] = [];
  switch (cert.sbcVendor) {
    case "audiocodes":
      steps.push(
        {
          text: `On ${on}: Setup > IP Network > Security > TLS Contexts, select the TLS Context of the ${cert.profile === "sbc-teams" ? "Teams" : "SIP"} interface > Change Certificate.`,
        },
        {
          text: withKey
            ? `Upload ${facts.files.key} as the private key (if the key was made in this browser) and ${facts.files.certificate} as the device certificate; then load the CA certificates from ${chain} under Trusted Root Certificates of the same context.`
            : `Upload ${facts.files.certificate} as the device certificate; then load the CA certificates from ${chain} under Trusted Root Certificates of the same context.`,
        },
      );
      break;
    case "ribbon":
      steps.push({
        text: `On ${on}: Settings > Security > SBC Certificates: import the CA certificates from ${chain} as trusted CA certificates, then ${facts.files.pfx} (certificate with its private key, PKCS#12) — or ${facts.files.certificate} when the CSR was generated on the SBC.`,
      });
      break;
    case "anynode":
      steps.push({
        text: `On ${on}: load ${facts.files.certificate} (the answer to the request anynode made) with the CA certificates from ${chain} into anynode's certificate store, and select it for the transport towards the service.`,
      });
      break;
    case "oracle":
      steps.push({
        text: `On ${on}: import the CA certificates from ${chain} into their own certificate records (trusted), then import-certificate ${facts.files.certificate} into the record that made the request; save, activate and reboot.`,
      });
      break;
    case "cisco-cube":
      steps.push(
        {
          text: `On ${on}, in configuration mode: crypto pki authenticate <trustpoint> and paste the issuing CA certificate from ${chain}; then crypto pki import <trustpoint> certificate and paste ${facts.files.certificate}.`,
        },
        {
          text: "Use it for SIP over TLS:",
          command: "sip-ua\n crypto signaling default trustpoint <trustpoint>",
        },
      );
      break;
    default:
      steps.push({
        text: `Install ${facts.files.certificate} with its key ${facts.files.key} and the chain ${facts.files.fullchain} on ${on}, as the SBC vendor's guide describes (or ${facts.files.pfx} where it takes PKCS#12).`,
      });
  }
  if (g) steps.push({ text: `Trust: ${g.trust}` });
  const notes = [`Thumbprint (SHA-1): ${windowsThumbprint(facts.sha1)}.`];
  if (g?.status) notes.push(g.status);
  const sources =
    cert.profile === "sbc-teams"
      ? [SBC_SOURCES.plan, SBC_SOURCES.whatsNew, SBC_SOURCES.health]
      : cert.profile === "sbc-webex-lgw"
        ? [SBC_SOURCES.lgw]
        : [];
  return {
    platform: cert.title.split(" — ")[0] ?? "SBC",
    steps,
    notes,
    sources: [...sources, ...keyBirth(cert).sources],
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
  if (cert.profile === "tls-client") return clientHandoff(cert, component, facts);
  if (cert.componentType === "cisco-uc")
    return ciscoHandoff(cert, component?.type === "cisco-uc" ? component : undefined, facts);
  if (cert.componentType === "expressway")
    return expresswayHandoff(cert, component?.type === "expressway" ? component : undefined, facts);
  if (cert.componentType === "sbc") return sbcHandoff(cert, facts);
  return genericHandoff(cert, facts);
}
