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
export function takeSignal(vm: Vm, pc: number, f: Frame): number {
  const sig = vm.sys.sigtake();
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
export function runHandlerThen(vm: Vm, pc: number, f: Frame, value: Val, errno?: number): { flow: number; reexec: true } | null {
  f.opState = { pc, phase: 'signalled', value, errno };
  const r = takeSignal(vm, pc, f);
  if (r === Flow.SWITCH) return { flow: r, reexec: true };
  f.opState = null;
  return null;
}

/** On re-execution after runHandlerThen: the value to return (errno restored), or null. */
export function resumedAfterSignal(vm: Vm, pc: number, f: Frame): { value: Val } | null {
  const st = vm.opState(pc);
  if (st?.phase !== 'signalled') return null;
  f.opState = null;
  if (st.errno !== undefined) vm.img.errno = st.errno as number;
  return { value: st.value as Val };
}
