/**
 * Identity, session and process-group calls, signal dispositions and masks,
 * sleeping and alarms. fork/exec/exit/wait live in lifecycle.ts.
 */
import { E2BIG, EINTR, EINVAL, EPERM, ESRCH, ERESTARTSYS } from '../abi/errno.ts';
import { PR_GET_NAME, PR_SET_NAME, TASK_COMM_LEN } from '../abi/prctl.ts';
import { NSIG, SIGALRM, canCatch, sigbit } from '../abi/signals.ts';
import type { SigDisposition } from '../abi/sys.ts';
import type { Kernel } from './kernel.ts';
import type { Process } from './proc.ts';
import { recheckPending, sendSignal } from './signal.ts';

export function sysSetpgid(k: Kernel, p: Process, pid: number, pgid: number): number {
  const target = pid === 0 ? p : k.procs.get(pid);
  if (!target || (target !== p && target.ppid !== p.pid)) return -ESRCH;
  if (pgid < 0) return -EINVAL;
  const g = pgid === 0 ? target.pid : pgid;
  if (target.isSessionLeader()) return -EPERM;
  if (target.sid !== p.sid) return -EPERM;
  if (g !== target.pid) {
    const exists = [...k.procs.values()].some((q) => q.pgid === g && q.sid === p.sid);
    if (!exists) return -EPERM;
  }
  target.pgid = g;
  k.events.emit({ type: 'setpgid', pid: target.pid, pgid: g });
  return 0;
}

export function sysSetsid(k: Kernel, p: Process): number {
  const leader = [...k.procs.values()].some((q) => q.pgid === p.pid && q !== p);
  if (p.pgid === p.pid || leader) return -EPERM;
  p.sid = p.pid;
  p.pgid = p.pid;
  p.ctty = null;
  k.events.emit({ type: 'setsid', pid: p.pid, sid: p.sid });
  return p.pid;
}

export function sysGetsid(k: Kernel, p: Process, pid: number): number {
  const t = pid === 0 ? p : k.procs.get(pid);
  return t ? t.sid : -ESRCH;
}

export function sysGetpgid(k: Kernel, p: Process, pid: number): number {
  const t = pid === 0 ? p : k.procs.get(pid);
  return t ? t.pgid : -ESRCH;
}

export function sysSetuid(p: Process, uid: number): number {
  if (p.euid === 0) {
    p.uid = p.euid = p.suid = uid;
    return 0;
  }
  if (uid === p.uid || uid === p.suid) {
    p.euid = uid;
    return 0;
  }
  return -EPERM;
}

export function sysSetgid(p: Process, gid: number): number {
  if (p.euid === 0) {
    p.gid = p.egid = p.sgid = gid;
    return 0;
  }
  if (gid === p.gid || gid === p.sgid) {
    p.egid = gid;
    return 0;
  }
  return -EPERM;
}

export function sysSigaction(k: Kernel, p: Process, sig: number, disp: SigDisposition, flags: number, mask: number): number {
  if (sig <= 0 || sig >= NSIG) return -EINVAL;
  if (!canCatch(sig) && disp !== 'default') return -EINVAL;
  p.actions[sig] = { disp, flags, mask };
  if (disp === 'ignore') p.sigPending &= ~sigbit(sig);
  recheckPending(k, p);
  return 0;
}

export function sysSigprocmask(k: Kernel, p: Process, how: number, set: number): number {
  const old = p.sigMask;
  const unblockable = sigbit(9) | sigbit(19);
  if (how === 0) p.sigMask = (p.sigMask | set) & ~unblockable;
  else if (how === 1) p.sigMask &= ~set;
  else if (how === 2) p.sigMask = set & ~unblockable;
  else return -EINVAL;
  p.sigMask >>>= 0;
  recheckPending(k, p);
  return old;
}

export function sysSigsuspend(k: Kernel, p: Process, mask: number): number {
  const infl = p.inflight;
  const saved = infl?.call === 'sigsuspend' ? infl.savedMask : p.sigMask;
  p.sigMask = mask >>> 0;
  if (k.hasCaughtPending(p)) {
    p.inflight = null;
    // The handler runs under the temporary mask; the old one returns once it is taken.
    p.maskAfterTake = saved;
    return -EINTR;
  }
  const r = k.block(p, [p.sigWq]);
  if (r === -ERESTARTSYS) p.inflight = { call: 'sigsuspend', savedMask: saved };
  else p.maskAfterTake = saved;
  return r;
}

export function sysNanosleep(k: Kernel, p: Process, ms: number): number {
  if (!(ms >= 0)) return -EINVAL;
  const infl = p.inflight;
  const deadline = infl?.call === 'nanosleep' ? infl.deadlineNs : k.clock.nowNs + Math.round(ms * 1e6);
  if (k.clock.nowNs >= deadline) {
    p.inflight = null;
    return 0;
  }
  const r = k.block(p, [], deadline);
  if (r === -EINTR) {
    p.sleepRemainingMs = (deadline - k.clock.nowNs) / 1e6;
    return r;
  }
  p.inflight = { call: 'nanosleep', deadlineNs: deadline };
  return r;
}

/** ITIMER_REAL: deliver SIGALRM at `valueMs` from now, then every `intervalMs`. Returns old remaining ms. */
export function sysSetitimer(k: Kernel, p: Process, valueMs: number, intervalMs: number): number {
  const old = p.alarmTimer ? Math.max(0, (p.alarmAtNs - k.clock.nowNs) / 1e6) : 0;
  if (p.alarmTimer) k.clock.cancel(p.alarmTimer);
  p.alarmTimer = 0;
  p.itimerIntervalNs = Math.round(intervalMs * 1e6);
  if (valueMs > 0) arm(k, p, k.clock.nowNs + Math.round(valueMs * 1e6));
  return old;
}

function arm(k: Kernel, p: Process, atNs: number): void {
  p.alarmAtNs = atNs;
  p.alarmTimer = k.clock.add(atNs, () => {
    p.alarmTimer = 0;
    if (p.state === 'zombie') return;
    if (p.itimerIntervalNs > 0) arm(k, p, atNs + p.itimerIntervalNs);
    sendSignal(k, p, SIGALRM);
  });
}

export function sysAlarm(k: Kernel, p: Process, seconds: number): number {
  const oldMs = sysSetitimer(k, p, seconds * 1000, 0);
  return oldMs > 0 ? Math.max(1, Math.round(oldMs / 1000)) : 0;
}

const utf8 = new TextEncoder();

/** UTF-8 bytes of `s`. */
function byteLength(s: string): number {
  return utf8.encode(s).length;
}

/**
 * The longest prefix of `s` that fits in `max` UTF-8 bytes. Linux cuts
 * bytes and may split a character; the name here keeps whole characters.
 */
function cutToBytes(s: string, max: number): string {
  let used = 0;
  let end = 0;
  for (const ch of s) {
    const n = byteLength(ch);
    if (used + n > max) break;
    used += n;
    end += ch.length;
  }
  return s.slice(0, end);
}

/** prctl(2): PR_SET_NAME / PR_GET_NAME (the task's comm); other options -EINVAL. */
export function sysPrctl(p: Process, option: number, arg: string | undefined): number | string {
  if (option === PR_SET_NAME) {
    if (arg === undefined) return -EINVAL;
    const nul = arg.indexOf('\0');
    p.comm = cutToBytes(nul < 0 ? arg : arg.slice(0, nul), TASK_COMM_LEN - 1);
    return 0;
  }
  if (option === PR_GET_NAME) return p.comm;
  return -EINVAL;
}

/** Bytes of strings laid out one after another, each with its NUL. */
function areaBytes(strings: readonly string[]): number {
  let n = 0;
  for (const s of strings) n += byteLength(s) + 1;
  return n;
}

/**
 * Rewrite the argument strings /proc/PID/cmdline shows. The room is what
 * execve gave the argument and environment strings (on Linux a program may
 * write over both; the kernel reads past argv's end only in that case).
 */
export function sysSetcmdline(p: Process, args: readonly string[]): number {
  if (args.some((a) => a.includes('\0'))) return -EINVAL;
  if (p.argAreaBytes < 0) p.argAreaBytes = areaBytes(p.argv) + areaBytes(p.envp);
  if (areaBytes(args) > p.argAreaBytes) return -E2BIG;
  p.argv = [...args];
  return 0;
}
