// "Download all (.zip)": CSRs, keys, the plan and the worksheet in one file. fflate is loaded on demand.
import { own } from "../../domain/own";
import { serializePlan } from "../../domain/plan-file";
import type { Plan, PlanResult } from "../../domain/types";
import { renewalCalendarParts } from "../../schedule/ics";
import { planRenewalSchedule } from "../../schedule/renewals";
import type { KeyEntry } from "../../state/key-store";
import { datedStem } from "../download";
import { buildWorksheet, worksheetHtml } from "../worksheet-model";
import { yieldToBrowser } from "../yield";
import { loadCrypto, planFingerprint } from "./generate";

/** File stems for certificate ids with the date each key was made ("px-2026-12-07", as the Keys step names the
 *  single downloads), unique after sanitising ("a/b" and "a_b" would collide). */
export function fileStems(ids: readonly string[], dateOf: (id: string) => string): Map<string, string> {
  const used = new Set<string>(["plan", "worksheet", "renewals"]);
  const out = new Map<string, string>();
  for (const id of ids) {
    const stem = datedStem(id, dateOf(id));
    let s = stem;
    for (let n = 2; used.has(s.toLowerCase()); n++) s = `${stem}-${n}`;
    used.add(s.toLowerCase());
    out.set(id, s);
  }
  return out;
}

export interface ZipOptions {
  /** when set, every key file in the zip is written again from the key in memory, encrypted with it
   *  (PKCS#8, PBES2 / AES-256, as a key file with its own passphrase) */
  passphrase?: string;
}

/** Builds the zip with fflate's streaming Zip, file by file, yielding to the event loop every few files:
 *  2,000 key files and a 1,000-page worksheet never freeze the tab. */
export async function buildZip(
  plan: Plan,
  result: PlanResult,
  entries: Record<string, KeyEntry>,
  today: string,
  options: ZipOptions = {},
): Promise<{ blob: Blob; keyIds: string[] }> {
  const { Zip, ZipDeflate, ZipPassThrough, strToU8 } = await import("fflate");
  const ids = result.certificates.map((c) => c.id).filter((id) => own(entries, id) !== undefined);
  // keys generated for certificates no longer in the plan are not lost either
  const planned = new Set(ids);
  for (const id of Object.keys(entries)) if (!planned.has(id)) ids.push(id);
  const stems = fileStems(ids, (id) => (own(entries, id) as KeyEntry).createdAt);
  // one key derivation for the whole zip (the files share the passphrase), then one AES pass per key
  const encrypt =
    options.passphrase === undefined
      ? null
      : await (await loadCrypto()).encryptedKeyWriter(options.passphrase);

  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else chunks.push(data);
  });
  const mtime = new Date();
  const add = (name: string, text: string) => {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    file.push(strToU8(text), true);
  };
  // CSR and key files are stored, not deflated: a PEM file is base64 of DER that is mostly random (public key,
  // signature, key material), so deflate saves little on it (≈25 %), while each deflated file costs a deflate
  // state of ≈100 kB to set up and collect — for 2,000 small files most of the zip's time went there
  const store = (name: string, text: string) => {
    const file = new ZipPassThrough(name);
    file.mtime = mtime;
    zip.add(file);
    file.push(strToU8(text), true);
  };
  let n = 0;
  for (const id of ids) {
    const e = own(entries, id) as KeyEntry;
    const stem = stems.get(id) as string;
    store(`${stem}.csr`, e.csrPem);
    store(`${stem}.key`, encrypt ? await encrypt(e.keys) : e.keyPem);
    if (++n % 64 === 0) await yieldToBrowser();
  }
  add("plan.json", serializePlan(plan));
  await yieldToBrowser();
  // the renewal calendar: one event per renewal through 2029, to import into the team's calendar; written a
  // certificate at a time (a 1,000-node plan's calendar is MBs) with the page breathing in between
  const ics = new ZipDeflate("renewals.ics", { level: 6 });
  ics.mtime = mtime;
  zip.add(ics);
  let m = 0;
  for (const part of renewalCalendarParts(planRenewalSchedule(plan, result.certificates, today), {
    planName: plan.name,
    now: mtime,
  })) {
    ics.push(strToU8(part), false);
    if (++m % 16 === 0) await yieldToBrowser();
  }
  ics.push(new Uint8Array(0), true);
  await yieldToBrowser();
  // the worksheet of a 1,000-certificate plan is a few MB: compressed in slices between which the page breathes
  const html = strToU8(worksheetHtml(buildWorksheet(plan, result, entries, planFingerprint, today)));
  await yieldToBrowser();
  const sheet = new ZipDeflate("worksheet.html", { level: 6 });
  sheet.mtime = mtime;
  zip.add(sheet);
  const SLICE = 256 * 1024;
  for (let at = 0; at < html.length || at === 0; at += SLICE) {
    const last = at + SLICE >= html.length;
    sheet.push(html.subarray(at, at + SLICE), last);
    if (last) break;
    await yieldToBrowser();
  }
  zip.end();
  if (failure) throw failure;
  return { blob: new Blob(chunks as Uint8Array<ArrayBuffer>[], { type: "application/zip" }), keyIds: ids };
}
