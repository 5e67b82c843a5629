// CSR field sheets for session border controllers: what to enter, field by field, on the SBC's own certificate
// page, so that the request carries exactly the planned Subject and SANs. One per vendor (PLAN-FORMAT.md `sbc`).
//
// Sources (read 2026-12-07; what could not be read here is said in each sheet's source note):
// - AudioCodes Mediant SBC, Web interface, TLS Contexts > Change Certificate: AudioCodes' own User's Manual could not
//   be read here; the field names follow AudioCodes' TLS Configuration Note LTRT-31600 (read as a third-party copy).
// - Ribbon SBC Edge / SWe Lite: Ribbon's SBC Edge pages could not be read here; Ribbon's SBC Core "PKI - Certificate"
//   (publicdoc.rbbn.com) was: "Certificate file format: PKCS#12 containing both the local SBC certificate and
//   corresponding private key, or the local certificate and corresponding private key in PEM or DER format."
// - anynode: "Let's Encrypt / ACME" technote, Certificate Challenge (docs.anynode.de): "anynode uses the HTTP-01
//   challenge method." "the HTTP-01 challenge can only be performed on port 80." "The HTTP-01 challenge requires
//   port 80 to be open in your firewall so that the ACME provider can reach your system when needed. Port 80 cannot
//   be used by any other program on the anynode machine with the selected interface IP address."
// - Oracle Enterprise SBC: Configuration Guide, "Certificate Configuration Process" (docs.oracle.com): "Configure a
//   certificate record on the E-SBC." "Generate a certificate request by the E-SBC." "Import the certificate into the
//   E-SBC." "Reboot the system." The certificate-record parameter list itself was not read here.
// - Cisco CUBE (IOS-XE): TechNote 215412 (cisco.com): "Crypto key generate rsa label TestRSAkey exportable modulus
//   2048", "Crypto pki trustpoint CUBE_CA_CERT", "serial-number none", "fqdn none", "ip-address none",
//   "subject-name cn=ISR4451-B.cisco.lab", "enrollment terminal", "crypto pki enroll CUBE_CA_CERT".
import type { CertificatePlan } from "../domain/types";
import type { ApplianceSheet, SheetField } from "./appliance";
import { assertNoControlChar, fileBase, hashFor, keyBits, subjectValue } from "./common";

const AUDIOCODES_SOURCE =
  "Source: AudioCodes Mediant SBC User's Manual, TLS Contexts (Change Certificate); AudioCodes' own page could not be read here, the labels follow AudioCodes' TLS Configuration Note LTRT-31600: check them on your firmware.";
const RIBBON_SOURCE =
  "Source: Ribbon SBC Edge / SWe Lite documentation (publicdoc.rbbn.com); the SBC Edge CSR page could not be read here, so check the labels on your release. Ribbon's SBC Core documentation says a certificate can be loaded as PKCS#12 with its private key.";
const ANYNODE_SOURCE =
  "Source: anynode, Let's Encrypt / ACME technote, Certificate Challenge (https://docs.anynode.de/anynode-technote-en-lets-encrypt-acme/certificate-challenge.sec6.html): \"the HTTP-01 challenge can only be performed on port 80.\" anynode's own page on certificate requests could not be read here: check the field names in your version.";
const ORACLE_SOURCE =
  "Source: Oracle Enterprise SBC Configuration Guide, Certificate Configuration Process (https://docs.oracle.com/cd/E95619_01/html/esbc_ecz810_configuration/GUID-114FF7AF-54CA-4DD1-83D1-2C2F86A70F1A.htm): configure a certificate record, generate the request on the E-SBC, import the certificate, reboot. The parameter list of certificate-record could not be read here: check each name with the ACLI's own help.";
const CUBE_SOURCE =
  "Source: Cisco TechNote 215412, Configure SIP TLS between CUCM-CUBE/CUBE-SBC with CA-signed certificates (https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-border-element/215412-configure-sip-tls-between-cucm-cube-cube.html).";

function dnParts(cert: CertificatePlan): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (const key of ["CN", "OU", "O", "L", "ST", "C"] as const) {
    const v = subjectValue(cert.subject, key);
    if (v !== undefined) out.push({ key, value: v });
  }
  return out;
}

const sansOf = (cert: CertificatePlan): string[] => cert.sans.map((s) => s.value);

function ekuWords(cert: CertificatePlan): string {
  return cert.eku
    .map((e) => (e === "serverAuth" ? "Server Authentication" : "Client Authentication"))
    .join(" and ");
}

function ekuNote(cert: CertificatePlan): string {
  return `The CA must issue it with ${ekuWords(cert)}${cert.eku.includes("clientAuth") ? " (Microsoft's Plan Direct Routing, June 17, 2024, asks for both)" : ""}: ask for it in the order, the request itself may not carry it.`;
}

function install(cert: CertificatePlan): string {
  return cert.installOn.length > 1
    ? `The same certificate and key go on ${cert.installOn.join(", ")}.`
    : `Install it on ${cert.installOn[0] ?? cert.subject.CN}.`;
}

// ---------------------------------------------------------------- AudioCodes

function audiocodesSheet(cert: CertificatePlan): ApplianceSheet {
  const fields: SheetField[] = [
    { label: "Subject Name [CN]", value: cert.subject.CN },
    { label: "Organizational Unit [OU]", value: subjectValue(cert.subject, "OU") ?? "" },
    { label: "Company Name [O]", value: subjectValue(cert.subject, "O") ?? "" },
    { label: "Locality or City Name [L]", value: subjectValue(cert.subject, "L") ?? "" },
    { label: "State [ST]", value: subjectValue(cert.subject, "ST") ?? "" },
    { label: "Country Code [C]", value: subjectValue(cert.subject, "C") ?? "" },
  ];
  const ordinals = ["1st", "2nd", "3rd", "4th", "5th"];
  sansOf(cert).forEach((name, i) => {
    fields.push({
      label: `${ordinals[i] ?? `${i + 1}th`} Subject Alternative Name [SAN]`,
      value: `DNS: ${name}`,
    });
  });
  fields.push(
    { label: "Signature Algorithm", value: hashFor(cert.key).toUpperCase().replace("SHA", "SHA-") },
    {
      label: "Private Key Size",
      value: cert.key.algorithm === "RSA" ? String(cert.key.size) : `ECDSA ${cert.key.curve}`,
      note: "Set under Generate New Private Key when the key is made on the SBC.",
    },
  );
  const notes = [
    `Open the TLS Context used by the ${cert.profile === "sbc-teams" ? "Teams" : "SIP"} interface (its Proxy Set), then Change Certificate > Certificate Signing Request: fill in the fields and Create CSR.`,
    ekuNote(cert),
    "After the CA answers: Change Certificate > Upload Certificate Files from your Computer > Send Device Certificate File; load the issuing CA and root under Trusted Root Certificates of the same TLS Context.",
    install(cert),
  ];
  if (cert.sans.length > 5)
    notes.push(
      `The form has five SAN fields; this certificate has ${cert.sans.length}: make the key and CSR in this browser or with the OpenSSL config and upload them instead.`,
    );
  notes.push(AUDIOCODES_SOURCE);
  return {
    platform: "audiocodes",
    title: "AudioCodes Mediant SBC certificate signing request",
    where: `SBC Web interface on ${cert.installOn[0] ?? cert.subject.CN} > Setup > IP Network > Security > TLS Contexts > Change Certificate`,
    fields,
    notes,
  };
}

// ---------------------------------------------------------------- Ribbon

function ribbonSheet(cert: CertificatePlan): ApplianceSheet {
  const fields: SheetField[] = [
    { label: "Common Name", value: cert.subject.CN },
    {
      label: "Subject Alternate Name",
      value: sansOf(cert).join(", "),
      note: "Each as a DNS name.",
    },
    { label: "Organization", value: subjectValue(cert.subject, "O") ?? "" },
    { label: "Organization Unit", value: subjectValue(cert.subject, "OU") ?? "" },
    { label: "City or Locality", value: subjectValue(cert.subject, "L") ?? "" },
    { label: "State or Province", value: subjectValue(cert.subject, "ST") ?? "" },
    { label: "Country Code", value: subjectValue(cert.subject, "C") ?? "" },
    { label: "Key Length", value: String(keyBits(cert.key)) },
    { label: "Signature Algorithm", value: hashFor(cert.key).toUpperCase().replace("SHA", "SHA-") },
  ];
  return {
    platform: "ribbon",
    title: "Ribbon SBC Edge / SWe Lite certificate signing request",
    where: `SBC Edge WebUI on ${cert.installOn[0] ?? cert.subject.CN} > Settings > Security > SBC Certificates > Generate SBC Edge CSR`,
    fields,
    notes: [
      ekuNote(cert),
      "After the CA answers: import the trusted root and intermediate first (Trusted CA Certificates), then the signed certificate (SBC Primary Certificate). A key made in this browser is loaded as PKCS#12 with the certificate instead.",
      install(cert),
      RIBBON_SOURCE,
    ],
  };
}

// ---------------------------------------------------------------- anynode

function anynodeSheet(cert: CertificatePlan): ApplianceSheet {
  const names = sansOf(cert);
  const wildcard = names.some((n) => n.startsWith("*."));
  const fields: SheetField[] = [
    { label: "Common name", value: cert.subject.CN },
    { label: "Subject alternative names (DNS)", value: names.join(", ") },
    ...dnParts(cert)
      .filter((p) => p.key !== "CN")
      .map((p) => ({ label: p.key, value: p.value })),
    {
      label: "Key",
      value: cert.key.algorithm === "RSA" ? `RSA ${cert.key.size}` : `ECDSA ${cert.key.curve}`,
    },
  ];
  const notes = [
    "Either create a certificate request on anynode with these fields and send it to your CA, or let anynode's built-in ACME client request the certificate.",
    `ACME (HTTP-01): the CA fetches a file from http://${wildcard ? "<each name>" : (names[0] ?? cert.subject.CN)}/.well-known/acme-challenge/ on port 80 only. Open port 80 from the internet to this anynode machine on the interface the name resolves to, and keep every other program off port 80 on that address; anynode opens it only while a challenge runs.`,
  ];
  if (wildcard)
    notes.push(
      "HTTP-01 cannot prove control of a wildcard name: order the wildcard from a CA with DNS validation, not through the ACME client.",
    );
  if (cert.eku.includes("clientAuth"))
    notes.push(
      "Let's Encrypt no longer issues Client Authentication (since July 8, 2026), which Microsoft's Plan Direct Routing (June 17, 2024) asks for: with Teams Direct Routing, order from a CA that still includes it, or check Microsoft's current page first.",
    );
  notes.push(ekuNote(cert), install(cert), ANYNODE_SOURCE);
  return {
    platform: "anynode",
    title: "anynode certificate request",
    where: `anynode frontend on ${cert.installOn[0] ?? cert.subject.CN} > Certificates`,
    fields,
    notes,
  };
}

// ---------------------------------------------------------------- Oracle

function oracleSheet(cert: CertificatePlan): ApplianceSheet {
  const name = recordName(cert);
  const fields: SheetField[] = [
    { label: "name", value: name },
    { label: "common-name", value: cert.subject.CN },
    { label: "alternate-name", value: sansOf(cert).join(" ") },
    { label: "organization", value: subjectValue(cert.subject, "O") ?? "" },
    { label: "unit", value: subjectValue(cert.subject, "OU") ?? "" },
    { label: "locality", value: subjectValue(cert.subject, "L") ?? "" },
    { label: "state", value: subjectValue(cert.subject, "ST") ?? "" },
    { label: "country", value: subjectValue(cert.subject, "C") ?? "" },
    { label: "key-size", value: String(keyBits(cert.key)) },
    {
      label: "extended-key-usage-list",
      value: cert.eku.join(" "),
    },
  ];
  return {
    platform: "oracle",
    title: "Oracle Enterprise SBC certificate record and request",
    where: `ACLI on ${cert.installOn[0] ?? cert.subject.CN}: configure terminal > security > certificate-record, then generate-certificate-request ${name}`,
    fields,
    notes: [
      `Save and activate the configuration, run generate-certificate-request ${name} and send the request it prints to the CA; then import-certificate into the same record and reboot.`,
      ekuNote(cert),
      install(cert),
      ORACLE_SOURCE,
    ],
  };
}

// ---------------------------------------------------------------- Cisco CUBE (IOS-XE)

/** An IOS name (trustpoint, key label, certificate record): letters, digits, "-" and "_". */
function recordName(cert: CertificatePlan): string {
  return fileBase(cert)
    .replace(/[^A-Za-z0-9_-]/g, "_")
    .slice(0, 60);
}

/** A value inside IOS subject-name: a comma would start a new attribute, so it is escaped as in RFC 4514. */
function iosDnValue(value: string): string {
  assertNoControlChar(value, "A Subject value");
  return value.replace(/[,+"\\<>;=]/g, (c) => `\\${c}`);
}

/** The IOS-XE lines: key, trustpoint with the planned subject and names, and the request. */
export function cubeConfig(cert: CertificatePlan): string[] {
  const label = recordName(cert);
  const tp = `${label}-TP`;
  const subject = dnParts(cert)
    .map((p) => `${p.key.toLowerCase()}=${iosDnValue(p.value)}`)
    .join(",");
  for (const n of sansOf(cert)) assertNoControlChar(n, "A name");
  const key =
    cert.key.algorithm === "RSA"
      ? [`crypto key generate rsa label ${label} exportable modulus ${cert.key.size}`]
      : [`crypto key generate ec keysize ${keyBits(cert.key)} exportable label ${label}`];
  const eku = cert.eku.map((e) => (e === "serverAuth" ? "server-auth" : "client-auth")).join(" ");
  return [
    ...key,
    `crypto pki trustpoint ${tp}`,
    " enrollment terminal pem",
    " serial-number none",
    " fqdn none",
    " ip-address none",
    ` subject-name ${subject}`,
    ` subject-alt-name ${sansOf(cert).join(" ")}`,
    ...(eku ? [` eku request ${eku}`] : []),
    " revocation-check none",
    cert.key.algorithm === "RSA" ? ` rsakeypair ${label}` : ` eckeypair ${label}`,
    ` hash ${hashFor(cert.key)}`,
    "exit",
    `crypto pki enroll ${tp}`,
  ];
}

function cubeSheet(cert: CertificatePlan): ApplianceSheet {
  const config = cubeConfig(cert);
  const tp = `${recordName(cert)}-TP`;
  const fields: SheetField[] = [
    { label: "Trustpoint", value: tp },
    { label: "subject-name", value: config.find((l) => l.startsWith(" subject-name "))?.slice(14) ?? "" },
    { label: "subject-alt-name", value: sansOf(cert).join(" ") },
    {
      label: "Key",
      value:
        cert.key.algorithm === "RSA"
          ? `RSA ${cert.key.size} (exportable)`
          : `EC ${keyBits(cert.key)} (exportable)`,
    },
  ];
  const notes = [
    `Paste the configuration in configuration mode on ${cert.installOn[0] ?? cert.subject.CN}; crypto pki enroll ${tp} asks "Display Certificate Request to terminal?": answer yes and send the request it prints to the CA.`,
    `After the CA answers: crypto pki authenticate ${tp} (paste the issuing CA certificate), then crypto pki import ${tp} certificate (paste the signed certificate), and point SIP at it (sip-ua > crypto signaling default trustpoint ${tp}).`,
    ...(dnParts(cert).some((p) => /[,+"\\<>;=]/.test(p.value))
      ? [
          "A Subject value contains a character IOS-XE would read as a separator (for example a comma): it is escaped with a backslash as in RFC 4514; decode the request before you send it and check the subject is intact.",
        ]
      : []),
    ...(cert.sans.length > 1
      ? [
          `This certificate has ${cert.sans.length} names on one subject-alt-name line: check with "subject-alt-name ?" that your IOS-XE release takes several names.`,
        ]
      : []),
    ekuNote(cert),
    install(cert),
    CUBE_SOURCE,
  ];
  return {
    platform: "cisco-cube",
    title: "Cisco CUBE (IOS-XE) trustpoint and certificate request",
    where: `IOS-XE configuration mode on ${cert.installOn[0] ?? cert.subject.CN}`,
    fields,
    notes,
    commands: [{ label: "IOS-XE configuration", command: config.join("\n") }],
  };
}

/** The CSR field sheet of an SBC certificate, by vendor; null when no vendor is named ("other"). */
export function sbcSheet(cert: CertificatePlan): ApplianceSheet | null {
  switch (cert.sbcVendor) {
    case "audiocodes":
      return audiocodesSheet(cert);
    case "ribbon":
      return ribbonSheet(cert);
    case "anynode":
      return anynodeSheet(cert);
    case "oracle":
      return oracleSheet(cert);
    case "cisco-cube":
      return cubeSheet(cert);
    default:
      return null;
  }
}
