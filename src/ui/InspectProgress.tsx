// "Reading… (3 s) [Cancel]" while the inspection worker (inspect-runner.ts) reads what the admin loaded.
// Shown only when a reading lasts (a quarter of a second), so that quick ones do not flicker. Cancel stops
// every reading under way; the inputs keep what the admin loaded.
import { useEffect, useState } from "react";
import { cancelInspections, useInspections } from "./inspect-runner";

const SHOW_AFTER_MS = 250;

export function InspectProgress() {
  const { running, since } = useInspections();
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (running === 0) return;
    setNow(performance.now());
    const t = setInterval(() => setNow(performance.now()), SHOW_AFTER_MS);
    return () => clearInterval(t);
  }, [running]);
  const elapsed = since === null ? 0 : now - since;
  const visible = running > 0 && elapsed >= SHOW_AFTER_MS;
  return (
    <div className="inspect-progress" role="status">
      {visible ? (
        <>
          <span>Reading what you loaded{elapsed >= 1000 ? ` (${Math.floor(elapsed / 1000)} s)` : ""}…</span>{" "}
          <progress aria-label="Reading what you loaded" />{" "}
          <button type="button" onClick={cancelInspections}>
            Cancel
          </button>
        </>
      ) : null}
    </div>
  );
}
