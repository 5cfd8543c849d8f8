/**
 * perl's deferred ("safe") signals: the kernel marks a caught signal
 * pending; between ops the VM takes it with sys.sigtake() and runs the
 * %SIG handler as an ordinary VM frame, then re-executes the op it
 * interrupted (a blocking read, a sleep, a regex in progress).
 */
import { signalName, signalByName } from '../abi/signals.ts';
import { Flow } from './flow.ts';
import type { Frame } from './image.ts';
import { RET } from './image.ts';
import type { Vm } from './vm.ts';
import { codeOf } from './lifecycle.ts';
import { gvFetch } from './symbols.ts';
import type { Val } from './values.ts';

/** Take one pending signal; start its handler. Returns Flow.SWITCH or 0 when none. */
export function takeSignal(vm: Vm, pc: number, f: Frame, taken?: number): number {
  const sig = taken ?? vm.sys.sigtake();
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
  return vm.callSub(cv, [name], 0, RET.DROP, 'signal');
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
