import type { TextFile } from "../artifacts/common";

/** How a certificate renews:
 *  - "automatic": the platform renews it itself once configured (Expressway-E's own ACME client);
 *  - "scripted": a script from this page does the renewal, run on a schedule or by hand;
 *  - "manual": nothing on the platform renews it; the hand-off says the least manual way. */
export type AutomationLevel = "automatic" | "scripted" | "manual";

export interface AutomationScript extends TextFile {
  /** "PowerShell script", "bash script" */
  label: string;
  language: "bash" | "powershell";
  /** where and how to run it, in the admin's words */
  runOn: string;
}

export interface AutomationSetting {
  label: string;
  value: string;
}

export interface Automation {
  level: AutomationLevel;
  platform: string;
  /** one sentence: what renews automatically today, or that nothing does */
  summary: string;
  /** settings to enter on the platform (Expressway's ACME page) */
  settings: AutomationSetting[];
  /** the steps, in order */
  steps: string[];
  scripts: AutomationScript[];
  notes: string[];
  /** what could not be confirmed from the vendor's own pages here */
  unconfirmed: string[];
  /** "Publisher, title (quote) — URL" */
  sources: string[];
}
