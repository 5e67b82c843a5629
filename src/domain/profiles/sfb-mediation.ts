// Stand-alone Skype for Business / Lync Mediation Server pool: one Default certificate per member
// (RULES.md LYNC-MED-1: "SN=medsvr-pool.contoso.net; SAN=medsvr-pool.contoso.net; SAN=medsvr01.contoso.net").
import { normalizeName } from "../names";
import type { CertificatePlan, SfbMediationComponent } from "../types";
import { makeCertificate, type ProfileContext, SanList } from "./common";

export function planSfbMediation(c: SfbMediationComponent, ctx: ProfileContext): CertificatePlan[] {
  const pool = normalizeName(c.poolFqdn);
  const listed = c.servers.map(normalizeName).filter((s) => s.length > 0);
  const servers = [...new Set(listed.length > 0 ? listed : [pool])];
  return servers.map((server) =>
    makeCertificate(c, ctx, {
      id: `${c.id}/${server}`,
      profile: "sfb-mediation",
      title: `Mediation — ${server}`,
      cn: pool,
      sans: new SanList().add(pool, "Mediation pool FQDN").add(server, `Mediation Server ${server}`),
      eku: ["serverAuth"],
      // internal server certificates are non-exportable web server certificates (LYNC-FE-KEY-1)
      exportableKey: false,
      installOn: [server],
    }),
  );
}
