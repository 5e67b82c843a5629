// Measurements in headless Chromium against the production build served by `vite preview` on loopback.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumPath } from "../tools.mjs";

export const BENCH_PORT = 4180;
const BASE = `http://127.0.0.1:${BENCH_PORT}`;

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function waitForServer(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the preview server did not answer on ${url}`);
}

/** Run `fn(browser, base)` with the production build served on loopback and Chromium launched. */
export async function withBrowser(fn) {
  const server = spawn(
    "npx",
    ["vite", "preview", "--host", "127.0.0.1", "--port", String(BENCH_PORT), "--strictPort"],
    {
      stdio: "ignore",
      detached: true,
    },
  );
  try {
    await waitForServer(`${BASE}/`, 30_000);
    const exe = chromiumPath();
    const browser = await chromium.launch({
      ...(exe ? { executablePath: exe } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--enable-precise-memory-info",
      ],
    });
    try {
      return await fn(browser, BASE);
    } finally {
      await browser.close();
    }
  } finally {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      server.kill("SIGTERM");
    }
  }
}

/** The shipped crypto chunk, as the app loads it on the Keys step. */
function cryptoChunk() {
  const manifest = JSON.parse(readFileSync("dist/.vite/manifest.json", "utf8"));
  const chunk = manifest["src/crypto/index.ts"];
  if (!chunk)
    throw new Error("the build has no separate chunk for src/crypto/index.ts (is it loaded on demand?)");
  return `/${chunk.file}`;
}

const PLAN_CERT = {
  subject: { CN: "sip.contoso.com", O: "Contoso Ltd", L: "Redmond", ST: "Washington", C: "US" },
  sans: ["sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"].map((value) => ({
    type: "dns",
    value,
    reasons: ["bench"],
  })),
  eku: ["serverAuth", "clientAuth"],
  keyUsage: ["digitalSignature", "keyEncipherment"],
};

/** Our key generation + CSR in Chromium vs `openssl req -new -newkey` (process included), medians of N runs. */
export async function cryptoFigures(runs = 21) {
  const chunk = cryptoChunk();
  const ours = await withBrowser(async (browser, base) => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const ours = await page.evaluate(
      async ({ chunk, plan, runs }) => {
        const c = await import(chunk);
        const med = (xs) => {
          const s = [...xs].sort((a, b) => a - b);
          return s[Math.floor(s.length / 2)];
        };
        const time = async (f) => {
          const t = performance.now();
          await f();
          return performance.now() - t;
        };
        const out = {};
        for (const [name, spec] of [
          ["rsa2048", { algorithm: "RSA", size: 2048 }],
          ["p256", { algorithm: "ECDSA", curve: "P-256" }],
        ]) {
          await c.createCsr(plan, await c.generateKeyPair(spec)); // warm up
          const xs = [];
          for (let i = 0; i < runs; i++)
            xs.push(await time(async () => c.createCsr(plan, await c.generateKeyPair(spec))));
          out[name] = med(xs);
        }
        const keys = await c.generateKeyPair({ algorithm: "RSA", size: 2048 });
        const exp = [];
        for (let i = 0; i < 5; i++)
          exp.push(await time(() => c.exportPrivateKey(keys, "correct horse battery staple")));
        out.export = med(exp);
        globalThis.__benchKeys = keys;
        out.csr = (await c.createCsr(plan, keys)).pem;
        out.key = await c.exportPrivateKey(keys);
        return out;
      },
      { chunk, plan: PLAN_CERT, runs },
    );
    // a certificate for that key, issued by openssl, to time the PKCS#12 build (key generation excluded)
    const dir = mkdtempSync(join(tmpdir(), "san-bench-"));
    try {
      writeFileSync(join(dir, "r.csr"), ours.csr);
      writeFileSync(join(dir, "k.pem"), ours.key);
      const r = spawnSync(
        "openssl",
        [
          "x509",
          "-req",
          "-days",
          "30",
          "-in",
          join(dir, "r.csr"),
          "-signkey",
          join(dir, "k.pem"),
          "-out",
          join(dir, "c.pem"),
        ],
        { stdio: "ignore" },
      );
      if (r.status !== 0) throw new Error("openssl could not sign the bench certificate");
      const cert = readFileSync(join(dir, "c.pem"), "utf8");
      const pfx = await page.evaluate(
        async ({ chunk, cert }) => {
          const c = await import(chunk);
          const out = {};
          for (const profile of ["modern", "legacy"]) {
            const xs = [];
            for (let i = 0; i < 7; i++) {
              const t = performance.now();
              await c.buildPkcs12({
                key: globalThis.__benchKeys,
                certificate: cert,
                passphrase: "correct horse battery staple",
                profile,
              });
              xs.push(performance.now() - t);
            }
            xs.sort((a, b) => a - b);
            out[profile] = xs[3];
          }
          return out;
        },
        { chunk, cert },
      );
      return { ...ours, pfx };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  const dir = mkdtempSync(join(tmpdir(), "san-bench-"));
  try {
    const cnf = join(dir, "req.cnf");
    writeFileSync(
      cnf,
      [
        "[req]",
        "prompt = no",
        "distinguished_name = dn",
        "req_extensions = ext",
        "[dn]",
        "C = US",
        "ST = Washington",
        "L = Redmond",
        "O = Contoso Ltd",
        "CN = sip.contoso.com",
        "[ext]",
        "subjectAltName = DNS:sip.contoso.com, DNS:webcon.contoso.com, DNS:sip.fabrikam.com",
        "extendedKeyUsage = serverAuth, clientAuth",
        "keyUsage = critical, digitalSignature, keyEncipherment",
        "",
      ].join("\n"),
    );
    const opensslTime = (newkey) => {
      const xs = [];
      for (let i = 0; i < runs + 1; i++) {
        const t = performance.now();
        const r = spawnSync(
          "openssl",
          [
            "req",
            "-new",
            ...newkey,
            "-nodes",
            "-config",
            cnf,
            "-keyout",
            join(dir, "k.pem"),
            "-out",
            join(dir, "r.csr"),
          ],
          { stdio: "ignore" },
        );
        if (r.status !== 0) throw new Error("openssl req failed");
        if (i > 0) xs.push(performance.now() - t);
      }
      return median(xs);
    };
    const openssl = {
      rsa2048: opensslTime(["-newkey", "rsa:2048"]),
      p256: opensslTime(["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]),
    };
    return { ours, openssl };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
