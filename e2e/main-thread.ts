// How long the page's main thread was blocked while something ran: the longest task on the renderer's main
// thread (Chromium's trace, "RunTask" events), in CPU time of that thread and in wall time. A page "freezes"
// for as long as one task runs: input, painting and timers wait for it.
//
// CPU time is the figure to gate on: this machine is shared (2 cores, load average above 20 while the
// helpers' tests run), and the wall time of even a 50 ms task stretches to most of a second when the thread
// waits for a core; a timer heartbeat measures that scheduler, not the page. Wall time is reported too.
import type { Browser, Page } from "@playwright/test";

export interface MainThreadBlock {
  /** longest single main-thread task: CPU ms of the main thread */
  longestCpuMs: number;
  /** that task's wall ms */
  longestWallMs: number;
  /** all main-thread tasks together while `run` ran: CPU ms */
  totalCpuMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The main thread's longest task in a Chromium trace. */
function longestTask(trace: Buffer): MainThreadBlock {
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter((e) => e.name === "RunTask" && e.ph === "X" && mains.has(`${e.pid}:${e.tid}`));
  if (tasks.length === 0)
    throw new Error("the trace has no main-thread task: tracing did not record the page");
  const cpu = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
  let longest = tasks[0]!;
  let total = 0;
  for (const t of tasks) {
    total += cpu(t);
    if (cpu(t) > cpu(longest)) longest = t;
  }
  return {
    longestCpuMs: cpu(longest) / 1000,
    longestWallMs: (longest.dur ?? 0) / 1000,
    totalCpuMs: total / 1000,
  };
}

/** Runs `run` with Chromium tracing on and returns the main thread's longest task while it ran. */
export async function mainThreadBlock(
  browser: Browser,
  page: Page,
  run: () => Promise<void>,
): Promise<MainThreadBlock> {
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"],
  });
  let trace: Buffer;
  try {
    await run();
  } finally {
    trace = await browser.stopTracing();
  }
  return longestTask(trace);
}
