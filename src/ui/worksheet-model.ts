// The SAN worksheet (PRODUCT.md step 7): one page per certificate for the CA vendor and the change ticket.
// A pure function of the plan, the planning engine's result and the generated CSRs' fingerprints; rendered by
// the Worksheet step (React) and as a self-contained HTML file in the zip (worksheetHtml).
import { applianceSheet, keyLocationNote, keyLocationOf } from "../artifacts";
import { automationLine } from "../automation/status";
import { isWildcard, publicSuffixOf } from "../domain/names";
import { own } from "../domain/own";
import { PUBLIC_CA_LABEL, subjectCarriedText, validationMethodsText } from "../domain/public-ca";
import { billedSans, existingFor, renewalDiff } from "../domain/renewal";
import { ruleDescription } from "../domain/rules";
import { sbcGuidance } from "../domain/sbc-guidance";
import type { CertificatePlan, Finding, KeySpec, Plan, PlanResult } from "../domain/types";
import {
  type DomainValidationPlan,
  domainValidationPlan,
  VALIDATION_SOURCES,
} from "../schedule/validation-plan";
import { acceptedByLine, describeKey, EKU_LABEL, subjectDn } from "./format";

export interface GeneratedFacts {
  spec: KeySpec;
  csrSha256: string;
  spkiSha256: string;
  planFingerprint: string;
}

export interface WorksheetAccepted {
  rule: string;
  reason: string;
  message?: string;
  acceptedAt?: string;
  acceptedBy?: string;
  scope: "certificate" | "plan";
}

/** A renewal (the plan has an `existing` entry for the certificate): the names against the old one. */
export interface WorksheetRenewal {
  /** "existing certificate (CN …, valid until …)" */
  against: string;
  rows: { value: string; change: "added" | "removed" | "kept"; reason: string }[];
  added: number;
  removed: number;
  kept: number;
  billed: number;
  billingNote: string;
  estimate?: string;
}

export interface WorksheetCert {
  id: string;
  title: string;
  subjectDn: string;
  sans: { n: number; value: string; type: "dns" | "ip"; reasons: string[] }[];
  eku: string[];
  keyUsage: string[];
  keyAlgorithm: string;
  /** where the private key is created: "in this browser" or "on the server, with <artifact>" */
  keyCreated: string;
  keyGenerated: boolean;
  csrSha256: string | null;
  spkiSha256: string | null;
  /** the CSR was made from an earlier version of the plan */
  stale: boolean;
  caType: "public" | "internal";
  validityDays: number;
  installOn: string[];
  exportableKey: boolean;
  /** how it renews: automatic (the platform's ACME client), scripted (Automate renewals), or manual */
  renews: string;
  dnsRecords: { type: string; name: string; value: string }[];
  validatedDomains: string[];
  /** which subject fields the CA puts in the certificate for the plan's validation level */
  subjectCarried: string;
  /** for a public certificate: the public CA named in the plan, if any */
  publicCa?: string;
  /** for a public certificate: the validation methods a CA may still use on the issue date, and the plan's */
  validationMethods?: string;
  accepted: WorksheetAccepted[];
  renewal?: WorksheetRenewal;
  /** a session border controller's certificate: what to order, what the SBC trusts, where it goes, the status */
  sbc?: { order: string; trust: string; upload: string; status?: string };
}

export interface Worksheet {
  planName: string;
  /** the plan's issue date, or today */
  date: string;
  printedAt: string;
  certificates: WorksheetCert[];
  /** what the public CA validates and the records to create once (null: no public certificate) */
  validation: DomainValidationPlan | null;
}

/** Public suffixes of two labels that this worksheet knows (a small list, not the Public Suffix List): under
 *  them the registrable domain has three labels (example.co.uk). Elsewhere the last two labels are used. */
export const TWO_LEVEL_SUFFIXES: ReadonlySet<string> = new Set([
  "co.uk",
  "org.uk",
  "ac.uk",
  "gov.uk",
  "ltd.uk",
  "plc.uk",
  "me.uk",
  "net.uk",
  "nhs.uk",
  "sch.uk",
  "com.au",
  "net.au",
  "org.au",
  "edu.au",
  "gov.au",
  "co.nz",
  "org.nz",
  "net.nz",
  "govt.nz",
  "co.jp",
  "ne.jp",
  "or.jp",
  "ac.jp",
  "go.jp",
  "co.za",
  "org.za",
  "gov.za",
  "com.br",
  "net.br",
  "org.br",
  "com.cn",
  "net.cn",
  "org.cn",
  "com.mx",
  "co.in",
  "net.in",
  "org.in",
  "co.kr",
  "or.kr",
  "com.sg",
  "com.hk",
  "com.tr",
  "co.il",
  "com.ar",
  "com.tw",
  "co.id",
  "com.my",
  "com.ph",
  "com.vn",
  "co.th",
  "com.pl",
  "com.es",
]);

/** The domain a CA validates for a name: its registrable domain, by the Public Suffix List once it is loaded
 *  (every step after Start loads it), else by TWO_LEVEL_SUFFIXES. */
export function registrableDomain(name: string): string {
  const bare = name.replace(/^\*\./, "").toLowerCase();
  const psl = publicSuffixOf(bare);
  if (psl?.suffix && psl.section && bare.endsWith(`.${psl.suffix}`)) {
    const rest = bare.slice(0, -(psl.suffix.length + 1)).split(".");
    return `${rest[rest.length - 1]}.${psl.suffix}`;
  }
  const labels = bare.split(".");
  if (labels.length <= 2) return labels.join(".");
  const lastTwo = labels.slice(-2).join(".");
  return TWO_LEVEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join(".") : lastTwo;
}

/** A registrable domain (contoso.com, example.co.uk) is the apex of its zone. */
export function isZoneApex(name: string): boolean {
  return !isWildcard(name) && registrableDomain(name) === name.toLowerCase().replace(/\.$/, "");
}

export const APEX_NOTE =
  "the zone's apex: addresses only, no CNAME (RFC 1912 §2.4: “A CNAME record is not allowed to coexist with any other data”, and the apex holds the zone's SOA and NS records)";

function dnsRecordsFor(plan: Plan, cert: CertificatePlan): WorksheetCert["dnsRecords"] {
  const out: WorksheetCert["dnsRecords"] = [];
  const names = new Set(cert.sans.filter((s) => s.type === "dns").map((s) => s.value));
  for (const r of plan.srv ?? []) {
    if (names.has(r.target)) {
      out.push({
        type: "SRV",
        name: `${r.service}.${r.domain}`,
        value: `${r.priority ?? 0} ${r.weight ?? 0} ${r.port} ${r.target}`,
      });
    }
  }
  for (const s of cert.sans) {
    if (s.type !== "dns" || isWildcard(s.value)) continue;
    const known = own(plan.hosts, s.value);
    const resolves =
      known && known.length > 0
        ? known.join(", ")
        : "must resolve (address of the host or its load balancer)";
    if (isZoneApex(s.value)) {
      // RFC 1912 §2.4: "A CNAME record is not allowed to coexist with any other data", and a zone's apex always
      // holds its SOA and NS records (RFC 1034 §3.6.2: "If a CNAME RR is present at a node, no other data
      // should be present"): the apex takes addresses, never a CNAME.
      out.push({ type: "A / AAAA", name: s.value, value: `${resolves}; ${APEX_NOTE}` });
      continue;
    }
    out.push({ type: known ? "A / CNAME" : "A / AAAA or CNAME", name: s.value, value: resolves });
  }
  return out;
}

function renewalFor(plan: Plan, cert: CertificatePlan): WorksheetRenewal | undefined {
  const existing = existingFor(plan, cert.id);
  if (!existing) return undefined;
  const d = renewalDiff(cert, existing);
  const b = billedSans(cert, plan.billing);
  const until = existing.notAfter ? `, valid until ${existing.notAfter.slice(0, 10)}` : "";
  const out: WorksheetRenewal = {
    against: `${existing.kind === "csr" ? "existing CSR" : "existing certificate"} (CN ${existing.subjectCN}${until})`,
    rows: d.rows.map((r) => ({ value: r.value, change: r.change, reason: r.reason })),
    added: d.added.length,
    removed: d.removed.length,
    kept: d.kept.length,
    billed: b.count,
    billingNote: b.note,
  };
  if (b.estimateText) out.estimate = b.estimateText;
  return out;
}

function acceptedFor(plan: Plan, result: PlanResult, cert: CertificatePlan): WorksheetAccepted[] {
  const out: WorksheetAccepted[] = [];
  for (const a of plan.acceptedFindings ?? []) {
    if (a.certificate !== undefined && a.certificate !== cert.id) continue;
    const f: Finding | undefined = result.findings.find(
      (x) => x.rule === a.rule && x.certificate === a.certificate && x.target === (a.target ?? "plan"),
    );
    const item: WorksheetAccepted = {
      rule: a.rule,
      reason: a.reason,
      scope: a.certificate === undefined ? "plan" : "certificate",
    };
    // what the error says (the rule's id is this app's internal name, never printed); an acceptance whose error
    // the plan no longer raises is printed with what the rule checks
    const message = f?.message ?? ruleDescription(a.rule);
    if (message) item.message = message;
    if (a.acceptedAt) item.acceptedAt = a.acceptedAt;
    if (a.acceptedBy) item.acceptedBy = a.acceptedBy;
    out.push(item);
  }
  return out;
}

/** "Key created": a key made in the page exists only once it is generated; before, the sheet says so. */
function keyCreatedText(c: CertificatePlan, plan: Plan, generated: boolean): string {
  if (keyLocationOf(c, plan) !== "browser") return keyLocationNote(c, plan);
  return generated ? "in this browser" : "not yet: to be generated in this browser (Keys and CSRs step)";
}

export function buildWorksheet(
  plan: Plan,
  result: PlanResult,
  generated: Record<string, GeneratedFacts>,
  fingerprintOf: (c: CertificatePlan) => string,
  today: string,
): Worksheet {
  return {
    planName: plan.name.trim() === "" ? "Untitled plan" : plan.name,
    date: plan.issueDate ?? today,
    printedAt: today,
    validation: domainValidationPlan(plan, result.certificates, today),
    certificates: result.certificates.map((c) => {
      const g = own(generated, c.id);
      const domains = [
        ...new Set(c.sans.filter((s) => s.type === "dns").map((s) => registrableDomain(s.value))),
      ];
      const cert: WorksheetCert = {
        id: c.id,
        title: c.title,
        subjectDn: subjectDn(c.subject),
        sans: c.sans.map((s, i) => ({ n: i + 1, value: s.value, type: s.type, reasons: s.reasons })),
        eku: c.eku.map((e) => EKU_LABEL[e] ?? e),
        keyUsage: c.keyUsage,
        keyAlgorithm: g ? describeKey(g.spec) : `${describeKey(c.key)} (planned)`,
        keyCreated: keyCreatedText(c, plan, g !== undefined),
        keyGenerated: g !== undefined,
        csrSha256: g?.csrSha256 ?? null,
        spkiSha256: g?.spkiSha256 ?? null,
        stale: g !== undefined && g.planFingerprint !== fingerprintOf(c),
        caType: c.caType,
        validityDays: c.validityDays,
        installOn: c.installOn,
        exportableKey: c.exportableKey,
        renews: automationLine(c),
        dnsRecords: dnsRecordsFor(plan, c),
        validatedDomains: domains,
        subjectCarried: subjectCarriedText(plan, c),
        accepted: acceptedFor(plan, result, c),
      };
      if (c.caType === "public") {
        cert.validationMethods = validationMethodsText(plan, plan.issueDate ?? today);
        if (c.publicCa) cert.publicCa = PUBLIC_CA_LABEL[c.publicCa];
      }
      const renewal = renewalFor(plan, c);
      if (renewal) cert.renewal = renewal;
      const sbc = sbcGuidance(c);
      if (sbc) {
        const where = applianceSheet(c, plan)?.where;
        cert.sbc = {
          ...sbc,
          upload: where
            ? `${where} (the same page loads the signed certificate)`
            : "the SBC's certificate page, as the SBC vendor's guide describes",
        };
      }
      return cert;
    }),
  };
}

/** The SBC rows of a certificate's facts table (none for other platforms). */
export function sbcRows(c: Pick<WorksheetCert, "sbc">): [string, string][] {
  if (!c.sbc) return [];
  const rows: [string, string][] = [
    ["What to order", c.sbc.order],
    ["What the SBC must trust", c.sbc.trust],
    ["Where it goes", c.sbc.upload],
  ];
  if (c.sbc.status) rows.push(["TLS status in Teams", c.sbc.status]);
  return rows;
}

/** What the worksheet says under "Domains the CA will validate": a public CA validates control of each
 *  registrable domain (CA/Browser Forum BR §3.2.2.4); an internal (enterprise) CA does no such validation. */
export function validatedDomainsText(c: Pick<WorksheetCert, "caType" | "validatedDomains">): string {
  const list = c.validatedDomains.join(", ");
  if (c.caType === "internal")
    return `None: an internal (enterprise) CA issues this certificate without public domain validation${list ? ` (registrable domains of its names: ${list})` : ""}.`;
  return list || "—";
}

export const DOMAINS_NOTE =
  "Registrable domains: the label just below each name's public suffix in the Public Suffix List (contoso.com, " +
  "contoso.co.uk). Confirm with your CA.";

/** The sign-off block of each certificate's page, for the change ticket (filled in by hand). */
export const SIGN_OFF = ["Change ticket", "Requested by", "Approved by", "Date"] as const;

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
/** Text for HTML content and quoted attributes. One pass, and none for the usual name or reason that has no
 *  character to escape: a 1,000-certificate worksheet escapes ≈60,000 strings. */
const esc = (s: string): string =>
  /[&<>"']/.test(s) ? s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string) : s;

/** The worksheet as one self-contained HTML file (styles inlined: fine for a downloaded file). */
/** The zip's worksheet.html carries its own policy: it is opened from disk, outside the app's CSP. Its one
 *  inline <style> is allowed; no script, no request of any kind (no image, font, frame or form target). */
export const WORKSHEET_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The domain-validation page of the worksheet file (the same content as the Worksheet step's section). */
function validationHtml(dv: DomainValidationPlan): string {
  const rows = dv.certificates
    .map(
      (c) =>
        `<tr><td>${esc(c.title)}</td><td>${esc(c.publicCa ?? "Public CA (not named)")}</td><td>${esc(c.domains.join(", ") || "—")}</td></tr>`,
    )
    .join("");
  const methods = [
    ...dv.methods.map(
      (m) =>
        `<li><strong>${esc(m.label)}</strong>${m.note ? ` — ${esc(m.note)}` : ""}${m.usable ? "" : ". Not usable for this plan: it has wildcard names."}</li>`,
    ),
    ...dv.ended.map((m) => `<li>${esc(m.label)} — no longer allowed since ${esc(m.endedOn)}.</li>`),
  ].join("");
  const sources = VALIDATION_SOURCES.map(
    (s) => `<li>${esc(s.section)} (${esc(s.url)}) — “${esc(s.quote)}”</li>`,
  ).join("");
  return `<section class="page dv">
<h2>Domain validation</h2>
<p>Before a public CA issues a certificate it checks that you control every domain on it. ${esc(dv.reuseText)}</p>
<table><thead><tr><th>Certificate</th><th>CA</th><th>Domains the CA validates</th></tr></thead><tbody>${rows}</tbody></table>
<h3>Methods a public CA may use on ${esc(dv.issueDate)}</h3>
<ul>${methods}</ul>
<h3>Records to create once: zone-file lines</h3>
<pre>${esc(dv.zoneFile)}</pre>
<h3>Records to create once: PowerShell lines (Windows DNS Server)</h3>
<pre>${esc(dv.powershell.replace(/\r\n/g, "\n"))}</pre>
<h3>Sources</h3>
<ul>${sources}</ul>
</section>`;
}

export function worksheetHtml(ws: Worksheet): string {
  const pages = ws.certificates
    .map((c) => {
      const sans = c.sans
        .map(
          (s) =>
            `<tr><td class="n">${s.n}</td><td><code>${esc(s.value)}</code></td><td>${esc(s.reasons.join("; "))}</td></tr>`,
        )
        .join("");
      const dns = c.dnsRecords
        .map(
          (r) =>
            `<tr><td>${esc(r.type)}</td><td><code>${esc(r.name)}</code></td><td>${esc(r.value)}</td></tr>`,
        )
        .join("");
      const accepted =
        c.accepted.length === 0
          ? "<p>None.</p>"
          : `<ul>${c.accepted
              .map(
                (a) =>
                  `<li>${a.scope === "plan" ? "(plan-wide) " : ""}${esc(a.message ?? "An error the plan no longer raises.")}<br>Reason: ${esc(a.reason)}${acceptedByLine(a) ? `<br>${esc(acceptedByLine(a) ?? "")}` : ""}</li>`,
              )
              .join("")}</ul>`;
      const r = c.renewal;
      const renewal = r
        ? `<h3>Changes from the ${esc(r.against)}</h3>
<p>${r.added} added, ${r.removed} removed, ${r.kept} kept. SANs the CA will bill: ${r.billed}${r.estimate ? ` (estimate ${esc(r.estimate)})` : ""}.</p>
<table><thead><tr><th>Name</th><th>Change</th><th>Why</th></tr></thead><tbody>${r.rows
            .map(
              (x) =>
                `<tr><td><code>${esc(x.value)}</code></td><td>${x.change === "added" ? "Added" : x.change === "removed" ? "Removed" : "Kept"}</td><td>${esc(x.reason)}</td></tr>`,
            )
            .join("")}</tbody></table>
<p>${esc(r.billingNote)}</p>`
        : "";
      return `<section class="page">
<header><p class="plan">${esc(ws.planName)} · ${esc(ws.date)}</p><h2>${esc(c.title)}</h2><p>Certificate <code>${esc(c.id)}</code></p></header>
<table class="facts">
<tr><th>Subject DN</th><td><code>${esc(c.subjectDn)}</code></td></tr>
<tr><th>SAN count</th><td>${c.sans.length}</td></tr>
<tr><th>Extended key usage</th><td>${esc(c.eku.join("; "))}</td></tr>
<tr><th>Key usage</th><td>${esc(c.keyUsage.join(", "))}</td></tr>
<tr><th>Key algorithm</th><td>${esc(c.keyAlgorithm)}</td></tr>
<tr><th>Key created</th><td>${esc(c.keyCreated)}</td></tr>
<tr><th>CA</th><td>${c.caType === "public" ? `Public CA${c.publicCa ? ` (${esc(c.publicCa)})` : ""}` : "Internal / enterprise CA"}, ${c.validityDays} days</td></tr>
<tr><th>Subject the CA issues</th><td>${esc(c.subjectCarried)}</td></tr>
<tr><th>Install on</th><td>${esc(c.installOn.join(", ") || "—")}${c.exportableKey ? " (exportable key)" : ""}</td></tr>
<tr><th>Renewal</th><td>${esc(c.renews)}</td></tr>
${sbcRows(c)
  .map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`)
  .join("")}
</table>
<dl class="fp"><dt>CSR SHA-256</dt><dd><code>${esc(c.csrSha256 ?? "not generated yet")}</code></dd><dt>Public key SHA-256</dt><dd><code>${esc(c.spkiSha256 ?? "not generated yet")}</code></dd></dl>
${c.stale ? "<p><strong>The CSR was made from an earlier version of the plan: generate it again.</strong></p>" : ""}
<h3>Subject alternative names (${c.sans.length})</h3>
<table><thead><tr><th>#</th><th>Name</th><th>Why it is there</th></tr></thead><tbody>${sans}</tbody></table>
${renewal}
<h3>DNS records that must exist</h3>
<table><thead><tr><th>Type</th><th>Name</th><th>Value</th></tr></thead><tbody>${dns}</tbody></table>
<h3>Domains the CA will validate</h3>
<p>${esc(validatedDomainsText(c))}</p>
${c.validationMethods ? `<p>${esc(c.validationMethods)}</p>` : ""}
<h3>Accepted findings</h3>
${accepted}
<h3>Sign-off</h3>
<table class="signoff"><tbody>${[SIGN_OFF.slice(0, 2), SIGN_OFF.slice(2)]
        .map((pair) => `<tr>${pair.map((l) => `<th>${l}</th><td></td>`).join("")}</tr>`)
        .join("")}</tbody></table>
</section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${WORKSHEET_CSP}">
<title>SAN worksheet — ${esc(ws.planName)}</title>
<style>
body{font:11pt/1.45 system-ui,"Segoe UI",Roboto,sans-serif;color:#1b1f24;margin:2rem;}
h1{font-size:1.4rem}h2{font-size:1.2rem;margin:.2rem 0}h3{font-size:1rem;margin:1rem 0 .3rem}
table{border-collapse:collapse;width:100%;margin:.3rem 0}th,td{border:1px solid #c9ced6;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#eef1f5}td.n{width:2.5rem;text-align:right}code{font-family:ui-monospace,Consolas,monospace;font-size:.92em;word-break:break-all}
.facts th{width:12rem}.page{break-after:page;page-break-after:always;margin-bottom:2rem}.page:last-child{break-after:auto;page-break-after:auto}.plan{color:#4a5563;margin:0}
.fp{margin:.4rem 0}.fp dt{font-weight:600}.fp dd{margin:0 0 .2rem}.fp code{white-space:nowrap;word-break:normal;font-size:.8em}
.signoff th{width:8rem}.signoff td{height:1.9rem}.dv pre{white-space:pre-wrap;word-break:break-all;font-size:.8em}
@page{margin:10mm}
@media print{body{margin:0;font-size:9pt;line-height:1.25}.page{margin:0}h1{font-size:11pt;margin:0}h2{font-size:11pt}h3{font-size:9.5pt;margin:.45rem 0 .1rem}p,ul{margin:.1rem 0}table{margin:.2rem 0;font-size:8.5pt}th,td{padding:.1rem .35rem}.fp code{font-size:7.5pt}.signoff td{height:1.6rem}}
</style></head><body>
<h1>SAN worksheet — ${esc(ws.planName)}</h1>
<p>Plan date ${esc(ws.date)} · printed ${esc(ws.printedAt)} · ${ws.certificates.length} certificate(s). ${esc(DOMAINS_NOTE)}</p>
${pages}
${ws.validation ? validationHtml(ws.validation) : ""}
</body></html>
`;
}
