// Further sections of the import page, each loaded on demand, shown after "Import your topology" in this order.
// Add one with { id, title, Component: lazy(() => import("./YourSection")) }.
import type { ComponentType, LazyExoticComponent } from "react";

export interface ImportSection {
  /** letters, digits and "-": used in element ids */
  id: string;
  /** the section's heading, in the admin's words */
  title: string;
  Component: LazyExoticComponent<ComponentType>;
}

export const IMPORT_SECTIONS: ImportSection[] = [];
