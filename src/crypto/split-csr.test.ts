// Split server and client certificates (issue 13 §4): the Expressway's two CSRs, read by openssl — the server
// request asks for TLS Web Server Authentication only, each peer's client request for TLS Web Client
// Authentication only, with the peer's own name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planCertificates } from "../domain/plan";
import { presetPlan } from "../domain/presets";
import type { Plan } from "../domain/types";
import { createCsr } from "./csr";
import { generateKeyPair } from "./keys";
import { run, TempDir } from "./tools.test-helpers";

let dir: TempDir;
beforeAll(() => {
  dir = new TempDir();
});
afterAll(() => dir.cleanup());

function lineAfter(text: string, heading: string): string {
  const lines = text.split("\n");
  const i = lines.findIndex((l) => l.includes(heading));
  return i < 0 ? "" : (lines[i + 1] ?? "").trim();
}

describe("a split Expressway plan: server and client CSRs, verified by openssl", () => {
  it("server: serverAuth only, the cluster's names; client: clientAuth only, CN = SAN = the peer", async () => {
    const base = presetPlan("expressway-pair");
    const plan: Plan = {
      ...base,
      issueDate: "2027-04-01",
      components: base.components.map((c) =>
        c.type === "expressway" && c.role === "e" ? { ...c, clientCertificate: "separate" } : c,
      ),
    };
    const certs = planCertificates(plan).certificates;
    const e = base.components.find((c) => c.type === "expressway" && c.role === "e");
    const server = certs.find((c) => c.id === e?.id);
    const clients = certs.filter((c) => c.id.startsWith(`${e?.id}/client/`));
    expect(server).toBeDefined();
    expect(clients.length).toBeGreaterThan(0);
    for (const cert of [server, ...clients]) {
      if (!cert) continue;
      const csr = await createCsr(cert, await generateKeyPair({ algorithm: "ECDSA", curve: "P-256" }));
      const path = dir.write(`${cert.id.replace(/[^a-z0-9.-]/gi, "_")}.csr`, csr.pem);
      const r = run("openssl", ["req", "-in", path, "-verify", "-noout", "-text"]);
      expect(r.code).toBe(0);
      expect(r.stderr + r.stdout).toMatch(/verify OK/);
      const eku = lineAfter(r.stdout, "X509v3 Extended Key Usage");
      const san = lineAfter(r.stdout, "X509v3 Subject Alternative Name");
      if (cert === server) {
        expect(eku).toBe("TLS Web Server Authentication");
        expect(san).toBe(cert.sans.map((s) => `DNS:${s.value}`).join(", "));
      } else {
        expect(eku).toBe("TLS Web Client Authentication");
        expect(san).toBe(`DNS:${cert.installOn[0]}`);
        expect(r.stdout).toContain(`CN = ${cert.installOn[0]}`);
      }
    }
  });
});
