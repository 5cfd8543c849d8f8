/**
 * Stack items and the conversions every op uses: a container read as a
 * value, a value as a string, a number, a boolean — with perl's warnings
 * ("Use of uninitialized value $x in addition (+)", "Argument "a" isn't
 * numeric in ...").
 */
import { argText, numToStr, strToNum } from './fmt-bridge.ts';
import { parseNumber, type PerlNum } from './fmt/number.ts';
import type { Vm } from './vm.ts';
import { subOf } from './code.ts';
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
    case 'bigint': return v.toString();
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
      if (warnAs !== undefined) uninitWarn(vm, undefined, warnAs, label);
      return 0;
    case 'bigint': return Number(v);
  }
  if (v === null) return 0;
  if (v.t === 'r') return addrOf(v.to as never, vm.img);
  if (v.t === 'd') return (v as Dual).n;
  return 0;
}

/** Numeric value kept exact: an IV/UV beyond 2**53 stays a bigint (strings too). Warnings as valNum. */
export function valPN(vm: Vm, v: Val, warnAs?: string, label?: string): PerlNum {
  switch (typeof v) {
    case 'number': case 'bigint': return v;
    case 'string': {
      const p = parseNumber(v);
      if (!p.numeric && warnAs !== undefined) vm.warn(`Argument "${argText(v)}" isn't numeric in ${warnAs}`);
      return p.value;
    }
  }
  return valNum(vm, v, warnAs, label);
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
    case 'bigint': return v !== 0n;
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
  if (v === undefined && warnAs !== undefined) uninitWarn(vm, x, warnAs, label);
  return valStr(vm, v);
}

/** "Use of uninitialized value $x in OP": the label given, else the name the item has as a variable. */
export function uninitWarn(vm: Vm, x: Item | undefined, warnAs: string, label?: string): void {
  let name = label || (x === undefined ? '' : nameOf(vm, x));
  if (name.includes('\0')) name = name.replace(/\0(\$\w+)\0/g, (_m, v: string) => padValueText(vm, v));
  vm.warn(`Use of uninitialized value${name ? ' ' + name : ''} in ${warnAs}`);
}

/** The text of lexical `name` in the running sub (an element label's index). */
function padValueText(vm: Vm, name: string): string {
  const f = vm.img.frames[vm.img.frames.length - 1];
  if (!f) return '';
  const names = subOf(f.unit, f.sub).padNames;
  const pad = f.pad as unknown[];
  for (let i = names.length - 1; i >= 0; i--) {
    if (names[i] === name && pad[i]) return valStr(vm, val(vm, pad[i] as Sv));
  }
  return '';
}

/**
 * perl's name for the variable a container is ("$x", "$a[1]", "$h{"k"}"),
 * looked up in the running sub's pad, then among the globals; '' when it is
 * no variable (a temporary). Only asked when a warning is printed.
 */
export function nameOf(vm: Vm, x: Item): string {
  if (typeof x !== 'object' || x === null || isList(x) || (x as Sv).t !== 's') return '';
  const f = vm.img.frames[vm.img.frames.length - 1];
  if (f) {
    const pad = f.pad as unknown[];
    const names = subOf(f.unit, f.sub).padNames;
    for (let i = 0; i < pad.length; i++) {
      const n = names[i];
      if (!n) continue;
      const c = pad[i];
      if (c === x && n[0] === '$') return n;
      const inner = elemName(c, x as Sv, n.slice(1));
      if (inner) return inner;
    }
  }
  for (const g of vm.img.globs.values()) {
    const base = g.pkg === 'main' ? g.name : `${g.pkg}::${g.name}`;
    if (g.sv === x) return /^\w+$|::/.test(base) ? '$' + base : '';
    const inner = elemName(g.av, x as Sv, base) || elemName(g.hv, x as Sv, base);
    if (inner) return inner;
  }
  return '';
}

function elemName(c: unknown, x: Sv, base: string): string {
  if (typeof c !== 'object' || c === null) return '';
  if ((c as Av).t === 'a') { const i = (c as Av).a.indexOf(x); return i >= 0 ? `$${base}[${i}]` : ''; }
  if ((c as Hv).t === 'h') { for (const [k, e] of (c as Hv).h) if (e === x) return `$${base}{"${k}"}`; }
  return '';
}

/** Flatten list items into values (copies). */
export function listVals(vm: Vm, items: Item[]): Val[] {
  return items.map((x) => val(vm, x));
}

export const isGv = (v: unknown): v is Gv => typeof v === 'object' && v !== null && (v as Gv).t === 'g';
