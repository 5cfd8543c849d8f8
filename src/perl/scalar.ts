/**
 * Stack items and the conversions every op uses: a container read as a
 * value, a value as a string, a number, a boolean — with perl's warnings
 * ("Use of uninitialized value $x in addition (+)", "Argument "a" isn't
 * numeric in ...").
 */
import { argText, numToStr, strToNum } from './fmt-bridge.ts';
import type { Vm } from './vm.ts';
import { addrOf, reftype, type Av, type Hv, type Sv, type Val, type Ref, type Gv, type Dual } from './values.ts';

/** One operand-stack slot. Lists hold values or containers (aliases). */
export type Item = Val | Sv | Av | Hv | Item[];

export const isList = (x: unknown): x is Item[] => Array.isArray(x);
export const isContainer = (x: unknown): x is Sv => typeof x === 'object' && x !== null && (x as Sv).t === 's';

let magicGet: (vm: Vm, sv: Sv) => Val = (_vm, sv) => sv.v;
/** Installed by magic.ts. */
export function setMagicGet(f: (vm: Vm, sv: Sv) => Val): void { magicGet = f; }

/** The value of an item (a container's content; an aggregate's count; a list's last). */
export function val(vm: Vm, x: Item): Val {
  if (typeof x !== 'object' || x === null) return x as Val;
  if (Array.isArray(x)) return x.length ? val(vm, x[x.length - 1]) : undefined;
  switch ((x as { t: string }).t) {
    case 's': return (x as Sv).mg ? magicGet(vm, x as Sv) : (x as Sv).v;
    case 'a': return (x as Av).a.length;
    case 'h': return (x as Hv).h.size;
  }
  return x as Val;
}

/** Perl's string form of a value (references as "HASH(0x...)"). */
export function valStr(vm: Vm, v: Val): string {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return numToStr(v);
    case 'undefined': return '';
  }
  if (v === null) return '';
  switch (v.t) {
    case 'r': return refStr(vm, v);
    case 'g': return `*${v.pkg === 'main' ? 'main' : v.pkg}::${v.name}`;
    case 'd': return v.s;
  }
  return '';
}

export function refStr(vm: Vm, r: Ref): string {
  const to = r.to;
  if (to.blessed === 'Regexp' && (to as Sv).t === 's' && typeof (to as Sv).v === 'string') return (to as Sv).v as string;
  const base = `${reftype(to)}(0x${addrOf(to as never, vm.img).toString(16)})`;
  return to.blessed !== undefined ? `${to.blessed}=${base}` : base;
}

export function toStr(vm: Vm, x: Item): string {
  return valStr(vm, val(vm, x));
}

/** Numeric value; `warnAs` names the op for warnings when they are on. */
export function valNum(vm: Vm, v: Val, warnAs?: string, label?: string): number {
  switch (typeof v) {
    case 'number': return v;
    case 'string': {
      const p = strToNum(v);
      if (!p.ok && warnAs !== undefined) vm.warn(`Argument "${argText(v)}" isn't numeric in ${warnAs}`);
      return p.n;
    }
    case 'undefined':
      if (warnAs !== undefined) vm.warn(`Use of uninitialized value${label ? ' ' + label : ''} in ${warnAs}`);
      return 0;
  }
  if (v === null) return 0;
  if (v.t === 'r') return addrOf(v.to as never, vm.img);
  if (v.t === 'd') return (v as Dual).n;
  return 0;
}

export function toNum(vm: Vm, x: Item, warnAs?: string, label?: string): number {
  return valNum(vm, val(vm, x), warnAs, label);
}

/** Perl truth: "", "0", 0, undef are false. */
export function valBool(v: Val): boolean {
  switch (typeof v) {
    case 'string': return v !== '' && v !== '0';
    case 'number': return v !== 0 && !Number.isNaN(v) ? true : false;
    case 'undefined': return false;
  }
  if (v === null) return false;
  if (v.t === 'd') return (v as Dual).n !== 0 || ((v as Dual).s !== '' && (v as Dual).s !== '0');
  return true;
}

export function toBool(vm: Vm, x: Item): boolean {
  return valBool(val(vm, x));
}

/** String with an uninitialized warning when warnings are on. */
export function strW(vm: Vm, x: Item, warnAs: string | undefined, label?: string): string {
  const v = val(vm, x);
  if (v === undefined && warnAs !== undefined) vm.warn(`Use of uninitialized value${label ? ' ' + label : ''} in ${warnAs}`);
  return valStr(vm, v);
}

/** Flatten list items into values (copies). */
export function listVals(vm: Vm, items: Item[]): Val[] {
  return items.map((x) => val(vm, x));
}

export const isGv = (v: unknown): v is Gv => typeof v === 'object' && v !== null && (v as Gv).t === 'g';
