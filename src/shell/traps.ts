/**
 * The pseudo-signal traps (bash(1) SHELL BUILTIN COMMANDS, trap): DEBUG
 * before each simple command, [[ ]], (( )), for iteration and case; ERR
 * after a command fails where `set -e` would act; RETURN when a function or
 * sourced file finishes. Functions do not see DEBUG and RETURN traps unless
 * `set -T` (functrace), nor ERR unless `set -E` (errtrace); neither do
 * subshells. A trap does not trigger itself.
 */
import type { Gen } from '../programs/runtime.ts';
import { runSource } from './main.ts';
import { Flow, type Shell } from './shell.ts';
import { TRAP_DEBUG, TRAP_ERR, TRAP_RETURN } from './state.ts';
import { setScalar } from './vars.ts';

function* runPseudo(sh: Shell, kind: number, status: number): Gen<void> {
  const st = sh.st;
  const action = st.traps.get(kind);
  if (action === undefined || action === '' || st.inTrap.includes(kind)) return;
  st.inTrap.push(kind);
  const lineno = st.lineno;
  try {
    st.status = status;
    yield* runSource(sh, action, true, lineno);
  } catch (e) {
    if (!(e instanceof Flow && e.kind === 'return')) throw e;
  } finally {
    st.inTrap.pop();
    st.status = status;
    st.lineno = lineno;
  }
}

/** Before a command: BASH_COMMAND and the DEBUG trap. */
export function* debugTrap(sh: Shell, text: string): Gen<void> {
  const st = sh.st;
  if (!st.traps.has(TRAP_DEBUG) && !st.traps.has(TRAP_ERR)) return;
  if (st.inTrap.length === 0) setScalar(st, 'BASH_COMMAND', text);
  if (st.traps.has(TRAP_DEBUG)) yield* runPseudo(sh, TRAP_DEBUG, st.status);
}

/** After a failed command (where set -e would act). */
export function* errTrap(sh: Shell, status: number): Gen<void> {
  if (sh.st.traps.has(TRAP_ERR)) yield* runPseudo(sh, TRAP_ERR, status);
}

/** Traps a function hides from its body; give back to leaveFunction. */
export interface SavedTraps {
  hidden: Map<number, string>;
}

/** Entering a function: hide the traps it does not inherit. */
export function enterFunction(sh: Shell): SavedTraps {
  const st = sh.st;
  const hidden = new Map<number, string>();
  const hide = (k: number): void => {
    const a = st.traps.get(k);
    if (a === undefined) return;
    hidden.set(k, a);
    st.traps.delete(k);
  };
  if (!st.opts.functrace) {
    hide(TRAP_DEBUG);
    hide(TRAP_RETURN);
  }
  if (!st.opts.errtrace) hide(TRAP_ERR);
  return { hidden };
}

/** Leaving a function (status null: by exit or error, no RETURN trap): its RETURN trap runs, then hidden traps come back unless it set its own. */
export function* leaveFunction(sh: Shell, saved: SavedTraps, status: number | null): Gen<void> {
  if (status !== null) yield* runPseudo(sh, TRAP_RETURN, status);
  for (const [k, a] of saved.hidden) if (!sh.st.traps.has(k)) sh.st.traps.set(k, a);
}

/** Drop the traps a subshell does not inherit. */
export function subshellTraps(sh: Shell): void {
  const st = sh.st;
  if (!st.opts.functrace) {
    st.traps.delete(TRAP_DEBUG);
    st.traps.delete(TRAP_RETURN);
  }
  if (!st.opts.errtrace) st.traps.delete(TRAP_ERR);
}
