// "What is deployed now": a throwaway `openssl s_server` on loopback presents a certificate that lacks one planned
// name (made here by a throwaway openssl CA); the real `openssl s_client -showcerts` output is pasted into the
// Review step's panel, and the drift report must name the missing name. Then the live certificate becomes the one
// being renewed, and the Review card shows the name the renewal adds.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { issue, makeCa, opensslCsr } from "./ca-helpers";
import {
  expectNoSeriousA11yViolations,
  freshStart,
  gotoStep,
  screenshot,
  startPreset,
  tempDir,
} from "./helpers";

// the Pexip public DMZ preset plans px.vc.example.com, px01, px02 and vc.example.com
const LIVE_NAMES = ["px.vc.example.com", "px01.vc.example.com", "vc.example.com"];
const MISSING = "px02.vc.example.com";

/** Starts s_server on 127.0.0.1, on a port the kernel chooses; resolves with the port once it accepts. */
function startServer(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn("openssl", ["s_server", "-accept", "127.0.0.1:0", "-www", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`s_server did not start:\n${output}`)), 15_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const m = /ACCEPT 127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`s_server exited (${code}):\n${output}`));
    });
  });
}

test("drift report from the openssl s_client output of a live server that lacks one planned name", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = tempDir("san-planner-drift-");
  const ca = makeCa(dir);
  const { csr, key } = opensslCsr(dir, "live-px", "/CN=px.vc.example.com", LIVE_NAMES);
  const cert = issue(ca, csr);

  let server: ChildProcess | null = null;
  let output: string;
  try {
    const started = await startServer(["-cert", cert, "-key", key, "-cert_chain", ca.intermediate]);
    server = started.child;
    // `</dev/null`: s_client reads nothing from stdin and closes after the handshake
    output = execFileSync("openssl", ["s_client", "-connect", `127.0.0.1:${started.port}`, "-showcerts"], {
      input: "",
      encoding: "utf8",
      timeout: 30_000,
      stdio: ["pipe", "pipe", "pipe"],
    });
  } finally {
    // killed whatever happened above (a failed start rejects after the process exited)
    if (server && server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
  }
  expect(output).toContain("CONNECTED(");
  expect(output).toContain("-----BEGIN CERTIFICATE-----");

  await freshStart(page);
  await startPreset(page, "Pexip public DMZ");
  await gotoStep(page, "Review");
  const panel = page.getByRole("region", { name: "What is deployed now" });
  await panel.getByRole("button", { name: "Compare with what is deployed" }).click();
  await panel.getByLabel("What the servers present (openssl output, PEM or JSON)").fill(output);
  await panel.getByRole("button", { name: "Compare with the plan" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Read 1 server certificate." })).toBeVisible();

  const card = panel.getByRole("article", { name: /px\.vc\.example\.com/ });
  await expect(card).toContainText("1 planned name is not on the live certificate");
  await expect(card).toContainText(`${MISSING} is planned but not on the live certificate`);
  await expect(card).toContainText("Live: px.vc.example.com — openssl s_client output 1");
  await expect(card).toContainText("The server sends its chain in order");
  // no internal identifiers on screen
  await expect(panel).not.toContainText("PKI-CLIENTAUTH");
  await expectNoSeriousA11yViolations(page, "drift report");
  await screenshot(page, "drift-report");

  // start the renewal from the live certificate: the Review card compares the plan with it
  await card.getByRole("button", { name: "Renew from this certificate" }).click();
  await expect(
    panel.getByRole("status").filter({ hasText: "is now a renewal of the live certificate" }),
  ).toBeVisible();
  const reviewCard = page.locator("article.cert-card", { hasText: "px.vc.example.com" }).first();
  await expect(reviewCard).toContainText("Compared with the existing certificate (CN px.vc.example.com");
  await expect(reviewCard).toContainText("1 name added, 0 names removed, 3 names kept.");
});

test("a multi-MB paste is refused with its size, and the plan is kept", async ({ page }) => {
  await freshStart(page);
  await startPreset(page, "Pexip public DMZ");
  await gotoStep(page, "Review");
  const panel = page.getByRole("region", { name: "What is deployed now" });
  await panel.getByRole("button", { name: "Compare with what is deployed" }).click();
  const field = panel.getByLabel("What the servers present (openssl output, PEM or JSON)");
  // fill() sets the value at once (typing 3 MB would take minutes)
  await field.fill(`CONNECTED(00000003)\n${"A".repeat(3 * 1024 * 1024)}`);
  await panel.getByRole("button", { name: "Compare with the plan" }).click();
  await expect(panel).toContainText("This is 3.0 MB; this page reads up to 1.0 MB at once");
  await expect(page.getByRole("article", { name: /px\.vc\.example\.com/ }).first()).toBeVisible();
});

test("a live certificate that matches no planned certificate can start a new plan", async ({ page }) => {
  test.setTimeout(120_000);
  const dir = tempDir("san-planner-drift-other-");
  const ca = makeCa(dir);
  const { csr } = opensslCsr(dir, "intranet", "/CN=intranet.example.org", ["intranet.example.org"]);
  const pem = readFileSync(issue(ca, csr), "utf8");

  await freshStart(page);
  await startPreset(page, "Pexip public DMZ");
  await gotoStep(page, "Review");
  const panel = page.getByRole("region", { name: "What is deployed now" });
  await panel.getByRole("button", { name: "Compare with what is deployed" }).click();
  await panel.getByLabel("What the servers present (openssl output, PEM or JSON)").fill(pem);
  await panel.getByRole("button", { name: "Compare with the plan" }).click();
  const unmatched = panel.getByRole("region", {
    name: "Live certificates that match no planned certificate",
  });
  await expect(unmatched).toContainText("intranet.example.org — The pasted certificates.");
  await expect(panel).toContainText("Not in what you pasted: Pexip Conferencing Nodes");
  await unmatched.getByRole("button", { name: "Start a new plan from it" }).click();
  const proposal = unmatched.getByRole("region", { name: "Proposed plan" });
  await expect(proposal.getByRole("button", { name: "Use this plan" })).toBeEnabled();
  await expect(proposal).toContainText("intranet.example.org");
});
