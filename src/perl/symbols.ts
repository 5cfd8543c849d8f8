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

const FORCED_MAIN = new Set(['ENV', 'INC', 'ARGV', 'ARGVOUT', 'SIG', 'STDIN', 'STDOUT', 'STDERR', '_']);

/**
 * The full name a symbolic reference (`*{"x"}`, `&{"x"}`, `${"x"}`) denotes:
 * unqualified names live in the current package, except the special names
 * perl keeps in main (punctuation, digits, ENV, INC, ARGV, STDIN...).
 */
export function qualifySym(vm: Vm, name: string): string {
  if (name.includes('::')) return fullName(name);
  if (name.includes("'") && /^\w/.test(name)) return fullName(name.replace(/'/g, '::'));
  const pkg = vm.img.frames.length ? vm.frame.pkg : 'main';
  if (pkg === 'main' || FORCED_MAIN.has(name) || !/^[A-Za-z_]/.test(name)) return 'main::' + name;
  return `${pkg}::${name}`;
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
  const key = fullName(name);
  const g = gvFetch(vm, key, true)!;
  if (!g.sv) {
    g.sv = newSv();
    if (g.pkg === 'main' && /^[1-9]\d*$/.test(g.name)) g.sv.mg = { k: 'cap', key: g.name };
    else if (key === 'main::^GLOBAL_PHASE') { g.sv.mg = { k: 'phase' }; g.sv.ro = true; }
    else if (key === 'main::]') { g.sv.mg = { k: 'perlver' }; g.sv.ro = true; }
    else if (key === 'main::^V') { g.sv.mg = { k: 'perlV' }; g.sv.ro = true; }
    // $^F (made when first named: most programs never do).
    else if (key === 'main::^F') { g.sv.mg = { k: 'maxsysfd' }; g.sv.v = 2; }
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

/** Linearised @ISA: depth-first (perl's default dfs MRO), or C3 for a class that said `use mro 'c3'`. */
export function mro(vm: Vm, cls: string): string[] {
  if (vm.img.globs.get('mro::c3')?.hv?.h.has(cls)) return c3(vm, cls, 0) ?? dfs(vm, cls);
  return dfs(vm, cls);
}

const parents = (vm: Vm, c: string): string[] => (gvFetch(vm, `${c}::ISA`, false)?.av?.a ?? []).flatMap((e) => (e ? [String(e.v)] : []));

/** C3 linearisation (perlmro): the class, then the merge of its parents' linearisations and its parent list. Null when inconsistent. */
function c3(vm: Vm, cls: string, depth: number): string[] | null {
  if (depth > 100) return null;
  const seqs: string[][] = [];
  for (const p of parents(vm, cls)) { const l = c3(vm, p, depth + 1); if (!l) return null; seqs.push(l); }
  seqs.push(parents(vm, cls));
  const out = [cls];
  for (;;) {
    const live = seqs.filter((q) => q.length);
    if (!live.length) return out;
    const head = live.map((q) => q[0]!).find((h) => !live.some((q) => q.indexOf(h) > 0));
    if (head === undefined) return null;
    out.push(head);
    for (const q of live) if (q[0] === head) q.shift();
  }
}

function dfs(vm: Vm, cls: string): string[] {
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
