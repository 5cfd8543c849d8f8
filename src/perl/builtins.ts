/**
 * The FUNC op and the registry of builtins (perlfunc), by name. Each
 * builtin gets its argument items (still on the stack, so a blocked builtin
 * can be re-run) and returns a perl value, or a Flow request.
 */
import { OP } from './opcodes.ts';
import { Flow, type Handler } from './flow.ts';
import type { Vm } from './vm.ts';
import type { Frame, Want } from './image.ts';
import { RET } from './image.ts';
import { subOf } from './code.ts';
import type { Cv, Sv, Val } from './values.ts';
import { isList, type Item } from './scalar.ts';

/** A builtin's request to the FUNC op instead of a value. */
export interface FlowReq { flow: number; reexec?: boolean }
export const isFlow = (x: unknown): x is FlowReq => typeof x === 'object' && x !== null && 'flow' in (x as object) && !('t' in (x as object));

export type Builtin = (vm: Vm, args: Item[], want: Want, pc: number, f: Frame) => Item | FlowReq;

export const BUILTIN = new Map<string, Builtin>();

export function def(name: string, fn: Builtin): void {
  BUILTIN.set(name, fn);
}

export const BLOCKED: FlowReq = { flow: Flow.BLOCK };
/** Wrap a die (vm.dieMsg's result) as a request. */
export const died = (n: number): FlowReq => ({ flow: n });

/**
 * Call perl code from a builtin so that the builtin runs again afterwards
 * (its args stay on the stack; the callee's result lands in opState.ret).
 */
export function callAndResume(vm: Vm, f: Frame, pc: number, cv: Cv, args: (Val | Sv)[], want: Want, kind: Frame['kind'] = 'sub'): FlowReq {
  f.pc = pc;
  return { flow: vm.callSub(cv, args, want, RET.STATE, kind), reexec: true };
}

/**
 * Call perl code whose result is the builtin's result: the builtin's args
 * are popped and the callee's return value is pushed for the next op.
 */
export function callAsResult(vm: Vm, f: Frame, pc: number, nargs: number, cv: Cv, args: (Val | Sv)[], want: Want, kind: Frame['kind'] = 'sub'): FlowReq {
  vm.img.stack.length -= nargs;
  f.pc = pc + 4;
  return { flow: vm.callSub(cv, args, want, RET.STACK, kind) };
}

const FUNC: Handler = (vm, code, pc, f) => {
  const name = subOf(f.unit, f.sub).consts[code[pc + 1]!] as string;
  const n = code[pc + 2]!;
  const want = code[pc + 3] as Want;
  const s = vm.img.stack;
  const fn = BUILTIN.get(name);
  if (!fn) return vm.dieMsg(`Unsupported function ${name}`);
  const args = s.slice(s.length - n) as Item[];
  const r = fn(vm, args, want, pc, f);
  if (isFlow(r)) {
    if (r.flow === Flow.SWITCH && !r.reexec) return r.flow;
    return r.flow;
  }
  s.length -= n;
  if (want === 2) s.push(isList(r) ? r : [r]);
  else s.push(isList(r) ? (r.length ? r[r.length - 1] : undefined) : r);
  return pc + 4;
};

export const H: Record<number, Handler> = { [OP.FUNC]: FUNC };
