import { fqdnProblem } from "../../names";
import { expresswayPhoneSecurityProfiles } from "../../profiles/expressway";
import type { CertificateRule, RuleHit } from "../rule";
import { covered, expresswayComponent, listNames } from "./util";

export const EXPWY_C_PSP_1: CertificateRule = {
  id: "EXPWY-C-PSP-1",
  scope: "certificate",
  severity: "error",
  description:
    "Expressway-C: every Unified CM phone security profile used by encrypted MRA endpoints is an FQDN and a SAN.",
  source:
    'Cisco Expressway Certificate Creation and Use Deployment Guide X15.5, https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/expressway/config_guide/X15-5/cert-creation-use/exwy_b_cisco-expressway-certificate-creation-and-use-deployment-guide-x155/exwy_m_managing-expressway-certificates.html — "From X12.6, it is mandated that the Unified CM phone security profile name must be a Fully Qualified Domain Name (FQDN)."',
  applies: (view) => expresswayComponent(view)?.role === "c",
  check(view) {
    const c = expresswayComponent(view);
    if (!c) return [];
    const profiles = expresswayPhoneSecurityProfiles(c);
    const hits: RuleHit[] = [];
    if (view.target === "plan") {
      const bad = profiles.filter((p) => fqdnProblem(p) !== null);
      if (bad.length > 0) {
        hits.push({
          message: `The phone security profile name${bad.length > 1 ? "s" : ""} ${listNames(bad.map((b) => `"${b}"`))} ${bad.length > 1 ? "are not FQDNs" : "is not an FQDN"}. Since X12.6 the Expressway-C requires FQDN-style names, so encrypted MRA phones using ${bad.length > 1 ? "these profiles" : "this profile"} cannot register. Rename the profile${bad.length > 1 ? "s" : ""} in Unified CM (for example secure-phones.example.com) and update the plan.`,
          names: bad,
        });
      }
      return hits;
    }
    const missing = profiles.filter((p) => fqdnProblem(p) === null && !covered(view, p));
    if (missing.length > 0) {
      hits.push({
        message: `The existing Expressway-C certificate does not carry the phone security profile name${missing.length > 1 ? "s" : ""} ${listNames(missing)}: encrypted MRA phones using ${missing.length > 1 ? "them" : "it"} fail TLS registration.`,
        names: missing,
      });
    }
    return hits;
  },
};
