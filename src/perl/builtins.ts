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
import { isList, val, type Item } from './scalar.ts';
import { convertOperands, isObject, isOverloaded } from './overload.ts';

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

/** Builtins whose scalar arguments an object's "" or 0+ overload converts first. */
const CONVERTS = new Map<string, 'str' | 'num'>([
  ...['length', 'uc', 'lc', 'ucfirst', 'lcfirst', 'fc', 'quotemeta', 'index', 'rindex', 'ord', 'split', 'crypt', 'substr'].map((k) => [k, 'str'] as [string, 'str']),
  ...['abs', 'int', 'sqrt', 'sin', 'cos', 'exp', 'log', 'atan2', 'hex', 'oct', 'chr'].map((k) => [k, 'num'] as [string, 'num']),
]);

const FUNC: Handler = (vm, code, pc, f) => {
  const name = subOf(f.unit, f.sub).consts[code[pc + 1]!] as string;
  const n = code[pc + 2]!;
  const want = code[pc + 3] as Want;
  const s = vm.img.stack;
  const fn = BUILTIN.get(name);
  if (!fn) return vm.dieMsg(`Unsupported function ${name}`);
  const conv = CONVERTS.get(name);
  // (A 4-argument substr modifies its first argument: that one stays as it is.)
  if (conv && !(name === 'substr' && n > 3)) {
    const slots: number[] = [];
    for (let i = s.length - n; i < s.length; i++) if (isObject(val(vm, s[i] as Item)) && isOverloaded(vm, val(vm, s[i] as Item))) slots.push(i);
    if (slots.length) { const sw = convertOperands(vm, pc, f, slots, conv); if (sw) return sw; }
  }
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
