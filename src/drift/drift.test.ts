// The drift report on real certificates: a throwaway openssl CA issues server certificates, a real
// `openssl s_server` presents them, and the real `openssl s_client -showcerts` output is what the report reads.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inspect } from "../crypto/inspect";
import {
  issue,
  makeCa,
  openssl,
  opensslBytes,
  run,
  startServer,
  TempDir,
  type TestCa,
} from "../crypto/tools.test-helpers";
import { planCertificates } from "../domain/plan";
import { presetPlan } from "../domain/presets";
import type { Finding } from "../domain/types";
import { extractFromFile, extractFromText, type LiveSource } from "./extract";
import { type LiveCertificate, readLive } from "./read";
import { type DriftItem, type DriftItemId, driftReport } from "./report";

const PLAN = presetPlan("pexip-dmz");
const RESULT = planCertificates(PLAN, { today: "2026-12-07" });
const FINDINGS: Finding[] = RESULT.findings;

let dir: TempDir;
let ca: TestCa;

interface Leaf {
  cert: string;
  key: string;
  pem: string;
}

let counter = 0;
/** A server certificate issued by the test CA (EC P-256 unless `rsa`), with these names and EKUs. */
function leaf(names: string[], options: { eku?: string; days?: number; rsa?: boolean } = {}): Leaf {
  counter++;
  const key = dir.file(`server-${counter}.key`);
  const csr = dir.file(`server-${counter}.csr`);
  openssl([
    "req",
    "-new",
    "-newkey",
    ...(options.rsa ? ["rsa:2048"] : ["ec", "-pkeyopt", "ec_paramgen_curve:P-256"]),
    "-nodes",
    "-keyout",
    key,
    "-out",
    csr,
    "-subj",
    `/CN=${names[0]}`,
    "-addext",
    `subjectAltName=${names.map((n) => `DNS:${n}`).join(",")}`,
    "-addext",
    `extendedKeyUsage=${options.eku ?? "serverAuth,clientAuth"}`,
  ]);
  const pem = issue(dir, ca, dir.read(`server-${counter}.csr`), options.days ?? 90);
  const cert = dir.write(`server-${counter}.pem`, pem);
  return { cert, key, pem };
}

/** Runs a real s_server with this certificate (and chain), and returns what s_client -showcerts printed. */
async function sClient(server: Leaf, chain?: string): Promise<string> {
  const s = await startServer({ cert: server.cert, key: server.key, ...(chain ? { chain } : {}) });
  try {
    const r = run("openssl", ["s_client", "-connect", `127.0.0.1:${s.port}`, "-showcerts"], {
      input: "",
      timeoutMs: 20_000,
    });
    return `${r.stdout}\n${r.stderr}`;
  } finally {
    await s.stop();
  }
}

async function liveOf(sources: LiveSource[]) {
  return readLive(sources, (input, options) => inspect(input, options));
}

function item(items: DriftItem[], id: DriftItemId): DriftItem {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no ${id} in ${items.map((i) => i.id).join(", ")}`);
  return found;
}

function report(live: LiveCertificate[], now = new Date(), issueDate?: string) {
  return driftReport({
    certificates: RESULT.certificates,
    findings: FINDINGS,
    live,
    now,
    ...(issueDate ? { issueDate } : {}),
  });
}

beforeAll(() => {
  dir = new TempDir("san-planner-drift-");
  ca = makeCa(dir, "Drift Test");
});
afterAll(() => dir.cleanup());

describe("drift report from a live openssl s_server", () => {
  it("names the planned name the live certificate lacks, and the name the plan lacks", async () => {
    const server = leaf(["px.vc.example.com", "px01.vc.example.com", "vc.example.com", "old.vc.example.com"]);
    const output = await sClient(server, ca.intermediate);
    expect(output).toContain("CONNECTED(");
    const extracted = extractFromText(output);
    if (!extracted.ok) throw new Error(extracted.message);
    expect(extracted.sources.map((s) => [s.label, s.kind])).toEqual([["openssl s_client output 1", "tls"]]);
    const read = await liveOf(extracted.sources);
    expect(read.problems).toEqual([]);
    expect(read.live).toHaveLength(1);
    expect(read.live[0]!.sent.map((c) => c.subjectCN)).toEqual([
      "px.vc.example.com",
      "Drift Test Issuing CA",
    ]);

    const r = report(read.live);
    const px = r.planned.find((p) => p.cert.id === "px")!;
    expect(px.live).toHaveLength(1);
    const items = px.live[0]!.items;
    expect(px.live[0]!.matchedBy).toContain("the same Subject CN (px.vc.example.com)");
    const missing = item(items, "missing-names");
    expect(missing.status).toBe("fail");
    expect(missing.names).toEqual(["px02.vc.example.com"]);
    expect(missing.detail).toContain("px02.vc.example.com is planned but not on the live certificate");
    const extra = item(items, "extra-names");
    expect(extra.status).toBe("warn");
    expect(extra.names).toEqual(["old.vc.example.com"]);
    // the server sends leaf → intermediate: in order, root left out
    const chain = item(items, "chain");
    expect(chain.status).toBe("pass");
    expect(chain.title).toBe("The server sends its chain in order");
    expect(chain.detail).toContain("Drift Test Root CA");
    // planned RSA 2048, live ECDSA P-256: the Install step's key check
    expect(item(items, "key")).toMatchObject({
      status: "warn",
      title: "Key differs from the plan: ECDSA P-256",
    });
    // clientAuth on both, the plan asks a public CA for it: the planner's own finding, with its sources
    const clientAuth = item(items, "client-auth");
    expect(clientAuth.detail).toContain("Client Authentication");
    expect(clientAuth.source).toContain("Chrome Root Program");
    expect(item(items, "expiry").status).toBe("pass");
    expect(r.unmatched).toEqual([]);
  }, 60_000);

  it("a server that sends no intermediate: the chain fails; a certificate of other names is unmatched", async () => {
    const server = leaf(
      ["px.vc.example.com", "px01.vc.example.com", "px02.vc.example.com", "vc.example.com"],
      {
        eku: "serverAuth",
      },
    );
    const other = leaf(["intranet.example.org"], { eku: "serverAuth" });
    const output = `${await sClient(server)}\n${await sClient(other, ca.intermediate)}`;
    const extracted = extractFromText(output);
    if (!extracted.ok) throw new Error(extracted.message);
    expect(extracted.sources.map((s) => s.label)).toEqual([
      "openssl s_client output 1",
      "openssl s_client output 2",
    ]);
    const read = await liveOf(extracted.sources);
    const r = report(read.live);
    const items = r.planned.find((p) => p.cert.id === "px")!.live[0]!.items;
    expect(item(items, "missing-names").status).toBe("pass");
    expect(items.some((i) => i.id === "extra-names")).toBe(false);
    expect(item(items, "chain")).toMatchObject({
      status: "fail",
      title: "The server sends no intermediate CA certificate",
    });
    // the plan needs clientAuth from a public CA: the Install step's EKU check says the CA dropped it
    expect(item(items, "eku")).toMatchObject({
      status: "warn",
      title: "The public CA dropped Client Authentication (clientAuth)",
    });
    expect(r.unmatched.map((l) => l.leaf.subjectCN)).toEqual(["intranet.example.org"]);
    expect(r.unmatched[0]!.source).toBe("openssl s_client output 2");
  }, 60_000);
});

describe("the chain as the server sends it", () => {
  it("a server that sends root before intermediate: out of order, citing TLS; a self-signed one says so", async () => {
    const server = leaf([
      "px.vc.example.com",
      "px01.vc.example.com",
      "px02.vc.example.com",
      "vc.example.com",
    ]);
    const reversed = dir.write("reversed-chain.pem", `${ca.rootPem}${ca.intermediatePem}`);
    const read = await liveOf(
      (extractFromText(await sClient(server, reversed)) as { sources: LiveSource[] }).sources,
    );
    expect(read.live[0]!.sent.map((c) => c.subjectCN)).toEqual([
      "px.vc.example.com",
      "Drift Test Root CA",
      "Drift Test Issuing CA",
    ]);
    const chain = item(report(read.live).planned.find((p) => p.cert.id === "px")!.live[0]!.items, "chain");
    expect(chain).toMatchObject({ status: "warn", title: "The server sends the chain out of order" });
    expect(chain.source).toContain("RFC 5246");

    const key = dir.file("self.key");
    const cert = dir.file("self.pem");
    openssl([
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-keyout",
      key,
      "-out",
      cert,
      "-days",
      "30",
      "-subj",
      "/CN=px.vc.example.com",
      "-addext",
      "subjectAltName=DNS:px.vc.example.com",
      "-addext",
      "basicConstraints=critical,CA:FALSE",
    ]);
    const self = await liveOf(
      (extractFromText(await sClient({ cert, key, pem: dir.read("self.pem") })) as { sources: LiveSource[] })
        .sources,
    );
    expect(
      item(report(self.live).planned.find((p) => p.cert.id === "px")!.live[0]!.items, "chain"),
    ).toMatchObject({
      status: "warn",
      title: "Self-signed certificate",
    });
  }, 60_000);
});

describe("drift report from pasted text, JSON and files", () => {
  it("a chain pasted out of order is not blamed on the server; several PEM server certificates are split", async () => {
    const a = leaf(["px01.vc.example.com"]);
    const b = leaf(["px02.vc.example.com"]);
    const text = `show cert own tomcat\n${ca.intermediatePem}${a.pem}\nsome text\n${b.pem}`;
    const extracted = extractFromText(text);
    if (!extracted.ok) throw new Error(extracted.message);
    expect(extracted.sources).toHaveLength(1);
    const read = await liveOf(extracted.sources);
    expect(read.live.map((l) => [l.source, l.leaf.subjectCN])).toEqual([
      ["The pasted certificates, certificate 1 of 2", "px01.vc.example.com"],
      ["The pasted certificates, certificate 2 of 2", "px02.vc.example.com"],
    ]);
    const r = report(read.live);
    const px = r.planned.find((p) => p.cert.id === "px")!;
    expect(px.live).toHaveLength(2);
    const chain = item(px.live[0]!.items, "chain");
    expect(chain.status).toBe("pass");
    expect(chain.detail).toContain("use openssl s_client with -showcerts");
    expect(item(px.live[0]!.items, "missing-names").names).toEqual([
      "px.vc.example.com",
      "px02.vc.example.com",
      "vc.example.com",
    ]);
  }, 60_000);

  it("JSON with PEM in its strings: every certificate string is read, a private key is left out unread", async () => {
    const a = leaf(["px.vc.example.com", "px01.vc.example.com", "px02.vc.example.com", "vc.example.com"]);
    const json = JSON.stringify({
      meta: { total_count: 1 },
      objects: [
        {
          subject_name: "CN=px.vc.example.com",
          certificate: a.pem,
          private_key: dir.read(a.key.split("/").pop()!),
          nodes: ["/api/admin/configuration/v1/worker_vm/1/"],
        },
      ],
    });
    const extracted = extractFromText(json);
    if (!extracted.ok) throw new Error(extracted.message);
    expect(extracted.sources.map((s) => [s.label, s.kind])).toEqual([
      ["JSON value 1 (“certificate”, CN=px.vc.example.com)", "json"],
    ]);
    expect(extracted.notes.join(" ")).toContain("a private key (left out without being read");
    const read = await liveOf(extracted.sources);
    expect(read.live).toHaveLength(1);
    expect(
      item(report(read.live).planned.find((p) => p.cert.id === "px")!.live[0]!.items, "missing-names").status,
    ).toBe("pass");
  }, 60_000);

  it("a DER .p7b file and a PEM .p7b: the leaf and its chain", async () => {
    const a = leaf(["px.vc.example.com", "px01.vc.example.com"]);
    const der = opensslBytes([
      "crl2pkcs7",
      "-nocrl",
      "-certfile",
      a.cert,
      "-certfile",
      ca.intermediate,
      "-outform",
      "DER",
    ]);
    const pem = openssl(["crl2pkcs7", "-nocrl", "-certfile", a.cert, "-certfile", ca.intermediate]);
    for (const extracted of [extractFromFile("server.p7b", der), extractFromText(pem)]) {
      if (!extracted.ok) throw new Error(extracted.message);
      const read = await liveOf(extracted.sources);
      expect(read.problems).toEqual([]);
      expect(read.live).toHaveLength(1);
      expect(read.live[0]!.leaf.subjectCN).toBe("px.vc.example.com");
      expect(read.live[0]!.sent.map((c) => c.subjectCN).sort()).toEqual([
        "Drift Test Issuing CA",
        "px.vc.example.com",
      ]);
      const items = report(read.live).planned.find((p) => p.cert.id === "px")!.live[0]!.items;
      expect(item(items, "missing-names").names).toEqual(["px02.vc.example.com", "vc.example.com"]);
    }
    expect(extractFromFile("server.p7b", der)).toMatchObject({
      ok: true,
      sources: [{ kind: "file", label: "“server.p7b”" }],
    });
  }, 60_000);

  it("expiry against the renewal calendar: renew-by, expired, and before the plan's issue date", async () => {
    const a = leaf(["px.vc.example.com"], { days: 90 });
    const extracted = extractFromText(a.pem);
    if (!extracted.ok) throw new Error(extracted.message);
    const read = await liveOf(extracted.sources);
    const l = read.live[0]!;
    const start = new Date(l.leaf.notBefore).getTime();
    const day = 86_400_000;
    const expiry = (now: Date, issueDate?: string) =>
      item(
        report(read.live, now, issueDate).planned.find((p) => p.cert.id === "px")!.live[0]!.items,
        "expiry",
      );
    // 90 days: renew by day 60 (a third of the lifetime left)
    const renewBy = new Date(start + 60 * day).toISOString().slice(0, 10);
    expect(expiry(new Date(start + 10 * day))).toMatchObject({
      status: "pass",
      title: expect.stringContaining(`renew by ${renewBy}`),
    });
    expect(expiry(new Date(start + 70 * day))).toMatchObject({
      status: "warn",
      title: expect.stringContaining(`Past its renew-by date (${renewBy})`),
    });
    expect(expiry(new Date(start + 91 * day))).toMatchObject({
      status: "fail",
      title: expect.stringContaining("Expired on"),
    });
    const late = new Date(start + 200 * day).toISOString().slice(0, 10);
    expect(expiry(new Date(start + 10 * day), late)).toMatchObject({
      status: "fail",
      title: expect.stringContaining(`before the plan's issue date (${late})`),
    });
  }, 60_000);

  it("a live certificate with clientAuth where the plan has none says the renewal drops it", async () => {
    const edgePlan = presetPlan("sfb-edge");
    const planned = planCertificates(edgePlan, { today: "2026-12-07" });
    const external = planned.certificates.find((c) => !c.eku.includes("clientAuth"))!;
    const a = leaf(
      external.sans.map((s) => s.value),
      { rsa: true },
    );
    const extracted = extractFromText(a.pem);
    if (!extracted.ok) throw new Error(extracted.message);
    const read = await liveOf(extracted.sources);
    const r = driftReport({
      certificates: planned.certificates,
      findings: planned.findings,
      live: read.live,
      now: new Date(),
    });
    const items = r.planned.find((p) => p.cert.id === external.id)!.live[0]!.items;
    expect(item(items, "client-auth")).toMatchObject({
      status: "warn",
      title: "The live certificate has Client Authentication; the plan does not ask for it",
    });
    expect(item(items, "key").status).toBe("pass");
  }, 60_000);
});

describe("bad and hostile input", () => {
  it("a multi-MB paste is refused at once with its size", () => {
    const r = extractFromText(
      `-----BEGIN CERTIFICATE-----\n${"A".repeat(3 * 1024 * 1024)}\n-----END CERTIFICATE-----`,
    );
    expect(r).toMatchObject({
      ok: false,
      message: expect.stringContaining("This is 3.0 MB; this page reads up to 1.0 MB"),
    });
    expect(extractFromFile("big.p7b", new Uint8Array(2 * 1024 * 1024 + 1))).toMatchObject({ ok: false });
  });

  it("deep JSON, JSON without certificates, text without PEM: a sentence each", () => {
    expect(extractFromText(`${"[".repeat(100)}"x"${"]".repeat(100)}`)).toMatchObject({
      ok: false,
      message: expect.stringContaining("nested more than 64 levels"),
    });
    expect(extractFromText('{"hostname":"px01"}')).toMatchObject({
      ok: false,
      message: expect.stringContaining("holds no certificate"),
    });
    expect(extractFromText("hello world")).toMatchObject({
      ok: false,
      message: expect.stringContaining("no PEM block"),
    });
    expect(extractFromText("   ")).toMatchObject({ ok: false, message: "Nothing was pasted." });
  });

  it("a paste of many thousand empty connections is bounded: no certificate, a few sentences", () => {
    const r = extractFromText("CONNECTED(00000003)\n".repeat(50_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeLessThan(4000);
  });

  it("more servers than the limit are refused; a damaged block says which server and which line of the paste", async () => {
    const a = leaf(["px.vc.example.com"]);
    const many = Array.from({ length: 51 }, () => `CONNECTED(00000003)\n${a.pem}`).join("\n");
    expect(extractFromText(many)).toMatchObject({
      ok: false,
      message: expect.stringContaining("more than 50"),
    });
    const lines = a.pem.trimEnd().split("\n");
    lines[3] = `${lines[3]!.slice(0, 10)}!${lines[3]!.slice(11)}`;
    const damaged = `CONNECTED(00000003)\n${a.pem}\nCONNECTED(00000004)\nCertificate chain\n${lines.join("\n")}\n`;
    const extracted = extractFromText(damaged);
    if (!extracted.ok) throw new Error(extracted.message);
    const read = await liveOf(extracted.sources);
    expect(read.live).toHaveLength(1);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]!.source).toBe("openssl s_client output 2");
    // the damaged line is line 4 of the block, which starts on the paste's line 2 + (lines of the first block) + 3
    const damagedLine = damaged.split("\n").findIndex((l) => l.includes("!")) + 1;
    expect(read.problems[0]!.message).toContain(`line ${damagedLine}`);
  }, 60_000);

  it("control and text-direction characters in a file name are shown as their code", () => {
    const r = extractFromFile("evil\u202Efdp.p7b", new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]));
    expect(r).toMatchObject({ ok: true, sources: [{ label: "“evil[U+202E]fdp.p7b”" }] });
  });
});
