// "Download all (.zip)" with one passphrase for every key: each key file in the zip is an encrypted PKCS#8
// that openssl opens with that passphrase (and with no other), and whose key is the CSR's. The zip's
// worksheet.html carries its own CSP.
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openssl, run, TempDir } from "../../crypto/tools.test-helpers";
import { planCertificates } from "../../domain";
import { presetPlan } from "../../domain/presets";
import type { KeyEntry } from "../../state/key-store";
import { WORKSHEET_CSP } from "../worksheet-model";
import { generateEntry } from "./generate";
import { buildZip } from "./zip";
import { zipinfoListing } from "./zipinfo.test-helpers";

const plan = presetPlan("sfb-edge");
const result = planCertificates(plan, { today: "2026-07-01" });
let dir: TempDir;
const entries: Record<string, KeyEntry> = {};

beforeAll(async () => {
  dir = new TempDir("san-planner-zip-");
  // one RSA and one ECDSA key, both unencrypted on their cards
  const [a, b] = result.certificates;
  if (!a || !b) throw new Error("the SfB Edge preset has two certificates");
  entries[a.id] = await generateEntry(a, undefined);
  entries[b.id] = await generateEntry({ ...b, key: { algorithm: "ECDSA", curve: "P-256" } }, undefined);
});
afterAll(() => dir.cleanup());

async function zipped(passphrase?: string): Promise<Record<string, string>> {
  const { blob } = await buildZip(plan, result, entries, "2026-07-01", { passphrase });
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextDecoder().decode(v)]));
}

describe("the zip's key files", () => {
  it("with a passphrase: every key is an encrypted PKCS#8 (PBES2, AES-256) that `openssl pkey -passin` opens, matching its CSR", async () => {
    const passphrase = "one passphrase for the zip";
    const files = await zipped(passphrase);
    // file names carry the date each key was made
    const stemOf = (id: string, base: string) => `${base}-${entries[id]?.createdAt.slice(0, 10)}`;
    const stems = [stemOf("edge/external", "edge_external"), stemOf("edge/internal", "edge_internal")];
    for (const stem of stems) {
      const key = files[`${stem}.key`] as string;
      expect(key).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
      expect(key).not.toContain("BEGIN PRIVATE KEY");
      const dump = openssl(["asn1parse"], { input: key });
      expect(dump).toMatch(/:PBES2/);
      expect(dump).toMatch(/INTEGER\s+:0927C0/); // 600,000 PBKDF2 iterations
      expect(dump).toMatch(/:aes-256-cbc/);
      const keyFile = dir.write(`${stem}.key`, key);
      const csrFile = dir.write(`${stem}.csr`, files[`${stem}.csr`] as string);
      const fromKey = openssl(["pkey", "-in", keyFile, "-passin", `pass:${passphrase}`, "-pubout"]);
      const fromCsr = openssl(["req", "-in", csrFile, "-noout", "-pubkey"]);
      expect(fromKey).toBe(fromCsr);
      // a wrong passphrase does not open it
      expect(
        run("openssl", ["pkey", "-in", keyFile, "-passin", "pass:not the passphrase", "-noout"]).code,
      ).not.toBe(0);
      expect(
        run("certtool", ["--key-info", "--pkcs8", "--password", passphrase, "--infile", keyFile]).code,
      ).toBe(0);
    }
    // the IVs differ from file to file (the derived key is shared, the ciphertexts are not alike)
    expect(files[`${stems[0]}.key`]).not.toBe(files[`${stems[1]}.key`]);
    // without a passphrase: each key as its card wrote it
    const plain = await zipped();
    for (const [id, stem] of [
      ["edge/external", "edge_external"],
      ["edge/internal", "edge_internal"],
    ] as const) {
      expect(plain[`${stemOf(id, stem)}.key`]).toBe(entries[id]?.keyPem);
    }
  });

  it("refuses a blank passphrase rather than writing plain keys", async () => {
    await expect(buildZip(plan, result, entries, "2026-07-01", { passphrase: "   " })).rejects.toThrow(
      /empty/,
    );
  });
});

describe("the zip's worksheet.html", () => {
  it("carries its own Content-Security-Policy, first in <head>: no script, no request, its inline style only", async () => {
    const html = (await zipped())["worksheet.html"] as string;
    expect(WORKSHEET_CSP).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
    const head = html.slice(0, html.indexOf("<title>"));
    expect(head).toContain(`<meta http-equiv="Content-Security-Policy" content="${WORKSHEET_CSP}">`);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<style>"));
    expect(html).not.toMatch(/<script/i);
  });
});

describe("the zip as an archive tool reads it", () => {
  it("Info-ZIP's unzip tests every entry; the PEM files are stored and the text files deflated, each with its CRC", async () => {
    const { blob } = await buildZip(plan, result, entries, "2026-07-01");
    const path = dir.write("all.zip", new Uint8Array(await blob.arrayBuffer()));
    const tested = run("unzip", ["-t", path]);
    expect(tested.stderr).toBe("");
    expect(tested.code).toBe(0);
    expect(tested.stdout).toMatch(/No errors detected in compressed data/);
    const listing = zipinfoListing(path);
    const methods = new Map(listing.map((e) => [e.name, e.method]));
    const pem = [...methods].filter(([name]) => /\.(csr|key)$/.test(name));
    expect(pem).toHaveLength(4);
    for (const [, method] of pem) expect(method).toBe("stor");
    // the permissions unzip restores: the private keys readable by their owner only, the rest as usual
    for (const { name, mode } of listing)
      expect([name, mode]).toEqual([name, name.endsWith(".key") ? "-rw-------" : "-rw-r--r--"]);
    expect(listing).toHaveLength(7);
    for (const name of ["plan.json", "renewals.ics", "worksheet.html"])
      expect(methods.get(name)).toBe("defN");
    // and the bytes unzip gives back are the files the app wrote
    const csrName = [...methods.keys()].find((n) => n.endsWith(".csr")) as string;
    const extracted = run("unzip", ["-p", path, csrName]).stdout;
    expect(extracted).toBe((await zipped())[csrName]);
  });
});

describe("deflating the worksheet, the calendar and the plan", () => {
  it("without the browser's CompressionStream, every file is stored: the same files, and unzip tests them", async () => {
    const native = await zipped();
    vi.stubGlobal("CompressionStream", undefined);
    try {
      const { blob } = await buildZip(plan, result, entries, "2026-07-01");
      const path = dir.write("fallback.zip", new Uint8Array(await blob.arrayBuffer()));
      const tested = run("unzip", ["-t", path]);
      expect(tested.stderr).toBe("");
      expect(tested.code).toBe(0);
      expect(tested.stdout).toMatch(/No errors detected in compressed data/);
      // no JavaScript deflate in the app: method 0 for all seven files
      expect(zipinfoListing(path).map((e) => e.method)).toEqual(Array(7).fill("stor"));
      const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
      const text = Object.fromEntries(
        Object.entries(files).map(([k, v]) => [k, new TextDecoder().decode(v)]),
      );
      expect(Object.keys(text).sort()).toEqual(Object.keys(native).sort());
      for (const name of Object.keys(native)) {
        expect(text[name]?.length).toBeGreaterThan(100);
        expect(text[name]).toBe(native[name]);
      }
      // the stored text files are the deflated ones' size in full
      expect(blob.size).toBeGreaterThan(Object.values(files).reduce((n, f) => n + f.length, 0));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
