/** The interactive shell: prompt, line editing, history, job notices. */
import type { Gen } from '../programs/runtime.ts';
import type { Shell } from './shell.ts';
import { runSource } from './main.ts';

/** Read-eval loop on a terminal. Returns the exit status. */
export function* interactiveLoop(sh: Shell, _login: boolean): Gen<number> {
  sh.st.interactive = true;
  const text = yield* sh.readAll(0);
  return yield* runSource(sh, text, true);
}
