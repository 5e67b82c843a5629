// "Download all (.zip)": CSRs, keys, the plan, the renewal calendar and the worksheet in one file, written by
// our own zip writer (zip-writer.ts) with the browser's deflate.
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
import { crc32, createZipWriter, MODE_PRIVATE, type ZipWriter } from "./zip-writer";

/** True when the browser deflates natively (CompressionStream "deflate-raw": Chrome/Edge 103, Firefox 113,
 *  Safari 16.4). */
function nativeDeflate(): boolean {
  try {
    return typeof CompressionStream === "function" && new CompressionStream("deflate-raw") !== null;
  } catch {
    return false;
  }
}

/** `bytes` through the browser's own zlib (raw deflate, as zip's method 8 carries it). The stream is written and
 *  read at once, and the page gets its turns while it runs. */
async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array[]> {
  const stream = new CompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const written = (async () => {
    await writer.write(bytes as Uint8Array<ArrayBuffer>);
    await writer.close();
  })();
  const out: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.push(value);
  }
  await written;
  return out;
}

/**
 * Adds one text file, deflated where the browser has CompressionStream: the worksheet of a 1,000-certificate plan
 * is ≈2 MB of HTML and its calendar ≈1.2 MB, and the browser's zlib makes them a fraction of that in little
 * time. Where it has none (Safari before 16.4, Firefox before 113) the file is stored: deflating in JavaScript
 * would mean shipping a deflate implementation (fflate was ≈11.5 kB gzip) for those browsers alone, and a
 * larger zip is all they get instead.
 */
async function addText(zip: ZipWriter, name: string, text: string, deflate: boolean): Promise<void> {
  if (!deflate) {
    zip.addStored(name, text);
    return;
  }
  const bytes = new TextEncoder().encode(text);
  zip.addDeflated(name, await deflateRaw(bytes), bytes.length, crc32([bytes]));
}

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

/** Builds the zip file by file, yielding to the event loop every few files: 2,000 key files and a 1,000-page
 *  worksheet never freeze the tab. */
export async function buildZip(
  plan: Plan,
  result: PlanResult,
  entries: Record<string, KeyEntry>,
  today: string,
  options: ZipOptions = {},
): Promise<{ blob: Blob; keyIds: string[] }> {
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

  const mtime = new Date();
  const zip = createZipWriter(mtime);
  const deflate = nativeDeflate();
  // CSR and key files are stored, not deflated: a PEM file is base64 of DER that is mostly random (public key,
  // signature, key material), so deflate saves little on it (≈25 %), while each deflated file would cost a
  // deflate stream to set up and collect — for 2,000 small files that was most of the zip's time
  let n = 0;
  for (const id of ids) {
    const e = own(entries, id) as KeyEntry;
    const stem = stems.get(id) as string;
    zip.addStored(`${stem}.csr`, e.csrPem);
    // readable by its owner only once extracted (unzip, macOS, Python restore it), encrypted or not
    zip.addStored(`${stem}.key`, encrypt ? await encrypt(e.keys) : e.keyPem, { mode: MODE_PRIVATE });
    if (++n % 64 === 0) await yieldToBrowser();
  }
  await addText(zip, "plan.json", serializePlan(plan), deflate);
  await yieldToBrowser();
  // the renewal calendar: one event per renewal through 2029, to import into the team's calendar; written a
  // certificate at a time (a 1,000-node plan's calendar is MBs) with the page breathing in between, and
  // encoded and deflated at once
  const ics: string[] = [];
  let m = 0;
  for (const part of renewalCalendarParts(planRenewalSchedule(plan, result.certificates, today), {
    planName: plan.name,
    now: mtime,
  })) {
    ics.push(part);
    if (++m % 16 === 0) await yieldToBrowser();
  }
  await addText(zip, "renewals.ics", ics.join(""), deflate);
  await yieldToBrowser();
  // the worksheet of a 1,000-certificate plan is a few MB
  const html = worksheetHtml(buildWorksheet(plan, result, entries, planFingerprint, today));
  await yieldToBrowser();
  await addText(zip, "worksheet.html", html, deflate);
  return { blob: zip.finish(), keyIds: ids };
}
