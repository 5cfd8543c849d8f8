/**
 * perl's deferred ("safe") signals: the kernel marks a caught signal
 * pending; between ops the VM takes it with sys.sigtake() and runs the
 * %SIG handler as an ordinary VM frame, then re-executes the op it
 * interrupted (a blocking read, a sleep, a regex in progress).
 *
 * While a handler runs its signal is blocked (mg.c, despatch_signals); a
 * handler POSIX::sigaction installed without SAFE blocks its MASK as well
 * (and not the signal itself under SA_NODEFER), as the kernel does for a
 * handler it calls. SA_RESETHAND puts the default action back when the
 * signal is taken. The old mask returns when the handler's frame ends.
 */
import { signalName, signalByName } from '../abi/signals.ts';
import { Flow } from './flow.ts';
import type { Frame, SigAct } from './image.ts';
import { RET } from './image.ts';
import type { Vm } from './vm.ts';
import { codeOf } from './lifecycle.ts';
import { gvFetch } from './symbols.ts';
import type { Val } from './values.ts';

/** Take one pending signal; start its handler. Returns Flow.SWITCH or 0 when none. */
export function takeSignal(vm: Vm, pc: number, f: Frame, taken?: number): number {
  const sig = taken ?? nextSignal(vm);
  if (!sig) return 0;
  const name = signalName(sig) ?? String(sig);
  const h = gvFetch(vm, 'main::SIG', false)?.hv?.h.get(name)?.v;
  const cv = h === undefined ? null : codeOf(vm, h);
  if (!cv) {
    // A handler named by a sub that does not exist: perl warns and goes on.
    if (typeof h === 'string' && h !== '' && h !== 'IGNORE' && h !== 'DEFAULT') vm.warn(`SIG${name} handler "${h.replace(/^main::/, '')}" not defined.\n`);
    return 0;
  }
  f.pc = pc;
  const unsafe = vm.img.sigActs?.[sig]?.safe === false;
  const old = vm.sys.sigprocmask(SIG_BLOCK, blockedInHandler(vm, sig));
  const depth = vm.img.frames.length;
  const r = vm.callSub(cv, [name], 0, RET.DROP, 'signal');
  const e = { k: 'sigmask' as const, old, sig, unsafe };
  if (vm.img.frames.length > depth) vm.img.save.push(e);
  else handlerEnded(vm, { ...e, returned: true });
  return r;
}

/**
 * A handler's frame ended. A handler the kernel would have called (not
 * safe) that returns gets its old mask back whole (sigreturn); otherwise
 * only its own signal is unblocked, if it was not blocked before: perl's
 * despatch_signals does that for a deferred handler, and its sighandler for
 * one that dies; a MASK stays blocked then.
 */
export function handlerEnded(vm: Vm, e: { old: number; sig: number; unsafe: boolean; returned?: boolean }): void {
  if (e.unsafe && e.returned) vm.sys.sigprocmask(SIG_SETMASK, e.old);
  else if (!(e.old & bit(e.sig))) vm.sys.sigprocmask(SIG_UNBLOCK, bit(e.sig));
}

/**
 * The next signal to handle. Signals pending together are all taken at
 * once, as perl's C handler flags each on arrival; their handlers then run
 * one after another (despatch_signals), not one inside the other.
 */
function nextSignal(vm: Vm): number {
  const img = vm.img;
  const q = img.sigBatch;
  if (q && img.frames.length <= q.depth) {
    const s = q.sigs.shift();
    if (!q.sigs.length) img.sigBatch = undefined;
    if (s) return s;
  }
  const sig = vm.sys.sigtake();
  if (!sig || img.sigBatch) return sig;
  const more: number[] = [];
  for (let s = vm.sys.sigtake(); s; s = vm.sys.sigtake()) more.push(s);
  if (more.length) img.sigBatch = { depth: img.frames.length, sigs: more };
  return sig;
}

/** Whether a signal taken earlier waits for its handler at this frame depth. */
export function batchedSignal(vm: Vm): boolean {
  const q = vm.img.sigBatch;
  return q !== undefined && vm.img.frames.length <= q.depth;
}

const SIG_BLOCK = 0, SIG_UNBLOCK = 1, SIG_SETMASK = 2;
export const SA_NODEFER = 0x40000000, SA_RESETHAND = 0x80000000, SA_RESTORER = 0x04000000;
const bit = (sig: number): number => (sig >= 1 && sig <= 32 ? 2 ** (sig - 1) : 0);

/** The signals to block while `sig`'s handler runs; applies SA_RESETHAND. */
function blockedInHandler(vm: Vm, sig: number): number {
  const act = vm.img.sigActs?.[sig];
  if (!act) return bit(sig);
  if (act.flags & SA_RESETHAND) vm.sys.sigaction(sig, 'default');
  if (act.safe) return bit(sig);
  return ((act.flags & SA_NODEFER ? 0 : bit(sig)) | act.mask) >>> 0;
}

/** Record the action POSIX::sigaction set for `sig`. */
export function setSigAct(vm: Vm, sig: number, act: SigAct): void {
  (vm.img.sigActs ??= {})[sig] = act;
}

/** A %SIG store set `sig`'s action: flags 0, no mask, perl's deferred handler. */
function setSigBySig(vm: Vm, sig: number): void {
  if (vm.img.sigActs) delete vm.img.sigActs[sig];
  vm.img.sigSet = ((vm.img.sigSet ?? 0) | bit(sig)) >>> 0;
}

/**
 * What sigaction(2) would report for `sig`: sa_flags as a C int (with
 * glibc's SA_RESTORER once perl has set an action, 0 before), sa_mask, and
 * whether the handler installed is perl's deferred one.
 */
export function sigActReport(vm: Vm, sig: number): { flags: number; mask: number; safe: boolean } {
  const act = vm.img.sigActs?.[sig] ?? ((vm.img.sigSet ?? 0) & bit(sig) ? { flags: 0, mask: 0, safe: true } : undefined);
  if (!act) return { flags: 0, mask: 0, safe: false };
  return { flags: (act.flags | SA_RESTORER) | 0, mask: act.mask, safe: act.safe && vm.sys.sigdisposition(sig) === 'catch' };
}

/** Magic set for $SIG{NAME}: tell the kernel our disposition. */
export function sigMagicSet(vm: Vm, key: string, v: Val): void {
  if (key === '__WARN__' || key === '__DIE__') return;
  const sig = signalByName(key);
  if (sig === undefined || sig === 0) {
    vm.warn(`No such signal: SIG${key}`);
    return;
  }
  // perl installs %SIG handlers without SA_RESTART; POSIX::sigaction adds it after this.
  setSigRestart(vm, sig, false);
  if (v === undefined || v === '' || v === 'DEFAULT') vm.sys.sigaction(sig, 'default');
  else if (v === 'IGNORE') vm.sys.sigaction(sig, 'ignore');
  else vm.sys.sigaction(sig, 'catch');
  setSigBySig(vm, sig);
}

export { Flow };

/**
 * A builtin was cut short by a handled signal (or sent one to itself): run
 * the handler now, as perl does right after the op, and have the builtin
 * return `value` (with $! = errno when given) when it is re-executed.
 * Returns null when no handler had to run (the caller returns `value` itself).
 */
export function runHandlerThen(vm: Vm, pc: number, f: Frame, value: Val, errno?: number, restartable = false): { flow: number; reexec: true } | null {
  if (restartable) {
    const again = restartIfFlagged(vm, pc, f);
    if (again) return again;
  }
  f.opState = { pc, phase: 'signalled', value, errno };
  const r = takeSignal(vm, pc, f);
  if (r === Flow.SWITCH) return { flow: r, reexec: true };
  f.opState = null;
  return null;
}

/** Whether `sig`'s handler was installed with SA_RESTART (POSIX::sigaction). */
export function sigRestarts(vm: Vm, sig: number): boolean {
  return sig >= 1 && sig <= 32 && ((vm.img.sigRestart ?? 0) >>> (sig - 1)) & 1 ? true : false;
}

/** Record SA_RESTART for `sig`: a call it interrupts is re-issued after the handler. */
export function setSigRestart(vm: Vm, sig: number, on: boolean): void {
  if (sig < 1 || sig > 32) return;
  const bit = 2 ** (sig - 1);
  const cur = vm.img.sigRestart ?? 0;
  const next = on ? (cur | bit) >>> 0 : (cur & ~bit) >>> 0;
  if (next || vm.img.sigRestart !== undefined) vm.img.sigRestart = next;
}

/**
 * A call interrupted by `sig`, whose handler has SA_RESTART: run the
 * handler, then re-execute the op with its state as it was, so the very
 * call is issued again (as the kernel restarts it for a C program).
 */
function restartAfter(vm: Vm, pc: number, f: Frame, sig: number): { flow: number; reexec: true } {
  const r = takeSignal(vm, pc, f, sig);
  if (r === Flow.SWITCH) return { flow: r, reexec: true };
  return { flow: Flow.BLOCK, reexec: true };
}

/**
 * For a call that returned -EINTR: when the signal to be taken next has a
 * handler installed with SA_RESTART, run it and have the op re-issue the
 * call (the request returned); otherwise null, the signal left pending.
 */
function restartIfFlagged(vm: Vm, pc: number, f: Frame): { flow: number; reexec: true } | null {
  if (!vm.img.sigRestart) return null;
  const sig = nextCaught(vm);
  if (!sig || !sigRestarts(vm, sig)) return null;
  return restartAfter(vm, pc, f, vm.sys.sigtake());
}

/** The signal sigtake() would hand over now (lowest pending, unblocked, caught), or 0. */
function nextCaught(vm: Vm): number {
  const ready = vm.sys.sigpending() & ~vm.sys.sigprocmask(0, 0);
  for (let s = 1; s <= 32; s++) if (ready & (2 ** (s - 1)) && vm.sys.sigdisposition(s) === 'catch') return s;
  return 0;
}

/** On re-execution after runHandlerThen: the value to return (errno restored), or null. */
export function resumedAfterSignal(vm: Vm, pc: number, f: Frame): { value: Val } | null {
  const st = vm.opState(pc);
  if (st?.phase !== 'signalled') return null;
  f.opState = null;
  if (st.errno !== undefined) vm.img.errno = st.errno as number;
  return { value: st.value as Val };
}
