/**
 * Where the machine's worker comes from: a module worker loaded from its own file next
 * to the page's scripts (works on any static host, under `script-src 'self'`). The
 * one-file build swaps this module for worker-factory-inline.ts.
 */
/** `name`: the worker's name (embed/warm-hint.ts). */
export function createMachineWorker(name = 'terrarium-machine'): Worker {
  return new Worker(new URL('../worker/machine-worker.ts', import.meta.url), {
    type: 'module',
    name,
  });
}
