// The wizard's steps (PRODUCT.md, steps 1–8), reached by hash links: #start … #install.
export const STEPS = [
  { id: "start", name: "Start" },
  { id: "organization", name: "Organization" },
  { id: "domains", name: "Domains and DNS" },
  { id: "components", name: "Components" },
  { id: "review", name: "Review" },
  { id: "keys", name: "Keys and CSRs" },
  { id: "worksheet", name: "Worksheet" },
  { id: "install", name: "Install" },
] as const;

export type StepId = (typeof STEPS)[number]["id"];

export function stepFromHash(hash: string): StepId {
  const id = hash.replace(/^#/, "");
  return (STEPS.find((s) => s.id === id)?.id ?? "start") as StepId;
}

export function stepName(id: StepId): string {
  return STEPS.find((s) => s.id === id)?.name ?? id;
}

export function nextStep(id: StepId): (typeof STEPS)[number] | undefined {
  const i = STEPS.findIndex((s) => s.id === id);
  return STEPS[i + 1];
}

export function previousStep(id: StepId): (typeof STEPS)[number] | undefined {
  const i = STEPS.findIndex((s) => s.id === id);
  return i > 0 ? STEPS[i - 1] : undefined;
}
