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

type Fflate = typeof import("fflate");
type ZipStream = InstanceType<Fflate["Zip"]>;

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as zip files carry it) of the chunks, in order. */
export function crc32(chunks: readonly Uint8Array[]): number {
  let c = -1;
  for (const chunk of chunks)
    for (let i = 0; i < chunk.length; i++) c = CRC_TABLE[(c ^ chunk[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** True when the browser deflates natively (CompressionStream "deflate-raw": Chrome/Edge 103, Firefox 113,
 *  Safari 16.4). */
function nativeDeflate(): boolean {
  try {
    return typeof CompressionStream === "function" && new CompressionStream("deflate-raw") !== null;
  } catch {
    return false;
  }
}

/**
 * Adds one deflated file made of `chunks`. The browser's own zlib (CompressionStream) deflates it where there is
 * one: the worksheet of a 1,000-certificate plan is ≈2 MB of HTML and its calendar ≈1.2 MB, and deflating them
 * in JavaScript (fflate, level 6) was about half of the zip's time; natively it is a fraction of that, and the
 * page gets its turns while the stream runs. fflate's Zip takes the deflated bytes as a file of its own
 * (ZipInputFile: size and CRC-32 of the original, compression 8). Elsewhere fflate deflates, in slices between
 * which the page breathes.
 */
async function addDeflated(
  fflate: Fflate,
  zip: ZipStream,
  name: string,
  mtime: Date,
  chunks: readonly Uint8Array[],
): Promise<void> {
  if (nativeDeflate()) {
    let size = 0;
    for (const chunk of chunks) size += chunk.length;
    const file = { filename: name, size, crc: crc32(chunks), compression: 8, mtime } as {
      filename: string;
      size: number;
      crc: number;
      compression: number;
      mtime: Date;
      ondata?: (err: Error | null, data: Uint8Array, final: boolean) => void;
    };
    zip.add(file);
    const stream = new CompressionStream("deflate-raw");
    const writer = stream.writable.getWriter();
    const written = (async () => {
      for (const chunk of chunks) await writer.write(chunk as Uint8Array<ArrayBuffer>);
      await writer.close();
    })();
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      file.ondata?.(null, value, false);
    }
    await written;
    file.ondata?.(null, new Uint8Array(0), true);
    return;
  }
  const file = new fflate.ZipDeflate(name, { level: 6 });
  file.mtime = mtime;
  zip.add(file);
  const SLICE = 256 * 1024;
  for (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += SLICE) {
      file.push(chunk.subarray(at, at + SLICE), false);
      await yieldToBrowser();
    }
  }
  file.push(new Uint8Array(0), true);
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

/** Builds the zip with fflate's streaming Zip, file by file, yielding to the event loop every few files:
 *  2,000 key files and a 1,000-page worksheet never freeze the tab. */
export async function buildZip(
  plan: Plan,
  result: PlanResult,
  entries: Record<string, KeyEntry>,
  today: string,
  options: ZipOptions = {},
): Promise<{ blob: Blob; keyIds: string[] }> {
  const fflate = await import("fflate");
  const { Zip, ZipPassThrough, strToU8 } = fflate;
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
  await addDeflated(fflate, zip, "plan.json", mtime, [strToU8(serializePlan(plan))]);
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
  await addDeflated(fflate, zip, "renewals.ics", mtime, [strToU8(ics.join(""))]);
  await yieldToBrowser();
  // the worksheet of a 1,000-certificate plan is a few MB
  const html = strToU8(worksheetHtml(buildWorksheet(plan, result, entries, planFingerprint, today)));
  await yieldToBrowser();
  await addDeflated(fflate, zip, "worksheet.html", mtime, [html]);
  zip.end();
  if (failure) throw failure;
  return { blob: new Blob(chunks as Uint8Array<ArrayBuffer>[], { type: "application/zip" }), keyIds: ids };
}
