/**
 * Ops: stack, statements and scopes, jumps, variables, local(), assignment.
 */
import { OP } from './opcodes.ts';
import { Flow, type Handler } from './flow.ts';
import type { Vm } from './vm.ts';
import type { Frame } from './image.ts';
import { subOf } from './code.ts';
import { decref, freeTmps, incref, setSv } from './refcount.ts';
import { newAv, newHv, newSv, isRef, type Av, type Container, type Gv, type Hv, type Referent, type Sv, type Val } from './values.ts';
import { isList, val, valBool, valStr, type Item } from './scalar.ts';
import { gvAv, gvFetch, gvHv, gvSv, qualifySym } from './symbols.ts';
import { magicSet } from './magic.ts';
import { isObject, overloadedTruth } from './overload.ts';
import { hasSurrogate, unitToChar } from './astral.ts';

export const H: Record<number, Handler> = {};

const padOf = (f: Frame): unknown[] => f.pad as unknown[];

function ensure(pad: unknown[], s: number, t: 's' | 'a' | 'h'): Container {
  let c = pad[s] as Container | undefined;
  if (!c) { c = t === 's' ? newSv() : t === 'a' ? newAv() : newHv(); pad[s] = c; }
  return c;
}

H[OP.NOP] = (_vm, _c, pc) => pc + 1;
const O_CONST = OP.CONST!, O_PADSV = OP.PADSV!;

/**
 * CONST and PADSV only push (they never block, die or free anything): one
 * that follows a push is done by the same dispatch, its step still counted.
 * The hottest pushes store at the end rather than call push (which the JIT
 * does not always inline).
 */
function pushNext(vm: Vm, code: number[], pc: number, f: Frame, s: unknown[]): number {
  const op = code[pc];
  if (op === O_CONST) { vm.steps++; s[s.length] = vm.consts[code[pc + 1]!]; return pc + 2; }
  if (op === O_PADSV) { vm.steps++; s[s.length] = (padOf(f)[code[pc + 1]!] as Container | undefined) ?? ensure(padOf(f), code[pc + 1]!, 's'); return pc + 2; }
  return pc;
}

H[OP.CONST] = (vm, code, pc, f) => { const s = vm.img.stack; s[s.length] = vm.consts[code[pc + 1]!]; return pushNext(vm, code, pc + 2, f, s); };
H[OP.UNDEF] = (vm, _c, pc) => { vm.img.stack.push(undefined); return pc + 1; };
H[OP.EMPTYLIST] = (vm, _c, pc) => { vm.img.stack.push([]); return pc + 1; };
H[OP.POP] = (vm, _c, pc) => { vm.img.stack.pop(); return pc + 1; };
H[OP.DUP] = (vm, _c, pc) => { const s = vm.img.stack; s.push(s[s.length - 1]); return pc + 1; };
H[OP.SWAP] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const a = s[s.length - 1];
  s[s.length - 1] = s[s.length - 2];
  s[s.length - 2] = a;
  return pc + 1;
};
H[OP.LIST] = (vm, code, pc) => {
  const n = code[pc + 1]!;
  const s = vm.img.stack;
  const base = s.length - n;
  const out: Item[] = [];
  for (let i = base; i < s.length; i++) {
    const p = s[i] as Item;
    if (isList(p)) for (let j = 0; j < p.length; j++) out.push(p[j]!);
    else out.push(p);
  }
  if (n === 1) s[base] = out;
  else { s.length = base; s.push(out); }
  return pc + 2;
};

H[OP.SETPKG] = (vm, code, pc, f) => {
  f.pkg = vm.consts[code[pc + 1]!] as string;
  return pc + 2;
};
H[OP.NEXTSTATE] = (vm, code, pc, f) => {
  const v = code[pc + 1]!;
  f.line = v >> 2;
  f.warn = (v & 1) === 1;
  if (v & 2) f.fatal = true; else if (f.fatal) f.fatal = false;
  if (vm.img.tmps.length > f.tmpsFloor) freeTmps(vm, f.tmpsFloor);
  const r = vm.checkSignals(pc, f);
  if (r === Flow.SWITCH) return r;
  if (vm.img.pending.length && vm.img.pending[0]!.depth >= vm.img.frames.length) { f.pc = pc + 2; return Flow.SWITCH; }
  return pc + 2;
};
H[OP.ENTER] = (vm, code, pc, f) => {
  padOf(f)[code[pc + 1]!] = vm.img.save.length;
  // $1 and friends are scoped to the block: the outer match comes back at LEAVE.
  vm.img.save.push({ k: 'match', old: vm.img.lastMatch });
  return pc + 2;
};
H[OP.KEEPMATCH] = (vm, code, pc, f) => {
  const floor = padOf(f)[code[pc + 1]!];
  const e = typeof floor === 'number' ? vm.img.save[floor] : undefined;
  if (e?.k === 'match') e.old = vm.img.lastMatch;
  return pc + 2;
};
H[OP.LEAVE] = (vm, code, pc, f) => {
  const floor = padOf(f)[code[pc + 1]!];
  const save = vm.img.save;
  if (typeof floor === 'number' && save.length > floor) {
    // Most blocks saved only the match ENTER put there.
    const e = save[floor]!;
    if (save.length === floor + 1 && e.k === 'match') { save.pop(); vm.img.lastMatch = e.old; } else vm.unwindSave(floor);
  }
  return pc + 2;
};
H[OP.POPTO] = (vm, code, pc, f) => { vm.img.stack.length = f.base + code[pc + 1]!; return pc + 2; };
H[OP.JUMP] = (_vm, code, pc) => code[pc + 1]!;
/** Truth of the value on top of the stack (left there); an object's `bool` overload may need a call (a Flow code). */
function truthAt(vm: Vm, pc: number, f: Frame): boolean | number {
  const s = vm.img.stack;
  const v = val(vm, s[s.length - 1] as Item);
  return isObject(v) ? overloadedTruth(vm, pc, f, v) : valBool(v);
}
H[OP.JTRUE] = (vm, code, pc, f) => {
  const t = truthAt(vm, pc, f);
  if (typeof t === 'number') return t;
  vm.img.stack.pop();
  return t ? code[pc + 1]! : pc + 2;
};
H[OP.JFALSE] = (vm, code, pc, f) => {
  const t = truthAt(vm, pc, f);
  if (typeof t === 'number') return t;
  vm.img.stack.pop();
  return t ? pc + 2 : code[pc + 1]!;
};
H[OP.AND] = (vm, code, pc, f) => {
  const t = truthAt(vm, pc, f);
  if (typeof t === 'number') return t;
  if (!t) return code[pc + 1]!;
  vm.img.stack.pop();
  return pc + 2;
};
H[OP.OR] = (vm, code, pc, f) => {
  const t = truthAt(vm, pc, f);
  if (typeof t === 'number') return t;
  if (t) return code[pc + 1]!;
  vm.img.stack.pop();
  return pc + 2;
};
H[OP.DOR] = (vm, code, pc) => {
  const s = vm.img.stack;
  if (val(vm, s[s.length - 1] as Item) !== undefined) return code[pc + 1]!;
  s.pop();
  return pc + 2;
};

// ---- variables
H[OP.PADSV] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  s[s.length] = (padOf(f)[code[pc + 1]!] as Container | undefined) ?? ensure(padOf(f), code[pc + 1]!, 's');
  return pushNext(vm, code, pc + 2, f, s);
};
H[OP.PADAV] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  s[s.length] = (padOf(f)[code[pc + 1]!] as Container | undefined) ?? ensure(padOf(f), code[pc + 1]!, 'a');
  return pushNext(vm, code, pc + 2, f, s);
};
H[OP.PADHV] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  s[s.length] = (padOf(f)[code[pc + 1]!] as Container | undefined) ?? ensure(padOf(f), code[pc + 1]!, 'h');
  return pushNext(vm, code, pc + 2, f, s);
};
function padMy(t: 's' | 'a' | 'h'): Handler {
  return (vm, code, pc, f) => {
    const pad = padOf(f);
    const s = code[pc + 1]!;
    const c = ensure(pad, s, t);
    vm.img.save.push({ k: 'clear', pad, slot: s });
    vm.img.stack.push(c);
    return pc + 2;
  };
}
H[OP.PADSV_MY] = padMy('s');
H[OP.PADAV_MY] = padMy('a');
H[OP.PADHV_MY] = padMy('h');
H[OP.STATE] = (vm, code, pc, f) => {
  const s = code[pc + 1]!;
  // Each closure instance has its own state variables; the main program's live in the image.
  const key = `${f.unit}:${f.sub}:${s}`;
  const table = f.cv ? (f.cv.states ??= new Map<string, Container>()) : vm.img.states;
  const pad = padOf(f);
  const have = table.get(key);
  if (have) {
    if (pad[s] !== have) { incref(have); pad[s] = have; }
    vm.img.stack.push(have);
    return code[pc + 2]!;
  }
  const sig = subOf(f.unit, f.sub).padNames[s]![0];
  const c: Container = sig === '@' ? newAv() : sig === '%' ? newHv() : newSv();
  table.set(key, c);
  incref(c);
  pad[s] = c;
  vm.img.stack.push(c);
  return pc + 3;
};
function constName(code: number[], pc: number, f: Frame): string {
  return subOf(f.unit, f.sub).consts[code[pc + 1]!] as string;
}
/** @- and @+ are computed from the last match when read. */
export function refreshOffsets(vm: Vm, av: Av): void {
  if (av.mg?.k !== 'matchstart' && av.mg?.k !== 'matchend') return;
  const m = vm.img.lastMatch;
  const which = av.mg.k === 'matchstart' ? 0 : 1;
  const out: (Sv | undefined)[] = [];
  if (m) {
    let last = 0;
    for (let g = 0; g < m.offsets.length / 2; g++) if (m.offsets[2 * g]! >= 0) last = g;
    // Offsets are code units; perl counts characters.
    const conv = hasSurrogate(m.subject) ? (u: number): number => unitToChar(m.subject, u) : (u: number): number => u;
    for (let g = 0; g <= last; g++) out.push(newSv(m.offsets[2 * g]! >= 0 ? conv(m.offsets[2 * g + which]!) : undefined));
  }
  av.a = out;
}

H[OP.GVSV] = (vm, code, pc, f) => { vm.img.stack.push(gvSv(vm, constName(code, pc, f))); return pc + 2; };
H[OP.GVAV] = (vm, code, pc, f) => {
  const name = constName(code, pc, f);
  const av = name === 'main::_' && f.args ? f.args : gvAv(vm, name);
  if (av.mg) refreshOffsets(vm, av);
  vm.img.stack.push(av);
  return pc + 2;
};
H[OP.GVHV] = (vm, code, pc, f) => { vm.img.stack.push(gvHv(vm, constName(code, pc, f))); return pc + 2; };
H[OP.GV] = (vm, code, pc, f) => { vm.img.stack.push(gvFetch(vm, constName(code, pc, f), true)); return pc + 2; };

// ---- local()
H[OP.LOCAL_GVSV] = (vm, code, pc, f) => {
  const g = gvFetch(vm, constName(code, pc, f), true)!;
  const old = g.sv ?? newSv();
  // $? and $! keep their value outside the container: remember it for the restore.
  if (old.mg?.k === 'child' || old.mg?.k === 'errno') old.v = old.mg.k === 'child' ? vm.img.childStatus : vm.img.errno;
  // A format variable lives in the handle or the accumulator: its value comes back through set-magic.
  if (old.mg?.k === 'form') old.v = val(vm, old);
  vm.img.save.push({ k: 'gvsv', gv: g, old });
  const sv = newSv();
  if (old.mg) sv.mg = old.mg;
  g.sv = sv;
  vm.img.stack.push(sv);
  return pc + 2;
};
H[OP.LOCAL_GVAV] = (vm, code, pc, f) => {
  const g = gvFetch(vm, constName(code, pc, f), true)!;
  vm.img.save.push({ k: 'gvav', gv: g, old: g.av });
  g.av = newAv();
  vm.img.stack.push(g.av);
  return pc + 2;
};
H[OP.LOCAL_GVHV] = (vm, code, pc, f) => {
  const g = gvFetch(vm, constName(code, pc, f), true)!;
  vm.img.save.push({ k: 'gvhv', gv: g, old: g.hv });
  g.hv = newHv();
  if (g.name === 'SIG' && g.pkg === 'main') g.hv.mg = { k: 'sighash' };
  if (g.name === 'ENV' && g.pkg === 'main') g.hv.mg = { k: 'envhash' };
  vm.img.stack.push(g.hv);
  return pc + 2;
};
H[OP.LOCAL_HELEM] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const key = valStr(vm, val(vm, s.pop() as Item));
  const hv = s.pop() as Hv;
  const old = hv.h.get(key);
  vm.img.save.push({ k: 'helem', hv, key, old });
  const sv = newSv();
  if (hv.mg?.k === 'sighash') sv.mg = { k: 'sig', key };
  else if (hv.mg?.k === 'envhash') sv.mg = hv.mg;
  if (old) { hv.h.set(key, sv); } else hv.h.set(key, sv);
  if (old) old.rc++;
  s.push(sv);
  return pc + 1;
};
H[OP.LOCAL_ELEM] = (vm, _c, pc) => {
  const s = vm.img.stack;
  let idx = Math.trunc(Number(val(vm, s.pop() as Item)) || 0);
  const av = s.pop() as Av;
  if (idx < 0) idx += av.a.length;
  const old = av.a[idx];
  vm.img.save.push({ k: 'aelem', av, idx, old });
  if (old) old.rc++;
  const sv = newSv();
  av.a[idx] = sv;
  s.push(sv);
  return pc + 1;
};
H[OP.LOCAL_SV] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const sv = s[s.length - 1] as Sv;
  vm.img.save.push({ k: 'svval', sv, old: sv.v });
  setSv(vm, sv, undefined);
  return pc + 1;
};

// ---- assignment
/** Assign a value to a scalar container, running set-magic. */
export function assignSv(vm: Vm, sv: Sv, v: Val): void {
  setSv(vm, sv, v);
  if (sv.mg) magicSet(vm, sv);
}

export const READONLY = 'Modification of a read-only value attempted';

/** Whether assigning to `sv` must die: a literal, or $1 and friends. */
export const isReadonly = (sv: Sv): boolean => sv.ro === true || sv.mg?.k === 'cap';

H[OP.CONST_RO] = (vm, code, pc, f) => {
  const sv: Sv = { t: 's', v: subOf(f.unit, f.sub).consts[code[pc + 1]!] as Val, rc: 0, ro: true };
  vm.img.stack.push(sv);
  return pc + 2;
};

H[OP.SASSIGN] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const target = s.pop() as Item;
  const v = val(vm, s.pop() as Item);
  if (typeof target === 'object' && target !== null && (target as Sv).t === 's' && isReadonly(target as Sv)) return vm.dieMsg(READONLY);
  if (typeof target === 'object' && target !== null && (target as Gv).t === 'g') {
    globAssign(vm, target as Gv, v);
    s.push(target);
    return pc + 1;
  }
  if (typeof target !== 'object' || target === null || (target as Sv).t !== 's') {
    return vm.dieMsg("Can't modify non-lvalue subroutine call in scalar assignment");
  }
  assignSv(vm, target as Sv, v);
  s.push(target);
  return pc + 1;
};

H[OP.SASSIGN_PAD] = (vm, code, pc, f) => {
  const x = vm.img.stack.pop() as Item;
  const v = typeof x === 'object' ? val(vm, x) : x as Val;
  const sv = ((f.pad as unknown[])[code[pc + 1]!] as Sv | undefined) ?? ensure(padOf(f), code[pc + 1]!, 's') as Sv;
  // A plain value over a plain value: nothing to count or run.
  if (typeof v !== 'object' && typeof sv.v !== 'object' && sv.mg === undefined && sv.ro !== true) sv.v = v;
  else if (isReadonly(sv)) return vm.dieMsg(READONLY);
  else assignSv(vm, sv, v);
  return pc + 2;
};

H[OP.AASSIGN] = (vm, code, pc) => {
  if (!listAssign(vm, code[pc + 1]!, code[pc + 2]!)) return vm.dieMsg(READONLY);
  return pc + 3;
};
H[OP.AASSIGN_VOID] = (vm, code, pc) => {
  const n = code[pc + 1]!;
  if (n === 1) {
    // `($x) = LIST`: the first value, as listAssign would take it.
    const s = vm.img.stack;
    const t = s[s.length - 1] as Item;
    if (typeof t === 'object' && t !== null && (t as Sv).t === 's') {
      if (isReadonly(t as Sv)) return vm.dieMsg(READONLY);
      const rhs = s[s.length - 2] as Item;
      const v = isList(rhs) ? (rhs.length !== 0 ? val(vm, rhs[0]) : undefined) : val(vm, rhs);
      s.pop(); s.pop();
      assignSv(vm, t as Sv, v);
      return pc + 2;
    }
  }
  if (!listAssign(vm, n, 0)) return vm.dieMsg(READONLY);
  vm.img.stack.pop();
  return pc + 2;
};

/** n targets over the values below them; leaves the assigned containers (list context) or the value count. */
const readonlyTarget = (t: unknown): boolean => typeof t === 'object' && t !== null && (t as Sv).t === 's' && isReadonly(t as Sv);

/** Assign the list below the `n` targets on the stack; false (nothing assigned) when a target is read-only. */
function listAssign(vm: Vm, n: number, want: number): boolean {
  const s = vm.img.stack;
  const base = s.length - n;
  for (let k = base; k < s.length; k++) {
    const it = s[k] as Item;
    if (isList(it) ? it.some(readonlyTarget) : readonlyTarget(it)) return false;
  }
  const rhs = s[base - 1] as Item;
  let vals: Val[];
  if (isList(rhs)) {
    // A list of plain values (a fresh result, never aliased) serves as its own snapshot.
    vals = rhs as Val[];
    for (let k = 0; k < rhs.length; k++) {
      const x = rhs[k];
      if (typeof x === 'object' && x !== null && ((x as Sv).t === 's' || (x as Av).t === 'a' || (x as Hv).t === 'h' || isList(x))) {
        vals = new Array<Val>(rhs.length);
        for (let j = 0; j < rhs.length; j++) vals[j] = val(vm, rhs[j]!);
        break;
      }
    }
  } else vals = [val(vm, rhs)];
  const assigned: Item[] | null = want === 2 ? [] : null;
  let i = 0;
  for (let k = base; k < s.length; k++) {
    const it = s[k] as Item;
    if (isList(it)) for (const t of it) i = assignTarget(vm, t, vals, i, assigned);
    else i = assignTarget(vm, it, vals, i, assigned);
  }
  for (let k = 0; k < n; k++) s.pop();
  s[base - 1] = assigned ?? vals.length;
  return true;
}

/** Assign to one target of a list assignment from vals[i...]; returns the next index. */
function assignTarget(vm: Vm, t: Item, vals: Val[], i: number, assigned: Item[] | null): number {
  if (typeof t !== 'object' || t === null) return i + 1;
  const tt = (t as { t: string }).t;
  if (tt === 's') { assignSv(vm, t as Sv, vals[i]); assigned?.push(t); return i + 1; }
  if (tt === 'a') {
    const av = t as Av;
    // The new elements take their references before the old ones are released:
    // the values may be the array's own (`@a = sort @a`).
    const fresh = vals.slice(i).map((v) => { const sv = newSv(); setSv(vm, sv, v); return sv; });
    clearAv(vm, av);
    av.a = fresh;
    if (assigned) for (const e of av.a) assigned.push(e as Sv);
    return vals.length;
  }
  if (tt === 'h') {
    const hv = t as Hv;
    const rest = vals.slice(i);
    const held: Referent[] = [];
    for (const v of rest) if (isRef(v) && !v.weak) { incref(v.to); held.push(v.to); }
    clearHv(vm, hv);
    if (rest.length % 2 === 1 && vm.frame.warn) {
      const only = rest.length === 1 ? val(vm, rest[0] as Item) : undefined;
      vm.warn(isRef(only) && (only.to.t === 'a' || only.to.t === 'h') ? 'Reference found where even-sized list expected' : 'Odd number of elements in hash assignment');
    }
    for (let k = 0; k < rest.length; k += 2) {
      const key = valStr(vm, rest[k]);
      const sv = newSv();
      setSv(vm, sv, rest[k + 1]);
      if (hv.mg?.k === 'envhash') { sv.mg = hv.mg; magicSet(vm, sv); }
      const old = hv.h.get(key);
      hv.h.set(key, sv);
      if (old) decref(vm, old);
    }
    for (const r of held) decref(vm, r);
    return vals.length;
  }
  return i + 1;
}

export function clearAv(vm: Vm, av: Av): void {
  const old = av.a;
  av.a = [];
  // From the last element down, as perl's av_clear frees them.
  for (let i = old.length - 1; i >= 0; i--) { const e = old[i]; if (e) decref(vm, e); }
}

export function clearHv(vm: Vm, hv: Hv): void {
  const old = [...hv.h.values()];
  hv.h = new Map();
  hv.iter = undefined;
  for (const e of old) decref(vm, e);
}

H[OP.TO_SCALAR] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const x = s.pop() as Item;
  s.push(isList(x) ? (x.length ? x[x.length - 1] : undefined) : x);
  return pc + 1;
};
/** Replace containers in the top item by their values (copies that outlive a scope's lexicals). */
H[OP.RVAL] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const x = s[s.length - 1] as Item;
  const copy = (y: Item): Item => {
    if (typeof y !== 'object' || y === null || (y as Sv).t !== 's') return y;
    const v = val(vm, y);
    if (isRef(v)) { v.to.rc++; vm.img.tmps.push(v.to); }
    return v;
  };
  s[s.length - 1] = isList(x) ? x.map(copy) : copy(x);
  return pc + 1;
};
H[OP.COUNT] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const x = s.pop() as Item;
  s.push(isList(x) ? x.length : 1);
  return pc + 1;
};

/** `*name = \&code` / `= \$x` / `= *other`: fill one slot of a glob (or alias all). */
export function globAssign(vm: Vm, g: Gv, v: Val): void {
  if (isRef(v)) {
    const to = v.to;
    incref(to);
    if (to.t === 'c') { const old = g.cv; g.cv = to; if (old) decref(vm, old); }
    else if (to.t === 's') { const old = g.sv; g.sv = to; if (old) decref(vm, old); }
    else if (to.t === 'a') { const old = g.av; g.av = to; if (old) decref(vm, old); }
    else if (to.t === 'h') { const old = g.hv; g.hv = to; if (old) decref(vm, old); }
    else if (to.t === 'g') { globAssign(vm, g, to); decref(vm, to); }
    return;
  }
  if (typeof v === 'object' && v !== null && v.t === 'g') {
    for (const k of ['sv', 'av', 'hv', 'cv', 'io'] as const) {
      const x = v[k];
      if (x) { x.rc++; (g as unknown as Record<string, unknown>)[k] = x; }
    }
    return;
  }
  if (typeof v === 'string') {
    const src = gvFetch(vm, qualifySym(vm, v.replace(/^\*/, '')), true)!;
    globAssign(vm, g, src);
  }
}
