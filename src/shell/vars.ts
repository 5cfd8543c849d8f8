/**
 * Variable storage with bash's dynamic scoping: a function's `local`s live in
 * its frame and hide outer variables of the same name while it runs.
 */
import type { ShellState, Var, VarValue } from './state.ts';

export class VarError {
  constructor(readonly message: string) {}
}

/** The Var a name currently resolves to (innermost scope first), namerefs followed, if any. */
export function lookup(st: ShellState, name: string): Var | undefined {
  return rawLookup(st, resolveRef(st, name));
}

/** The Var named `name` itself (a nameref is not followed). */
export function rawLookup(st: ShellState, name: string): Var | undefined {
  for (let i = st.frames.length - 1; i >= 0; i--) {
    const v = st.frames[i]!.get(name);
    if (v) return v;
  }
  return st.globals.get(name);
}

/** Scalar value as $name yields it (element 0 for arrays); undefined when unset. */
export function getScalar(st: ShellState, name: string): string | undefined {
  const v = lookup(st, name);
  if (!v || !v.val) return undefined;
  const val = v.val;
  if (val.k === 'str') return val.v;
  if (val.k === 'idx') return val.v.get(0);
  return val.v.get('0');
}

/** All values of an array (or the scalar as a one-element list), in index order. */
export function getValues(st: ShellState, name: string): string[] {
  const v = lookup(st, name);
  if (!v || !v.val) return [];
  return valuesOf(v.val);
}

export function valuesOf(val: VarValue): string[] {
  if (val.k === 'str') return [val.v];
  if (val.k === 'idx') return [...val.v.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
  return [...val.v.values()];
}

export function keysOf(val: VarValue): string[] {
  if (val.k === 'str') return ['0'];
  if (val.k === 'idx') return [...val.v.keys()].sort((a, b) => a - b).map(String);
  return [...val.v.keys()];
}

/**
 * The variable `name` stands for: namerefs (declare -n) are followed to the
 * name at the end of the chain (a chain longer than bash allows stops).
 */
export function resolveRef(st: ShellState, name: string): string {
  for (let hops = 0; hops < 8; hops++) {
    const v = rawLookup(st, name);
    if (!v?.nameref || v.val?.k !== 'str' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v.val.v) || v.val.v === name) return name;
    name = v.val.v;
  }
  return name;
}

/** Find the scope where an assignment to `name` lands (existing var's scope, else global). */
function scopeFor(st: ShellState, name: string): Map<string, Var> {
  for (let i = st.frames.length - 1; i >= 0; i--) {
    if (st.frames[i]!.has(name)) return st.frames[i]!;
  }
  return st.globals;
}

function transform(v: Var, s: string): string {
  if (v.lower) return s.toLowerCase();
  if (v.upper) return s.toUpperCase();
  return s;
}

export interface AssignOpts {
  append?: boolean;
  /** evaluate integer-attributed values with this (arith). */
  arith?: (expr: string) => string;
  local?: boolean;
  /** assign the nameref itself (for loops over a nameref's name). */
  raw?: boolean;
}

/** Get or create the Var for writing (through namerefs unless `raw`); throws VarError for readonly. */
export function varForWrite(st: ShellState, name: string, local = false, raw = false): Var {
  if (!raw && !(local && st.frames.length && st.frames[st.frames.length - 1]!.has(name) === false)) name = resolveRef(st, name);
  const scope = local && st.frames.length ? st.frames[st.frames.length - 1]! : scopeFor(st, name);
  let v = scope.get(name);
  if (v?.readonly) throw new VarError(`${name}: readonly variable`);
  if (!v) {
    v = { val: null };
    if (st.opts.allexport) v.exported = true;
    scope.set(name, v);
  }
  return v;
}

/** name=value (or name+=value); for arrays, sets element 0. */
export function setScalar(st: ShellState, name: string, value: string, o: AssignOpts = {}): void {
  const v = varForWrite(st, name, o.local, o.raw);
  let s = value;
  const old = v.val;
  if (v.integer && o.arith) {
    s = o.append && old ? o.arith(`(${scalarOf(old)})+(${s})`) : o.arith(s);
  } else if (o.append && old) s = scalarOf(old) + s;
  s = transform(v, s);
  if (old && old.k === 'idx') old.v.set(0, s);
  else if (old && old.k === 'assoc') old.v.set('0', s);
  else v.val = { k: 'str', v: s };
  if (name === 'RANDOM') {
    // Assigning to RANDOM seeds the generator (strtoul of the value).
    const m = /^\s*[0-9]+/.exec(s);
    st.randomState = m ? Number(BigInt(m[0].trim()) & 0xffffffffn) : 0;
    st.randomLast = 0;
    st.randomSeededPid = -1;
  }
}

function scalarOf(val: VarValue): string {
  if (val.k === 'str') return val.v;
  if (val.k === 'idx') return val.v.get(0) ?? '';
  return val.v.get('0') ?? '';
}

/** name[key]=value. Indexed keys are already evaluated to numbers by the caller. */
export function setElement(st: ShellState, name: string, key: string, value: string, o: AssignOpts = {}): void {
  const v = varForWrite(st, name, o.local);
  if (!v.val || v.val.k === 'str') {
    const m = new Map<number, string>();
    if (v.val) m.set(0, v.val.v);
    v.val = { k: 'idx', v: m };
  }
  const val = v.val;
  const prev = val.k === 'idx' ? val.v.get(Number(key)) : val.v.get(key);
  let s = value;
  if (v.integer && o.arith) s = o.append && prev !== undefined ? o.arith(`(${prev})+(${s})`) : o.arith(s);
  else if (o.append && prev !== undefined) s = prev + s;
  s = transform(v, s);
  if (val.k === 'idx') val.v.set(Number(key), s);
  else val.v.set(key, s);
}

/** name=(...): replace (or append to) the whole array. */
export function setArray(st: ShellState, name: string, entries: [string | null, string][], assoc: boolean, o: AssignOpts = {}): void {
  const v = varForWrite(st, name, o.local);
  const keepAssoc = assoc || v.val?.k === 'assoc';
  if (keepAssoc) {
    const m = o.append && v.val?.k === 'assoc' ? v.val.v : new Map<string, string>();
    for (const [k, val] of entries) m.set(k ?? '0', transform(v, val));
    v.val = { k: 'assoc', v: m };
    return;
  }
  let m: Map<number, string>;
  if (o.append && v.val?.k === 'idx') m = v.val.v;
  else if (o.append && v.val?.k === 'str') m = new Map([[0, v.val.v]]);
  else m = new Map();
  let next = m.size ? Math.max(...m.keys()) + 1 : 0;
  for (const [k, val] of entries) {
    const idx = k === null ? next : Number(k);
    m.set(idx, transform(v, v.integer && o.arith ? o.arith(val) : val));
    next = idx + 1;
  }
  v.val = { k: 'idx', v: m };
}

/** unset name (innermost scope; through a nameref unless `raw`, as unset -n). Returns false for readonly. */
export function unsetVar(st: ShellState, name: string, raw = false): boolean {
  if (!raw) name = resolveRef(st, name);
  for (let i = st.frames.length - 1; i >= 0; i--) {
    const f = st.frames[i]!;
    const v = f.get(name);
    if (v) {
      if (v.readonly) return false;
      if (i === st.frames.length - 1) f.delete(name);
      else v.val = null;
      return true;
    }
  }
  const g = st.globals.get(name);
  if (g?.readonly) return false;
  st.globals.delete(name);
  return true;
}

export function unsetElement(st: ShellState, name: string, key: string): boolean {
  const v = lookup(st, name);
  if (!v || !v.val) return true;
  if (v.readonly) return false;
  if (v.val.k === 'idx') v.val.v.delete(Number(key));
  else if (v.val.k === 'assoc') v.val.v.delete(key);
  else if (key === '0') v.val = null;
  return true;
}

/** All visible variable names (inner scopes shadow), sorted as bash lists them. */
export function visibleNames(st: ShellState): string[] {
  const names = new Set<string>(st.globals.keys());
  for (const f of st.frames) for (const k of f.keys()) names.add(k);
  return [...names].sort();
}

/** The environment for a child process: exported variables with values. */
export function environ(st: ShellState, extra?: Map<string, string>): string[] {
  const out = new Map<string, string>();
  for (const name of visibleNames(st)) {
    const v = lookup(st, name);
    if (v?.exported && v.val && v.val.k === 'str') out.set(name, v.val.v);
  }
  if (extra) for (const [k, val] of extra) out.set(k, val);
  return [...out].map(([k, val]) => `${k}=${val}`);
}
