/** The one-file build's player: already in the page's script (see load-player.ts). */
import * as PlayerUiModule from '../player/player-ui.ts';

export function loadPlayerUi(): Promise<typeof PlayerUiModule> {
  return Promise.resolve(PlayerUiModule);
}
