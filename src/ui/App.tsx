import { type ComponentType, lazy, type ReactNode, Suspense, useEffect } from "react";
import { serializePlan } from "../domain/plan-file";
import { describePath } from "../domain/plan-paths";
import { emptyPlan } from "../domain/presets";
import { undownloadedKeyIds, useKeyStore } from "../state/key-store";
import { usePlanStore } from "../state/plan-store";
import { ConfirmProvider, useConfirm } from "./confirm";
import { downloadText, planFileStem } from "./download";
import { ErrorBoundary } from "./ErrorBoundary";
import { PendingEditsBanner } from "./PendingEditsBanner";
import { pendingSteps } from "./pending";
import { confirmDiscard, replacePlanAndKeys } from "./plan-actions";
import { goTo, usePage, useStep } from "./router";
import { StepBar } from "./StepBar";
import { STEPS, type StepId, stepName } from "./steps";
import { StartStep } from "./steps/StartStep";

// Every step but Start is loaded on demand (the first screen carries React, the shell, the plan file reader
// and the presets only; the rules, the forms library, the crypto layer and the zip writer come later).
// Each step also loads the Public Suffix List (≈50 kB gzip, kept off the first screen), which parsePlan uses to
// refuse a public suffix such as "co.uk" as a domain: every step that shows or edits names checks them with it.
const withSuffixList =
  <M,>(load: () => Promise<M>) =>
  (): Promise<M> =>
    Promise.all([load(), import("../domain/public-suffix")]).then(([m]) => m);

/** A step loaded on demand that renders at once when its code is already here (the idle prefetch below): a
 *  React.lazy component suspends on its first render even then, and React holds back revealing a suspended
 *  boundary's content for up to 300 ms (its fallback throttle), re-rendering the whole step meanwhile — moving
 *  to the Review of a 1,000-node plan waited ≈350 ms for nothing. Only a step whose code has not arrived yet
 *  goes through the lazy component (and the "Loading" fallback). */
interface StepCode {
  /** the step's component once its code is here */
  loaded?: ComponentType;
  preload: () => Promise<{ default: ComponentType }>;
  Lazy: ComponentType;
}

function stepCode(load: () => Promise<{ default: ComponentType }>): StepCode {
  let pending: Promise<{ default: ComponentType }> | undefined;
  const code: StepCode = {
    preload: () =>
      (pending ??= withSuffixList(load)().then(
        (m) => {
          code.loaded = m.default;
          return m;
        },
        (e: unknown) => {
          pending = undefined; // a failed chunk load may be retried by the next visit
          throw e;
        },
      )),
    Lazy: lazy(() => code.preload()),
  };
  return code;
}

function OnDemandStep({ code }: { code: StepCode }) {
  const Loaded = code.loaded;
  return Loaded ? <Loaded /> : <code.Lazy />;
}

const steps = {
  organization: stepCode(() => import("./steps/OrganizationStep")),
  domains: stepCode(() => import("./steps/DomainsStep")),
  components: stepCode(() => import("./steps/ComponentsStep")),
  review: stepCode(() => import("./steps/ReviewStep")),
  keys: stepCode(() => import("./steps/KeysStep")),
  worksheet: stepCode(() => import("./steps/WorksheetStep")),
  install: stepCode(() => import("./install/InstallStep")),
};
// Import your topology (#import): reached from Start, loaded on demand with the Public Suffix List (the imported
// names are checked like typed ones)
const importPage = stepCode(() => import("./import/ImportPage"));

function stepElement(step: StepId): ReactNode {
  switch (step) {
    case "start":
      return <StartStep />;
    case "organization":
      return <OnDemandStep key="organization" code={steps.organization} />;
    case "domains":
      return <OnDemandStep key="domains" code={steps.domains} />;
    case "components":
      return <OnDemandStep key="components" code={steps.components} />;
    case "review":
      return <OnDemandStep key="review" code={steps.review} />;
    case "keys":
      return <OnDemandStep key="keys" code={steps.keys} />;
    case "worksheet":
      return <OnDemandStep key="worksheet" code={steps.worksheet} />;
    case "install":
      return <OnDemandStep key="install" code={steps.install} />;
  }
}

/** Closing or reloading the page while a generated key has not been downloaded asks first. */
function useLeaveGuard(): void {
  const pending = useKeyStore((s) => undownloadedKeyIds(s).length);
  useEffect(() => {
    if (pending === 0) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // legacy browsers show the prompt only when returnValue is set
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [pending]);
}

/** Steps that make or print something from the plan: they show which edits are not in it. */
const HOLDING_STEPS: readonly StepId[] = ["review", "keys", "worksheet", "install"];

/** Leaving a step by one of the page's step links while its form holds edits that are not in the plan asks
 *  first (the edits stay as a draft either way; the step bar marks the step). */
function useLeaveStepGuard(step: StepId): void {
  const ask = useConfirm();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const link = (event.target as Element | null)?.closest?.("a[href^='#']");
      const target = link?.getAttribute("href")?.slice(1);
      const to = STEPS.find((s) => s.id === target)?.id;
      if (!to || to === step) return;
      const here = pendingSteps(usePlanStore.getState().drafts).find((p) => p.step === step);
      if (!here) return;
      event.preventDefault();
      const fields = here.drafts.flatMap((d) => d.fields.map((f) => `${f.label} (${d.title})`));
      void ask({
        title: `Leave ${here.name} with edits that are not in the plan?`,
        message: (
          <p>
            {fields.join(", ")} {fields.length === 1 ? "has an error" : "have errors"}, so the plan keeps its
            last valid values. Your edits stay here and {here.name} is marked until you fix or discard them;
            until then CSRs, downloads and printing wait.
          </p>
        ),
        confirmLabel: `Leave ${here.name}`,
        cancelLabel: "Stay and fix them",
      }).then((leave) => {
        if (leave) goTo(to);
      });
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [ask, step]);
}

/** Warm the form steps' code once the first screen is idle (not the crypto layer: that waits for Keys). */
function usePrefetchSteps(): void {
  useEffect(() => {
    const t = setTimeout(() => {
      for (const s of [steps.organization, steps.domains, steps.components, steps.review])
        void s.preload().catch(() => {});
    }, 1500);
    return () => clearTimeout(t);
  }, []);
}

function Banners() {
  const unreadable = usePlanStore((s) => s.unreadableStored);
  const storageError = usePlanStore((s) => s.storageError);
  const dismiss = usePlanStore((s) => s.dismissUnreadable);
  return (
    <>
      {unreadable ? (
        <div className="banner banner-warning" role="alert">
          <p>
            <strong>The plan stored in this browser could not be read</strong> ({unreadable.errors.length}{" "}
            problem
            {unreadable.errors.length === 1 ? "" : "s"}). It is kept aside, unchanged: download it, fix it and
            open it again, or discard it.
          </p>
          <details>
            <summary>Show the problems</summary>
            <ul className="error-list">
              {unreadable.errors.slice(0, 50).map((e) => (
                <li key={`${e.path}|${e.message}`}>
                  <strong>{describePath(e.path)}:</strong> {e.message}
                </li>
              ))}
            </ul>
          </details>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => downloadText(unreadable.raw, "stored-plan.json", "application/json")}
            >
              Download the stored plan
            </button>
            <button type="button" className="button" onClick={dismiss}>
              Discard the stored plan
            </button>
          </div>
        </div>
      ) : null}
      {storageError ? (
        <div className="banner banner-warning" role="status">
          <p>
            The plan could not be kept in this browser's storage ({storageError}). It stays in this page: use{" "}
            <strong>Save plan</strong> to keep it.
          </p>
        </div>
      ) : null}
    </>
  );
}

function Shell() {
  const step = useStep();
  const page = usePage();
  const planName = usePlanStore((s) => s.plan.name);
  // a plan replaced as a whole (preset, open, new) remounts the step: its forms start from the new plan
  const revision = usePlanStore((s) => s.revision);
  const ask = useConfirm();
  useLeaveGuard();
  useLeaveStepGuard(step);
  usePrefetchSteps();

  useEffect(() => {
    document.title = `${page === "import" ? "Import your topology" : stepName(step)} — SAN Planner`;
  }, [step, page]);

  const savePlan = () => {
    const plan = usePlanStore.getState().plan;
    downloadText(serializePlan(plan), `${planFileStem(plan.name)}.json`, "application/json");
  };
  const newPlan = async () => {
    if (!(await confirmDiscard(ask, "A new plan"))) return;
    replacePlanAndKeys(emptyPlan());
    goTo("start");
  };

  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={() => document.getElementById("main")?.focus()}>
        Skip to the current step
      </button>
      <header className="app-header">
        <div className="brand">
          <h1>SAN Planner</h1>
          <p className="plan-name">{planName.trim() === "" ? "Untitled plan" : planName}</p>
        </div>
        <div className="toolbar">
          <button type="button" className="button" onClick={savePlan}>
            Save plan
          </button>
          <button type="button" className="button" onClick={() => void newPlan()}>
            New plan
          </button>
        </div>
      </header>
      <StepBar current={step} />
      <Banners />
      <main id="main" tabIndex={-1} className="main">
        {HOLDING_STEPS.includes(step) ? <PendingEditsBanner /> : null}
        <ErrorBoundary
          key={`${page ?? step}-${revision}`}
          area={page === "import" ? "Import your topology" : stepName(step)}
        >
          <Suspense
            fallback={
              <p className="loading" role="status">
                Loading {page === "import" ? "Import your topology" : stepName(step)}…
              </p>
            }
          >
            {page === "import" ? <OnDemandStep key="import" code={importPage} /> : stepElement(step)}
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>
          Keys are made in this page and never leave it. The plan is kept in this browser until you start a
          new one.
        </p>
      </footer>
    </div>
  );
}

export function App() {
  return (
    <ConfirmProvider>
      <Shell />
    </ConfirmProvider>
  );
}
