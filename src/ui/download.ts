// Downloads through a Blob, an object URL and <a download> (CSP-safe: no data: navigation, no network).

/** A file name from a certificate id: anything outside [A-Za-z0-9._-] becomes "_" ("edge/external" → "edge_external"). */
export function safeFileName(id: string): string {
  const s = id.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_");
  return s === "" ? "_" : s;
}

/** The stem of every file that holds one certificate's key, CSR or certificate: its id and a date,
 *  "px" on 2026-12-07 → "px-2026-12-07". One rule for every download (new plan or renewal), so that the files of a
 *  renewal never overwrite those in production ("px.key" on the server stays px.key). The date is the day the
 *  content was made: the key's creation for a CSR and its key, the day of packaging for the Install files. */
export function datedStem(id: string, isoDate: string): string {
  return `${safeFileName(id)}-${isoDate.slice(0, 10)}`;
}

/** A file name from a plan name ("Contoso UC 2026" → "Contoso_UC_2026"), or the fallback. */
export function planFileStem(name: string, fallback = "san-plan"): string {
  const s = name
    .trim()
    .replace(/\s+/g, "_")
    .replace(/[^A-Za-z0-9._-]/g, "");
  return s === "" || /^\.+$/.test(s) ? fallback : s.slice(0, 80);
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // give the browser time to start the download before the URL goes away
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(text: string, fileName: string, type = "text/plain"): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}
