/** Yield to the event loop (input, rendering) between slices of long work. Its own module, so that the Review's
 *  renewal calendar can use it without loading the key generation code. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
