/**
 * Signals: generation (kill, the tty, the kernel itself), default actions
 * (terminate, stop, continue, ignore — signal(7)), pending and blocked sets,
 * and handing caught signals to the program (`sigtake`), which runs its own
 * handler. A default action takes effect when the signal is generated, as if
 * the process returned to user mode at once.
 */
import { EINVAL, EPERM, ESRCH } from '../abi/errno.ts';
import {
  NSIG, SIGCHLD, SIGCONT, SIGKILL, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, defaultAction, sigbit,
} from '../abi/signals.ts';
import { W_EXITCODE } from '../abi/wait.ts';
import type { Kernel } from './kernel.ts';
import { exitProcess } from './lifecycle.ts';
import type { Process } from './proc.ts';

/** SA_NOCLDSTOP: no SIGCHLD when children stop or continue. */
export const SA_NOCLDSTOP = 1;
export const SA_RESTART = 0x10000000;
export const SA_NOCLDWAIT = 2;

const STOP_MASK = sigbit(SIGSTOP) | sigbit(SIGTSTP) | sigbit(SIGTTIN) | sigbit(SIGTTOU);

/** True when `sig` would be ignored by `p` as things stand. */
function ignored(p: Process, sig: number): boolean {
  const a = p.actions[sig]!;
  if (a.disp === 'ignore') return true;
  return a.disp === 'default' && defaultAction(sig) === 'ign';
}

/** A process group is orphaned when no member's parent is in another group of the same session (POSIX). */
export function isOrphanedPgrp(k: Kernel, pgid: number): boolean {
  for (const p of k.procs.values()) {
    if (p.pgid !== pgid || p.state === 'zombie') continue;
    const parent = k.procs.get(p.ppid);
    if (parent && parent.pgid !== pgid && parent.sid === p.sid) return false;
  }
  return true;
}

function notifyParent(k: Kernel, p: Process, stopOrCont: boolean): void {
  const parent = k.procs.get(p.ppid);
  if (!parent) return;
  parent.childWq.wakeAll();
  if (stopOrCont && parent.actions[SIGCHLD]!.flags & SA_NOCLDSTOP) return;
  sendSignal(k, parent, SIGCHLD);
}

function stopProcess(k: Kernel, p: Process, sig: number): void {
  if (p.state === 'zombie' || p.state === 'stopped') return;
  if (p.state === 'blocked') {
    for (const q of p.blockedOn) q.remove(p.pid);
    p.blockedOn = [];
    if (p.wakeTimer) {
      k.clock.cancel(p.wakeTimer);
      p.wakeTimer = 0;
    }
  }
  p.state = 'stopped';
  p.stopReport = sig;
  p.contReport = false;
  notifyParent(k, p, true);
}

function continueProcess(k: Kernel, p: Process): void {
  p.sigPending &= ~STOP_MASK;
  if (p.state !== 'stopped') return;
  p.state = 'runnable';
  p.stopReport = 0;
  p.contReport = true;
  k.enqueue(p);
  notifyParent(k, p, true);
}

/** Apply the default action of `sig` to `p` now. */
function applyDefault(k: Kernel, p: Process, sig: number): void {
  switch (defaultAction(sig)) {
    case 'ign':
    case 'cont':
      return;
    case 'stop':
      if (sig !== SIGSTOP && isOrphanedPgrp(k, p.pgid)) return;
      stopProcess(k, p, sig);
      return;
    case 'term':
    case 'core':
      exitProcess(k, p, W_EXITCODE(0, sig));
      return;
  }
}

/**
 * Generate `sig` for process `p` (permission already checked). Caught
 * signals become pending and wake an interruptible wait; default actions
 * happen now unless the signal is blocked.
 */
export function sendSignal(k: Kernel, p: Process, sig: number): void {
  if (sig <= 0 || sig >= NSIG || p.state === 'zombie') return;
  p.lastSignal = sig;
  k.events.emit({ type: 'signal', pid: p.pid, sig, action: p.actions[sig]!.disp });
  k.trace('signal', `${sig} -> ${p.pid}`);
  if (sig === SIGKILL) {
    if (p.state === 'stopped') p.state = 'runnable';
    exitProcess(k, p, W_EXITCODE(0, SIGKILL));
    return;
  }
  if (sig === SIGCONT) continueProcess(k, p);
  else if (STOP_MASK & sigbit(sig)) p.sigPending &= ~sigbit(SIGCONT);
  if (sig === SIGSTOP) {
    stopProcess(k, p, sig);
    return;
  }
  const blocked = (p.sigMask & sigbit(sig)) !== 0;
  if (ignored(p, sig) && !blocked) return;
  if (blocked) {
    p.sigPending |= sigbit(sig);
    return;
  }
  const a = p.actions[sig]!;
  if (a.disp === 'catch') {
    p.sigPending |= sigbit(sig);
    p.sigWq.wakeAll();
    if (p.state === 'blocked') k.wake(p.pid);
    else if (p.state === 'stopped' && sig === SIGCONT) k.enqueue(p);
    return;
  }
  applyDefault(k, p, sig);
}

/** Deliver default actions for signals that were pending and are now unblocked. */
export function recheckPending(k: Kernel, p: Process): void {
  const ready = p.sigPending & ~p.sigMask;
  if (!ready) return;
  for (let s = 1; s < NSIG; s++) {
    if (!(ready & sigbit(s))) continue;
    const a = p.actions[s]!;
    if (a.disp === 'catch') {
      if (p.state === 'blocked') k.wake(p.pid);
      continue;
    }
    p.sigPending &= ~sigbit(s);
    if (a.disp === 'default') applyDefault(k, p, s);
    if (p.state === 'zombie') return;
  }
}

/** Take the lowest pending caught signal for the program to handle, or 0. */
export function sigtake(k: Kernel, p: Process): number {
  recheckPending(k, p);
  const ready = p.sigPending & ~p.sigMask;
  for (let s = 1; s < NSIG; s++) {
    if (ready & sigbit(s) && p.actions[s]!.disp === 'catch') {
      p.sigPending &= ~sigbit(s);
      restoreMask(p);
      return s;
    }
  }
  restoreMask(p);
  return 0;
}

function restoreMask(p: Process): void {
  if (p.maskAfterTake === null) return;
  p.sigMask = p.maskAfterTake;
  p.maskAfterTake = null;
}

function mayKill(sender: Process, target: Process, sig: number): boolean {
  if (sender.euid === 0) return true;
  if (sig === SIGCONT && sender.sid === target.sid) return true;
  return sender.euid === target.uid || sender.uid === target.uid ||
    sender.euid === target.suid || sender.uid === target.suid;
}

/** kill(2): pid > 0 one process, 0 own group, -1 everyone allowed but init, < -1 a group. */
export function kill(k: Kernel, sender: Process, pid: number, sig: number): number {
  if (sig < 0 || sig >= NSIG) return -EINVAL;
  let targets: Process[];
  if (pid > 0) {
    const t = k.procs.get(pid);
    targets = t ? [t] : [];
  } else if (pid === -1) {
    targets = [...k.procs.values()].filter((t) => t.pid !== 1 && t.pid !== sender.pid);
  } else {
    const g = pid === 0 ? sender.pgid : -pid;
    targets = [...k.procs.values()].filter((t) => t.pgid === g);
  }
  if (targets.length === 0) return -ESRCH;
  let sent = 0;
  let denied = false;
  for (const t of targets) {
    if (!mayKill(sender, t, sig)) {
      denied = true;
      continue;
    }
    sent++;
    if (sig !== 0) sendSignal(k, t, sig);
  }
  if (sent === 0) return denied ? -EPERM : -ESRCH;
  return 0;
}

/** Signal every process of a group (from the tty or the kernel: no permission check). */
export function killPgrp(k: Kernel, pgid: number, sig: number): void {
  for (const p of [...k.procs.values()]) if (p.pgid === pgid) sendSignal(k, p, sig);
}
