// The inspection of what an admin loads, off the page's thread (issue: "bounded work on hostile input"): a
// PKCS#12 file's key derivation and a chain's signature checks are bounded, but can still take seconds, and
// the page must never freeze. The page (src/ui/inspect-runner.ts) posts { id, module, input, options } and
// gets { id, result } back; the result is structured-cloned (certificates as plain data, keys as CryptoKey
// objects, which are cloneable). Cancelling terminates the worker.
//
// This script imports nothing itself: it loads the crypto layer's own module, the one the page already
// loaded, from the URL the page sends (CRYPTO_MODULE_URL). A worker the bundler built with its own imports
// would carry a second copy of the crypto layer (≈71 kB gzip) in the JavaScript budget.
import type { InspectOptions, InspectResult } from "./inspect";

interface Request {
  id: number;
  /** URL of the crypto layer's module (src/crypto/index.ts, or the chunk the build made of it) */
  module: string;
  input: string | Uint8Array;
  options: InspectOptions;
}

type CryptoModule = {
  inspect: (input: string | Uint8Array, options: InspectOptions) => Promise<InspectResult>;
};

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage: (message: unknown) => void;
};

const loaded = new Map<string, Promise<CryptoModule>>();

scope.onmessage = (event) => {
  const { id, module, input, options } = event.data;
  let crypto = loaded.get(module);
  if (!crypto) {
    crypto = import(/* @vite-ignore */ module) as Promise<CryptoModule>;
    loaded.set(module, crypto);
  }
  void crypto
    .then((c) => c.inspect(input, options))
    .then(
      (result) => scope.postMessage({ id, result }),
      (error: unknown) =>
        scope.postMessage({
          id,
          result: {
            kind: "error",
            code: "damaged",
            message: `This could not be read: ${error instanceof Error ? error.message : String(error)}.`,
          },
        }),
    );
};
