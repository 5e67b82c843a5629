import { ipVersion, normalizeName } from "../names";
import type { CertificatePlan, CustomComponent } from "../types";
import { makeCertificate, type ProfileContext, SanList } from "./common";

/** A free certificate: the admin's own Subject and SAN list (PLAN-FORMAT.md `custom`). */
export function planCustom(c: CustomComponent, ctx: ProfileContext): CertificatePlan[] {
  const cn = normalizeName(c.commonName);
  const sans = new SanList().add(
    cn,
    "Subject common name (it must also be a SAN)",
    ipVersion(cn) ? "ip" : "dns",
  );
  for (const name of c.sans) {
    const n = normalizeName(name);
    sans.add(n, "listed by you", ipVersion(n) ? "ip" : "dns");
  }
  return [
    makeCertificate(c, ctx, {
      id: c.id,
      profile: "custom",
      title: `${c.name ?? "Custom"} — ${cn}`,
      cn,
      sans,
      eku: c.eku && c.eku.length > 0 ? [...c.eku] : ["serverAuth"],
      exportableKey: (c.installOn?.length ?? 0) > 1,
      installOn: c.installOn ?? [],
    }),
  ];
}
