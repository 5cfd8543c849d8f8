/**
 * Whether parts of the machine are still on their way. Here (Node, tests, the one-file
 * build) everything is inline in the script: nothing to wait for. The page build swaps
 * in late-lazy.ts.
 */
import type { Machine } from '../kernel/machine.ts';

/** A promise that settles once every late part is in place, or null when they are. */
export function loadLate(): Promise<void> | null {
  return null;
}

/** A machine just booted (nothing of it comes later here). */
export function afterBoot(m: Machine): Machine {
  return m;
}
