import { webServersPlan } from "./scripts/bench/big-plan.ts";
import { planCertificates } from "./src/domain";
import { buildWorksheet, worksheetHtml } from "./src/ui/worksheet-model";
import { renewalCalendarParts } from "./src/schedule/ics";
import { planRenewalSchedule } from "./src/schedule/renewals";
import { planFingerprint } from "./src/ui/keys/generate";
const plan = webServersPlan(1000) as any;
const result = planCertificates(plan, { today: "2026-12-07" });
const gen: Record<string, any> = {};
for (const c of result.certificates) gen[c.id] = { csrSha256: "AB:".repeat(31) + "CD", spkiSha256: "EF:".repeat(31) + "01", createdAt: "2026-12-07T10:00:00.000Z", planFingerprint: planFingerprint(c), encrypted: false, spec: c.key };
const t = (name: string, f: () => unknown) => { const u = process.cpuUsage(); let r; for (let i = 0; i < 5; i++) r = f(); const d = process.cpuUsage(u); console.log(name, ((d.user + d.system) / 5000).toFixed(1), "ms cpu"); return r; };
for (let k = 0; k < 2; k++) {
  const ws = t("buildWorksheet", () => buildWorksheet(plan, result, gen, planFingerprint, "2026-12-07")) as any;
  const html = t("worksheetHtml", () => worksheetHtml(ws)) as string;
  t("schedule", () => planRenewalSchedule(plan, result.certificates, "2026-12-07"));
  const sched = planRenewalSchedule(plan, result.certificates, "2026-12-07");
  const ics = t("ics", () => [...renewalCalendarParts(sched, { planName: plan.name, now: new Date() })].join("")) as string;
  console.log("sizes", html.length, ics.length);
}
{
  const sched = planRenewalSchedule(plan, result.certificates, "2026-12-07");
  const ics = [...renewalCalendarParts(sched, { planName: plan.name, now: new Date() })].join("");
  const lines = ics.split("\r\n");
  const non = lines.filter((l) => !/^[\x20-\x7e]*$/.test(l));
  console.log("lines", lines.length, "non-ascii", non.length, JSON.stringify(non[0]?.slice(0, 120)));
  const ws = buildWorksheet(plan, result, gen, planFingerprint, "2026-12-07");
  console.log("certs", ws.certificates.length);
}
