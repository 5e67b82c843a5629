// Helpers for the guarantee specs (security, offline, hostile input): a network and CSP-violation recorder, a
// scan of every browser storage for key material, the plan-file chooser, and "the page is still there" checks.
import { createPrivateKey } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, type Page } from "@playwright/test";

// ---------------------------------------------------------------- network and CSP

export interface RecordedRequest {
  url: string;
  resourceType: string;
  /** made after the `load` event of the page's last navigation */
  afterLoad: boolean;
}

export interface NetworkLog {
  /** every request the page (and any frame or worker of it) made, blob: and data: included */
  requests: RecordedRequest[];
  /** console messages about Content-Security-Policy violations */
  cspViolations: string[];
  /** console errors and uncaught page errors, for the failure message */
  errors: string[];
}

/** Start recording before the first navigation: requests, CSP violations reported on the console, page errors. */
export function recordNetwork(page: Page): NetworkLog {
  const log: NetworkLog = { requests: [], cspViolations: [], errors: [] };
  let loaded = false;
  page.on("load", () => {
    loaded = true;
  });
  page.on("request", (r) => {
    // a new document (not a hash change): its requests count as "before load" until its load event
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) loaded = false;
    log.requests.push({ url: r.url(), resourceType: r.resourceType(), afterLoad: loaded });
  });
  page.on("console", (m) => {
    const text = m.text();
    if (/Content Security Policy|Content-Security-Policy/i.test(text)) log.cspViolations.push(text);
    else if (m.type() === "error") log.errors.push(text);
  });
  page.on("pageerror", (e) => log.errors.push(`page error: ${e.message}`));
  return log;
}

/** Requests that reached for the network: blob: and data: URLs are read from memory, not fetched. */
export function networkRequests(log: NetworkLog): RecordedRequest[] {
  return log.requests.filter((r) => !/^(blob|data):/.test(r.url));
}

// ---------------------------------------------------------------- key material

export interface KeyNeedles {
  /** what to look for, by what it is (for the failure message) */
  needles: { what: string; value: string }[];
}

const b64url = (b64: string) => b64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

/** Every trace of a PKCS#8 PEM private key worth searching for: the PEM base64 body (whole, in its 64-character
 *  lines, and as base64url), the private scalar `d` of the JWK (base64url and hex), and the DER as hex. */
export function keyNeedles(keyPem: string, label: string): KeyNeedles["needles"] {
  const body = keyPem
    .replace(/-----(BEGIN|END)[^-]+-----/g, "")
    .replace(/\s+/g, "")
    .trim();
  const needles: KeyNeedles["needles"] = [
    { what: `${label}: PKCS#8 base64`, value: body },
    { what: `${label}: PKCS#8 base64url`, value: b64url(body) },
    { what: `${label}: PKCS#8 DER hex`, value: Buffer.from(body, "base64").toString("hex") },
  ];
  // every 32-character piece of the body at a step of 16 (past the first 64 characters: the algorithm header,
  // the same for every key of a kind), so that any fragment of 47 characters or more contains one of them
  for (let i = 64; i + 32 <= body.length; i += 16)
    needles.push({ what: `${label}: base64 characters ${i}–${i + 32}`, value: body.slice(i, i + 32) });
  const jwk = createPrivateKey(keyPem).export({ format: "jwk" }) as { d?: string };
  if (jwk.d) {
    needles.push({ what: `${label}: JWK d`, value: jwk.d });
    needles.push({
      what: `${label}: private scalar hex`,
      value: Buffer.from(jwk.d, "base64url").toString("hex"),
    });
  }
  return needles;
}

/** Generic key markers: a PEM private key label, a JWK private member, a PKCS#8 DER prefix (base64 "MII…AgEAMA"). */
export const GENERIC_KEY_MARKERS: { what: string; re: RegExp }[] = [
  { what: '"PRIVATE KEY" PEM label', re: /PRIVATE KEY/ },
  { what: 'JWK private member "d"', re: /"d"\s*:\s*"/ },
  // PKCS#8 v0 PrivateKeyInfo starts SEQUENCE, INTEGER 0, SEQUENCE (AlgorithmIdentifier): in base64 at the start of
  // a PEM body that is "MII…IBAD" (RSA, two-byte length) or "MIG…AgEAM" (EC, one-byte length)
  { what: "PKCS#8 DER (base64)", re: /MII[A-Za-z0-9+/]{3}IBAD|MIG[A-Za-z0-9+/]AgEAM/ },
  { what: "PKCS#8 DER (hex)", re: /308(?:1[0-9a-f]{2}|2[0-9a-f]{4})02010030/i },
];

/** Fail with what was found where: every place is a name and its text. */
export function expectNoKeyMaterial(
  places: Record<string, string>,
  needles: KeyNeedles["needles"],
  extra: string[] = [],
): void {
  const found: string[] = [];
  for (const [where, text] of Object.entries(places)) {
    for (const m of GENERIC_KEY_MARKERS) if (m.re.test(text)) found.push(`${m.what} in ${where}`);
    for (const n of needles)
      if (n.value.length >= 16 && text.includes(n.value)) found.push(`${n.what} in ${where}`);
    for (const s of extra) if (text.includes(s)) found.push(`"${s}" in ${where}`);
  }
  expect(found, "key material found").toEqual([]);
}

/** Everything a page keeps across a reload, as text: localStorage, sessionStorage, cookies, the URL, the history
 *  state, window.name, every IndexedDB database (every record of every store) and the Cache Storage keys. */
export async function browserStorage(page: Page): Promise<Record<string, string>> {
  const inPage = await page.evaluate(async () => {
    const dump = (s: Storage) => {
      const o: Record<string, string | null> = {};
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k !== null) o[k] = s.getItem(k);
      }
      return JSON.stringify(o);
    };
    const idb: Record<string, unknown> = {};
    const dbs = typeof indexedDB.databases === "function" ? await indexedDB.databases() : [];
    for (const info of dbs) {
      if (!info.name) continue;
      const name = info.name;
      idb[name] = await new Promise((resolve) => {
        const req = indexedDB.open(name);
        req.onerror = () => resolve(`could not open: ${String(req.error)}`);
        req.onsuccess = () => {
          const db = req.result;
          const stores = [...db.objectStoreNames];
          if (stores.length === 0) {
            db.close();
            resolve({});
            return;
          }
          const tx = db.transaction(stores, "readonly");
          const out: Record<string, unknown[]> = {};
          for (const s of stores) {
            const all = tx.objectStore(s).getAll();
            all.onsuccess = () => {
              out[s] = all.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      });
    }
    const cacheKeys = typeof caches === "undefined" ? [] : await caches.keys();
    const stringify = (v: unknown) =>
      JSON.stringify(v, (_k, x) => (x instanceof ArrayBuffer ? [...new Uint8Array(x)] : x));
    return {
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      "document.cookie": document.cookie,
      "the URL": location.href,
      "history.state": JSON.stringify(history.state),
      "window.name": window.name,
      IndexedDB: stringify({ databases: dbs.map((d) => d.name), idb }),
      "Cache Storage": JSON.stringify(cacheKeys),
    };
  });
  const cookies = await page.context().cookies();
  return { ...inPage, "cookies (browser)": JSON.stringify(cookies) };
}

// ---------------------------------------------------------------- the page

/** Open a plan file through the Start step's "Open plan" button (the Start step must be shown). */
export async function openPlanFile(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open plan" }).click(),
  ]);
  await chooser.setFiles(file);
}

/** The page is not blank: the app header, the step bar and a step heading are shown. */
export async function expectPageAlive(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "SAN Planner" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Steps" })).toBeVisible();
  await expect(page.locator("main h2").first()).toBeVisible();
}

/** The plan kept in localStorage (the store's persisted value), or null. */
export async function storedPlan(page: Page): Promise<{ name?: string; components?: unknown[] } | null> {
  return page.evaluate(() => {
    const raw = localStorage.getItem("san-planner/plan");
    if (raw === null) return null;
    return (JSON.parse(raw) as { state: { plan: { name?: string; components?: unknown[] } } }).state.plan;
  });
}

// ---------------------------------------------------------------- the build

/** Every file of dist/ (relative paths), except the build manifest. */
export function distFiles(dist = "dist"): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== ".vite") walk(p);
      } else out.push(relative(dist, p));
    }
  };
  walk(dist);
  return out.sort();
}

export function readDist(file: string, dist = "dist"): string {
  return readFileSync(join(dist, file), "utf8");
}

// ---------------------------------------------------------------- Content-Security-Policy

/** What is wrong with a CSP against the floor (`default-src 'self'; connect-src 'none'; script-src 'self';
 *  object-src 'none'; base-uri 'none'; form-action 'none'` or stricter). `scriptSources` are the only sources
 *  script-src may list ("'self'" for the hosted build, sha256 hashes for the single file). */
export function cspProblems(csp: string, scriptSources: RegExp = /^'self'$/): string[] {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  const problems: string[] = [];
  const exactly = (name: string, allowed: string[]) => {
    const v = directives.get(name);
    if (!v) problems.push(`${name} is missing`);
    else if (v.length === 0 || v.some((x) => !allowed.includes(x)))
      problems.push(`${name} is "${v.join(" ")}", expected one of ${allowed.join(", ")}`);
  };
  exactly("default-src", ["'self'", "'none'"]);
  exactly("connect-src", ["'none'"]);
  exactly("object-src", ["'none'"]);
  exactly("base-uri", ["'none'"]);
  exactly("form-action", ["'none'"]);
  const script = directives.get("script-src");
  if (!script) problems.push("script-src is missing");
  else if (script.length === 0 || script.some((x) => !scriptSources.test(x)))
    problems.push(`script-src is "${script.join(" ")}"`);
  for (const [name, values] of directives) {
    for (const v of values) {
      if (/^'unsafe-|^\*$|^https?:|^ws|^\/\/|^[a-z0-9.-]+\.[a-z]{2,}/i.test(v) && v !== "'none'")
        problems.push(`${name} allows ${v}`);
    }
  }
  return problems;
}
