// zipinfo's short listing of a zip, as the zip tests read it ("-rw-r--r--  2.0 unx   812 b- stor 26-Jul-01 10:00
// name"): the Unix mode, the method and the name of each entry.
import { run } from "../../crypto/tools.test-helpers";

export interface ZipinfoEntry {
  /** "-rw-r--r--" */
  mode: string;
  /** "stor", "defN", ... */
  method: string;
  name: string;
}

export function zipinfoListing(path: string): ZipinfoEntry[] {
  const r = run("zipinfo", ["-s", path]);
  if (r.code !== 0) throw new Error(`zipinfo failed:\n${r.stderr}`);
  return r.stdout
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length >= 9 && /^[-d]/.test(f[0] as string))
    .map((f) => ({ mode: f[0] as string, method: f[5] as string, name: f.slice(8).join(" ") }));
}
