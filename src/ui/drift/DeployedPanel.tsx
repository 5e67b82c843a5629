// "What is deployed now" on the Review step: a closed panel on the first paint; the comparison (its code, and the
// crypto layer when something is read) loads when the admin opens it.
import { lazy, Suspense, useId, useState } from "react";

const DeployedNow = lazy(() => import("./DeployedNow"));

export function DeployedPanel() {
  const uid = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className="panel deployed-now" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>What is deployed now</h3>
      <p className="hint">
        Compare the plan with the certificates your servers present today: names the live certificates lack or
        the plan lacks, Client Authentication, key, expiry and the chain each server sends.
      </p>
      {open ? (
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading…
            </p>
          }
        >
          <DeployedNow />
        </Suspense>
      ) : (
        <button type="button" className="button" aria-expanded={false} onClick={() => setOpen(true)}>
          Compare with what is deployed
        </button>
      )}
    </section>
  );
}
