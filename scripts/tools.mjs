// The external tools the tests rely on: Chromium (Playwright drives it), openssl and GnuTLS certtool
// (third-party verification of our CSRs, keys and PFX files), pdftotext (the printed worksheet), Python's
// icalendar (the renewal calendar), BIND's named-checkzone (validation DNS records).
// On Debian as root they are installed; elsewhere the user gets one line saying what to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
}

function missingTools() {
  const missing = [];
  if (!chromiumPath()) missing.push({ bin: "chromium", pkg: "chromium fonts-liberation" });
  if (!has("openssl")) missing.push({ bin: "openssl", pkg: "openssl" });
  if (!has("certtool")) missing.push({ bin: "certtool", pkg: "gnutls-bin" });
  if (!has("pdftotext")) missing.push({ bin: "pdftotext", pkg: "poppler-utils" });
  // Info-ZIP reads back "Download all (.zip)"
  if (!has("unzip") || !has("zipinfo")) missing.push({ bin: "unzip", pkg: "unzip" });
  // BIND's zone parser reads back the DNS records we write for domain validation
  if (!has("named-checkzone")) missing.push({ bin: "named-checkzone", pkg: "bind9-utils" });
  // a second, independent reader of the renewal calendar (.ics): Python's icalendar, with Debian's own python3
  if (spawnSync("/usr/bin/python3", ["-c", "import icalendar"], { stdio: "ignore" }).status !== 0)
    missing.push({ bin: "python3 icalendar", pkg: "python3-icalendar" });
  return missing;
}

export function ensureTools() {
  let missing = missingTools();
  if (missing.length === 0) return true;
  const pkgs = missing.map((m) => m.pkg).join(" ");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/etc/debian_version") && has("apt-get")) {
    console.log(`Installing the test tools that are missing: ${pkgs}`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "-qq", ...missing.flatMap((m) => m.pkg.split(" "))], {
      stdio: "inherit",
      env,
    });
    missing = missingTools();
    if (missing.length === 0) return true;
  }
  console.error(
    `The tests need ${missing.map((m) => m.bin).join(", ")}. Install them, e.g. on Debian/Ubuntu: sudo apt-get install -y ${missing.map((m) => m.pkg).join(" ")}`,
  );
  return false;
}
