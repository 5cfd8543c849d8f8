/**
 * Ops on aggregates and references: elements, slices, exists/delete,
 * dereference (with autovivification and strict refs), anonymous
 * constructors and the backslash operator.
 */
import { OP } from './opcodes.ts';
import type { Handler } from './flow.ts';
import type { Vm } from './vm.ts';
import { decref, mortal, mortalRef, setSv } from './refcount.ts';
import { isRef, newAv, newHv, newSv, type Av, type Gv, type Hv, type Sv, type Val, type Referent } from './values.ts';
import { isList, uninitWarn, val, valNum, valStr, type Item } from './scalar.ts';
import { gvFetch, qualifySym } from './symbols.ts';
import { namedCapture, namedCaptureAll } from './regex-glue.ts';
import { errnoByName } from '../abi/errno.ts';
import { refreshOffsets } from './ops-core.ts';

export const H: Record<number, Handler> = {};

const idxOf = (vm: Vm, x: Item): number => Math.trunc(valNum(vm, val(vm, x)));
const keyOf = (vm: Vm, x: Item): string => valStr(vm, val(vm, x));

function elemSv(hv: Hv, key: string): Sv {
  let sv = hv.h.get(key);
  if (!sv) {
    sv = newSv();
    if (hv.mg?.k === 'sighash') sv.mg = { k: 'sig', key };
    else if (hv.mg?.k === 'envhash') sv.mg = hv.mg;
    hv.h.set(key, sv);
  }
  return sv;
}

H[OP.AELEM] = (vm, code, pc) => {
  const s = vm.img.stack;
  let i = idxOf(vm, s.pop() as Item);
  const av = s.pop() as Av;
  if (av.mg) refreshOffsets(vm, av);
  if (i < 0) i += av.a.length;
  if (code[pc + 1]) {
    if (i < 0) return vm.dieMsg(`Modification of non-creatable array value attempted, subscript ${i - av.a.length}`);
    s.push((av.a[i] ??= newSv()));
  } else s.push(i < 0 ? undefined : av.a[i]);
  return pc + 2;
};

H[OP.HELEM] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const k = s.pop() as Item;
  const kv = val(vm, k);
  if (kv === undefined && f.warn) uninitWarn(vm, k, 'hash element');
  const key = typeof kv === 'string' ? kv : valStr(vm, kv);
  const hv = s.pop() as Hv;
  if (hv.mg === undefined) { s.push(code[pc + 1] ? elemSv(hv, key) : hv.h.get(key)); return pc + 2; }
  if (hv.mg?.k === 'named') { s.push(namedCapture(vm, key)); return pc + 2; }
  if (hv.mg?.k === 'namedall') { s.push(namedCaptureAll(vm, key)); return pc + 2; }
  if (hv.mg?.k === 'errnohash') {
    // %!: $!{ENAME} is the errno value when $! is that error, else 0 ("" for unknown names).
    const n = errnoByName(key);
    s.push(n === undefined ? '' : vm.img.errno === n ? n : 0);
    return pc + 2;
  }
  s.push(code[pc + 1] ? elemSv(hv, key) : hv.h.get(key));
  return pc + 2;
};

H[OP.ASLICE] = (vm, code, pc) => {
  const s = vm.img.stack;
  const idx = s.pop() as Item[];
  const av = s.pop() as Av;
  const lv = code[pc + 1];
  s.push(idx.map((x) => {
    let i = idxOf(vm, x);
    if (i < 0) i += av.a.length;
    if (lv) return (av.a[i] ??= newSv());
    return av.a[i];
  }));
  return pc + 2;
};

H[OP.HSLICE] = (vm, code, pc) => {
  const s = vm.img.stack;
  const keys = s.pop() as Item[];
  const hv = s.pop() as Hv;
  const lv = code[pc + 1];
  s.push(keys.map((k) => (lv ? elemSv(hv, keyOf(vm, k)) : hv.h.get(keyOf(vm, k)))));
  return pc + 2;
};

H[OP.KVSLICE] = (vm, code, pc) => {
  const s = vm.img.stack;
  const keys = s.pop() as Item[];
  const agg = s.pop() as Hv | Av;
  const out: Item[] = [];
  for (const k of keys) {
    if (code[pc + 1]) { const key = keyOf(vm, k); if ((agg as Hv).h.has(key)) out.push(key, (agg as Hv).h.get(key)); }
    else { const i = idxOf(vm, k); if (i < (agg as Av).a.length) out.push(i, (agg as Av).a[i]); }
  }
  s.push(out);
  return pc + 2;
};

H[OP.LSLICE] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const idx = s.pop() as Item[];
  const list = s.pop() as Item[];
  if (list.length === 0) { s.push([]); return pc + 1; }
  s.push(idx.map((x) => { let i = idxOf(vm, x); if (i < 0) i += list.length; return list[i]; }));
  return pc + 1;
};

H[OP.DELETE] = (vm, code, pc) => {
  const s = vm.img.stack;
  const kind = code[pc + 1];
  const k = s.pop() as Item;
  const agg = s.pop() as Hv | Av;
  const take = (sv: Sv | undefined): Val => { if (!sv) return undefined; const v = sv.v; mortal(vm, sv); decref(vm, sv); return v; };
  if (kind === 1) {
    const hv = agg as Hv;
    const key = keyOf(vm, k);
    const sv = hv.h.get(key);
    hv.h.delete(key);
    s.push(take(sv));
  } else if (kind === 2) {
    const hv = agg as Hv;
    s.push((k as Item[]).map((x) => { const key = keyOf(vm, x); const sv = hv.h.get(key); hv.h.delete(key); return take(sv); }));
  } else {
    const av = agg as Av;
    let i = idxOf(vm, k);
    if (i < 0) i += av.a.length;
    const sv = av.a[i];
    if (i === av.a.length - 1) { av.a.length = i; while (av.a.length && av.a[av.a.length - 1] === undefined) av.a.length--; }
    else av.a[i] = undefined;
    s.push(take(sv));
  }
  return pc + 2;
};

H[OP.EXISTS] = (vm, code, pc) => {
  const s = vm.img.stack;
  const k = s.pop() as Item;
  const agg = s.pop() as Hv | Av;
  if (code[pc + 1] === 1) s.push((agg as Hv).h.has(keyOf(vm, k)) ? 1 : '');
  else { let i = idxOf(vm, k); if (i < 0) i += (agg as Av).a.length; s.push((agg as Av).a[i] !== undefined ? 1 : ''); }
  return pc + 2;
};

/** Dereference to an aggregate of type `t`, with autovivification when `lv`. */
function deref(vm: Vm, x: Item, t: 'a' | 'h' | 's', flags: number): Referent | number {
  const lv = flags & 1;
  const strict = flags & 2;
  const what = t === 'a' ? 'an ARRAY' : t === 'h' ? 'a HASH' : 'a SCALAR';
  const WHAT = t === 'a' ? 'ARRAY' : t === 'h' ? 'HASH' : 'SCALAR';
  if (typeof x === 'object' && x !== null && !isList(x) && (x as { t: string }).t === t && t !== 's') return x as Referent;
  const v = val(vm, x);
  if (isRef(v)) {
    const to = v.to;
    if (to.t === t) return to;
    if (to.t === 'g') {
      const g = to as Gv;
      if (t === 'a') return (g.av ??= newAv());
      if (t === 'h') return (g.hv ??= newHv());
      return (g.sv ??= newSv());
    }
    if (t === 's' && to.t === 's') return to;
    return vm.dieMsg(`Not ${what} reference`);
  }
  if (typeof v === 'object' && v !== null && v.t === 'g') {
    const g = v as Gv;
    return t === 'a' ? (g.av ??= newAv()) : t === 'h' ? (g.hv ??= newHv()) : (g.sv ??= newSv());
  }
  if (v === undefined || v === '') {
    if (lv && typeof x === 'object' && x !== null && (x as Sv).t === 's') {
      const agg: Referent = t === 'a' ? newAv() : t === 'h' ? newHv() : newSv();
      agg.rc = 0;
      setSv(vm, x as Sv, { t: 'r', to: agg });
      return agg;
    }
    if (strict || v === undefined && lv) return vm.dieMsg(`Can't use an undefined value as ${what} reference`);
    const tmp: Referent = t === 'a' ? newAv() : t === 'h' ? newHv() : newSv();
    return mortal(vm, tmp);
  }
  const name = valStr(vm, v);
  if (strict) return vm.dieMsg(`Can't use string ("${name.length > 32 ? name.slice(0, 32) + '"...' : name + '"'}) as ${what} ref while "strict refs" in use`);
  void WHAT;
  const g = gvFetch(vm, qualifySym(vm, name), true)!;
  return t === 'a' ? (g.av ??= newAv()) : t === 'h' ? (g.hv ??= newHv()) : (g.sv ??= newSv());
}

function rv2(t: 'a' | 'h' | 's'): Handler {
  return (vm, code, pc) => {
    const s = vm.img.stack;
    const r = deref(vm, s.pop() as Item, t, code[pc + 1]!);
    if (typeof r === 'number') return r;
    s.push(r);
    return pc + 2;
  };
}
H[OP.RV2AV] = rv2('a');
H[OP.RV2HV] = rv2('h');
H[OP.RV2SV] = rv2('s');
H[OP.RV2GV] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const v = val(vm, s.pop() as Item);
  if (isRef(v) && v.to.t === 'g') s.push(v.to);
  else if (typeof v === 'object' && v !== null && v.t === 'g') s.push(v);
  else s.push(gvFetch(vm, qualifySym(vm, valStr(vm, v).replace(/^\*/, '')), true));
  return pc + 1;
};

/** An aggregate as a list: elements (containers) or key/value pairs. */
export function flatten(x: Item): Item[] {
  if (isList(x)) return x;
  if (typeof x === 'object' && x !== null) {
    const t = (x as { t: string }).t;
    if (t === 'a') return (x as Av).a.slice();
    if (t === 'h') {
      const out: Item[] = [];
      for (const [k, v] of (x as Hv).h) out.push(k, v);
      return out;
    }
  }
  return [x];
}

H[OP.FLATTEN] = (vm, _c, pc) => { const s = vm.img.stack; s.push(flatten(s.pop() as Item)); return pc + 1; };
H[OP.SCALAR_AGG] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const x = s.pop() as Av | Hv;
  if (x.t === 'a' && x.mg) refreshOffsets(vm, x);
  s.push(x.t === 'a' ? x.a.length : x.t === 'h' ? x.h.size : val(vm, x as Item));
  return pc + 1;
};
H[OP.LASTIDX] = (vm, _c, pc) => { const s = vm.img.stack; const av = s.pop() as Av; if (av.mg) refreshOffsets(vm, av); s.push(av.a.length - 1); return pc + 1; };
H[OP.SET_LASTIDX] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const n = Math.trunc(valNum(vm, val(vm, s.pop() as Item))) + 1;
  const av = s.pop() as Av;
  if (n < av.a.length) { const cut = av.a.splice(n); for (const e of cut) if (e) decref(vm, e); }
  else av.a.length = n;
  s.push(n - 1);
  return pc + 1;
};

/** `\X`: a new reference to a container (a copy for plain values). */
export function refTo(vm: Vm, x: Item): Val {
  if (typeof x === 'object' && x !== null && !isList(x)) {
    const t = (x as { t: string }).t;
    if (t === 's' || t === 'a' || t === 'h' || t === 'g' || t === 'c') return mortalRef(vm, x as Referent);
    if (t === 'r') { const sv = newSv(); sv.rc = 0; setSv(vm, sv, x as Val); return mortalRef(vm, sv); }
  }
  const sv = newSv(x as Val);
  sv.rc = 0;
  return mortalRef(vm, sv);
}

H[OP.REFGEN] = (vm, _c, pc) => { const s = vm.img.stack; s.push(refTo(vm, s.pop() as Item)); return pc + 1; };
H[OP.REFGEN_LIST] = (vm, _c, pc) => {
  const s = vm.img.stack;
  s.push((s.pop() as Item[]).map((x) => refTo(vm, x)));
  return pc + 1;
};

H[OP.ANONLIST] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const items = s.pop() as Item[];
  const av = newAv(items.map((x) => { const sv = newSv(); setSv(vm, sv, val(vm, x)); return sv; }));
  av.rc = 0;
  s.push(mortalRef(vm, av));
  return pc + 1;
};

H[OP.ANONHASH] = (vm, _c, pc) => {
  const s = vm.img.stack;
  const items = s.pop() as Item[];
  const hv = newHv();
  hv.rc = 0;
  if (items.length % 2 === 1 && vm.frame.warn) vm.warn('Odd number of elements in anonymous hash');
  for (let i = 0; i < items.length; i += 2) {
    const sv = newSv();
    setSv(vm, sv, val(vm, items[i + 1]));
    const key = valStr(vm, val(vm, items[i]));
    const old = hv.h.get(key);
    hv.h.set(key, sv);
    if (old) decref(vm, old);
  }
  s.push(mortalRef(vm, hv));
  return pc + 1;
};
