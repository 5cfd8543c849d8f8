/**
 * Builtins for control and modules: die warn exit caller eval(STRING) do
 * require, and the pragma/import helpers the compiler emits for `use`
 * (__use __use_lib __use_parent __use_base __use_constant __push_end).
 */
import { def, died, BLOCKED, type FlowReq } from './builtins.ts';
import type { Vm } from './vm.ts';
import type { EvalCx, Frame, OpState } from './image.ts';
import { RET } from './image.ts';
import { Flow } from './flow.ts';
import { decref, mortalRef, setSv, incref } from './refcount.ts';
import { isRef, newSv, type Av, type Cv, type Sv, type Val } from './values.ts';
import { isList, val, valNum, valStr, type Item } from './scalar.ts';
import { gvAv, gvHv, gvSv, resolveMethod, defineSub, gvFetch } from './symbols.ts';
import { compileSource, lastCompileFailure, loadUnit, moduleFile, pushUnitFrame, requireStep } from './modules.ts';
import { startExit } from './lifecycle.ts';
import type { EvalScope } from './compiler.ts';
import { subOf } from './code.ts';
import { overloadFor } from './overload.ts';

const flat = (args: Item[]): Item[] => args.flatMap((a) => (isList(a) ? a : [a]));
const where = (vm: Vm): string => vm.where();

def('die', (vm, args, _w, pc, f) => {
  const items = flat(args);
  if (items.length === 1) {
    const v = val(vm, items[0]);
    if (isRef(v)) {
      // Uncaught, an object is printed as its "" overload makes it (no eval or __DIE__ hook will see it).
      const st = vm.opState(pc);
      if (st?.phase === 'diestr') { f.opState = null; const r = st.ret; return died(vm.die(valStr(vm, (Array.isArray(r) ? r[r.length - 1] : r) as Val))); }
      const hook = gvFetch(vm, 'main::SIG', false)?.hv?.h.get('__DIE__')?.v;
      const cv = vm.img.evals.length === 0 && !hook ? overloadFor(vm, v, '""') : null;
      if (cv) { f.opState = { pc, phase: 'diestr' }; f.pc = pc; return { flow: vm.callSub(cv, [v, undefined, ''], 1, RET.STATE), reexec: true }; }
      return died(vm.die(v));
    }
  }
  let msg = items.map((x) => valStr(vm, val(vm, x))).join('');
  if (msg === '') {
    const prev = gvSv(vm, 'main::@').v;
    if (isRef(prev)) return died(vm.die(prev));
    const p = valStr(vm, prev);
    msg = p !== '' ? p + '\t...propagated' : 'Died';
  }
  if (!msg.endsWith('\n')) msg += where(vm);
  return died(vm.die(msg));
});

def('warn', (vm, args) => {
  let msg = flat(args).map((x) => valStr(vm, val(vm, x))).join('');
  if (msg === '') {
    const p = valStr(vm, gvSv(vm, 'main::@').v);
    msg = p !== '' ? p + '\t...caught' : "Warning: something's wrong";
  }
  if (!msg.endsWith('\n')) msg += where(vm);
  vm.img.pending.push({ depth: vm.img.frames.length, k: 'warn', msg });
  return 1;
});

def('exit', (vm, [x]) => {
  const n = x === undefined ? 0 : Math.trunc(valNum(vm, val(vm, x), vm.frame.warn ? 'exit' : undefined) || 0);
  startExit(vm, n & 0xff);
  return { flow: Flow.SWITCH };
});

def('__die_internal', (vm, [x]) => died(vm.dieMsg(valStr(vm, val(vm, x!)))));

/** One level of the call stack as caller() sees it: a sub (or eval-string/require) frame, or an eval block. */
type CallLevel = { fr: Frame } | { ev: EvalCx; owner: Frame };

/** The frames with the eval blocks that are active in them, outermost first. */
function callLevels(vm: Vm): CallLevel[] {
  const out: CallLevel[] = [];
  const evals = vm.img.evals;
  vm.img.frames.forEach((fr, i) => {
    out.push({ fr });
    for (const ev of evals) if (ev.owner === i && ev.line !== undefined) out.push({ ev, owner: fr });
  });
  return out;
}

def('caller', (vm, [n], want) => {
  const levels = callLevels(vm);
  const level = n === undefined ? 0 : Math.trunc(Number(valStr(vm, val(vm, n))) || 0);
  let idx = levels.length - 1;
  let k = level;
  const isSort = (l: CallLevel): boolean => 'fr' in l && l.fr.kind === 'sort';
  while (idx > 0 && isSort(levels[idx]!)) idx--;
  while (k > 0 && idx > 0) { idx--; k--; }
  if (idx <= 0) return want === 2 ? [] : undefined;
  const cur = levels[idx]!;
  const below = levels[idx - 1]!;
  const belowFr = 'fr' in below ? below.fr : below.owner;
  if ('ev' in cur) {
    const pkg = cur.owner.pkg;
    if (want !== 2) return pkg;
    if (n === undefined) return [pkg, cur.owner.file, cur.ev.line];
    return [pkg, cur.owner.file, cur.ev.line, '(eval)', 0, cur.ev.want === 2 ? 1 : cur.ev.want === 1 ? '' : undefined];
  }
  const fr = cur.fr;
  const pkg = fr.callPkg ?? belowFr.pkg;
  if (want !== 2) return pkg;
  if (n === undefined) return [pkg, belowFr.file, fr.callLine];
  const sub = fr.kind === 'eval' ? '(eval)' : fr.kind === 'require' ? '(eval)' : fr.name;
  // Called from package DB, caller also sets @DB::args to that frame's arguments (perlfunc caller).
  if (vm.frame.pkg === 'DB' && fr.args) {
    const dbArgs = gvAv(vm, 'DB::args');
    clearArgs(vm, dbArgs);
    dbArgs.a = fr.args.a.map((e) => { const c = newSv(); setSv(vm, c, e ? val(vm, e) : undefined); return c; });
  }
  const wantOf = fr.want === 2 ? 1 : fr.want === 1 ? '' : undefined;
  // An eval string or a require: no arguments, and its text (or file) with the is_require flag.
  if (fr.evalText !== undefined) return [pkg, belowFr.file, fr.callLine, sub, 0, wantOf, fr.evalText, fr.kind === 'require' ? 1 : ''];
  return [pkg, belowFr.file, fr.callLine, sub, fr.args ? 1 : '', wantOf];
});

function clearArgs(vm: Vm, av: Av): void {
  const old = av.a;
  av.a = [];
  for (const e of old) if (e) decref(vm, e);
}

def('__SUB__', (vm) => (vm.frame.cv ? mortalRef(vm, vm.frame.cv) : undefined));

/**
 * What an eval string's parser knows of the sub `name` (full name): its
 * prototype, null for none, undefined when it is not defined. Natives have
 * no prototype recorded; upper-case ones are constants (Fcntl, POSIX, Socket).
 */
function definedSubProto(vm: Vm, name: string): string | null | undefined {
  const cv = vm.img.globs.get(name)?.cv;
  if (!cv || !(cv.unit >= 0 || cv.native)) return undefined;
  if (cv.proto !== undefined) return cv.proto;
  const base = cv.name || name.slice(name.lastIndexOf('::') + 2);
  if (cv.native && /^[A-Z][A-Z0-9_]*$/.test(base) && !/^(?:W(?:IF|EXIT|TERM|STOP)|S_IS)/.test(base)) return '';
  return null;
}

/** eval STRING: compile with the caller's lexicals visible; errors go to $@. */
def('eval', (vm, [code, scope], want, pc, f) => {
  const src = valStr(vm, val(vm, code!));
  const es = val(vm, scope!) as unknown as EvalScope;
  vm.img.evalSeq = (vm.img.evalSeq ?? 0) + 1;
  const u = compileSource(src, `(eval ${vm.img.evalSeq})`, { evalScope: es, lookupSub: (name) => definedSubProto(vm, name) });
  if (typeof u === 'string') {
    // Warnings raised before the failure are printed; $@ gets the error alone.
    const cf = lastCompileFailure();
    for (const w of cf?.warnings ?? []) vm.warn(w);
    setSv(vm, gvSv(vm, 'main::@'), cf ? cf.error : u);
    return want === 2 ? [] : undefined;
  }
  const pad = loadUnit(vm, u, f.pad as unknown[]);
  const img = vm.img;
  img.stack.length -= 2;
  f.pc = pc + 4;
  img.evals.push({ owner: img.frames.length, frameDepth: img.frames.length, stackLen: img.stack.length, saveLen: img.save.length, tmpsLen: img.tmps.length, catchPc: pc + 4, want: want === 2 ? 2 : 1 });
  pushUnitFrame(vm, u, pad, 'eval', RET.STACK, want === 0 ? 1 : want);
  vm.img.frames[vm.img.frames.length - 1]!.evalText = src;
  const fr = img.frames[img.frames.length - 1]!;
  fr.args = f.args;
  if (f.args) incref(f.args);
  fr.pkg = es.pkg;
  return { flow: Flow.SWITCH };
});

function reqState(f: Frame, pc: number): OpState {
  if (!f.opState || f.opState.pc !== pc) f.opState = { pc, phase: 'start' };
  return f.opState;
}

/** require Module / require "file" / require VERSION */
def('require', (vm, [x], _w, pc, f) => {
  const v = val(vm, x!);
  if (typeof v === 'number' || (typeof v === 'string' && /^v?5[.\d_]*$/.test(v))) return 1;
  const name = valStr(vm, v);
  const isMod = /^[A-Za-z_][\w]*(::\w+)*$/.test(name) && !name.endsWith('.pm') && !name.endsWith('.pl');
  const rel = isMod ? moduleFile(name) : name;
  const st = reqState(f, pc);
  const r = requireStep(vm, f, pc, st, rel, isMod ? name : null);
  if (!r.done) return { flow: r.flow!, reexec: true };
  f.opState = null;
  if (r.error) return died(vm.die(r.error + where(vm)));
  return r.value as Val;
});

def('do', (vm, [x], want, pc, f) => {
  const rel = valStr(vm, val(vm, x!));
  const st = reqState(f, pc);
  if (st.phase === 'ran') { f.opState = null; const rv = st.ret; return (Array.isArray(rv) ? rv[rv.length - 1] : rv) as Val; }
  const r = requireStep(vm, f, pc, st, rel, null);
  if (!r.done) return { flow: r.flow!, reexec: true };
  f.opState = null;
  if (r.error) { vm.img.errno = 2; return undefined; }
  void want;
  return r.value as Val;
});

/** use Module LIST: require, then Module->import(LIST) with the caller's package. */
def('__use', (vm, [m, callerPkg, imports, on], _w, pc, f) => {
  const mod = valStr(vm, val(vm, m!));
  const st = reqState(f, pc);
  if (st.phase !== 'import' && st.phase !== 'imported') {
    const r = requireStep(vm, f, pc, st, moduleFile(mod), mod);
    if (!r.done) return { flow: r.flow!, reexec: true };
    if (r.error) { f.opState = null; return died(vm.die(`${r.error}${where(vm).replace(/\.\n$/, '.\n')}BEGIN failed--compilation aborted${where(vm)}`)); }
    st.phase = 'import';
  }
  if (st.phase === 'import') {
    st.phase = 'imported';
    if (val(vm, imports!) === undefined && !isList(imports)) { f.opState = null; return ''; }
    const method = valStr(vm, val(vm, on!)) === '0' ? 'unimport' : 'import';
    const cv = resolveMethod(vm, mod, method);
    if (!cv) { f.opState = null; return ''; }
    const list = isList(imports) ? imports : [];
    // A die in the import is a failed BEGIN (lifecycle.ts adds perl's line for it).
    st.useImport = true;
    const req = callAndResume(vm, f, pc, cv, [mod, ...(list as (Val | Sv)[])]);
    vm.img.frames[vm.img.frames.length - 1]!.callPkg = valStr(vm, val(vm, callerPkg!));
    return req;
  }
  f.opState = null;
  return '';
});

function callAndResume(vm: Vm, f: Frame, pc: number, cv: Cv, args: (Val | Sv)[]): FlowReq {
  f.pc = pc;
  return { flow: vm.callSub(cv, args, 0, RET.STATE), reexec: true };
}

def('__use_lib', (vm, [list]) => {
  const inc = gvAv(vm, 'main::INC');
  const dirs = flat([list!]).map((x) => valStr(vm, val(vm, x)));
  inc.a.unshift(...dirs.map((d) => newSv(d)));
  return 1;
});

function parentStep(vm: Vm, pkgItem: Item, list: Item, pc: number, f: Frame, base: boolean): Item | FlowReq {
  const pkg = valStr(vm, val(vm, pkgItem));
  const classes = flat([list]).map((x) => valStr(vm, val(vm, x)));
  const noreq = classes.includes('-norequire');
  const names = classes.filter((c) => c !== '-norequire');
  const st = reqState(f, pc);
  st.i ??= 0;
  while ((st.i as number) < names.length) {
    const cls = names[st.i as number]!;
    const exists = [...vm.img.globs.keys()].some((k) => k.startsWith(cls + '::'));
    if (!noreq && !(base && exists)) {
      const r = requireStep(vm, f, pc, st, moduleFile(cls), cls);
      if (!r.done) return { flow: r.flow!, reexec: true };
      if (r.error && !(base && exists)) { f.opState = null; return died(vm.die(baseError(vm, base, cls, r.error) + where(vm))); }
    }
    st.i = (st.i as number) + 1;
    st.phase = 'start';
    const isa = gvAv(vm, `${pkg}::ISA`);
    if (!isa.a.some((e) => e && e.v === cls)) isa.a.push(newSv(cls));
  }
  f.opState = null;
  const pm = base ? 'base.pm' : 'parent.pm';
  const inc = gvHv(vm, 'main::INC').h;
  if (!inc.has(pm)) inc.set(pm, newSv(`/usr/lib/perl5/${pm}`));
  return 1;
}

/** base.pm's text for a class it could neither find loaded nor load. */
function baseError(vm: Vm, base: boolean, cls: string, error: string): string {
  if (!base || !error.startsWith("Can't locate ")) return error;
  const dirs = gvAv(vm, 'main::INC').a.map((e) => (e ? String(e.v) : '')).join(' ');
  return `Base class package "${cls}" is empty.\n    (Perhaps you need to 'use' the module which defines that package first,\n    or make that module available in @INC (@INC contains: ${dirs}).\n`;
}
def('__use_parent', (vm, [p, l], _w, pc, f) => parentStep(vm, p!, l!, pc, f, false));
def('__use_base', (vm, [p, l], _w, pc, f) => parentStep(vm, p!, l!, pc, f, true));

def('__use_constant', (vm, [p, l]) => {
  const pkg = valStr(vm, val(vm, p!));
  const items = flat([l!]).map((x) => val(vm, x));
  const defineConst = (name: string, vals: Val[]): void => {
    // The constant owns what its references point to (they outlive this statement's temporaries).
    for (const v of vals) if (isRef(v)) incref(v.to);
    const cv: Cv = { t: 'c', rc: 0, unit: -1, sub: -1, captured: [], name, pkg, native: '__const', constVal: vals, proto: '' };
    defineSub(vm, `${pkg}::${name}`, cv);
    gvHv(vm, 'constant::declared').h.set(`${pkg}::${name}`, newSv(1));
  };
  if (items.length === 1 && isRef(items[0]) && items[0].to.t === 'h') {
    for (const [k, sv] of items[0].to.h) defineConst(k, [sv.v]);
  } else if (items.length) defineConst(valStr(vm, items[0]), items.slice(1));
  return 1;
});

def('__push_end', (vm, [c]) => {
  const v = val(vm, c!);
  // An END block is registered once, however often its statement runs (a loop body under -n).
  const cv = isRef(v) && v.to.t === 'c' ? v.to : null;
  if (cv && !vm.img.endBlocks.some((e) => e.unit === cv.unit && e.sub === cv.sub)) { incref(cv); vm.img.endBlocks.push(cv); }
  return 1;
});

export { BLOCKED, gvFetch, subOf };
