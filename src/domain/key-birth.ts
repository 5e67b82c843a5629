// Where the private key of each certificate can be born, per platform, and what the platform can import — from the
// vendors' own pages (issue: "Key birth by platform, from vendor sources"). Pure: a function of the planned
// certificate. The Keys and CSRs step offers only the places listed here; where a platform cannot take a key made
// elsewhere, the in-browser key is not offered and the platform's own CSR page is the way (and the default).
//
// Sources, quoted:
// - Skype for Business Server / Lync (Windows Server; every role: Edge, Front End / Standard Edition / Director,
//   Mediation, SBA): Microsoft, Import-CsCertificate [MicrosoftDocs/office-docs-powershell,
//   skype/skype-ps/skype/Import-CsCertificate.md] — "If a certificate is not acquired by using the
//   Request-CsCertificate cmdlet, then that certificate must be imported before it can be assigned to a Skype for
//   Business Server server role", with "-Path <String> [-Password <String>] [-PrivateKeyExportable <Boolean>]" and
//   the example "Import-CsCertificate -Path "C:\Certificates\WebServer.pfx" -PrivateKeyExportable $True": a key made
//   elsewhere comes in as a PFX. Request-CsCertificate [same repo, Request-CsCertificate.md] makes the key on the
//   server ("-New -Type … -KeySize … -PrivateKeyExportable <Boolean>"), as does certreq. Import-PfxCertificate (pki
//   module) imports a PFX into Cert:\LocalMachine\My for the reverse proxy (IIS ARR) too.
// - Pexip Infinity: Pexip's own Terraform provider, infinity_tls_certificate
//   (github.com/pexip/terraform-provider-infinity docs/resources/infinity_tls_certificate.md) — Required:
//   "`private_key` (String, Sensitive) The PEM-encoded private key"; optional "private_key_passphrase … The
//   passphrase for the private key if it is encrypted": a key made outside is uploaded with its certificate. Pexip's
//   own CSR generator (certificate_signing_request, private_key_type "RSA2048, RSA4096, ECDSAP256") is the other way.
// - Cisco Expressway: Certificate Creation and Use Deployment Guide X14.0, "Loading Certificates and Keys Onto
//   Expressway" (cisco.com …/exwy_b_certificate-creation-use-deployment-guide_chapter_0110.html) — "Typically three
//   elements are loaded: The server certificate … The private key … A list of certificates of trusted certificate
//   authorities"; "Generating a Certificate Signing Request" (…_chapter_010.html) — "The system produces a signing
//   request and an associated private key. The private key is stored securely on the Expressway and cannot be viewed
//   or downloaded." Both ways work; the key Expressway makes cannot be copied to a second peer.
// - Cisco Unified CM, IM and Presence, Unity Connection (tomcat, CallManager, cup, cup-xmpp, cup-xmpp-s2s; single-
//   and multi-server): Security Guide for Cisco Unified Communications Manager 12.5(1), "Certificates Overview"
//   (cisco.com …/cucm_b_security-guide-1251_chapter_011101.html) — "CA-signed certificates—You can also configure
//   Unified Communications Manager to use certificates that are signed by a third-party certificate authority (CA).
//   You must complete a Certificate Signing Request (CSR) to have the CA sign a certificate on behalf of Unified
//   Communications"; Security Guide 12.5(1)SU6 "Certificates" — "Unified Communications Manager supports only PEM
//   (.pem) and DER (.der) formatted certificates"; TechNote 118731 (multi-server SAN) — "Log into Publisher's
//   Operating System (OS) Administration and navigate to Security > Certificate Management > Generate CSR". The
//   Upload Certificate/Certificate chain page takes a certificate, no private key: the key is born on the node by
//   Generate CSR and the signed certificate must answer that CSR. We found no Cisco sentence that says "a private key
//   cannot be imported" in so many words; the documented path has no place for one.
// - SBCs (read 2026-12-07; where a vendor page could not be read here, this says so and the key is not offered):
//   AudioCodes: the device takes a private key made elsewhere ("Replacing the Device's Private Key", AudioCodes TLS
//   Configuration Note LTRT-31600, read only as a third-party copy; AudioCodes' own manual pages could not be read
//   here). Ribbon: SBC Core "PKI - Certificate" (publicdoc.rbbn.com) — "Certificate file format: PKCS#12 containing
//   both the local SBC certificate and corresponding private key"; Ribbon's SBC Edge / SWe Lite pages could not be
//   read here. Oracle E-SBC: "Configure a certificate record … Generate a certificate request by the E-SBC … Import
//   the certificate" (docs.oracle.com): the key is made by the SBC. Cisco CUBE: TechNote 215412 — "Crypto key
//   generate rsa label TestRSAkey exportable modulus 2048": the key is made on the router. anynode: its ACME client
//   makes the key on the machine (docs.anynode.de, Let's Encrypt / ACME technote); an anynode page on importing a
//   PKCS#12 key could not be read here, so the browser key is not offered for anynode.
import type { CertificatePlan, CertificateProfile, KeyLocation, SbcVendor } from "./types";

export interface KeyBirth {
  /** the platform, in the admin's words */
  platform: string;
  /** the platform imports a key made elsewhere with its certificate (so a key made in this browser works) */
  importsKey: boolean;
  /** the certificate lives in a Windows machine store: certreq and Request-CsCertificate apply */
  windows: boolean;
  /** an OpenSSL config helps: the key it makes can be imported (PEM or packaged as PFX) */
  openssl: boolean;
  /** where the key is created unless the admin chooses otherwise */
  defaultLocation: KeyLocation;
  /** why the in-browser key is not offered, and the way instead (absent when it is offered) */
  why?: string;
  /** the vendor pages behind this, "Publisher, title — URL" */
  sources: string[];
}

export const KEY_BIRTH_SOURCES = {
  importCsCertificate:
    'Microsoft, Import-CsCertificate — https://learn.microsoft.com/en-us/powershell/module/skype/import-cscertificate ("If a certificate is not acquired by using the Request-CsCertificate cmdlet, then that certificate must be imported before it can be assigned to a Skype for Business Server server role.")',
  pexip:
    'Pexip, Terraform provider for Infinity, infinity_tls_certificate — https://github.com/pexip/terraform-provider-infinity/blob/main/docs/resources/infinity_tls_certificate.md ("private_key (String, Sensitive) The PEM-encoded private key")',
  expressway:
    'Cisco, Expressway Certificate Creation and Use Deployment Guide X14.0, Loading Certificates and Keys Onto Expressway — https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X14-0/cert_creation_use/exwy_b_cisco-expressway-certificate-creation-and-use-deployment-guide-x14-0/exwy_b_certificate-creation-use-deployment-guide_chapter_0110.html ("Typically three elements are loaded: The server certificate … The private key … A list of certificates of trusted certificate authorities.")',
  cucm: 'Cisco, Security Guide for Cisco Unified Communications Manager 12.5(1), Certificates Overview — https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/security/12_5_1/cucm_b_security-guide-1251/cucm_b_security-guide-1251_chapter_011101.html ("You must complete a Certificate Signing Request (CSR) to have the CA sign a certificate on behalf of Unified Communications.")',
  cucmMultiServer:
    'Cisco TechNote 118731, CA-signed multi-server SAN certificates — https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/118731-configure-san-00.html ("Log into Publisher\'s Operating System (OS) Administration and navigate to Security > Certificate Management > Generate CSR.")',
  fn74345:
    'Cisco Field Notice FN74345 — https://www.cisco.com/c/en/us/support/docs/field-notices/743/fn74345.html ("certificates issued by a public root CA with only Server Authentication EKU will not be valid for client authentication in mutual TLS (mTLS) setups.")',
  audiocodes:
    "AudioCodes, Transport Layer Security (TLS) Configuration Note LTRT-31600, \"Replacing the Device's Private Key\" (document LTRT-31600, January 2012; AudioCodes' own copy could not be read here, the section title is from a third-party copy)",
  ribbon:
    'Ribbon, SBC Core PKI - Certificate — https://publicdoc.rbbn.com/display/SBXDOC120/PKI+-+Certificate ("Certificate file format: PKCS#12 containing both the local SBC certificate and corresponding private key")',
  oracle:
    'Oracle, Enterprise Session Border Controller Configuration Guide, Certificate Configuration Process — https://docs.oracle.com/cd/E95619_01/html/esbc_ecz810_configuration/GUID-114FF7AF-54CA-4DD1-83D1-2C2F86A70F1A.htm ("Generate a certificate request by the E-SBC.")',
  cube: 'Cisco TechNote 215412, Configure SIP TLS between CUCM-CUBE/CUBE-SBC with CA-signed certificates — https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-border-element/215412-configure-sip-tls-between-cucm-cube-cube.html ("Crypto key generate rsa label TestRSAkey exportable modulus 2048")',
  anynode:
    'anynode, Let\'s Encrypt / ACME technote, Certificate Challenge — https://docs.anynode.de/anynode-technote-en-lets-encrypt-acme/certificate-challenge.sec6.html ("the HTTP-01 challenge can only be performed on port 80")',
  sbcOther:
    'Microsoft Learn, Plan Direct Routing — https://learn.microsoft.com/en-us/microsoftteams/direct-routing-plan ("For specific instructions on generating a CSR for an SBC, see the interconnection instructions or documentation provided by your SBC vendors.")',
} as const;

function sbcKeyBirth(vendor: SbcVendor | undefined): KeyBirth {
  const onBox = (platform: string, csrPage: string, source: string): KeyBirth => ({
    platform,
    importsKey: false,
    windows: false,
    openssl: false,
    defaultLocation: "appliance",
    why: `${platform} creates this certificate's private key itself (${csrPage}); we found no page of the vendor that imports a key made elsewhere, so a key made in this browser is not offered. Generate the request on the SBC with the fields below, send it to the CA, and load the signed certificate on the same page.`,
    sources: [source],
  });
  switch (vendor) {
    case "audiocodes":
      return {
        platform: "AudioCodes Mediant SBC",
        importsKey: true,
        windows: false,
        openssl: true,
        defaultLocation: "browser",
        sources: [KEY_BIRTH_SOURCES.audiocodes],
      };
    case "ribbon":
      return {
        platform: "Ribbon SBC",
        importsKey: true,
        windows: false,
        openssl: true,
        defaultLocation: "browser",
        sources: [KEY_BIRTH_SOURCES.ribbon],
      };
    case "oracle":
      return onBox(
        "The Oracle Enterprise SBC",
        "certificate-record, then generate-certificate-request",
        KEY_BIRTH_SOURCES.oracle,
      );
    case "cisco-cube":
      return onBox(
        "The Cisco CUBE router",
        "crypto key generate rsa, then crypto pki enroll",
        KEY_BIRTH_SOURCES.cube,
      );
    case "anynode":
      return onBox(
        "anynode",
        "its certificate request or its built-in ACME client",
        KEY_BIRTH_SOURCES.anynode,
      );
    default:
      return {
        platform: "the SBC",
        importsKey: true,
        windows: false,
        openssl: true,
        defaultLocation: "browser",
        sources: [KEY_BIRTH_SOURCES.sbcOther],
      };
  }
}

/** Where this certificate's key can be born (see the sources above). */
export function keyBirth(
  cert: Pick<CertificatePlan, "componentType"> & { profile?: CertificateProfile; sbcVendor?: SbcVendor },
): KeyBirth {
  // A Unified CM / IM and Presence / Unity Connection node's separate client certificate (FN74345): how the
  // release that adds it takes its key could not be confirmed (2026-12-07), so nothing is ruled out.
  if (cert.profile === "tls-client" && cert.componentType === "cisco-uc")
    return {
      platform: "Cisco Unified CM / IM and Presence / Unity Connection (client certificate)",
      importsKey: true,
      windows: false,
      openssl: true,
      defaultLocation: "browser",
      sources: [KEY_BIRTH_SOURCES.fn74345],
    };
  switch (cert.componentType) {
    case "sbc":
      return sbcKeyBirth(cert.sbcVendor);
    case "sfb-edge":
    case "sfb-pool":
    case "sfb-mediation":
    case "sfb-sba":
    case "sfb-reverse-proxy":
      return {
        platform:
          cert.componentType === "sfb-reverse-proxy"
            ? "the reverse proxy (Windows, IIS ARR)"
            : "Skype for Business Server / Lync (Windows Server)",
        importsKey: true,
        windows: true,
        openssl: true,
        defaultLocation: "browser",
        sources: [KEY_BIRTH_SOURCES.importCsCertificate],
      };
    case "pexip":
      return {
        platform: "Pexip Infinity",
        importsKey: true,
        windows: false,
        openssl: true,
        defaultLocation: "browser",
        sources: [KEY_BIRTH_SOURCES.pexip],
      };
    case "expressway":
      return {
        platform: "Cisco Expressway",
        importsKey: true,
        windows: false,
        openssl: true,
        defaultLocation: "browser",
        sources: [KEY_BIRTH_SOURCES.expressway],
      };
    case "cisco-uc":
      return {
        platform: "Cisco Unified CM / IM and Presence / Unity Connection",
        importsKey: false,
        windows: false,
        openssl: false,
        defaultLocation: "appliance",
        why: `The node creates this certificate's private key itself (Cisco Unified OS Administration > Security > Certificate Management > Generate CSR) and accepts only the certificate signed from that CSR: it has no way to import a private key made elsewhere, so a key made in this browser could never be used there. Generate the CSR on the node with the fields below, send that CSR to the CA, and upload the signed certificate on the same page.`,
        sources: [KEY_BIRTH_SOURCES.cucm, KEY_BIRTH_SOURCES.cucmMultiServer],
      };
    default:
      return {
        platform: "the server",
        importsKey: true,
        windows: true,
        openssl: true,
        defaultLocation: "browser",
        sources: [],
      };
  }
}

/** The places this certificate's key may be created, in the order the Keys step lists them. */
export function keyLocations(
  cert: Pick<CertificatePlan, "componentType"> & { profile?: CertificateProfile; sbcVendor?: SbcVendor },
  hasApplianceSheet: boolean,
): KeyLocation[] {
  const b = keyBirth(cert);
  const out: KeyLocation[] = [];
  if (b.importsKey) out.push("browser");
  if (hasApplianceSheet) out.push("appliance");
  if (b.windows && cert.componentType.startsWith("sfb-") && cert.componentType !== "sfb-reverse-proxy")
    out.push("sfb-shell");
  if (b.windows) out.push("certreq");
  if (b.openssl) out.push("openssl");
  return out;
}
