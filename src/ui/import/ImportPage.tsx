// The import page (#import), reached from Start: "Import your topology". Loaded on demand. (What is deployed now,
// read from pasted certificates, is on the Review step, beside the plan it is compared with.)
import { lazy, Suspense, useId } from "react";
import { StepHeading } from "../StepHeading";

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
    </section>
  );
}
