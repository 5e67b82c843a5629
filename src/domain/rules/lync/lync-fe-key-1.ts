import type { CertificateRule } from "../rule";
import { isProfile, LYNC2013 } from "./shared";

/** RULES.md 49. Internal server certificates (Front End, Standard Edition, Director, Mediation): standard web server
 *  certificates, private key non-exportable, a unique friendly name per computer store. A hint on each planned one. */
export const LYNC_FE_KEY_1: CertificateRule = {
  id: "LYNC-FE-KEY-1",
  scope: "certificate",
  severity: "info",
  description:
    "Internal server certificates: Web Server template, non-exportable key, unique friendly name per computer.",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-internal-servers — "All these are standard web server certificates, private key, non-exportable." / "Each certificate Friendly Name must be unique in the computer store."`,
  applies: (view) =>
    view.target === "plan" &&
    isProfile(view, "sfb-front-end", "sfb-standard-edition", "sfb-director", "sfb-mediation"),
  check(view) {
    const exportable = view.exportableKey === true;
    return [
      {
        message: `Request this as a standard web server certificate (the internal CA's Web Server template) for one server only, and give it a friendly name unique in that server's computer store. ${
          exportable
            ? "Microsoft plans these keys as non-exportable; this one is exportable, so guard the key file."
            : 'Microsoft plans the private key as non-exportable: when you import a key generated here (PFX), leave "Mark this key as exportable" unchecked.'
        }`,
      },
    ];
  },
};
