// Survivable Branch Appliance (RULES.md LYNC-SBA-1: "SN=sba01.contoso.net; SAN=sip.contoso.com;
// SAN=sip.fabrikam.com"), with the appliance FQDN as first SAN (PKI-CN-IN-SAN-1: the CN is always a SAN).
import { normalizeName } from "../names";
import type { CertificatePlan, SfbSbaComponent } from "../types";
import { makeCertificate, type ProfileContext, SanList } from "./common";
import { sfbSipDomains } from "./sfb-common";

export function planSfbSba(c: SfbSbaComponent, ctx: ProfileContext): CertificatePlan[] {
  const fqdn = normalizeName(c.fqdn);
  const sans = new SanList().add(fqdn, "Survivable Branch Appliance FQDN");
  for (const d of sfbSipDomains(ctx.plan)) sans.add(`sip.${d}`, `SIP domain ${d} (sip.<domain>)`);
  return [
    makeCertificate(c, ctx, {
      id: c.id,
      profile: "sfb-sba",
      title: `Survivable Branch Appliance — ${fqdn}`,
      cn: fqdn,
      sans,
      eku: ["serverAuth"],
      exportableKey: false,
      installOn: [fqdn],
    }),
  ];
}
