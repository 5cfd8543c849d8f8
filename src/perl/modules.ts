/**
 * Compiling source into units and loading them into an image (named subs
 * defined, pad made), `require` through @INC via sys (so reading a module
 * may block like any read), and the registry of native (TS) modules.
 */
import { ENOENT, ERESTARTSYS } from '../abi/errno.ts';
import { O_RDONLY } from '../abi/fcntl.ts';
import { Flow } from './flow.ts';
import type { Vm } from './vm.ts';
import type { OpState, Frame } from './image.ts';
import { Parser } from './parser.ts';
import { Compiler, CompileError, type EvalScope } from './compiler.ts';
import { PerlSyntaxError } from './lexer.ts';
import { cachedUnit, unit, subOf } from './code.ts';
import { addrOf, isRef, newAv, newHv, newSv, type Container, type Cv, type Ref } from './values.ts';
import { val, valStr, type Item } from './scalar.ts';
import { RET } from './image.ts';
import { defineSub, gvAv, gvFetch, gvHv } from './symbols.ts';
import { dataHandleText, fromBytes } from './io.ts';
import { setSv } from './refcount.ts';

/**
 * How the last compileSource that failed went: `fatal` when perl croaked
 * (no "Execution of FILE aborted" line follows), the warnings printed
 * before the failure and the error text proper (what $@ gets from an eval
 * string). Read it right after the failing call.
 */
export interface CompileFailure { fatal: boolean; warnings: string[]; error: string }
let lastFailure: CompileFailure | null = null;
export function lastCompileFailure(): CompileFailure | null { return lastFailure; }

/** Compile source text; returns a unit id or the error text perl would print. */
export function compileSource(src: string, file: string, opts: CompileOpts = {}): number | string {
  lastFailure = null;
  const r = compileText(src, file, opts);
  if (typeof r === 'string' && !lastFailure) lastFailure = { fatal: false, warnings: [], error: r };
  return r;
}

/** lookupSub (eval strings): the prototype of a sub defined by now, null for none, undefined when undefined. */
type CompileOpts = { pkg?: string; evalScope?: EvalScope; firstLine?: number; checkOnly?: boolean; lookupSub?: (fullName: string) => string | null | undefined };

function compileText(src: string, file: string, opts: CompileOpts): number | string {
  const key = opts.evalScope ? undefined : `${file}\0${opts.pkg ?? ''}\0${src}`;
  if (key !== undefined) { const hit = cachedUnit(key); if (hit !== undefined) return hit; }
  try {
    const p = new Parser(src, file, { pkg: opts.evalScope?.pkg ?? opts.pkg, firstLine: opts.firstLine, lookupSub: opts.lookupSub });
    const r = p.parseProgram();
    const c = new Compiler(file);
    c.checkOnly = !!opts.checkOnly;
    return c.compileUnit(r.body, r.data, { pkg: opts.pkg, evalScope: opts.evalScope, cacheKey: key });
  } catch (e) {
    if (e instanceof PerlSyntaxError) {
      if (e.raw) { lastFailure = { fatal: true, warnings: [], error: `${e.msg} at ${file} line ${e.line}.\n` }; return lastFailure.error; }
      const near = e.atEof ? ', at EOF' : e.near === '' ? '' : `, near "${e.near}"`;
      return `${e.msg} at ${file} line ${e.line}${near}\n`;
    }
    if (e instanceof CompileError) {
      lastFailure = { fatal: e.fatal, warnings: e.warnings, error: e.errorText };
      return e.messages.join('');
    }
    return `Internal compiler error: ${String(e)}\n`;
  }
}

/** Define a unit's named subs and return the pad for its main body. */
export function loadUnit(vm: Vm, unitId: number, outerPad?: unknown[]): unknown[] {
  const u = unit(unitId);
  const main = u.subs[0]!;
  const pad: unknown[] = new Array(main.nPad);
  if (outerPad) main.captures.forEach((c) => { const x = outerPad[c.outer] as Container | undefined; if (x) { x.rc++; pad[c.inner] = x; } });
  for (const { sub, name, form } of u.named) {
    if (sub < 0) { declareStub(vm, name); continue; }
    const cs = subOf(unitId, sub);
    const captured = cs.captures.map((c) => {
      if (cs.parent !== 0) return newSv() as Container;
      let x = pad[c.outer] as Container | undefined;
      if (!x) {
        const sig = main.padNames[c.outer]?.[0];
        x = sig === '@' ? newAv() : sig === '%' ? newHv() : newSv();
        pad[c.outer] = x;
      }
      x.rc++;
      return x;
    });
    const cv: Cv = { t: 'c', rc: 0, unit: unitId, sub, captured, name: name.slice(name.lastIndexOf('::') + 2), pkg: name.slice(0, name.lastIndexOf('::')), proto: cs.proto };
    if (form) { cv.rc = 1; cv.form = true; gvFetch(vm, name, true)!.form = cv; } else defineSub(vm, name, cv);
  }
  if (u.data !== null) {
    const g = gvFetch(vm, `${u.pkgAtData}::DATA`, true)!;
    const io = { t: 'io' as const, rc: 1, fd: -1, name: 'DATA', mode: 'r' as const, rbuf: '', wbuf: '', eof: false, lines: 0, autoflush: false, mem: dataHandleText(vm, u.file, u.data) };
    g.io = io;
  }
  return pad;
}

/** A forward declaration's stub body, unless the name already has one. */
function declareStub(vm: Vm, name: string): void {
  const g = gvFetch(vm, name, true)!;
  if (!g.cv) g.cv = { t: 'c', rc: 1, unit: -1, sub: -1, captured: [], name: g.name, pkg: g.pkg };
}

/** A native module: installs its subs when required. */
export type NativeModule = (vm: Vm, pkg: string) => void;
const NATIVES = new Map<string, NativeModule>();
export function registerNative(name: string, m: NativeModule): void { NATIVES.set(name, m); }

/** "Foo::Bar" -> "Foo/Bar.pm" */
export const moduleFile = (name: string): string => name.replace(/::/g, '/') + '.pm';

/**
 * Read a whole file through sys (blocking-safe: progress kept in `st`).
 * Returns the text, a negative errno, or Flow.BLOCK.
 */
export function readWholeFile(vm: Vm, st: OpState, path: string): string | number {
  if (st.fd === undefined) {
    const fd = vm.sys.open(path, O_RDONLY);
    if (fd === -ERESTARTSYS) return Flow.BLOCK;
    if (fd < 0) return fd;
    st.fd = fd;
    st.buf = '';
  }
  for (;;) {
    const r = vm.sys.read(st.fd as number, 65536);
    if (r === -ERESTARTSYS) return Flow.BLOCK;
    if (typeof r === 'number') { vm.sys.close(st.fd as number); st.fd = undefined; return r; }
    if (r.length === 0) break;
    st.buf = (st.buf as string) + fromBytes(r);
  }
  vm.sys.close(st.fd as number);
  st.fd = undefined;
  return st.buf as string;
}

/** Find `rel` along @INC; returns the full path or null. */
export function findInInc(vm: Vm, rel: string): string | null {
  if (rel.startsWith('/') || rel.startsWith('./') || rel.startsWith('../')) {
    return typeof vm.sys.stat(rel) === 'object' ? rel : null;
  }
  for (const e of gvAv(vm, 'main::INC').a) {
    const dir = e ? String(e.v) : '';
    const p = `${dir}/${rel}`;
    const st = vm.sys.stat(p);
    if (typeof st === 'object' && (st.mode & 0o170000) === 0o100000) return p;
  }
  return null;
}

export interface RequireResult { done: boolean; value?: unknown; error?: string; flow?: number }

/**
 * One step of `require`: returns done (already loaded / native), an error
 * message, a Flow code (blocked, or a frame was pushed to run the file).
 */
export function requireStep(vm: Vm, f: Frame, pc: number, st: OpState, rel: string, modName: string | null): RequireResult {
  const inc = gvHv(vm, 'main::INC');
  if (st.phase === 'ran') {
    const ok = st.ret;
    st.phase = 'done';
    const v = Array.isArray(ok) ? ok[ok.length - 1] : ok;
    if (v === undefined || v === '' || v === 0 || v === '0') {
      inc.h.delete(rel);
      return { done: true, error: `${rel} did not return a true value` };
    }
    return { done: true, value: v };
  }
  const have = inc.h.get(rel);
  if (have && have.v !== undefined) return { done: true, value: 1 };
  if (modName && NATIVES.has(modName) && st.phase !== 'reading') {
    NATIVES.get(modName)!(vm, modName);
    const path = findInInc(vm, rel);
    if (!path) { inc.h.set(rel, newSv(`/usr/lib/perl5/${rel}`)); return { done: true, value: 1 }; }
  }
  if (st.phase === 'hook') {
    // A code reference in @INC has answered: nothing (try on), or the source.
    const got = hookSource(vm, st.ret);
    st.ret = undefined;
    if (got === null) { st.phase = 'search'; st.hook = undefined; st.hookPath = undefined; }
    else if (typeof got === 'object') return { done: true, error: `Can't locate ${rel}: ${got.unsupported}` };
    else { st.phase = 'hooked'; st.buf = got; }
  }
  if (st.phase !== 'reading' && st.phase !== 'hooked') {
    const hook = nextHook(vm, st, rel);
    if (hook) {
      st.phase = 'hook';
      st.hook = hook;
      st.hookPath = `/loader/0x${addrOf(hook.to, vm.img).toString(16)}/${rel}`;
      f.pc = pc;
      return { done: false, flow: vm.callSub(hook.to as Cv, [hook, rel], 2, RET.STATE) };
    }
    const path = findInInc(vm, rel);
    if (!path) {
      const dirs = gvAv(vm, 'main::INC').a.map((e) => (e ? String(e.v) : '')).join(' ');
      // A .pm file named by a string gets the hint too (perl's pp_require).
      const asMod = modName ?? (/^[A-Za-z_]\w*(?:\/\w+)*\.pm$/.test(rel) ? rel.slice(0, -3).replace(/\//g, '::') : null);
      const hint = asMod ? ` (you may need to install the ${asMod} module)` : '';
      vm.img.errno = ENOENT;
      // A path from / or ./ or ../ is not looked up along @INC, and perl names only the path.
      if (/^\.{0,2}\//.test(rel)) return { done: true, error: `Can't locate ${rel}` };
      return { done: true, error: `Can't locate ${rel} in @INC${hint} (@INC contains: ${dirs})` };
    }
    st.phase = 'reading';
    st.path = path;
  }
  if (st.phase === 'hooked') { st.phase = 'reading'; st.path = st.hookPath; }
  const text = st.hookPath !== undefined ? st.buf as string : readWholeFile(vm, st, st.path as string);
  if (text === Flow.BLOCK) return { done: false, flow: Flow.BLOCK };
  if (typeof text === 'number') return { done: true, error: `Can't locate ${rel}: ${text}` };
  const u = compileSource(text, st.path as string, { pkg: 'main' });
  if (typeof u === 'string') return { done: true, error: `${u}Compilation failed in require` };
  const sv = newSv();
  // perl keeps the hook itself in %INC for a file a hook supplied.
  setSv(vm, sv, st.hookPath !== undefined ? st.hook as Ref : st.path as string);
  inc.h.set(rel, sv);
  st.phase = 'ran';
  const pad = loadUnit(vm, u);
  f.pc = pc;
  pushUnitFrame(vm, u, pad, 'require', 1);
  vm.img.frames[vm.img.frames.length - 1]!.evalText = rel;
  return { done: false, flow: Flow.SWITCH };
}

/**
 * The first code reference in @INC before the first directory that holds
 * `rel`, starting after the hooks already asked (st.hooksAsked), or null.
 */
function nextHook(vm: Vm, st: OpState, rel: string): Ref | null {
  const asked = (st.hooksAsked as number | undefined) ?? 0;
  let seen = 0;
  for (const e of gvAv(vm, 'main::INC').a) {
    const v = e?.v;
    if (isRef(v) && v.to.t === 'c') {
      if (seen++ < asked) continue;
      st.hooksAsked = seen;
      return v;
    }
    if (isRef(v)) continue;
    const st2 = vm.sys.stat(`${v === undefined ? '' : String(v)}/${rel}`);
    if (typeof st2 === 'object' && (st2.mode & 0o170000) === 0o100000) return null;
  }
  return null;
}

/** What a require hook returned: null to try on, the source, or what is not supported. */
function hookSource(vm: Vm, ret: unknown): string | null | { unsupported: string } {
  const first = Array.isArray(ret) ? ret[0] : ret;
  const v = first === undefined ? undefined : val(vm, first as Item);
  if (!isRef(v)) return null;
  if (v.to.t === 's') return valStr(vm, v.to.v);
  return { unsupported: 'a require hook returning a filehandle or a generator is not supported on this machine' };
}

/** Push the main body of a unit as a frame. retMode 1 delivers its value to the caller's opState. */
export function pushUnitFrame(vm: Vm, unitId: number, pad: unknown[], kind: Frame['kind'], retMode: 0 | 1 | 2, want: 0 | 1 | 2 = 1): void {
  const main = subOf(unitId, 0);
  const caller = vm.img.frames[vm.img.frames.length - 1];
  vm.img.frames.push({
    unit: unitId, sub: 0, pc: 0, pad, base: vm.img.stack.length, want, retMode, args: null,
    saveFloor: vm.img.save.length, tmpsFloor: vm.img.tmps.length, cv: null, line: 1, pkg: main.pkg,
    file: main.file, callLine: caller?.line ?? 0, kind, opState: null, name: kind === 'require' ? 'main::BEGIN' : '(eval)',
  });
}

/** A module's source read through the machine along @INC (for the parser's view of its exports). */
export function moduleSource(vm: Vm, mod: string): string | null {
  const path = findInInc(vm, moduleFile(mod));
  if (!path) return null;
  const fd = vm.sys.open(path, O_RDONLY);
  if (fd < 0) return null;
  let text = '';
  for (let i = 0; i < 256; i++) {
    const r = vm.sys.read(fd, 65536);
    if (typeof r === 'number' || r.length === 0) break;
    text += fromBytes(r);
  }
  vm.sys.close(fd);
  return text;
}
