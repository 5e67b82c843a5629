import { nextStep, previousStep, type StepId } from "./steps";

/** "Back" / "Next" links at the end of a step (plain links: every step is reachable in any order). */
export function StepNav({ step }: { step: StepId }) {
  const prev = previousStep(step);
  const next = nextStep(step);
  return (
    <nav className="step-nav" aria-label="Previous and next step">
      {prev ? (
        <a className="button" href={`#${prev.id}`}>
          Back: {prev.name}
        </a>
      ) : (
        <span />
      )}
      {next ? (
        <a className="button button-primary" href={`#${next.id}`}>
          Next: {next.name}
        </a>
      ) : null}
    </nav>
  );
}
