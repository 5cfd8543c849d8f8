/**
 * The symbol table (globs by full name) and method resolution (@ISA depth
 * first, then UNIVERSAL; AUTOLOAD as a fallback).
 */
import type { Vm } from './vm.ts';
import { newAv, newHv, newSv, type Cv, type Gv } from './values.ts';

/** Normalize "::x", "x" (in main), "main::main::x". */
export function fullName(name: string): string {
  if (name.startsWith('::')) return 'main' + name;
  if (!name.includes('::')) return 'main::' + name;
  return name;
}

export function gvFetch(vm: Vm, name: string, create: boolean): Gv | undefined {
  const key = fullName(name);
  let g = vm.img.globs.get(key);
  if (!g && create) {
    const i = key.lastIndexOf('::');
    g = { t: 'g', rc: 1, pkg: key.slice(0, i), name: key.slice(i + 2) };
    vm.img.globs.set(key, g);
  }
  return g;
}

export function gvSv(vm: Vm, name: string) {
  const g = gvFetch(vm, name, true)!;
  if (!g.sv) {
    g.sv = newSv();
    if (g.pkg === 'main' && /^\d+$/.test(g.name)) g.sv.mg = { k: 'cap', key: g.name };
  }
  return g.sv;
}

export function gvAv(vm: Vm, name: string) {
  const g = gvFetch(vm, name, true)!;
  return (g.av ??= newAv());
}

export function gvHv(vm: Vm, name: string) {
  const g = gvFetch(vm, name, true)!;
  return (g.hv ??= newHv());
}

export function findSub(vm: Vm, name: string): Cv | null {
  const g = gvFetch(vm, name, false);
  return g?.cv && (g.cv.unit >= 0 || g.cv.native) ? g.cv : null;
}

/** Linearised @ISA (depth-first, as perl's default dfs MRO). */
export function mro(vm: Vm, cls: string): string[] {
  const out: string[] = [];
  const visit = (c: string, depth: number): void => {
    if (out.includes(c) || depth > 100) return;
    out.push(c);
    const isa = gvFetch(vm, `${c}::ISA`, false)?.av;
    if (isa) for (const e of isa.a) if (e) visit(String(e.v), depth + 1);
  };
  visit(cls, 0);
  return out;
}

/** Find a method along the MRO, then UNIVERSAL. */
export function resolveMethod(vm: Vm, cls: string, method: string): Cv | null {
  for (const c of mro(vm, cls)) {
    const cv = findSub(vm, `${c}::${method}`);
    if (cv) return cv;
  }
  return findSub(vm, `UNIVERSAL::${method}`);
}

/** The class's AUTOLOAD sub (for a missing method), or null. */
export function resolveAutoload(vm: Vm, cls: string): Cv | null {
  for (const c of mro(vm, cls)) {
    const cv = findSub(vm, `${c}::AUTOLOAD`);
    if (cv) return cv;
  }
  return null;
}

/** Install a code value under a full name (replacing any previous one). */
export function defineSub(vm: Vm, name: string, cv: Cv): void {
  const g = gvFetch(vm, name, true)!;
  cv.rc++;
  const old = g.cv;
  g.cv = cv;
  if (old) old.rc--;
}
