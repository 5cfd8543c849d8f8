/**
 * Ops: sub and method calls (as VM frames), return, closures, eval blocks,
 * foreach iteration, map/grep, and sort — a resumable merge sort whose
 * comparisons are VM calls, so a comparator may block, fork or be
 * interrupted like any other code.
 */
import { OP } from './opcodes.ts';
import { Flow, type Handler } from './flow.ts';
import type { Vm } from './vm.ts';
import type { Frame, OpState } from './image.ts';
import { RET } from './image.ts';
import { subOf } from './code.ts';
import { decref, incref, mortalRef, setSv } from './refcount.ts';
import { isRef, newSv, type Cv, type Gv, type Sv, type Val, type Container, type Referent } from './values.ts';
import { isList, val, valNum, valPN, valStr, type Item } from './scalar.ts';
import { isObject } from './overload.ts';
import { compare } from './fmt/arith.ts';
import { findSub, gvFetch, gvSv, qualifySym, resolveMethod, resolveAutoload } from './symbols.ts';
import { markNumeric, range, rangeIsNumeric } from './ops-arith.ts';
import { requireStep } from './modules.ts';
import { gvHv as gvHvOf } from './symbols.ts';
import { anySurrogate, cmpStr } from './astral.ts';

export const H: Record<number, Handler> = {};

const K = (f: Frame, code: number[], pc: number, i = 1): unknown => subOf(f.unit, f.sub).consts[code[pc + i]!];

function undefinedSub(vm: Vm, name: string): number {
  return vm.dieMsg(`Undefined subroutine &${name} called`);
}

H[OP.CALL] = (vm, code, pc, f) => {
  const args = vm.img.stack.pop() as Item[];
  const name = K(f, code, pc) as string;
  const cv = findSub(vm, name);
  f.pc = pc + 3;
  if (!cv) {
    const auto = findSub(vm, name.slice(0, name.lastIndexOf('::')) + '::AUTOLOAD');
    if (auto) { gvSv(vm, auto.pkg + '::AUTOLOAD').v = name; return vm.callSub(auto, args as (Val | Sv)[], code[pc + 2] as 0, RET.STACK); }
    f.pc = pc;
    return undefinedSub(vm, name);
  }
  return vm.callSub(cv, args as (Val | Sv)[], code[pc + 2] as 0, RET.STACK);
};

H[OP.CALL_AMP] = (vm, code, pc, f) => {
  const name = K(f, code, pc) as string;
  const cv = findSub(vm, name);
  if (!cv) return undefinedSub(vm, name);
  f.pc = pc + 3;
  return vm.callSub(cv, [], code[pc + 2] as 0, RET.STACK, 'sub', f.args ?? undefined);
};

/** The Cv a code value denotes (reference or, without strict, a name). */
export function codeOfValue(vm: Vm, v: Val): Cv | string {
  if (isRef(v) && v.to.t === 'c') return v.to;
  if (isRef(v) && v.to.blessed) {
    const ov = resolveMethod(vm, v.to.blessed, '(&{}');
    if (ov) return 'Not a CODE reference';
  }
  if (typeof v === 'number' || typeof v === 'bigint') v = String(v);
  if (typeof v === 'string' && v !== '') {
    const full = qualifySym(vm, v.replace(/^&/, ''));
    const cv = findSub(vm, full);
    return cv ?? `Undefined subroutine &${full} called`;
  }
  if (v === undefined) return "Can't use an undefined value as a subroutine reference";
  return 'Not a CODE reference';
}

H[OP.CALLDYN] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const args = s.pop() as Item[];
  const target = val(vm, s.pop() as Item);
  // Operand: want, plus 4 under strict refs (a sub's name in a string is then an error).
  const op = code[pc + 1]!;
  if (op & 4 && !isRef(target) && target !== undefined && !(typeof target === 'object' && target !== null && target.t === 'g')) {
    return vm.dieMsg(`Can't use string ("${valStr(vm, target).slice(0, 32)}"${valStr(vm, target).length > 32 ? '...' : ''}) as a subroutine ref while "strict refs" in use`);
  }
  const cv = codeOfValue(vm, target);
  if (typeof cv === 'string') return vm.dieMsg(cv);
  f.pc = pc + 2;
  return vm.callSub(cv, args as (Val | Sv)[], (op & 3) as 0, RET.STACK);
};

/** Does any symbol live in package `pkg`? */
function packageExists(vm: Vm, pkg: string): boolean {
  const prefix = pkg + '::';
  for (const k of vm.img.globs.keys()) if (k.startsWith(prefix)) return true;
  return false;
}

/** Resolve and call a method; `name` may be SUPER::x or Fully::Qualified::x. */
function callMethod(vm: Vm, f: Frame, pc: number, next: number, name: string, args: Item[], want: 0 | 1 | 2): number {
  const inv = val(vm, args[0]);
  let cls: string;
  if (isRef(inv)) {
    if (inv.to.blessed !== undefined) cls = inv.to.blessed;
    else if (inv.to.t === 'g') cls = 'IO::File';
    else return vm.dieMsg(`Can't call method "${name}" on unblessed reference`);
  } else if (typeof inv === 'object' && inv !== null && inv.t === 'g') cls = 'IO::File';
  else if (inv === undefined) return vm.dieMsg(`Can't call method "${name}" on an undefined value`);
  else {
    cls = valStr(vm, inv);
    if (cls === '') return vm.dieMsg(`Can't call method "${name}" without a package or object reference`);
    const g = gvFetch(vm, `main::${cls}`, false) ?? gvFetch(vm, cls, false);
    if (g?.io && !packageExists(vm, cls)) cls = 'IO::File';
  }
  let cv: Cv | null;
  let mname = name;
  const sup = name.indexOf('::SUPER::');
  if (sup >= 0) {
    const pkg = name.slice(0, sup);
    mname = name.slice(sup + 9);
    const isa = gvFetch(vm, `${pkg}::ISA`, false)?.av?.a ?? [];
    cv = null;
    for (const p of isa) { if (p && (cv = resolveMethod(vm, String(p.v), mname))) break; }
    if (!cv) cv = findSub(vm, `UNIVERSAL::${mname}`);
  } else if (name.includes('::')) cv = findSub(vm, name);
  else cv = resolveMethod(vm, cls, name);
  if (cls === 'IO::File' && next === pc + 3 && !gvHvOf(vm, 'main::INC').h.has('IO/File.pm')) {
    // A method on a handle before IO::File is loaded: perl loads it and looks again.
    const st = vm.opState(pc) ?? (f.opState = { pc, phase: 'start' });
    // The arguments go back under the loading frame, for the op to run again.
    vm.img.stack.push(args as never);
    const r = requireStep(vm, f, pc, st, 'IO/File.pm', 'IO::File');
    if (!r.done) { f.pc = pc; return r.flow!; }
    vm.img.stack.pop();
    f.opState = null;
    cv = resolveMethod(vm, cls, name);
  }
  f.pc = next;
  if (!cv) {
    const auto = mname === 'DESTROY' ? null : resolveAutoload(vm, cls);
    if (auto) {
      gvSv(vm, `${auto.pkg}::AUTOLOAD`).v = `${cls}::${mname}`;
      return vm.callSub(auto, args as (Val | Sv)[], want, RET.STACK);
    }
    f.pc = pc;
    if (!isRef(inv) && !packageExists(vm, cls)) return vm.dieMsg(`Can't locate object method "${mname}" via package "${cls}" (perhaps you forgot to load "${cls}"?)`);
    return vm.dieMsg(`Can't locate object method "${mname}" via package "${cls}"`);
  }
  return vm.callSub(cv, args as (Val | Sv)[], want, RET.STACK);
}

H[OP.METHOD] = (vm, code, pc, f) => {
  const args = vm.img.stack.pop() as Item[];
  return callMethod(vm, f, pc, pc + 3, K(f, code, pc) as string, args, code[pc + 2] as 0);
};

H[OP.METHOD_DYN] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const args = s.pop() as Item[];
  const m = val(vm, s.pop() as Item);
  if (isRef(m) && m.to.t === 'c') { f.pc = pc + 2; return vm.callSub(m.to, args as (Val | Sv)[], code[pc + 1] as 0, RET.STACK); }
  return callMethod(vm, f, pc, pc + 2, valStr(vm, m), args, code[pc + 1] as 0);
};

H[OP.RETURN] = (vm) => vm.returnFrom(vm.img.stack.pop() as Item);
H[OP.EVAL_RETURN] = (vm) => {
  const img = vm.img;
  const item = img.stack.pop() as Item;
  // Copies (references kept alive as temporaries): the eval's lexicals are released below.
  const out = (x: Item): Val => { const v = val(vm, x); return isRef(v) ? mortalRef(vm, v.to) : v; };
  const v: Item = isList(item) ? item.map(out) : out(item);
  const ev = img.evals.pop()!;
  vm.unwindSave(ev.saveLen);
  img.stack.length = ev.stackLen;
  img.stack.push(v);
  setSv(vm, gvSv(vm, 'main::@'), '');
  return ev.catchPc;
};
H[OP.LOOPCTL_DYN] = (vm, code, pc, f) => {
  const msg = K(f, code, pc) as string;
  const m = /"(last|next|redo)(?: (\w+))?"/.exec(msg)!;
  return vm.loopExit(m[1] as 'last' | 'next' | 'redo', m[2]) ?? vm.dieMsg(msg);
};
H[OP.GOTO_SUB] = (vm, _c, _pc, f) => {
  const v = val(vm, vm.img.stack.pop() as Item);
  const cv = codeOfValue(vm, v);
  if (typeof cv === 'string') return vm.dieMsg(cv.replace(/^Undefined subroutine/, 'Goto undefined subroutine').replace(/ called$/, ''));
  if (!f.args || f.kind !== 'sub') return vm.dieMsg("Can't goto subroutine outside a subroutine");
  return vm.gotoSub(cv);
};
H[OP.JWANT] = (_vm, code, pc, f) => (f.want !== 2 ? code[pc + 1]! : pc + 2);
H[OP.WANTARRAY] = (vm, _c, pc, f) => { vm.img.stack.push(f.want === 2 ? 1 : f.want === 1 ? '' : undefined); return pc + 1; };

H[OP.ANONSUB] = (vm, code, pc, f) => {
  const idx = K(f, code, pc) as number;
  const sub = subOf(f.unit, idx);
  const pad = f.pad as unknown[];
  const captured = sub.captures.map((c) => {
    let x = pad[c.outer] as Container | undefined;
    if (!x) { const sig = subOf(f.unit, f.sub).padNames[c.outer]?.[0]; x = sig === '@' ? { t: 'a', a: [], rc: 1 } : sig === '%' ? { t: 'h', h: new Map(), rc: 1 } : newSv(); pad[c.outer] = x; }
    incref(x);
    return x;
  });
  const cv: Cv = { t: 'c', rc: 0, unit: f.unit, sub: idx, captured, name: '__ANON__', pkg: sub.pkg };
  vm.img.stack.push(mortalRef(vm, cv));
  return pc + 2;
};

H[OP.EVAL_ENTER] = (vm, code, pc, f) => {
  const img = vm.img;
  img.evals.push({ owner: img.frames.length - 1, frameDepth: img.frames.length, stackLen: img.stack.length, saveLen: img.save.length, tmpsLen: img.tmps.length, catchPc: code[pc + 1]!, want: code[pc + 2] as 0, line: f.line });
  // eval { } starts with $@ empty (pp_entertry's CLEAR_ERRSV).
  const err = gvSv(vm, 'main::@');
  if (err.v !== '' && err.v !== undefined) setSv(vm, err, '');
  return pc + 3;
};
H[OP.EVAL_LEAVE] = (vm, _c, pc) => {
  vm.img.evals.pop();
  setSv(vm, gvSv(vm, 'main::@'), '');
  return pc + 1;
};

/** Keep the referents of a loop's list alive while it runs (temporaries die at each statement). */
function holdList(vm: Vm, list: Item[]): void {
  const refs: Referent[] = [];
  for (const x of list) {
    if (isRef(x)) { incref(x.to); refs.push(x.to); }
    // Aliased elements too: the array they came from may be a temporary freed during the loop.
    else if (typeof x === 'object' && x !== null && (x as Sv).t === 's') { incref(x as Sv); refs.push(x as Sv); }
  }
  if (refs.length) vm.img.save.push({ k: 'release', refs });
}

// ---- foreach
/** A foreach in progress: over a list, or (list null) over the numbers i..hi of a range. */
interface Iter { list: Item[] | null; i: number; bound: boolean; hi: number }

H[OP.ITER_INIT] = (vm, code, pc, f) => {
  const list = vm.img.stack.pop() as Item[];
  (f.pad as unknown[])[code[pc + 1]!] = { list: isList(list) ? list : [list], i: 0, bound: false, hi: 0 } satisfies Iter;
  holdList(vm, isList(list) ? list : [list]);
  return pc + 2;
};

/** `foreach (lo .. hi)`: numeric ranges are counted, not built; string ranges become a list. */
H[OP.ITER_RANGE] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const b = val(vm, s.pop() as Item);
  const a = val(vm, s.pop() as Item);
  let it: Iter;
  if (rangeIsNumeric(a, b)) it = { list: null, i: Math.trunc(valNum(vm, a)), bound: false, hi: Math.trunc(valNum(vm, b)) };
  else {
    const r = range(vm, a, b);
    if (!Array.isArray(r)) return vm.dieMsg(r.die);
    it = { list: r, i: 0, bound: false, hi: 0 };
  }
  (f.pad as unknown[])[code[pc + 1]!] = it;
  return pc + 2;
};

/** The next element as a container (aliases are the elements themselves). */
function elemContainer(vm: Vm, x: Item): { sv: Sv; fresh: boolean } {
  if (typeof x === 'object' && x !== null && (x as Sv).t === 's') return { sv: x as Sv, fresh: false };
  return { sv: ownedSv(vm, x as Val), fresh: true };
}

/** $a/$b of a sort: the element itself, or a container that does not own what it holds. */
function borrowSv(x: Item): Sv {
  return typeof x === 'object' && x !== null && (x as Sv).t === 's' ? x as Sv : newSv(x as Val);
}

/** A new container holding `v` (a reference in it owns its referent). */
function ownedSv(vm: Vm, v: Val): Sv {
  const sv = newSv();
  setSv(vm, sv, v);
  return sv;
}

/** A loop variable with the fields that rule out reusing it (pos(), weak references). */
type LoopSv = Sv & { pos?: number; weakRefs?: unknown };

H[OP.ITER_NEXT] = (vm, code, pc, f) => {
  const pad = f.pad as unknown[];
  const it = pad[code[pc + 1]!] as Iter;
  let sv: Sv;
  if (it.list === null) {
    if (it.i > it.hi) return code[pc + 4]!;
    if (it.bound && code[pc + 2] === 0) {
      // As perl's pp_iter: a counter variable nothing else holds takes the next number in place.
      const prev = pad[code[pc + 3]!] as LoopSv | undefined;
      if (prev !== undefined && prev.rc === 1 && typeof prev.v !== 'object' && prev.mg === undefined && prev.blessed === undefined
        && prev.pos === undefined && prev.weakRefs === undefined && prev.ro !== true) {
        prev.v = it.i++;
        return pc + 5;
      }
    }
    sv = newSv(it.i++);
  } else {
    if (it.i >= it.list.length) return code[pc + 4]!;
    const x = it.list[it.i++];
    if (typeof x === 'object' && x !== null && (x as Sv).t === 's') { sv = x as Sv; incref(sv); } else sv = ownedSv(vm, x as Val);
  }
  if (code[pc + 2] === 0) {
    const slot = code[pc + 3]!;
    const prev = pad[slot] as Sv | undefined;
    if (!it.bound) { vm.img.save.push({ k: 'padset', pad, slot, old: prev }); it.bound = true; }
    else if (prev) decref(vm, prev);
    pad[slot] = sv;
  } else {
    const g = gvFetch(vm, K(f, code, pc, 3) as string, true)!;
    if (!it.bound) { vm.img.save.push({ k: 'gvsv', gv: g, old: g.sv }); it.bound = true; }
    else if (g.sv) decref(vm, g.sv);
    g.sv = sv;
  }
  return pc + 5;
};

// ---- map / grep
interface MapGrep { list: Item[]; i: number; out: Item[]; cur: Sv | null; gv: Gv; held?: Referent[] }

H[OP.MG_START] = (vm, code, pc, f) => {
  const list = vm.img.stack.pop() as Item[];
  holdList(vm, list);
  const gv = gvFetch(vm, 'main::_', true)!;
  vm.img.save.push({ k: 'gvsv', gv, old: gv.sv });
  gv.sv = undefined;
  (f.pad as unknown[])[code[pc + 1]!] = { list, i: 0, out: [], cur: null, gv } satisfies MapGrep;
  return pc + 2;
};
H[OP.MG_NEXT] = (vm, code, pc, f) => {
  const st = (f.pad as unknown[])[code[pc + 1]!] as MapGrep;
  if (st.i >= st.list.length) return code[pc + 2]!;
  const { sv, fresh } = elemContainer(vm, st.list[st.i++]);
  if (!fresh) incref(sv);
  const prev = st.gv.sv;
  st.gv.sv = sv;
  st.cur = sv;
  if (prev) decref(vm, prev);
  return pc + 3;
};
H[OP.MAP_PUSH] = (vm, code, pc, f) => {
  const st = (f.pad as unknown[])[code[pc + 1]!] as MapGrep;
  const r = vm.img.stack.pop() as Item;
  for (const x of isList(r) ? r : [r]) {
    const v = val(vm, x);
    // A reference made in the block (a closure, an anonymous array) must outlive the block's statements.
    if (isRef(v) && !v.weak) { v.to.rc++; (st.held ??= []).push(v.to); }
    st.out.push(v);
  }
  return pc + 2;
};
H[OP.GREP_PUSH] = (vm, code, pc, f) => {
  const st = (f.pad as unknown[])[code[pc + 1]!] as MapGrep;
  const r = val(vm, vm.img.stack.pop() as Item);
  if (r !== undefined && r !== '' && r !== 0 && r !== '0') { const c = st.cur!; c.rc++; vm.img.tmps.push(c); st.out.push(c); }
  return pc + 2;
};
H[OP.MG_END] = (vm, code, pc, f) => {
  const pad = f.pad as unknown[];
  const st = pad[code[pc + 1]!] as MapGrep;
  pad[code[pc + 1]!] = undefined;
  // The counts taken by MAP_PUSH become temporaries of the statement that called map.
  if (st.held) for (const r of st.held) vm.img.tmps.push(r);
  vm.img.stack.push(code[pc + 2] === 2 ? st.out : st.out.length);
  return pc + 3;
};

// ---- sort
interface SortState extends OpState {
  src: Item[]; dst: Item[]; n: number; width: number; lo: number; mid: number; hi: number;
  i: number; j: number; k: number; cv: Cv; oldA?: Sv; oldB?: Sv; pkg: string; waiting: boolean;
}

H[OP.SORT] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  let st = vm.opState(pc) as SortState | null;
  if (!st) {
    const list = s[s.length - 1] as Item[];
    const cmp = val(vm, s[s.length - 2] as Item);
    if (cmp === undefined) {
      const vals = list.map((x) => ({ x, k: valStr(vm, val(vm, x)) }));
      if (anySurrogate(vals.map((v) => v.k))) vals.sort((a, b) => cmpStr(a.k, b.k));
      else vals.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
      s.length -= 2;
      s.push(vals.map((v) => v.x));
      return pc + 2;
    }
    if (!isRef(cmp) || cmp.to.t !== 'c') return vm.dieMsg('Undefined subroutine in sort');
    const [pkg, simple] = (K(f, code, pc) as string).split('\0') as [string, string | undefined];
    if (simple) {
      const sorted = simpleSort(vm, list, simple, f.warn === true);
      if (sorted) { s.length -= 2; s.push(sorted); return pc + 2; }
    }
    st = { pc, phase: 'sort', src: list.slice(), dst: new Array(list.length), n: list.length, width: 1, lo: 0, mid: 0, hi: 0, i: 0, j: 0, k: 0, cv: cmp.to, pkg, waiting: false };
    const ga = gvFetch(vm, `${pkg}::a`, true)!, gb = gvFetch(vm, `${pkg}::b`, true)!;
    st.oldA = ga.sv; st.oldB = gb.sv;
    startRun(st);
    f.opState = st;
  }
  return sortStep(vm, st, pc, f);
};

/**
 * sort { $a <=> $b } and its three relatives without calling the block: each
 * element is converted once ("isn't numeric in sort" once per element, as
 * perl's optimised sort). Null when an element is an object (its overloads
 * need the block).
 */
function simpleSort(vm: Vm, list: Item[], how: string, warn: boolean): Item[] | null {
  const vals = list.map((x) => val(vm, x));
  if (vals.some((v) => isObject(v))) return null;
  const idx = list.map((_, i) => i);
  if (how === '<=>' || how === '>=<') {
    const keys = vals.map((v) => {
      if (v === undefined && warn) { vm.warn('Use of uninitialized value in sort'); return 0; }
      return valPN(vm, v, warn ? 'sort' : undefined);
    });
    for (let i = 0; i < vals.length; i++) if (typeof vals[i] === 'string') markNumeric(list[i]!);
    const sign = how === '<=>' ? 1 : -1;
    idx.sort((i, j) => sign * (compare(keys[i]!, keys[j]!) ?? 0));
  } else {
    const keys = vals.map((v) => (v === undefined && warn ? (vm.warn('Use of uninitialized value in sort'), '') : valStr(vm, v)));
    const sign = how === 'cmp' ? 1 : -1;
    if (anySurrogate(keys)) idx.sort((i, j) => sign * cmpStr(keys[i]!, keys[j]!));
    else idx.sort((i, j) => sign * (keys[i]! < keys[j]! ? -1 : keys[i]! > keys[j]! ? 1 : 0));
  }
  return idx.map((i) => list[i]!);
}

function startRun(st: SortState): void {
  st.mid = Math.min(st.lo + st.width, st.n);
  st.hi = Math.min(st.lo + 2 * st.width, st.n);
  st.i = st.lo; st.j = st.mid; st.k = st.lo;
}

/** Advance the merge sort until it needs a comparison (a VM call) or finishes. */
function sortStep(vm: Vm, st: SortState, pc: number, f: Frame): number {
  for (;;) {
    if (st.waiting) {
      st.waiting = false;
      const r = Number(val(vm, st.ret as Item)) || 0;
      if (r <= 0) st.dst[st.k++] = st.src[st.i++];
      else st.dst[st.k++] = st.src[st.j++];
    }
    if (st.width >= st.n) return finishSort(vm, st, pc, f);
    if (st.i < st.mid && st.j < st.hi) {
      st.waiting = true;
      f.pc = pc;
      // A comparator with a ($$) prototype gets the pair in @_ instead of $a and $b.
      if (st.cv.proto === '$$') return vm.callSub(st.cv, [borrowSv(st.src[st.i]), borrowSv(st.src[st.j])], 1, RET.STATE, 'sort');
      const ga = gvFetch(vm, `${st.pkg}::a`, true)!, gb = gvFetch(vm, `${st.pkg}::b`, true)!;
      ga.sv = borrowSv(st.src[st.i]);
      gb.sv = borrowSv(st.src[st.j]);
      return vm.callSub(st.cv, [], 1, RET.STATE, 'sort');
    }
    while (st.i < st.mid) st.dst[st.k++] = st.src[st.i++];
    while (st.j < st.hi) st.dst[st.k++] = st.src[st.j++];
    st.lo += 2 * st.width;
    if (st.lo >= st.n) {
      const t = st.src; st.src = st.dst; st.dst = t;
      st.width *= 2;
      st.lo = 0;
    }
    startRun(st);
  }
}

function finishSort(vm: Vm, st: SortState, pc: number, f: Frame): number {
  const ga = gvFetch(vm, `${st.pkg}::a`, true)!, gb = gvFetch(vm, `${st.pkg}::b`, true)!;
  ga.sv = st.oldA; gb.sv = st.oldB;
  f.opState = null;
  const s = vm.img.stack;
  s.length -= 2;
  s.push(st.src);
  return pc + 2;
}

export { Flow };
