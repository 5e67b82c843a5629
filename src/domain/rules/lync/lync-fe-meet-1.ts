import type { CertificateRule } from "../rule";
import { hasCovered, isProfile, LYNC2013, simpleUrlHosts, theCert } from "./shared";

/** RULES.md 46. Every meet simple URL (one per SIP domain) is on the Front End, Standard Edition, Director and
 *  reverse proxy certificates, unless a wildcard covers it. */
export const LYNC_FE_MEET_1: CertificateRule = {
  id: "LYNC-FE-MEET-1",
  scope: "certificate",
  severity: "error",
  description:
    "Front End, Director, reverse proxy: every meet simple URL is a SAN (or covered by a wildcard).",
  source: `${LYNC2013}lync-server-2013-certificate-requirements-for-internal-servers — "If you have multiple Meet simple URLs, you must include all of them as subject alternative names."`,
  applies: (view, ctx) =>
    isProfile(view, "sfb-front-end", "sfb-standard-edition", "sfb-director", "sfb-reverse-proxy") &&
    simpleUrlHosts(ctx.plan).meet.length > 0,
  check(view, ctx) {
    const missing = simpleUrlHosts(ctx.plan).meet.filter((m) => !hasCovered(view, m));
    if (missing.length === 0) return [];
    return [
      {
        message: `${theCert(view)} does not cover the meet simple URL${missing.length === 1 ? "" : "s"} ${missing.join(", ")}. Users who click a meeting link on ${missing.join(", ")} get a certificate error and cannot join the meeting.`,
        names: missing,
      },
    ];
  },
};
