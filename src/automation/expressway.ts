// Cisco Expressway: the Expressway-E's own ACME client (X12.5 and later) renews its server certificate; nothing
// renews an Expressway-C's. Sources and what could not be read: ./sources.ts.
import type { CertificatePlan, ExpresswayComponent, Plan } from "../domain/types";
import { AUTOMATION_SOURCES as S, UNCONFIRMED } from "./sources";
import type { Automation } from "./types";

function componentOf(cert: CertificatePlan, plan: Plan): ExpresswayComponent | undefined {
  const c = plan.components.find((x) => x.id === cert.componentId);
  return c?.type === "expressway" ? c : undefined;
}

const CLIENT_AUTH_NOTES = [
  "clientAuth: a public CA now issues server-only certificates (no Client Authentication EKU), and an Expressway also acts as the TLS client towards its neighbours (traversal zone to the Expressway-C, SIP and XMPP federation). Field Notice FN74362: such a certificate is not valid for client authentication in mutual TLS.",
  "X15.4: the Expressway-E accepts a server-only certificate only after the CLI switch xConfiguration XCP TLS Certificate CVS EnableServerEkuUpload: On.",
  "X15.5 and later: the switch is deprecated; the Expressway has a server certificate store and a client certificate store. The ACME certificate goes in the server store; put a private-CA certificate with the Client Authentication EKU in the client store for the mutual-TLS connections.",
  "Before X15.4 (X14 up to X15.3 are affected releases in FN74362): there is no way to use a server-only certificate for the connections where the Expressway is the client; upgrade before the CA stops issuing clientAuth.",
];

export function expresswayAutomation(cert: CertificatePlan, plan: Plan): Automation {
  const c = componentOf(cert, plan);
  const role = cert.profile === "expressway-c" || c?.role === "c" ? "c" : "e";
  const peers = (c?.peers ?? cert.installOn).map((p) => p.toLowerCase());
  const names = cert.sans.map((s) => s.value);
  const sources = [S.expresswayAcme, S.expresswayEku, S.fn74362];
  if (role === "c") {
    return {
      level: "manual",
      platform: "Cisco Expressway-C",
      summary:
        "Nothing renews this certificate automatically: Expressway's ACME client is on the Expressway-E only, and the Expressway-C's certificate comes from your internal CA.",
      settings: [],
      steps: [
        `Least manual path: on ${peers.length > 1 ? `each peer (${peers.join(", ")})` : "the Expressway-C"}, generate the CSR on the Expressway itself (its key never leaves it), have your internal CA sign it, and upload the certificate on the server certificate page; the renewal calendar says when.`,
        "Or make the key in this browser (Keys and CSRs step) and upload the certificate with its key: one certificate and key can then serve every peer of the cluster.",
      ],
      scripts: [],
      notes: [
        "An internal CA keeps the Client Authentication EKU that the Expressway-C needs towards Unified CM and the Expressway-E.",
      ],
      unconfirmed: [],
      sources,
    };
  }
  if (cert.caType !== "public") {
    return {
      level: "manual",
      platform: "Cisco Expressway-E",
      summary:
        "The Expressway-E's ACME client works with a public ACME CA (Cisco names Let's Encrypt); this certificate is planned from an internal CA, so it is renewed by hand.",
      settings: [],
      steps: [
        "Least manual path: generate the CSR on the Expressway-E, have your CA sign it and upload it on the server certificate page when the renewal calendar says.",
        "To automate it instead, plan this certificate from a public CA (Review step, CA for this certificate) and use the Expressway-E's ACME client.",
      ],
      scripts: [],
      notes: [],
      unconfirmed: [],
      sources: [S.expresswayAcme],
    };
  }
  const shared = names.filter((n) => n !== cert.subject.CN.toLowerCase());
  return {
    level: "automatic",
    platform: "Cisco Expressway-E",
    summary:
      "The Expressway-E renews its own server certificate with its built-in ACME client (X12.5 and later), validated by HTTP-01 on TCP port 80 inbound; you deploy the first certificate by hand, then schedule the renewals.",
    settings: [
      { label: "Certificate covered", value: "The Expressway-E's server certificate" },
      { label: "Release", value: "X12.5 or later" },
      { label: "ACME certificate authority", value: "Let's Encrypt (the CA Cisco's guide names)" },
      { label: "Common name", value: cert.subject.CN },
      {
        label: `Subject alternative names (${names.length})`,
        value: names.join(", "),
      },
      {
        label: "Validation",
        value: `HTTP-01: TCP port 80 open inbound from the internet to ${peers.length > 1 ? "each peer that requests a certificate" : "the Expressway-E"}, for every name above`,
      },
      {
        label: "Renewal",
        value:
          "After the first manual deployment, schedule the renewal on the Expressway-E, early enough for the renew-by date in the renewal calendar",
      },
      {
        label: "Peers",
        value: peers.length > 0 ? peers.join(", ") : "the Expressway-E",
      },
    ],
    steps: [
      "Open TCP port 80 inbound to the Expressway-E (the firewall and the Expressway's own rules), for the ACME CA's validation only.",
      `Enter the names above in the Expressway-E's ACME certificate signing request, exactly as planned (${names.length} name${names.length === 1 ? "" : "s"}).`,
      "Let the ACME client obtain the certificate, then deploy it (the one manual step Cisco describes).",
      "Schedule the renewal, and keep port 80 open for every later renewal.",
    ],
    scripts: [],
    notes: [
      `HTTP-01 is checked by fetching http://<name>/.well-known/acme-challenge/<token> at the address each name resolves to publicly (RFC 8555 §8.3): every name must resolve to the Expressway-E that asks${shared.length > 0 && peers.length > 1 ? `; a name shared by the peers (${shared.slice(0, 3).join(", ")}${shared.length > 3 ? "…" : ""}) can be answered by the other peer and fail` : ""}.`,
      "Cisco: no ACME with Jabber Guest deployments; for business-to-business it is not always practical to include your primary domain in ACME certificates.",
      ...CLIENT_AUTH_NOTES,
    ],
    unconfirmed: [UNCONFIRMED.expresswayMenus],
    sources: [...sources, S.rfc8555Http01],
  };
}
