/**
 * Whether parts of the machine are still on their way. Here (Node, tests, the one-file
 * build) everything is inline in the script: nothing to wait for. The page build swaps
 * in late-lazy.ts.
 */

/** A promise that settles once every late part is in place, or null when they are. */
export function loadLate(): Promise<void> | null {
  return null;
}
