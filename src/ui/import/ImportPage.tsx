// The import page (#import), reached from Start: "Import your topology" and any other section registered in
// IMPORT_SECTIONS (e.g. a report of what is deployed now, read from pasted certificates). Loaded on demand.
import { lazy, Suspense, useId } from "react";
import { StepHeading } from "../StepHeading";
import { IMPORT_SECTIONS } from "./sections";

const ImportTopology = lazy(() => import("./ImportTopology"));

export default function ImportPage() {
  const uid = useId();
  return (
    <section aria-labelledby={`${uid}-h`} className="step step-import">
      <StepHeading id={`${uid}-h`}>Import your topology</StepHeading>
      <p className="lead">
        Your platforms already know their names. Paste or drop what they export, check the preview, and the
        plan gets the same names with a note of where each came from.
      </p>
      <p>
        <a href="#start">Back to Start</a>
      </p>
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <ImportTopology />
      </Suspense>
      {IMPORT_SECTIONS.map((s) => (
        <section key={s.id} aria-labelledby={`${uid}-${s.id}`} className="import-section">
          <h3 id={`${uid}-${s.id}`}>{s.title}</h3>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <s.Component />
          </Suspense>
        </section>
      ))}
    </section>
  );
}
