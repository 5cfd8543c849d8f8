/**
 * Imported first by the embed bundle: when a terminal on the page boots at once
 * (`preload` or `autoplay`), start loading its machine's worker and the player's chunk
 * (xterm.js) at once; the worker's name may let it start the first shell too
 * (warm-hint.ts). MachineClient.start() takes the worker from SPARE_WORKER. The
 * one-file build swaps in prewarm-inline.ts.
 */
import { loadPlayerUi } from './load-player.ts';
import { workerName } from './warm-hint.ts';

const SPARE_WORKER = Symbol.for('terrarium.spare-worker');

performance.mark('terrarium:embed-start');
const first = document.querySelector('terrarium-terminal[preload], terrarium-terminal[autoplay]');
if (first) {
  const slot = globalThis as unknown as Record<symbol, Worker | undefined>;
  slot[SPARE_WORKER] ??= new Worker(new URL('../../worker/machine-worker.ts', import.meta.url), {
    type: 'module',
    name: workerName(first),
  });
  // The player and xterm.js too, without waiting for the element to read its scenario.
  void loadPlayerUi().catch(() => undefined);
}
