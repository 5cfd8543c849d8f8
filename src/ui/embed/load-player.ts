/**
 * The player and xterm.js, in a chunk of their own: loaded on an element's first boot,
 * while the machine's worker (started early by prewarm.ts) loads too. The one-file
 * build swaps in load-player-inline.ts.
 */
import type * as PlayerUiModule from '../player/player-ui.ts';

export function loadPlayerUi(): Promise<typeof PlayerUiModule> {
  return import('../player/player-ui.ts');
}
