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
import { val, valBool, type Item } from './scalar.ts';
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

const NUM_CMP = new Set(['<', '<=', '>', '>=', '==', '!=']);
const STR_CMP = new Set(['lt', 'le', 'gt', 'ge', 'eq', 'ne']);

/** The answer of comparison `op` from a <=> / cmp result (perl's autogeneration). */
function fromThreeWay(op: string, r: number): Val {
  switch (op) {
    case '<': case 'lt': return r < 0 ? 1 : '';
    case '<=': case 'le': return r <= 0 ? 1 : '';
    case '>': case 'gt': return r > 0 ? 1 : '';
    case '>=': case 'ge': return r >= 0 ? 1 : '';
    case '==': case 'eq': return r === 0 ? 1 : '';
    default: return r !== 0 ? 1 : '';
  }
}

/** A comparison computed through an overloaded <=> or cmp when the class has no handler for it. */
export function autogenCompare(vm: Vm, pc: number, f: Frame, op: string, a: Val, b: Val): { value: Val } | number | null {
  const st = vm.opState(pc);
  if (st?.phase === 'ovlcmp') {
    f.opState = null;
    const r = st.ret;
    return { value: fromThreeWay(op, Number(val(vm, (Array.isArray(r) ? r[r.length - 1] : r) as Item)) || 0) };
  }
  const via = NUM_CMP.has(op) ? '<=>' : STR_CMP.has(op) ? 'cmp' : null;
  if (!via) return null;
  let cv = overloadFor(vm, a, via);
  let args: Val[] = [a, b, ''];
  if (!cv) { cv = overloadFor(vm, b, via); args = [b, a, 1]; }
  if (!cv) return null;
  f.opState = { pc, phase: 'ovlcmp' };
  f.pc = pc;
  return vm.callSub(cv, args, 1, RET.STATE);
}

/** %CLASS::OVERLOAD{fallback} of an object's class (along @ISA); undefined when not set. */
function fallbackOf(vm: Vm, v: Val): Val {
  if (!isRef(v) || v.to.blessed === undefined) return undefined;
  for (const c of mro(vm, v.to.blessed)) {
    const e = gvFetch(vm, `${c}::OVERLOAD`, false)?.hv?.h.get('fallback');
    if (e) return e.v;
  }
  return undefined;
}

/** perl's "no method found" error when an operand's class forbids fallback (fallback => 0) and has no handler; else null. */
export function noMethod(vm: Vm, op: string, a: Val, b: Val): string | null {
  const strict = (v: Val): boolean => isOverloaded(vm, v) && fallbackOf(vm, v) !== undefined && !valBool(fallbackOf(vm, v));
  if (!strict(a) && !strict(b)) return null;
  const side = (v: Val, which: string): string => (isOverloaded(vm, v) && isRef(v) ? `${which} argument in overloaded package ${v.to.blessed}` : `${which} argument has no overloaded magic`);
  return `Operation "${op}": no method found,\n\t${side(a, 'left')},\n\t${side(b, 'right')}`;
}

/** Whether v is a blessed reference (the only values overloading can apply to). */
export function isObject(v: Val): boolean {
  return typeof v === 'object' && v !== null && v.t === 'r' && v.to.blessed !== undefined;
}

/**
 * The truth of an object with `bool` overloading (or "" / 0+ as fallbacks).
 * Returns the boolean, or a Flow code when a handler call starts (the op
 * runs again and gets the answer then).
 */
export function overloadedTruth(vm: Vm, pc: number, f: Frame, v: Val): boolean | number {
  const st = vm.opState(pc);
  if (st?.phase === 'ovlb') {
    f.opState = null;
    const r = st.ret;
    const x = (Array.isArray(r) ? r[r.length - 1] : r) as Val;
    return isObject(x) ? true : valBool(x);
  }
  const cv = conversion(vm, v, 'bool');
  if (!cv) return true;
  f.opState = { pc, phase: 'ovlb' };
  f.pc = pc;
  return vm.callSub(cv, [v, undefined, ''], 1, RET.STATE);
}

/** A unary operator overloaded directly (neg, !, ~, abs): like directBinop with one operand. */
export function directUnop(vm: Vm, pc: number, f: Frame, op: string, a: Val): { value: Val } | number | null {
  const st = vm.opState(pc);
  if (st?.phase === 'ovlop') {
    f.opState = null;
    const r = st.ret;
    return { value: (Array.isArray(r) ? r[r.length - 1] : r) as Val };
  }
  const cv = overloadFor(vm, a, op);
  if (!cv) return null;
  f.opState = { pc, phase: 'ovlop' };
  f.pc = pc;
  return vm.callSub(cv, [a, undefined, ''], 1, RET.STATE);
}

/**
 * The string forms of `vals` with "" overloading, converting one object per
 * call (the strings made so far wait in the op's state). Returns the
 * strings, or a Flow code when a handler call starts.
 */
export function stringsOf(vm: Vm, pc: number, f: Frame, vals: Val[], str: (v: Val) => string): string[] | number {
  const st = vm.opState(pc);
  let out: string[] = [];
  if (st?.phase === 'ovlS') {
    out = st.strs as string[];
    const r = st.ret;
    out.push(str((Array.isArray(r) ? r[r.length - 1] : r) as Val));
    f.opState = null;
  }
  for (let i = out.length; i < vals.length; i++) {
    const v = vals[i];
    const cv = isObject(v) ? conversion(vm, v, 'str') : null;
    if (cv) {
      f.opState = { pc, phase: 'ovlS', strs: out };
      f.pc = pc;
      return vm.callSub(cv, [v, undefined, ''], 1, RET.STATE);
    }
    out.push(str(v));
  }
  return out;
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
