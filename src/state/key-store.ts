// Generated keys and CSRs: page memory only. This store is deliberately NOT persisted — no key material ever
// reaches localStorage, sessionStorage, IndexedDB, cookies or the URL. Reloading the page forgets every key
// (the page asks first while a key has not been downloaded).
import { create } from "zustand";
import type { KeyPair } from "../crypto";
import { own } from "../domain/own";
import type { KeySpec } from "../domain/types";

export interface KeyEntry {
  spec: KeySpec;
  keys: KeyPair;
  csrPem: string;
  /** PKCS#8 PEM; "ENCRYPTED PRIVATE KEY" when a passphrase was given */
  keyPem: string;
  encrypted: boolean;
  /** "AB:CD:…" */
  csrSha256: string;
  spkiSha256: string;
  downloadedKey: boolean;
  /** the certificate plan (Subject, SANs, EKU, key usage, key) the CSR was made from, to notice later edits */
  planFingerprint: string;
  createdAt: string;
}

/** A CSR made in this page (public: no key), kept after "Generate again" replaces its entry, so that the Install
 *  step can tell which CSR a certificate answers (by public key) and what changed in the plan since. */
export interface RequestRecord {
  certificateId: string;
  csrPem: string;
  spkiSha256: string;
  createdAt: string;
}

export interface Progress {
  done: number;
  total: number;
  /** what is being made now, e.g. "cucm/cucm-pub.example.com" */
  current: string;
  cancelled: boolean;
}

export interface KeyState {
  entries: Record<string, KeyEntry>;
  /** every CSR made in this page, oldest first (memory only, like the keys) */
  requests: RequestRecord[];
  /** passphrases typed on the Keys step (matching confirmation), by certificate id: memory only */
  passphrases: Record<string, string>;
  /** certificate ids being generated right now */
  busy: Record<string, true>;
  errors: Record<string, string>;
  progress: Progress | null;
  setEntries(entries: Record<string, KeyEntry>): void;
  setPassphrase(id: string, passphrase: string | undefined): void;
  setBusy(ids: string[], busy: boolean): void;
  setError(id: string, message: string | undefined): void;
  markKeyDownloaded(ids: string[]): void;
  setProgress(p: Progress | null): void;
  cancel(): void;
  clear(): void;
}

export const useKeyStore = create<KeyState>()((set) => ({
  entries: {},
  requests: [],
  passphrases: {},
  busy: {},
  errors: {},
  progress: null,
  setEntries: (entries) =>
    set((s) => {
      const known = new Set(s.requests.map((r) => r.spkiSha256));
      const made = Object.entries(entries)
        .filter(([, e]) => !known.has(e.spkiSha256))
        .map(([certificateId, e]) => ({
          certificateId,
          csrPem: e.csrPem,
          spkiSha256: e.spkiSha256,
          createdAt: e.createdAt,
        }));
      return {
        entries: { ...s.entries, ...entries },
        requests: made.length > 0 ? [...s.requests, ...made] : s.requests,
      };
    }),
  setPassphrase: (id, passphrase) =>
    set((s) => {
      const passphrases = { ...s.passphrases };
      if (passphrase === undefined || passphrase === "") delete passphrases[id];
      else passphrases[id] = passphrase;
      return { passphrases };
    }),
  setBusy: (ids, busy) =>
    set((s) => {
      const next = { ...s.busy };
      for (const id of ids) {
        if (busy) next[id] = true;
        else delete next[id];
      }
      return { busy: next };
    }),
  setError: (id, message) =>
    set((s) => {
      const errors = { ...s.errors };
      if (message === undefined) delete errors[id];
      else errors[id] = message;
      return { errors };
    }),
  markKeyDownloaded: (ids) =>
    set((s) => {
      const entries = { ...s.entries };
      for (const id of ids) {
        const e = own(entries, id);
        if (e && !e.downloadedKey) entries[id] = { ...e, downloadedKey: true };
      }
      return { entries };
    }),
  setProgress: (progress) => set({ progress }),
  cancel: () => set((s) => (s.progress ? { progress: { ...s.progress, cancelled: true } } : {})),
  clear: () => set({ entries: {}, requests: [], passphrases: {}, busy: {}, errors: {}, progress: null }),
}));

/** Keys generated in this page whose key file has not been downloaded yet. */
export function undownloadedKeyIds(s: Pick<KeyState, "entries">): string[] {
  return Object.entries(s.entries)
    .filter(([, e]) => !e.downloadedKey)
    .map(([id]) => id);
}
