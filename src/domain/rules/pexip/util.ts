// Helpers shared by the Pexip rules (RULES.md section C). Not a rule.
import type { PexipComponent } from "../../types";
import type { CertView } from "../rule";

export { dnsSans, hasEku, listNames, literallyCovered, plural, wildcardNames } from "../common";

export function pexipComponent(view: CertView): PexipComponent | undefined {
  return view.component?.type === "pexip" ? view.component : undefined;
}
