// A real issuance: throwaway root + intermediate CA (openssl), our CSR issued with its extensions copied,
// then openssl s_server with the issued certificate, the chain and OUR key file, and s_client verifying
// every planned name (and refusing one that was not planned). Loopback only; bounded; cleaned up.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KeySpec } from "../domain/types";
import { createCsr } from "./csr";
import { generateKeyPair } from "./keys";
import { exportPrivateKey } from "./pkcs8";
import {
  issue,
  makeCa,
  planFixture,
  startServer,
  TempDir,
  type TestCa,
  tlsVerify,
} from "./tools.test-helpers";

let dir: TempDir;
let ca: TestCa;
beforeAll(() => {
  dir = new TempDir();
  ca = makeCa(dir);
});
afterAll(() => dir.cleanup());

const PLANNED = [
  { type: "dns" as const, value: "sip.contoso.com", reasons: ["Access Edge FQDN"] },
  { type: "dns" as const, value: "webcon.contoso.com", reasons: ["Web Conferencing Edge FQDN"] },
  { type: "dns" as const, value: "sip.fabrikam.com", reasons: ["SIP domain fabrikam.com"] },
  { type: "dns" as const, value: "*.meet.contoso.com", reasons: ["simple URLs"] },
  { type: "ip" as const, value: "192.0.2.10", reasons: ["node address"] },
];

/** The names a client would use for each planned SAN (a wildcard covers one label). */
const CLIENT_NAMES = [
  "sip.contoso.com",
  "webcon.contoso.com",
  "sip.fabrikam.com",
  "lync.meet.contoso.com",
  "192.0.2.10",
];
const NOT_PLANNED = ["av.contoso.com", "meet.contoso.com", "a.b.meet.contoso.com", "192.0.2.11"];

describe.each([
  { algorithm: "RSA", size: 2048 },
  { algorithm: "ECDSA", curve: "P-256" },
  { algorithm: "ECDSA", curve: "P-384" },
] as KeySpec[])("issued from our CSR with %o", (spec) => {
  it("TLS verifies for every planned SAN and fails for names that were not planned", async () => {
    const keys = await generateKeyPair(spec);
    const csr = await createCsr(planFixture(spec, { sans: PLANNED }), keys);
    const certificate = issue(dir, ca, csr.pem);
    const tag = `${spec.algorithm}-${"size" in spec ? spec.size : spec.curve}`;
    const certPath = dir.write(`${tag}.crt`, certificate);
    const keyPath = dir.write(`${tag}.key`, await exportPrivateKey(keys, "s3rver pass"));
    const server = await startServer({
      cert: certPath,
      key: keyPath,
      chain: ca.intermediate,
      passphrase: "s3rver pass",
    });
    try {
      for (const name of CLIENT_NAMES) {
        const result = tlsVerify(server.port, name, ca.root);
        expect(result.ok, `${name}:\n${result.output}`).toBe(true);
      }
      for (const name of NOT_PLANNED) {
        const result = tlsVerify(server.port, name, ca.root);
        expect(result.ok, `${name} must not verify`).toBe(false);
        expect(result.output).toMatch(/(hostname|IP address) mismatch/);
      }
      // Without the intermediate the chain does not verify: the server really sends our chain file.
      const noChain = await startServer({ cert: certPath, key: keyPath, passphrase: "s3rver pass" });
      try {
        const result = tlsVerify(noChain.port, "sip.contoso.com", ca.root);
        expect(result.ok).toBe(false);
        expect(result.output).toMatch(/unable to get local issuer certificate/);
      } finally {
        await noChain.stop();
      }
    } finally {
      await server.stop();
    }
  });
});
