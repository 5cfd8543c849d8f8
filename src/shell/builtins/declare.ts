/** declare/typeset/local/export/readonly/unset: variables and their attributes. */
import type { Gen } from '../../programs/runtime.ts';
import { ARRAY_ELEM, ARRAY_KEY, Parser } from '../parse/parser.ts';
import { declareLine } from '../quote.ts';
import { cmdFuncText } from './func-text.ts';
import type { Shell } from '../shell.ts';
import { doAssigns } from '../simple.ts';
import { lookup, setArray, unsetElement, unsetVar, varForWrite, visibleNames, VarError } from '../vars.ts';
import type { Builtin } from './types.ts';
import type { Var } from '../state.ts';

interface DeclOpts {
  set: Set<string>;
  unset: Set<string>;
  print: boolean;
  funcs: boolean;
  funcNames: boolean;
  global: boolean;
}

function parseFlags(args: string[]): { o: DeclOpts; rest: string[]; bad: string | null } {
  const o: DeclOpts = { set: new Set(), unset: new Set(), print: false, funcs: false, funcNames: false, global: false };
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (!/^[-+][a-zA-Z]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (!'aAirxpfFglunt'.includes(c)) return { o, rest: [], bad: a[0] + c };
      if (c === 'p') o.print = true;
      else if (c === 'f') o.funcs = true;
      else if (c === 'F') o.funcNames = true;
      else if (c === 'g') o.global = true;
      else (a[0] === '-' ? o.set : o.unset).add(c);
    }
  }
  return { o, rest: args.slice(i), bad: null };
}

function applyAttrs(v: Var, o: DeclOpts): void {
  const on = (c: string): boolean => o.set.has(c);
  const off = (c: string): boolean => o.unset.has(c);
  if (on('x')) v.exported = true;
  if (off('x')) v.exported = false;
  if (on('i')) v.integer = true;
  if (off('i')) v.integer = false;
  if (on('l')) { v.lower = true; v.upper = false; }
  if (on('u')) { v.upper = true; v.lower = false; }
  if (on('a') && (!v.val || v.val.k === 'str')) v.val = { k: 'idx', v: v.val ? new Map([[0, v.val.v]]) : new Map() };
  if (on('A') && (!v.val || v.val.k !== 'assoc')) v.val = { k: 'assoc', v: new Map() };
}

function* declareOne(sh: Shell, name: string, arg: string, o: DeclOpts, local: boolean): Gen<boolean> {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+?=)(.*)$/s.exec(arg);
  const bare = /^[A-Za-z_][A-Za-z0-9_]*$/.test(arg);
  if (!m && !bare) {
    yield* sh.error(`${name}: \`${arg}': not a valid identifier`);
    return false;
  }
  const vname = m ? m[1]! : arg;
  if (o.set.has('n') || o.unset.has('n')) return yield* declareRef(sh, name, vname, m ? m[4]! : null, o, local);
  let v: Var;
  try {
    const existing = local ? sh.st.frames[sh.st.frames.length - 1]?.get(vname) : lookup(sh.st, vname);
    if (existing?.readonly && (m || o.set.size)) throw new VarError(`${vname}: readonly variable`);
    v = varForWrite(sh.st, vname, local);
    if (local && !existing && !m) {
      const outer = lookup(sh.st, vname);
      void outer;
    }
  } catch (e) {
    if (e instanceof VarError) {
      yield* sh.error(`${name}: ${e.message}`);
      return false;
    }
    throw e;
  }
  applyAttrs(v, o);
  if (m && !m[2] && /^\((\x1e[^]*)?\)$/.test(m[4]!) && (m[4] === '()' || m[4]![1] === ARRAY_ELEM)) {
    if (!(yield* declareArray(sh, vname, m[4]!.slice(1, -1), m[3] === '+=', o, v, local))) return false;
  } else if (m) {
    const value = m[4]!;
    const src = `${vname}${m[2] ?? ''}${m[3]}${value.startsWith('(') && value.endsWith(')') && !m[2] ? value : "'" + value.replace(/'/g, "'\\''") + "'"}`;
    const cmd = new Parser(src + '\n').parseCommandLine();
    const first = cmd?.items[0]?.cmd;
    if (first?.t === 'simple' && first.assigns.length === 1) {
      const a = first.assigns[0]!;
      if (o.set.has('A') && a.array) v.val = v.val?.k === 'assoc' ? v.val : { k: 'assoc', v: new Map() };
      if (!(yield* doAssigns(sh, [a], local))) return false;
    }
  }
  if (o.set.has('r')) v.readonly = true;
  return true;
}

/** declare -n name[=target] / declare +n name: the nameref itself, not what it stands for. */
function* declareRef(sh: Shell, name: string, vname: string, value: string | null, o: DeclOpts, local: boolean): Gen<boolean> {
  if (o.set.has('n') && value !== null) {
    if (value === vname) {
      yield* sh.error(`${name}: ${vname}: nameref variable self references not allowed`);
      return false;
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(value)) {
      yield* sh.error(`${name}: \`${value}': invalid variable name for name reference`);
      return false;
    }
  }
  let v: Var;
  try {
    v = varForWrite(sh.st, vname, local, true);
  } catch (e) {
    if (e instanceof VarError) {
      yield* sh.error(`${name}: ${e.message}`);
      return false;
    }
    throw e;
  }
  v.nameref = o.set.has('n');
  if (value !== null) v.val = { k: 'str', v: value };
  if (v.nameref && v.val && v.val.k !== 'str') {
    yield* sh.error(`${name}: ${vname}: reference variable cannot be an array`);
    return false;
  }
  if (o.set.has('x')) v.exported = true;
  if (o.set.has('r')) v.readonly = true;
  return true;
}

/** name=(elements) from a declaration's marked text. */
function* declareArray(sh: Shell, name: string, text: string, append: boolean, o: DeclOpts, v: Var, local: boolean): Gen<boolean> {
  const assoc = o.set.has('A') || v.val?.k === 'assoc';
  const entries: [string | null, string][] = [];
  for (const el of text.split(ARRAY_ELEM).slice(1)) {
    if (el.startsWith(ARRAY_KEY)) {
      const end = el.indexOf(ARRAY_KEY, 1);
      const key = el.slice(1, end);
      entries.push([assoc ? key : sh.arith(key), el.slice(end + 1)]);
    } else if (assoc) {
      yield* sh.error(`${name}: ${el}: must use subscript when assigning associative array`);
    } else entries.push([null, el]);
  }
  try {
    setArray(sh.st, name, entries, assoc, { append, local, arith: v.integer ? (e) => sh.arith(e) : undefined });
  } catch (e) {
    if (e instanceof VarError) {
      yield* sh.error(e.message);
      return false;
    }
    throw e;
  }
  return true;
}

function* printVars(sh: Shell, names: string[] | null, filter: (v: Var) => boolean, cmd: string): Gen<number> {
  let status = 0;
  const list = names ?? visibleNames(sh.st).filter((n) => {
    const v = lookup(sh.st, n);
    return v && filter(v);
  });
  for (const n of list) {
    const line = declareLine(sh.st, n);
    if (!line) {
      yield* sh.error(`${cmd}: ${n}: not found`);
      status = 1;
      continue;
    }
    yield* sh.out(line + '\n');
  }
  return status;
}

function declareLike(local: boolean, fixed: string): Builtin {
  return function* (sh, argv) {
    const name = argv[0]!;
    if (local && sh.st.funcNames.length === 0) {
      yield* sh.error(`${name}: can only be used in a function`);
      return 1;
    }
    const { o, rest, bad } = parseFlags(argv.slice(1));
    if (bad) {
      yield* sh.error(`${name}: ${bad}: invalid option`);
      return 2;
    }
    for (const c of fixed) o.set.add(c);
    if (o.funcs || o.funcNames) return yield* printFuncs(sh, rest, o.funcNames);
    if (o.print || rest.length === 0) {
      const want = [...o.set].filter((c) => c !== 'p');
      return yield* printVars(sh, rest.length ? rest : null, (v) => want.every((c) => hasAttr(v, c)), name);
    }
    const isLocal = local || (!o.global && sh.st.funcNames.length > 0 && (name === 'declare' || name === 'typeset'));
    let status = 0;
    for (const a of rest) if (!(yield* declareOne(sh, name, a, o, isLocal))) status = 1;
    return status;
  };
}

function hasAttr(v: Var, c: string): boolean {
  switch (c) {
    case 'x': return !!v.exported;
    case 'r': return !!v.readonly;
    case 'i': return !!v.integer;
    case 'a': return v.val?.k === 'idx';
    case 'A': return v.val?.k === 'assoc';
    case 'n': return !!v.nameref;
  }
  return true;
}

function* printFuncs(sh: Shell, names: string[], onlyNames: boolean): Gen<number> {
  const list = names.length ? names : [...sh.st.funcs.keys()].sort();
  let status = 0;
  for (const n of list) {
    const f = sh.st.funcs.get(n);
    if (!f) {
      status = 1;
      continue;
    }
    yield* sh.out(onlyNames ? `declare -f ${n}\n` : cmdFuncText(f) + '\n');
  }
  return status;
}

export const declare = declareLike(false, '');
export const local = declareLike(true, '');

export const exportBuiltin: Builtin = function* (sh, argv) {
  const { o, rest, bad } = parseFlags(argv.slice(1).map((a) => (a === '-n' ? '+x' : a)));
  if (bad) {
    yield* sh.error(`export: ${bad}: invalid option`);
    return 2;
  }
  const unexport = o.unset.has('x');
  if (rest.length === 0 || o.print) return yield* printVars(sh, null, (v) => !!v.exported, 'export');
  let status = 0;
  for (const a of rest) {
    const opts: DeclOpts = { ...o, set: new Set(unexport ? [] : ['x']), unset: new Set(unexport ? ['x'] : []) };
    if (!(yield* declareOne(sh, 'export', a, opts, false))) status = 1;
  }
  return status;
};

export const readonly: Builtin = function* (sh, argv) {
  const { o, rest, bad } = parseFlags(argv.slice(1));
  if (bad) {
    yield* sh.error(`readonly: ${bad}: invalid option`);
    return 2;
  }
  if (rest.length === 0 || o.print) return yield* printVars(sh, null, (v) => !!v.readonly, 'readonly');
  let status = 0;
  for (const a of rest) {
    o.set.add('r');
    if (!(yield* declareOne(sh, 'readonly', a, o, false))) status = 1;
  }
  return status;
};

export const unset: Builtin = function* (sh, argv) {
  let mode: 'v' | 'f' | 'any' = 'any';
  let raw = false;
  let args = argv.slice(1);
  while (args[0] && /^-[vfn]+$/.test(args[0])) {
    if (args[0].includes('n')) raw = true;
    if (args[0].includes('f')) mode = 'f';
    if (args[0].includes('v')) mode = 'v';
    args = args.slice(1);
  }
  let status = 0;
  for (const a of args) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$/s.exec(a);
    if (!m) {
      yield* sh.error(`unset: \`${a}': not a valid identifier`);
      status = 1;
      continue;
    }
    if (mode === 'f') {
      sh.st.funcs.delete(a);
      continue;
    }
    const name = m[1]!;
    if (m[2] !== undefined) {
      const v = lookup(sh.st, name);
      const key = v?.val?.k === 'assoc' ? m[2] : String(sh.arithEval(m[2]));
      if (!unsetElement(sh.st, name, key)) {
        yield* sh.error(`unset: ${name}: cannot unset: readonly variable`);
        status = 1;
      }
      continue;
    }
    if (mode === 'any' && !lookup(sh.st, name) && sh.st.funcs.has(name)) {
      sh.st.funcs.delete(name);
      continue;
    }
    if (!unsetVar(sh.st, name, raw)) {
      yield* sh.error(`unset: ${name}: cannot unset: readonly variable`);
      status = 1;
    }
  }
  return status;
};
