// The plan, as the admin edits it: one zustand store, persisted to localStorage (key "san-planner/plan").
// Only the plan is persisted (partialize): never a key, a passphrase or a draft. The plan held here is always
// a valid, normalised Plan (parsePlan's output); the wizard's forms keep their own drafts and commit here
// only when parsePlan accepts them.
import { create } from "zustand";
import { type PersistStorage, persist, type StorageValue } from "zustand/middleware";
import { own } from "../domain/own";
import { type PlanError, parsePlan } from "../domain/plan-file";
import { emptyPlan } from "../domain/presets";
import type { AcceptedFinding, CertificateOptions, Finding, Plan } from "../domain/types";

export const PLAN_STORAGE_KEY = "san-planner/plan";
/** Where a stored plan that no longer parses is kept, untouched, until the admin saves or discards it. */
export const UNREADABLE_STORAGE_KEY = "san-planner/plan-unreadable";

export interface UnreadableStored {
  raw: string;
  errors: PlanError[];
}

interface Persisted {
  plan: Plan;
}

/** A form's values that are not in the plan (parsePlan refused them), with where they are, for the step bar, the
 *  banner on Review, Keys, Worksheet and Install, and the held actions. Never persisted. */
export interface Draft {
  values: unknown;
  /** the wizard step the form is on, e.g. "components" */
  step: string;
  /** the form on that step, in the admin's words (e.g. "Edge Server “edge”") */
  title: string;
  /** the fields with errors: the form's field name and its label */
  fields: { name: string; label: string }[];
}

export interface PlanState {
  plan: Plan;
  /** bumped whenever the plan is replaced as a whole (preset, open, new): the step forms start afresh */
  revision: number;
  /** the stored plan could not be read on load: its text, kept aside (and in UNREADABLE_STORAGE_KEY) */
  unreadableStored: UnreadableStored | null;
  /** the last localStorage write failed (quota, private mode): the plan lives only in this page */
  storageError: string | null;
  /** form drafts with errors, by form key, so that leaving a step and coming back keeps what was typed */
  drafts: Record<string, Draft>;
  replacePlan(plan: Plan): void;
  newPlan(): void;
  /** commit a valid plan produced by a form (the form keeps its state: no revision bump) */
  commitPlan(plan: Plan): void;
  setDraft(key: string, draft: Draft): void;
  clearDraft(key: string): void;
  /** drop every draft of a step: its forms start again from the plan's values */
  discardDrafts(step: string): void;
  /** Accept an error with the admin's reason and, optionally, who accepted it (printed on the worksheet). */
  acceptFinding(f: Finding, reason: string, acceptedBy?: string): void;
  withdrawAcceptance(f: Finding): void;
  setCertificateOptions(certificateId: string, options: CertificateOptions): void;
  setCertificateOptionsMany(ids: string[], options: CertificateOptions): void;
  dismissUnreadable(): void;
}

let stash: UnreadableStored | null = null;
let lastWriteError: string | null = null;

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** Reads and validates the stored plan with parsePlan: a plan that fails is kept aside, never dropped. */
const planStorage: PersistStorage<Persisted> = {
  getItem(name): StorageValue<Persisted> | null {
    const ls = safeLocalStorage();
    const raw = ls?.getItem(name) ?? null;
    if (raw === null) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (err) {
      stash = {
        raw,
        errors: [
          {
            path: "(file)",
            message: `is not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
          },
        ],
      };
    }
    if (!stash) {
      const state = (parsed as { state?: { plan?: unknown } } | null)?.state;
      const r = parsePlan(state?.plan);
      if (r.ok) return { state: { plan: r.plan }, version: (parsed as { version?: number }).version ?? 0 };
      stash = { raw: prettyOrRaw(state?.plan ?? parsed, raw), errors: r.errors };
    }
    try {
      ls?.setItem(UNREADABLE_STORAGE_KEY, stash.raw);
    } catch {
      // the text stays in memory and in the banner
    }
    return null;
  },
  setItem(name, value) {
    let error: string | null = null;
    try {
      safeLocalStorage()?.setItem(name, JSON.stringify(value));
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    if (error !== lastWriteError) {
      lastWriteError = error;
      // after the current update: the banner says the plan could not be stored in this browser
      queueMicrotask(() => usePlanStore.setState({ storageError: error }));
    }
  },
  removeItem(name) {
    safeLocalStorage()?.removeItem(name);
  },
};

/** The stored plan pretty-printed for the banner's download, or the stored text as it was when it cannot be
 *  (a value nested thousands deep makes JSON.stringify throw, and the plan must be kept aside, not dropped). */
function prettyOrRaw(value: unknown, raw: string): string {
  try {
    return JSON.stringify(value, null, 2) ?? raw;
  } catch {
    return raw;
  }
}

function findingKey(f: { rule: string; certificate?: string; target?: string }): string {
  return `${f.rule}|${f.certificate ?? ""}|${f.target ?? "plan"}`;
}

export const usePlanStore = create<PlanState>()(
  persist(
    (set, get) => ({
      plan: emptyPlan(),
      revision: 0,
      unreadableStored: null,
      storageError: null,
      drafts: {},
      replacePlan: (plan) => set((s) => ({ plan, revision: s.revision + 1, drafts: {} })),
      newPlan: () => set((s) => ({ plan: emptyPlan(), revision: s.revision + 1, drafts: {} })),
      commitPlan: (plan) => set({ plan }),
      setDraft: (key, draft) => set((s) => ({ drafts: { ...s.drafts, [key]: draft } })),
      clearDraft: (key) => {
        if (!(key in get().drafts)) return;
        set((s) => {
          const drafts = { ...s.drafts };
          delete drafts[key];
          return { drafts };
        });
      },
      discardDrafts: (step) =>
        set((s) => ({
          drafts: Object.fromEntries(Object.entries(s.drafts).filter(([, d]) => d.step !== step)),
        })),
      acceptFinding: (f, reason, acceptedBy) =>
        set((s) => {
          const record: AcceptedFinding = {
            rule: f.rule,
            target: f.target,
            reason: reason.trim(),
            acceptedAt: new Date().toISOString(),
          };
          if (f.certificate !== undefined) record.certificate = f.certificate;
          const by = acceptedBy?.trim();
          if (by) record.acceptedBy = by;
          const others = (s.plan.acceptedFindings ?? []).filter((a) => findingKey(a) !== findingKey(f));
          return { plan: { ...s.plan, acceptedFindings: [...others, record] } };
        }),
      withdrawAcceptance: (f) =>
        set((s) => {
          const rest = (s.plan.acceptedFindings ?? []).filter((a) => findingKey(a) !== findingKey(f));
          const plan = { ...s.plan };
          if (rest.length > 0) plan.acceptedFindings = rest;
          else delete plan.acceptedFindings;
          return { plan };
        }),
      setCertificateOptions: (certificateId, options) =>
        set((s) => ({
          plan: {
            ...s.plan,
            certificateOptions: {
              ...s.plan.certificateOptions,
              [certificateId]: { ...own(s.plan.certificateOptions, certificateId), ...options },
            },
          },
        })),
      setCertificateOptionsMany: (ids, options) =>
        set((s) => {
          const next = { ...s.plan.certificateOptions };
          for (const id of ids) next[id] = { ...own(next, id), ...options };
          return { plan: { ...s.plan, certificateOptions: next } };
        }),
      dismissUnreadable: () => {
        try {
          safeLocalStorage()?.removeItem(UNREADABLE_STORAGE_KEY);
        } catch {
          // nothing stored to remove
        }
        set({ unreadableStored: null });
      },
    }),
    {
      name: PLAN_STORAGE_KEY,
      version: 1,
      storage: planStorage,
      // Only the plan: keys live in key-store.ts (never persisted), drafts and banners are per page.
      partialize: (s): Persisted => ({ plan: s.plan }),
    },
  ),
);

if (stash) usePlanStore.setState({ unreadableStored: stash });
