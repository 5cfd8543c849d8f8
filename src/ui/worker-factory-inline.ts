/// <reference types="vite/client" />
/**
 * The one-file build's worker: its code is a string inside the page, started from a
 * Blob URL as a classic script (no eval, no network; works opened from disk, where the
 * page's origin is opaque and module workers from blob: URLs are refused).
 */
import MachineWorker from '../worker/machine-worker.ts?worker&inline';

/** `name`: the worker's name (embed/warm-hint.ts). */
export function createMachineWorker(name = 'terrarium-machine'): Worker {
  return new MachineWorker({ name });
}
