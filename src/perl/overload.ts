/**
 * `use overload`: the pragma (lib/overload.pm) keeps each class's table in
 * %CLASS::OVERLOAD. An op that meets an object of such a class calls the
 * handler as a VM sub (never JS recursion): it saves which operand it is
 * converting in its opState, calls, and is re-executed; the result then
 * replaces that operand (conversions: "", 0+, bool) or becomes the op's
 * result (a direct operator: eq, ==, +, <=>, cmp ...).
 */
import { RET, type Frame } from './image.ts';
import { Flow } from './flow.ts';
import type { Vm } from './vm.ts';
import { isRef, type Cv, type Val } from './values.ts';
import { val, type Item } from './scalar.ts';
import { gvFetch, mro } from './symbols.ts';
import { codeOf } from './lifecycle.ts';

/** The handler for `key` in the class of `v` (along @ISA), or null. */
export function overloadFor(vm: Vm, v: Val, key: string): Cv | null {
  if (!isRef(v) || v.to.blessed === undefined) return null;
  for (const c of mro(vm, v.to.blessed)) {
    const hv = gvFetch(vm, `${c}::OVERLOAD`, false)?.hv;
    if (!hv || hv.h.size === 0) continue;
    const e = hv.h.get(key);
    if (e) return codeOf(vm, e.v);
  }
  return null;
}

/** True when the class of `v` overloads anything. */
export function isOverloaded(vm: Vm, v: Val): boolean {
  if (!isRef(v) || v.to.blessed === undefined) return false;
  return mro(vm, v.to.blessed).some((c) => (gvFetch(vm, `${c}::OVERLOAD`, false)?.hv?.h.size ?? 0) > 0);
}

/** The conversion handler for a wanted kind of value, falling back as perl does. */
function conversion(vm: Vm, v: Val, want: 'str' | 'num' | 'bool'): Cv | null {
  const order = want === 'str' ? ['""', '0+', 'bool'] : want === 'num' ? ['0+', '""', 'bool'] : ['bool', '""', '0+'];
  for (const k of order) { const cv = overloadFor(vm, v, k); if (cv) return cv; }
  return null;
}

/**
 * Convert the operands at stack slots `slots` that are overloaded objects.
 * Returns Flow.SWITCH when a handler was called (the op runs again), or 0
 * when every operand is a plain value now.
 */
export function convertOperands(vm: Vm, pc: number, f: Frame, slots: number[], want: 'str' | 'num' | 'bool'): number {
  const s = vm.img.stack;
  const st = vm.opState(pc);
  if (st?.phase === 'ovl') {
    const r = st.ret;
    s[st.slot as number] = (Array.isArray(r) ? r[r.length - 1] : r) as Val;
    f.opState = null;
  }
  for (const i of slots) {
    const v = val(vm, s[i] as Item);
    if (!isRef(v) || v.to.blessed === undefined) continue;
    const cv = conversion(vm, v, want);
    if (!cv) continue;
    f.opState = { pc, phase: 'ovl', slot: i };
    f.pc = pc;
    return vm.callSub(cv, [v, undefined, ''], 1, RET.STATE);
  }
  return 0;
}

/**
 * A binary operator overloaded directly (`eq`, `==`, `+`...): call it with
 * (a, b, swapped). Returns the result wrapper on re-execution, Flow.SWITCH
 * when the call starts, or null when neither operand overloads `op`.
 */
export function directBinop(vm: Vm, pc: number, f: Frame, op: string, a: Val, b: Val): { value: Val } | number | null {
  const st = vm.opState(pc);
  if (st?.phase === 'ovlop') {
    f.opState = null;
    const r = st.ret;
    return { value: (Array.isArray(r) ? r[r.length - 1] : r) as Val };
  }
  let cv = overloadFor(vm, a, op);
  let args: Val[] = [a, b, ''];
  if (!cv) { cv = overloadFor(vm, b, op); args = [b, a, 1]; }
  if (!cv) return null;
  f.opState = { pc, phase: 'ovlop' };
  f.pc = pc;
  return vm.callSub(cv, args, 1, RET.STATE);
}

export { Flow };

/** Like convertOperands for the elements of a list (print's arguments). */
export function convertListItems(vm: Vm, pc: number, f: Frame, list: Item[]): number {
  const st = vm.opState(pc);
  if (st?.phase === 'ovlL') {
    const r = st.ret;
    list[st.idx as number] = (Array.isArray(r) ? r[r.length - 1] : r) as Val;
    f.opState = null;
  }
  for (let i = 0; i < list.length; i++) {
    const v = val(vm, list[i]!);
    if (!isRef(v) || v.to.blessed === undefined) continue;
    const cv = conversion(vm, v, 'str');
    if (!cv) continue;
    f.opState = { pc, phase: 'ovlL', idx: i };
    f.pc = pc;
    return vm.callSub(cv, [v, undefined, ''], 1, RET.STATE);
  }
  return 0;
}
