import type { CertificateRule } from "../rule";
import { edgeOf, hasEku, isProfile, LYNC2013, theCert } from "./shared";

// Microsoft, "Support for public instant messenger connectivity in Lync Server 2013" (ms.date 07/23/2014, read from
// MicrosoftDocs/OfficeDocs-SkypeForBusiness Lync/LyncServer/lync-server-2013-support-for-public-instant-messenger-
// connectivity.md): "On June 30, 2014, Lync's IM connectivity ("PIC") service will no longer be available." (AOL)
// and Yahoo! "until the service shut down date on June 30, 2014". Windows Live Messenger users moved to Skype
// (April 2013); Skype connectivity is documented separately ("Deploy Skype Connectivity in Skype for Business
// Server") and is not what needs the client EKU. Microsoft has since retired Skype (consumer) itself; we could not
// read that announcement on a Microsoft page with the tools here, so the message does not give its date.
const PIC_PAGE = `${LYNC2013}lync-server-2013-support-for-public-instant-messenger-connectivity`;
const PIC_ENDED =
  "Microsoft ended public IM connectivity with AOL and Yahoo! on June 30, 2014, so the client EKU no longer " +
  "serves any public IM provider";

/** Client EKU on the Edge external certificate when public IM connectivity (AOL) is deployed (Microsoft's table,
 *  reproduced as documented); that the service itself ended in 2014 is said in every finding. */
export const LYNC_EDGE_EXT_8: CertificateRule = {
  id: "LYNC-EDGE-EXT-8",
  scope: "certificate",
  severity: "error",
  description:
    "Microsoft's Edge certificate table asks for the client EKU (Client Authentication) on the external Edge " +
    "certificate only for public IM connectivity with AOL, a service Microsoft ended on June 30, 2014.",
  source:
    `Microsoft, Certificate summary - SIP, XMPP federation, and public instant messaging (${LYNC2013}lync-server-2013-certificate-summary-sip-xmpp-federation-and-public-instant-messaging) — ` +
    '"America Online (AOL) requires a the certificate or certificates (in the case of an Edge pool) to also contain ' +
    `the client EKU."; Microsoft, Support for public instant messenger connectivity in Lync Server 2013 (${PIC_PAGE}) — ` +
    '"On June 30, 2014, Lync\'s IM connectivity ("PIC") service will no longer be available."',
  applies: (view) => isProfile(view, "sfb-edge-external") && edgeOf(view) !== undefined,
  check(view) {
    const pic = edgeOf(view)?.publicImConnectivity === true;
    const client = hasEku(view, "clientAuth");
    if (pic && !client) {
      return [
        {
          message:
            `${theCert(view)} has no Client Authentication EKU, but this Edge is planned with public IM ` +
            "connectivity, for which Microsoft's table asks for it (AOL required it on every certificate of an " +
            `Edge pool). ${PIC_ENDED}: turn public IM connectivity off for this Edge rather than ask for the EKU.`,
        },
      ];
    }
    if (pic && client) {
      return [
        {
          severity: "warning",
          message:
            "This Edge is planned with public IM connectivity, so the certificate asks for Client Authentication. " +
            `${PIC_ENDED}, and public CAs no longer issue Client Authentication in TLS certificates. Turn public ` +
            "IM connectivity off for this Edge: the certificate then needs Server Authentication only.",
        },
      ];
    }
    if (!pic && client) {
      return [
        {
          severity: "info",
          message:
            `${theCert(view)} has the Client Authentication EKU, which the Edge needed only for public IM ` +
            "connectivity with AOL (ended by Microsoft on June 30, 2014; not planned here). Leave it off the " +
            "renewal: public CAs no longer issue it.",
        },
      ];
    }
    return [];
  },
};
