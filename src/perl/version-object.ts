/**
 * The `version` class perl builds in (universal.c "version::"): $^V is one
 * of its objects, a hash { original, qv, version } that stringifies as its
 * original text and compares part by part (vcmp) with another version or
 * with a version literal. Its methods are natives of the engine, installed
 * with the object the first time $^V is read.
 */
import { NATIVE_TABLE, type NativeSub } from './flow.ts';
import type { Vm } from './vm.ts';
import { defineSub, gvHv } from './symbols.ts';
import { isRef, newAv, newHv, newSv, type Cv, type Hv, type Sv, type Val } from './values.ts';
import { val, valStr, type Item } from './scalar.ts';
import { setSv } from './refcount.ts';
import { PERL_VERSION, parseVersion, vcmp, vnormal, vstringChars } from './versions.ts';

const V = (vm: Vm, x: Val | Sv | undefined): Val => (x === undefined ? undefined : val(vm, x as Item));

/** The hash of a version object, or null for any other value. */
function versionHash(v: Val): Hv | null {
  return isRef(v) && v.to.t === 'h' && v.to.blessed === 'version' ? v.to : null;
}

/** The parts of a version object or of a value written as a version (a v-string's characters count as parts). */
function partsOf(vm: Vm, v: Val): number[] {
  const h = versionHash(v);
  if (h) return (((h.h.get('version')?.v as { to?: { a?: (Sv | undefined)[] } })?.to?.a) ?? []).map((e) => Number(e?.v ?? 0));
  const s = valStr(vm, v);
  const p = parseVersion(s);
  if (p) return p.parts;
  if (/[^\d._v]/.test(s) && s !== '') return [...s].map((c) => c.codePointAt(0)!);
  return [Number.parseFloat(s) || 0];
}

const originalOf = (vm: Vm, v: Val): string => valStr(vm, versionHash(v)?.h.get('original')?.v);

/**
 * How sprintf sees a version object, or null for any other value: `s` its
 * string, `vec` the characters %vd formats (its original text as a v-string).
 */
export function versionFace(vm: Vm, v: Val): { s: string; vec: string } | null {
  if (!versionHash(v)) return null;
  const s = originalOf(vm, v);
  return { s, vec: vstringChars(s) };
}

const METHODS: [string, NativeSub][] = [
  ['(""', (vm, [self]) => originalOf(vm, V(vm, self))],
  ['stringify', (vm, [self]) => originalOf(vm, V(vm, self))],
  ['normal', (vm, [self]) => vnormal(partsOf(vm, V(vm, self)))],
  ['numify', (vm, [self]) => { const p = partsOf(vm, V(vm, self)); return `${p[0] ?? 0}.${p.slice(1).map((n) => String(n).padStart(3, '0')).join('') || '000'}`; }],
  ['is_qv', (vm, [self]) => (versionHash(V(vm, self))?.h.has('qv') ? 1 : '')],
  ['(bool', (vm, [self]) => (vcmp(partsOf(vm, V(vm, self)), [0]) !== 0 ? 1 : '')],
  ['(cmp', (vm, [a, b, swap]) => compareVersions(vm, a, b, swap)],
  ['(<=>', (vm, [a, b, swap]) => compareVersions(vm, a, b, swap)],
];

/** `version::(cmp` and `(<=>`: vcmp of the object with the other operand, sides as the overload call says. */
function compareVersions(vm: Vm, a: Val | Sv | undefined, b: Val | Sv | undefined, swap: Val | Sv | undefined): number {
  const r = vcmp(partsOf(vm, V(vm, a)), partsOf(vm, V(vm, b)));
  return V(vm, swap) ? -r : r;
}

for (const [name, fn] of METHODS) NATIVE_TABLE.set(`version::${name}`, fn);

/** Define the class's methods and overload table in this process (once). */
function installVersionClass(vm: Vm): void {
  const table = gvHv(vm, 'version::OVERLOAD');
  if (table.h.size) return;
  const cvs = new Map<string, Cv>();
  for (const [name] of METHODS) {
    const cv: Cv = { t: 'c', rc: 0, unit: -1, sub: -1, captured: [], name, pkg: 'version', native: `version::${name}` };
    defineSub(vm, `version::${name}`, cv);
    cvs.set(name, cv);
  }
  const entry = (cv: Cv): Sv => { const sv = newSv(); setSv(vm, sv, { t: 'r', to: cv }); return sv; };
  table.h.set('""', entry(cvs.get('(""')!));
  table.h.set('bool', entry(cvs.get('(bool')!));
  table.h.set('cmp', entry(cvs.get('(cmp')!));
  table.h.set('<=>', entry(cvs.get('(<=>')!));
  table.h.set('fallback', newSv(1));
}

/** $^V (perlvar): this perl's version object, made the first time it is read and kept in its container. */
export function perlVersionObject(vm: Vm, sv: Sv): Val {
  if (versionHash(sv.v)) return sv.v;
  installVersionClass(vm);
  const h = newHv();
  h.h.set('original', newSv(vnormal(PERL_VERSION)));
  h.h.set('qv', newSv(1));
  const parts = newAv(PERL_VERSION.map((n) => newSv(n)));
  const pref = newSv();
  setSv(vm, pref, { t: 'r', to: parts });
  parts.rc--;
  h.h.set('version', pref);
  h.blessed = 'version';
  setSv(vm, sv, { t: 'r', to: h });
  h.rc--;
  return sv.v;
}
