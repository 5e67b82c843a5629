/** Yield to the event loop (input, rendering) between slices of long work. Its own module, so that the Review's
 *  renewal calendar can use it without loading the key generation code.
 *  Not setTimeout(0): browsers clamp nested timeouts to 4 ms, and a zip of 1,000 keys with its worksheet and
 *  calendar yields about a hundred times, which left the page idle ≈0.4 s of its ≈1 s. scheduler.yield()
 *  (Chromium 129+) resumes the work ahead of other queued tasks; elsewhere a MessageChannel message is a task
 *  without the clamp. Either way input and rendering get their turn in between. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  if (typeof MessageChannel === "function") {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
