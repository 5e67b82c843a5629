import type { CiscoUcComponent, ExpresswayComponent } from "../../types";
import type { CertificateRule, CertView } from "../rule";
import { isClientCertificate, listNames } from "./util";

// Split server and client certificates (issue 13 §4). Sources read 2026-12-07 (search corpus: the pages' own
// text):
// - Cisco, "Navigate Client EKU Sunset with Cisco Expressway x15.5": "x15.5 has two certificate stores: 1.
//   Server certificate store 2. Client certificate store"; "x15.4, a release prior, had a CLI command switch
//   which allowed admin to upload Server EKU only certificate" (deprecated in X15.5).
// - Cisco field notice FN74362 (Expressway) and FN74345 (Unified CM, IM and Presence, Unity Connection, Emergency
//   Responder): "certificates issued by a public root CA with only Server Authentication EKU will not be valid
//   for client authentication in mutual TLS (mTLS) setups." FN74345 lists "CSCws02424 Support for Separate
//   Server and Client Certificate Support for CUCM", CSCws03437 (IM&P), CSCws03463 (CUC) and "All releases are
//   affected"; the release that ships these could NOT be confirmed here, and the finding says so.
// Which connections use which certificate: TLS servers present the server certificate; a node presents its
// client certificate when it opens a mutual TLS connection (the Expressway-C is the traversal client, RULES.md
// E; CUCM's inter-server connections as in PKI-CLIENTAUTH-PUBLIC-1's Cisco advice).

const X155 =
  "Cisco, Navigate Client EKU Sunset with Cisco Expressway x15.5 " +
  "(https://www.cisco.com/c/en/us/support/docs/unified-communications/telepresence-video-communication-server-expressway/225693-navigate-client-eku-sunset-with.html) — " +
  '"x15.5 has two certificate stores: 1. Server certificate store 2. Client certificate store"; Cisco Field Notice ' +
  "FN74362 (https://www.cisco.com/c/en/us/support/docs/field-notices/743/fn74362.html) — " +
  '"certificates issued by a public root CA with only Server Authentication EKU will not be valid for client ' +
  'authentication in mutual TLS (mTLS) setups."';

const FN74345 =
  "Cisco Field Notice FN74345 (https://www.cisco.com/c/en/us/support/docs/field-notices/743/fn74345.html) — " +
  '"certificates issued by a public root CA with only Server Authentication EKU will not be valid for client ' +
  'authentication in mutual TLS (mTLS) setups."; its defects "CSCws02424 Support for Separate Server and Client ' +
  'Certificate Support for CUCM", CSCws03437 (IM and Presence) and CSCws03463 (Unity Connection).';

const PARTNERS =
  "Federation with other organisations is where a private client certificate reaches its limit: a partner's " +
  "server accepts it only if it trusts your private root. Before you switch, send each partner your root CA certificate and ask them to add " +
  "it to their trusted CA list (on a partner Expressway: Maintenance > Security > Trusted CA certificate). A " +
  "partner that will not trust a private root can only federate with you if its side does not ask for a client " +
  "certificate.";

function expresswayText(c: ExpresswayComponent, node: string): { message: string; federates: string[] } {
  const federates = c.role === "e" ? (c.xmppFederationDomains ?? []) : [];
  const role = c.role === "e" ? "Expressway-E" : "Expressway-C";
  const server =
    c.role === "e"
      ? "Mobile and Remote Access clients, business-to-business calls and federation partners that connect in, and the web administration"
      : "the Expressway-E's traversal connections, Unified CM and the web administration";
  const client =
    c.role === "e"
      ? "calls and federation it opens to other organisations and its neighbour zones"
      : "the traversal zone it opens to the Expressway-E and its neighbour zones to Unified CM and other systems";
  let message =
    `${role} ${node} keeps two certificates (X15.5 and later: a server certificate store and a client ` +
    `certificate store; older releases have one store, so keep one certificate for server and client there). ` +
    `It presents the server certificate to ${server}; it presents this client certificate, from your own CA, ` +
    `in the mutual TLS connections it opens: ${client}. Every system it connects to must trust your CA's root: ` +
    "add it to their trusted CA lists before you install this certificate.";
  if (federates.length > 0)
    message += ` This Expressway-E federates over XMPP with ${listNames(federates)}. ${PARTNERS}`;
  return { message, federates };
}

function ciscoText(c: CiscoUcComponent, node: string): { message: string; federates: string[] } {
  const product =
    c.product === "cuc"
      ? "Unity Connection"
      : c.purpose.startsWith("cup-")
        ? "IM and Presence"
        : "Unified CM";
  const federates = c.purpose === "cup-xmpp-s2s" ? ["XMPP federation"] : [];
  let message =
    `Node ${node} would present its server certificate to phones, clients and servers that connect to it, and ` +
    "this client certificate, from your own CA, in the mutual TLS connections it opens (intercluster, ILS, " +
    "UDS, SIP trunk and IM and Presence connections); every peer must trust your CA's root. Cisco's field " +
    `notice FN74345 tracks separate server and client certificates for ${product}, but we could not confirm ` +
    "which release ships them: check your release notes before you plan two certificates per node, and until " +
    "then keep one certificate for server and client from your own CA.";
  if (federates.length > 0)
    message += ` This certificate serves XMPP federation with other organisations. ${PARTNERS}`;
  return { message, federates };
}

export const CISCO_CLIENT_CERT_1: CertificateRule = {
  id: "CISCO-CLIENT-CERT-1",
  scope: "certificate",
  severity: "info",
  description:
    "A node's separate client certificate: which connections use it, who must trust its CA, and what federation partners must do.",
  source: X155,
  applies: (view: CertView) =>
    view.target === "plan" &&
    isClientCertificate(view) &&
    (view.component?.type === "expressway" || view.component?.type === "cisco-uc"),
  check(view) {
    const c = view.component;
    const node = view.subjectCN;
    if (c?.type === "expressway") {
      const { message, federates } = expresswayText(c, node);
      return [{ message, severity: federates.length > 0 ? "warning" : "info", source: X155 }];
    }
    if (c?.type === "cisco-uc") {
      const { message } = ciscoText(c, node);
      return [{ message, severity: "warning", source: FN74345 }];
    }
    return [];
  },
};
