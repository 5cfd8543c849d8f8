// Register writes with undo records, and the subroutine calls of (?R), (?N), (?&name).
//
// A call frame lives in MatchState.heap as [parent, return pc, group, entry pos,
// registers...]: the registers as they were at the call, restored on return (perl keeps
// no captures made inside a recursion). The current frame's offset is in the register
// prog.callReg, so backtracking across a call or a return restores it like any capture.

import { R_KEEP } from './program.ts';
import type { MatchState } from './match.ts';

/** Backtrack frame kind that restores one register: [F_RESTORE, register, old value, 0]. */
export const F_RESTORE = 1;

/** Sets register `r`, recording the old value when something could backtrack past here. */
export function setReg(st: MatchState, r: number, v: number): void {
  const old = st.regs[r];
  if (old === v) return;
  // With no frame to backtrack into, nothing would ever read the restore.
  if (st.stack.length !== 0) st.stack.push(F_RESTORE, r, old, 0);
  st.regs[r] = v;
}

/**
 * CALL at `pc`: pushes a frame and returns the pc of the called body. Returns -2 (with
 * st.error set) when the group is re-entered at the position where it was last entered.
 */
export function callOp(st: MatchState, pc: number, pos: number): number {
  const code = st.prog.code;
  const cr = st.prog.callReg;
  const regs = st.regs;
  const heap = st.heap;
  const g = code[pc + 2];
  for (let k = regs[cr]; k >= 0; k = heap[k]) {
    st.steps++;
    if (heap[k + 2] !== g) continue;
    if (heap[k + 3] === pos) { st.error = 'Infinite recursion in regex'; return -2; }
    break;
  }
  const node = heap.length;
  heap.push(regs[cr], pc + 3, g, pos);
  for (let i = 0; i < regs.length; i++) heap.push(regs[i]);
  st.steps += regs.length >> 3;
  setReg(st, cr, node);
  return code[pc + 1];
}

/** True when the innermost call is into `group` (the body just ended): time to return. */
export function returnsHere(st: MatchState, group: number): boolean {
  const k = st.regs[st.prog.callReg];
  return k >= 0 && st.heap[k + 2] === group;
}

/** Returns from the innermost call: restores the caller's registers; gives the return pc. */
export function returnOp(st: MatchState): number {
  const cr = st.prog.callReg;
  const heap = st.heap;
  const k = st.regs[cr];
  const n = st.regs.length;
  for (let i = 0; i < n; i++) if (i !== cr && i !== R_KEEP) setReg(st, i, heap[k + 4 + i]);
  st.steps += n >> 3;
  setReg(st, cr, heap[k]);
  return heap[k + 1];
}

/** CONDR: inside a recursion (into `group`, or any when group < 0). */
export function inRecursion(st: MatchState, group: number): boolean {
  const k = st.regs[st.prog.callReg];
  return k >= 0 && (group < 0 || st.heap[k + 2] === group);
}
