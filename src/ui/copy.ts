// Copy and download for the panels that show generated text (server request files, automation scripts, DNS
// records): one status line that clears itself, one clipboard fallback, one encoded download.
import { useEffect, useRef, useState } from "react";
import { encodeFile, type TextFile } from "../artifacts/common";
import { downloadBlob } from "./download";

/** A status message (for a role="status" line) that clears itself 8 s after the last one. */
export function useAnnouncer(): [string, (text: string) => void] {
  const [status, setStatus] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = (text: string) => {
    setStatus(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(""), 8000);
  };
  return [status, announce];
}

/** Copies `text` to the clipboard; when the browser refuses, selects the element showing it so that Ctrl+C
 *  copies it. Returns what to announce, naming the copied thing as `what`. */
export async function copyOrSelect(
  text: string,
  shown: HTMLElement | null | undefined,
  what: string,
): Promise<string> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    return `Copied ${what}.`;
  } catch {
    const selection = typeof window === "undefined" ? null : window.getSelection();
    if (!shown || !selection) return `The browser refused to copy ${what}: select the text and copy it.`;
    const range = document.createRange();
    range.selectNodeContents(shown);
    selection.removeAllRanges();
    selection.addRange(range);
    shown.focus();
    return `The browser refused to copy ${what}: the text is selected, press Ctrl+C.`;
  }
}

/** Downloads a generated file in its own line endings and encoding; returns what to announce. */
export function downloadTextFile(file: TextFile): string {
  const bytes = encodeFile(file);
  // a fresh ArrayBuffer-backed copy: Blob wants BufferSource, not a view on a shared buffer
  downloadBlob(
    new Blob([bytes.slice().buffer], { type: `${file.mimeType};charset=${file.encoding}` }),
    file.fileName,
  );
  return `Downloaded ${file.fileName}${file.encoding === "utf-16le" ? " (saved as Unicode, UTF-16 LE with byte-order mark)" : ""}.`;
}
