// Runs the crypto layer's inspect() in a Web Worker (src/crypto/inspect.worker.ts), so that reading what an
// admin loads never freezes the page, and lets the admin cancel it (issue: "bounded work on hostile input").
// Every inspection goes through the worker, not only large ones: a small .pfx can ask for seconds of key
// derivation, so size says little about the work. One worker serves every request; Cancel terminates it
// (the next request starts a new one) and answers every pending request with a "cancelled" error, which the
// steps show next to the input they keep.
//
// Where no worker can be started the inspection runs on the page, as before (its work is bounded: a PKCS#12
// file's key derivation, the certificates per input and the signature checks per certificate are capped).
// That is the case of the self-contained file (dist/san-planner.html, opened from file://): it has no
// separate worker script to load, and its CSP allows no blob: or data: worker.
import { useSyncExternalStore } from "react";
import type { InspectOptions, InspectResult } from "../crypto";
import { loadCrypto } from "./keys/generate";

interface Pending {
  resolve: (result: InspectResult) => void;
  started: number;
  /** not something the admin loaded (a key card's own CSR): not counted in useInspections() */
  quiet: boolean;
  input: string | Uint8Array;
  options: InspectOptions;
}

let worker: Worker | null = null;
/** false once a worker failed to start or to load (the inline fallback is used from then on) */
let workerUsable = typeof Worker !== "undefined" && !import.meta.env.VITE_SINGLE_FILE;
let nextId = 1;
const pending = new Map<number, Pending>();
const listeners = new Set<() => void>();
let snapshot: { running: number; since: number | null } = { running: 0, since: null };

function changed() {
  let since: number | null = null;
  let running = 0;
  for (const p of pending.values()) {
    if (p.quiet) continue;
    running++;
    since = since === null ? p.started : Math.min(since, p.started);
  }
  if (running === snapshot.running && since === snapshot.since) return;
  snapshot = { running, since };
  for (const listener of listeners) listener();
}

const CANCELLED: InspectResult = {
  kind: "error",
  code: "cancelled",
  message:
    "Reading was cancelled; what you loaded is kept (it is read again when you change it or its passphrase).",
};

function settle(id: number, result: InspectResult) {
  const p = pending.get(id);
  if (!p) return;
  pending.delete(id);
  changed();
  p.resolve(result);
}

async function inline(id: number, input: string | Uint8Array, options: InspectOptions) {
  try {
    const crypto = await loadCrypto();
    settle(id, await crypto.inspect(input, options));
  } catch (error) {
    // inspect() never throws; loading the crypto layer can
    settle(id, {
      kind: "error",
      code: "damaged",
      message: `This could not be read: ${error instanceof Error ? error.message : String(error)}.`,
    });
  }
}

function startWorker(): Worker | null {
  if (!workerUsable) return null;
  if (worker) return worker;
  try {
    const w = new Worker(new URL("../crypto/inspect.worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (event: MessageEvent<{ id: number; result: InspectResult }>) =>
      settle(event.data.id, event.data.result);
    w.onerror = (event) => {
      // the worker script did not load or failed: run what was waiting on the page, and keep doing so
      event.preventDefault();
      workerUsable = false;
      w.terminate();
      if (worker === w) worker = null;
      for (const [id, p] of pending) void inline(id, p.input, p.options);
    };
    worker = w;
    return w;
  } catch {
    workerUsable = false;
    return null;
  }
}

/** inspect() off the page's thread; resolves with a "cancelled" error if the admin cancels. Never rejects.
 *  `quiet`: not something the admin loaded (the Keys step decoding the CSRs it made), so not shown as
 *  "Reading what you loaded…" (it can still be cancelled with the rest). */
export function inspectInBackground(
  input: string | Uint8Array,
  options: InspectOptions = {},
  { quiet = false }: { quiet?: boolean } = {},
): Promise<InspectResult> {
  const id = nextId++;
  return new Promise<InspectResult>((resolve) => {
    pending.set(id, { resolve, started: performance.now(), quiet, input, options });
    changed();
    void loadCrypto().then(
      (crypto) => {
        if (!pending.has(id)) return; // cancelled meanwhile
        const w = startWorker();
        if (w) w.postMessage({ id, module: crypto.CRYPTO_MODULE_URL, input, options });
        else void inline(id, input, options);
      },
      () => void inline(id, input, options),
    );
  });
}

/** Stops every inspection under way (the worker is terminated); each answers "cancelled". */
export function cancelInspections(): void {
  if (worker) {
    worker.terminate();
    worker = null;
  }
  for (const id of [...pending.keys()]) settle(id, CANCELLED);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How many inspections are under way, and since when (performance.now()). */
export function useInspections(): { running: number; since: number | null } {
  return useSyncExternalStore(subscribe, () => snapshot);
}
