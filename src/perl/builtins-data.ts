/**
 * Builtins on arrays and hashes (perlfunc "Functions for real @ARRAYs",
 * "Functions for real %HASHes"): push pop shift unshift splice keys values
 * each undef scalar, plus the internal helpers the compiler emits
 * (__sigcheck __tail __coderef __defined_sub __undef_sub __flipflop).
 */
import { def, died } from './builtins.ts';
import type { Vm } from './vm.ts';
import { decref, mortal, mortalRef, setSv } from './refcount.ts';
import { isRef, newSv, type Av, type Cv, type Hv, type Sv, type Val } from './values.ts';
import { isList, val, valBool, valNum, valStr, type Item } from './scalar.ts';
import { clearAv, clearHv, assignSv } from './ops-core.ts';
import { findSub, gvFetch, qualifySym } from './symbols.ts';
import { namedCaptureKeys } from './regex-glue.ts';

const flat = (args: Item[]): Item[] => args.flatMap((a) => (isList(a) ? a : [a]));
const isAv = (x: unknown): x is Av => typeof x === 'object' && x !== null && (x as Av).t === 'a';
const isHv = (x: unknown): x is Hv => typeof x === 'object' && x !== null && (x as Hv).t === 'h';

function copySv(vm: Vm, x: Item): Sv {
  const sv = newSv();
  setSv(vm, sv, val(vm, x));
  return sv;
}

def('push', (vm, [a, ...rest]) => {
  if (!isAv(a)) return died(vm.dieMsg('Not an ARRAY reference'));
  for (const x of flat(rest)) a.a.push(copySv(vm, x));
  return a.a.length;
});
def('unshift', (vm, [a, ...rest]) => {
  if (!isAv(a)) return died(vm.dieMsg('Not an ARRAY reference'));
  a.a.unshift(...flat(rest).map((x) => copySv(vm, x)));
  return a.a.length;
});

/** Removed elements live until the next statement (they may be the last owner). */
function takeOut(vm: Vm, sv: Sv | undefined): Val {
  if (!sv) return undefined;
  const v = sv.v;
  mortal(vm, sv);
  decref(vm, sv);
  return v;
}

def('pop', (vm, [a]) => (isAv(a) ? takeOut(vm, a.a.pop()) : undefined));
def('shift', (vm, [a]) => (isAv(a) ? takeOut(vm, a.a.shift()) : undefined));
def('splice', (vm, [a, o, l, ...rest], want) => {
  if (!isAv(a)) return died(vm.dieMsg('Not an ARRAY reference'));
  let off = o === undefined ? 0 : Math.trunc(valNum(vm, val(vm, o)));
  if (off < 0) off += a.a.length;
  if (off < 0) return died(vm.dieMsg(`Modification of non-creatable array value attempted, subscript ${off - a.a.length}`));
  if (off > a.a.length) {
    if (vm.frame.warn) vm.warn('splice() offset past end of array');
    off = a.a.length;
  }
  let len = l === undefined ? a.a.length - off : Math.trunc(valNum(vm, val(vm, l)));
  if (len < 0) len = Math.max(0, a.a.length - off + len);
  const removed = a.a.splice(off, len, ...flat(rest).map((x) => copySv(vm, x)));
  const vals = removed.map((sv) => takeOut(vm, sv));
  return want === 2 ? vals : vals[vals.length - 1];
});

def('keys', (vm, [x], want) => {
  if (isHv(x) && (x.mg?.k === 'named' || x.mg?.k === 'namedall')) { const k = namedCaptureKeys(vm, x.mg.k === 'namedall'); return want === 2 ? k : k.length; }
  if (isHv(x)) { x.iter = undefined; return want === 2 ? [...x.h.keys()] : x.h.size; }
  if (isAv(x)) return want === 2 ? x.a.map((_, i) => i) : x.a.length;
  return died(vm.dieMsg('Type of argument to keys on reference must be unblessed hashref or arrayref'));
});
def('values', (vm, [x], want) => {
  if (isHv(x)) { x.iter = undefined; return want === 2 ? [...x.h.values()] : x.h.size; }
  if (isAv(x)) return want === 2 ? x.a.map((e) => e ?? undefined) : x.a.length;
  return died(vm.dieMsg('Type of argument to values on reference must be unblessed hashref or arrayref'));
});
def('each', (vm, [x], want) => {
  if (isHv(x)) {
    const i = x.iter ?? 0;
    const entries = [...x.h.entries()];
    if (i >= entries.length) { x.iter = undefined; return want === 2 ? [] : undefined; }
    x.iter = i + 1;
    const [k, v] = entries[i]!;
    return want === 2 ? [k, v] : k;
  }
  if (isAv(x)) {
    const ax = x as Av & { iter?: number };
    const i = ax.iter ?? 0;
    if (i >= x.a.length) { ax.iter = undefined; return want === 2 ? [] : undefined; }
    ax.iter = i + 1;
    return want === 2 ? [i, x.a[i]] : i;
  }
  return died(vm.dieMsg('Type of argument to each on reference must be unblessed hashref or arrayref'));
});

def('undef', (vm, [x]) => {
  if (isAv(x)) clearAv(vm, x);
  else if (isHv(x)) clearHv(vm, x);
  else if (typeof x === 'object' && x !== null && (x as Sv).t === 's') assignSv(vm, x as Sv, undefined);
  return undefined;
});
def('scalar', (vm, [x]) => val(vm, x!));

// ---- helpers the compiler emits
def('__sigcheck', (vm, [min, max]) => {
  const f = vm.frame;
  const n = f.args?.a.length ?? 0;
  const lo = valNum(vm, val(vm, min!)), hi = valNum(vm, val(vm, max!));
  if (n < lo) return died(vm.dieMsg(`Too few arguments for subroutine '${f.name}' (got ${n}; expected ${hi < 0 ? 'at least ' : lo === hi ? '' : 'at least '}${lo})`));
  if (hi >= 0 && n > hi) return died(vm.dieMsg(`Too many arguments for subroutine '${f.name}' (got ${n}; expected ${lo === hi ? '' : 'at most '}${hi})`));
  return 1;
});
def('__tail', (vm, [list, from]) => (list as Item[]).slice(valNum(vm, val(vm, from!))));
def('__coderef', (vm, [name]) => {
  const v = val(vm, name!);
  if (isRef(v) && v.to.t === 'c') return v;
  const raw = valStr(vm, v).replace(/^&/, '');
  const g = gvFetch(vm, qualifySym(vm, raw), true)!;
  if (!g.cv) g.cv = { t: 'c', rc: 1, unit: -1, sub: -1, captured: [], name: g.name, pkg: g.pkg };
  return mortalRef(vm, g.cv);
});
def('__defined_sub', (vm, [name]) => {
  const v = val(vm, name!);
  let cv: Cv | null | undefined;
  if (isRef(v) && v.to.t === 'c') cv = v.to;
  else if (isRef(v) && v.to.t === 'g') cv = v.to.cv;
  else if (typeof v === 'object' && v !== null && v.t === 'g') cv = v.cv;
  else return findSub(vm, qualifySym(vm, valStr(vm, v).replace(/^[&*]/, ''))) ? 1 : '';
  return cv && (cv.unit >= 0 || cv.native) ? 1 : '';
});
/** `exists &name`: a body or a stub (`sub name;`, `\&name`) is there. */
def('__exists_sub', (vm, [name]) => {
  const v = val(vm, name!);
  if (isRef(v) && v.to.t === 'c') return 1;
  if (isRef(v) && v.to.t === 'g') return v.to.cv ? 1 : '';
  if (typeof v === 'object' && v !== null && v.t === 'g') return v.cv ? 1 : '';
  const g = gvFetch(vm, qualifySym(vm, valStr(vm, v).replace(/^[&*]/, '')), false);
  return g?.cv ? 1 : '';
});
def('__undef_sub', (vm, [name]) => {
  const g = gvFetch(vm, valStr(vm, val(vm, name!)), false);
  // The name keeps a body-less stub: `exists &name` stays true, `defined &name` turns false.
  if (g?.cv) { const old = g.cv; g.cv = { t: 'c', rc: 1, unit: -1, sub: -1, captured: [], name: g.name, pkg: g.pkg }; decref(vm, old); }
  return undefined;
});
/** Scalar `..` / `...` (perlop "Range Operators"): a flip-flop per op; literal numbers compare with $. */
def('__flipflop', (vm, [a, b, fl], _w, pc, f) => {
  const key = `${f.unit}:${f.sub}:${pc}`;
  const flags = fl === undefined ? 0 : valNum(vm, val(vm, fl));
  const seq = vm.img.flip.get(key);
  const test = (x: Item, literal: boolean): boolean => {
    const v = val(vm, x);
    if (literal) return valNum(vm, gvFetch(vm, 'main::.', true)!.sv?.v ?? vm.img.lastRead?.lines) === valNum(vm, v);
    return valBool(v);
  };
  if (typeof seq !== 'number') {
    if (!test(a!, (flags & 1) !== 0)) return '';
    if (!(flags & 4) && test(b!, (flags & 2) !== 0)) return '1E0';
    vm.img.flip.set(key, 1);
    return 1;
  }
  const n = seq + 1;
  if (test(b!, (flags & 2) !== 0)) { vm.img.flip.delete(key); return `${n}E0`; }
  vm.img.flip.set(key, n);
  return n;
});

export { isRef };
