import { type DragEvent, lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { type PlanError, parsePlanText } from "../../domain/plan-file";
import { describePath } from "../../domain/plan-paths";
import { emptyPlan, PRESETS, type Preset } from "../../domain/presets";
import { usePlanStore } from "../../state/plan-store";
import { useConfirm } from "../confirm";
import { confirmDiscard, planHasContent, replacePlanAndKeys } from "../plan-actions";
import { goTo } from "../router";
import { StepHeading } from "../StepHeading";

// "Start from an existing certificate or CSR": loaded after the first screen (it brings the planner and, on use,
// the crypto layer).
const ExistingStart = lazy(() => import("../renewal/ExistingStart"));

/** False until the page has painted once (a frame, then a task after it). ExistingStart's code (≈130 kB gzip
 *  with the rules and the Public Suffix List) is asked for then, not during the first render: fetched and
 *  compiled while the first screen is being laid out, it took the CPU that the first paint needed on a busy
 *  2-core machine. */
function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

const LOADING = <p className="loading">Loading…</p>;

interface OpenError {
  file: string;
  errors: PlanError[];
}

export function StartStep() {
  const ask = useConfirm();
  const plan = usePlanStore((s) => s.plan);
  const fileInput = useRef<HTMLInputElement>(null);
  const [openError, setOpenError] = useState<OpenError | null>(null);
  const [dragging, setDragging] = useState(false);
  const [status, setStatus] = useState("");
  const uid = useId();
  const painted = usePainted();

  const choosePreset = async (p: Preset) => {
    if (!(await confirmDiscard(ask, `The preset “${p.label}”`))) return;
    replacePlanAndKeys(p.plan());
    setOpenError(null);
    goTo("organization");
  };

  const startEmpty = async () => {
    if (!(await confirmDiscard(ask, "An empty plan"))) return;
    replacePlanAndKeys(emptyPlan());
    setOpenError(null);
    goTo("organization");
  };

  const openFile = async (file: File) => {
    setStatus("");
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      setOpenError({
        file: file.name,
        errors: [{ path: "(file)", message: `could not be read: ${String(err)}` }],
      });
      return;
    }
    // the plan's names are checked against the Public Suffix List, which is not part of the first screen
    await import("../../domain/public-suffix");
    const r = parsePlanText(text);
    if (!r.ok) {
      // the current plan stays as it is
      setOpenError({ file: file.name, errors: r.errors });
      return;
    }
    if (!(await confirmDiscard(ask, `Opening “${file.name}”`))) return;
    setOpenError(null);
    replacePlanAndKeys(r.plan);
    setStatus(`Opened “${file.name}”.`);
    goTo("review");
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  return (
    <section aria-labelledby={`${uid}-h`} className="step step-start">
      <StepHeading id={`${uid}-h`}>Start</StepHeading>
      <p className="lead">
        Plan the TLS certificates of a Skype for Business, Pexip or Cisco UC deployment: every name the CA
        needs, why it is there, and the keys and CSRs — made in this page, offline.
      </p>

      {planHasContent(plan) ? (
        <div className="panel current-plan">
          <p>
            Current plan: <strong>{plan.name.trim() === "" ? "Untitled plan" : plan.name}</strong> —{" "}
            {plan.components.length} component{plan.components.length === 1 ? "" : "s"}.
          </p>
          <a className="button button-primary" href="#review">
            Continue with this plan
          </a>
        </div>
      ) : null}

      <h3 id={`${uid}-presets`}>New plan from a preset</h3>
      <p className="hint">
        Each preset is filled with example names from the vendor documentation: edit them to yours.
      </p>
      <ul className="preset-grid" aria-labelledby={`${uid}-presets`}>
        {PRESETS.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="preset"
              aria-describedby={`${uid}-${p.id}`}
              onClick={() => void choosePreset(p)}
            >
              <span className="preset-label">{p.label}</span>
            </button>
            <p id={`${uid}-${p.id}`} className="preset-description">
              {p.description}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" className="button" onClick={() => void startEmpty()}>
          Start empty
        </button>
      </p>

      <h3 id={`${uid}-import`}>Import your topology</h3>
      <p className="hint" id={`${uid}-import-hint`}>
        Read the names your platforms already know — a Skype for Business topology, the Pexip or Expressway
        API, Cisco's show network cluster — instead of typing them. You see what would change before anything
        does.
      </p>
      <p>
        <a className="button" href="#import" aria-describedby={`${uid}-import-hint`}>
          Import your topology
        </a>
      </p>

      <h3>Open a plan file</h3>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the Open plan button is the keyboard way */}
      <div
        className={`dropzone ${dragging ? "dropzone-active" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          Drop a <code>.json</code> plan file here, or
        </p>
        <button type="button" className="button button-primary" onClick={() => fileInput.current?.click()}>
          Open plan
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Plan file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void openFile(file);
          }}
        />
      </div>
      <p role="status" className="status">
        {status}
      </p>

      {openError ? (
        <div className="panel panel-error" role="alert">
          <h4>“{openError.file}” was not opened</h4>
          <p>The current plan is unchanged. Fix these problems in the file and open it again:</p>
          <ul className="error-list">
            {openError.errors.slice(0, 100).map((e) => (
              <li key={`${e.path}|${e.message}`}>
                <strong className="error-path" data-path={e.path}>
                  {describePath(e.path)}:
                </strong>{" "}
                {e.message}
              </li>
            ))}
          </ul>
          {openError.errors.length > 100 ? <p>… and {openError.errors.length - 100} more.</p> : null}
        </div>
      ) : null}

      <h3 id={`${uid}-existing`}>Start from an existing certificate or CSR</h3>
      {/* the same line while its code is not asked for yet, then while it loads */}
      <Suspense fallback={LOADING}>{painted ? <ExistingStart /> : LOADING}</Suspense>
    </section>
  );
}
