/**
 * Between-instruction work and the ends of a process: the pending queue
 * (DESTROY calls, closes of freed handles, warnings), die/eval unwinding,
 * and exit: main's lexicals freed, END blocks, global destruction, final
 * flush of every handle, then exit(2).
 */
import { EBADF, EINVAL, strerror } from '../abi/errno.ts';
import { Flow } from './flow.ts';
import type { Vm } from './vm.ts';
import { RET, type Frame } from './image.ts';
import { decref, freeTmps, setSv } from './refcount.ts';
import { isRef, newSv, type Cv, type Io, type Referent, type Val } from './values.ts';
void newSv;
import { resolveMethod, gvFetch, gvSv } from './symbols.ts';
import { ioAppend, ioClose, ioFlush, ioPrevError } from './io.ts';
import { valStr } from './scalar.ts';

type WarnPending = { k: 'warn'; msg: string; appended?: boolean; raw?: boolean; at?: string };

/** Process the first pending action. */
export function processPending(vm: Vm): number {
  const img = vm.img;
  const p = img.pending[0]!;
  switch (p.k) {
    case 'destroy': {
      img.pending.shift();
      const cv = resolveMethod(vm, p.cls, 'DESTROY');
      if (!cv || img.frames.length === 0 && !img.exit) { decref(vm, p.obj); return 0; }
      const sv = newSv();
      setSv(vm, sv, { t: 'r', to: p.obj });
      const r = vm.callSub(cv, [sv], 0, RET.DROP, 'destroy');
      decref(vm, sv);
      decref(vm, p.obj);
      return r;
    }
    case 'close': {
      // A handle freed while open is closed; a failure is warned about (doio.c io_close, warn_on_fail).
      const prev = p.io.pipePid === undefined ? ioPrevError(p.io) : 0;
      const r = ioClose(vm, p.io);
      if (r === Flow.BLOCK) return r;
      img.pending.shift();
      const errno = r < 0 ? -r : prev;
      const msg = `Warning: unable to close filehandle ${p.io.name} properly: ${strerror(errno)}`;
      if (errno && img.frames.length) vm.warn(msg);
      else if (errno && img.exit?.at && img.exit.phase === 'end') img.pending.push({ depth: 0, k: 'warn', msg: `${msg} at ${img.exit.at.file} line ${img.exit.at.line}.\n` } as never);
      return 0;
    }
  }
  const w = p as unknown as WarnPending;
  const handler = gvFetch(vm, 'main::SIG', false)?.hv?.h.get('__WARN__');
  const hv = handler?.v;
  if (!w.appended && !w.raw && hv !== undefined && !img.warnHandlerDepth) {
    const cv = codeOf(vm, hv);
    if (cv) {
      img.pending.shift();
      img.warnHandlerDepth++;
      return vm.callSub(cv, [w.msg], 0, RET.DROP, 'signal');
    }
  }
  const err = gvFetch(vm, 'main::STDERR', false)?.io;
  if (!err) { img.pending.shift(); return 0; }
  if (!w.appended) { flushStdoutFirst(vm); ioAppend(vm, err, w.msg, w.raw ? 'die' : 'warn', w.at); w.appended = true; }
  const r = ioFlush(vm, err);
  if (r === Flow.BLOCK) return r;
  img.pending.shift();
  return 0;
}

function flushStdoutFirst(_vm: Vm): void { /* perl does not flush STDOUT before warnings */ }

/** The Cv a %SIG/$SIG{__WARN__} value names (code ref or sub name). */
export function codeOf(vm: Vm, v: Val): Cv | null {
  if (isRef(v) && v.to.t === 'c') return v.to;
  if (typeof v === 'string' && v !== '' && v !== 'IGNORE' && v !== 'DEFAULT') {
    const g = gvFetch(vm, v.includes('::') ? v : `main::${v}`, false);
    return g?.cv ?? null;
  }
  return null;
}

/**
 * Begin the exit sequence with `status` (frames are unwound first). `last` is
 * the frame that just returned when the main program fell off its end: its
 * line is where warnings of the exit's closes point (perl's PL_curcop).
 */
export function startExit(vm: Vm, status: number, last?: Frame): void {
  const img = vm.img;
  const top = last ?? img.frames[img.frames.length - 1];
  const at = top ? { file: top.file, line: top.line } : undefined;
  // Lexicals of the running frames go first (objects in `my` variables are destroyed in the RUN phase).
  // An exit or die inside an END block leaves that block; the remaining END blocks still run.
  while (img.frames.length) {
    const f = img.frames.pop()!;
    vm.unwindSave(f.saveFloor);
    freeTmps(vm, f.tmpsFloor);
    releaseFramePad(vm, f);
  }
  img.stack.length = 0;
  img.evals.length = 0;
  if (img.exit) { img.exit.status = status; img.childStatus = status; return; }
  img.exit = { status, phase: 'end', idx: 0, at };
}

/** ${^GLOBAL_PHASE} (perlvar): a program's lexicals freed at exit still go in RUN, before the first END block. */
export function globalPhase(vm: Vm): string {
  const ex = vm.img.exit;
  if (!ex) return vm.img.phase ?? 'RUN';
  if (ex.phase === 'end') return ex.idx === 0 ? vm.img.phase ?? 'RUN' : 'END';
  return 'DESTRUCT';
}

/**
 * perl's croak_no_mem: "Out of memory!" goes to STDERR, bypassing
 * $SIG{__WARN__} and after the warnings already queued, and the process
 * exits with status 1 (END blocks still run, handles are flushed).
 */
export function outOfMemory(vm: Vm): number {
  startExit(vm, 1);
  vm.img.pending.push({ depth: 0, k: 'warn', msg: 'Out of memory!\n', raw: true });
  return Flow.SWITCH;
}

function releaseFramePad(vm: Vm, f: Frame): void {
  const pad = f.pad as unknown[];
  for (let i = 0; i < pad.length; i++) {
    const c = pad[i] as Referent | undefined;
    if (c && typeof c === 'object' && (c.t === 's' || c.t === 'a' || c.t === 'h')) decref(vm, c);
    pad[i] = undefined;
  }
  if (f.args) decref(vm, f.args);
}

/** Continue the exit sequence; returns Flow.BLOCK when a flush blocks. */
export function runExitSequence(vm: Vm): number {
  const img = vm.img;
  const ex = img.exit!;
  if (ex.phase === 'end') {
    // END blocks see the exit status in $? and may change it (perlmod "BEGIN, UNITCHECK, ...").
    // perl's END blocks start with $! = EINVAL (left by its run-time teardown): a die there exits 22.
    if (ex.idx === 0) { ex.idx = 1; img.childStatus = ex.status; img.errno = EINVAL; }
    if (img.endBlocks.length) {
      const cv = img.endBlocks.pop()!;
      return vm.callSub(cv, [], 0, RET.DROP, 'end');
    }
    if (ex.aborted) {
      ex.aborted = false;
      img.pending.push({ depth: 0, k: 'warn', msg: 'END failed--call queue aborted.\n' } as never);
      return 0;
    }
    ex.status = img.childStatus & 0xffff;
    ex.phase = 'destruct';
    img.globalDestruct = true;
    queueGlobalDestruction(vm);
    return 0;
  }
  if (ex.phase === 'destruct') {
    ex.phase = 'flush';
    return 0;
  }
  if (ex.phase === 'flush') {
    for (const io of allHandles(vm)) {
      const r = ioFlush(vm, io);
      if (r === Flow.BLOCK) return r;
      if (r < 0 && !isStd(vm, io)) (io as Io & { gdWarn?: boolean }).gdWarn = true;
    }
    if (warnFailedCloses(vm) === Flow.BLOCK) return Flow.BLOCK;
    ex.phase = 'done';
  }
  vm.sys.exit(ex.status > 255 ? ex.status >> 8 : ex.status & 0xff);
  return Flow.STOP;
}

/** Every blessed object still alive with a DESTROY method (cycles and globals). */
function queueGlobalDestruction(vm: Vm): void {
  const seen = new Set<unknown>();
  const found: Referent[] = [];
  const walk = (x: unknown): void => {
    if (typeof x !== 'object' || x === null || seen.has(x)) return;
    seen.add(x);
    const r = x as Referent & { t: string };
    if ((r as { t: string }).t === 'r') { walk((x as { to: unknown }).to); return; }
    if (r.blessed !== undefined && !r.destroyed && vm.hasDestroy(r.blessed)) found.push(r);
    if (r.t === 's') walk((r as { v: unknown }).v);
    else if (r.t === 'a') for (const e of (r as { a: unknown[] }).a) walk(e);
    else if (r.t === 'h') for (const e of (r as { h: Map<string, unknown> }).h.values()) walk(e);
    else if (r.t === 'c') for (const e of (r as { captured: unknown[] }).captured) walk(e);
    else if (r.t === 'g') { const g = r as unknown as { sv?: unknown; av?: unknown; hv?: unknown; cv?: unknown }; walk(g.sv); walk(g.av); walk(g.hv); walk(g.cv); }
  };
  // Most recently blessed first, as perl's arena sweep tends to go.
  for (const o of [...vm.img.objects].reverse()) if (!o.destroyed && o.rc > 0 && o.blessed !== undefined && vm.hasDestroy(o.blessed)) found.push(o);
  void walk;
  for (const r of found) {
    r.destroyed = true;
    r.rc++;
    vm.img.pending.push({ depth: vm.img.frames.length, k: 'destroy', obj: r, cls: r.blessed! });
  }
}

function isStd(vm: Vm, io: Io): boolean {
  return ['STDIN', 'STDOUT', 'STDERR'].some((n) => vm.img.globs.get(`main::${n}`)?.io === io);
}

/** A handle still open at exit with a failed write: perl's close in global destruction warns (default on). */
function warnFailedCloses(vm: Vm): number {
  const err = gvFetch(vm, 'main::STDERR', false)?.io;
  for (const io of vm.img.handles) {
    const st = io as Io & { gdWarn?: boolean };
    if (io.mode === 'closed' || isStd(vm, io) || !(st.gdWarn || ioPrevError(io))) continue;
    const errno = ioPrevError(io) || EBADF;
    st.gdWarn = false;
    io.err = false;
    if (err && err.mode !== 'closed') ioAppend(vm, err, `Warning: unable to close filehandle properly: ${strerror(errno)} during global destruction.\n`);
  }
  return err ? ioFlush(vm, err) : 0;
}

function allHandles(vm: Vm): Io[] {
  const out: Io[] = [];
  for (const g of vm.img.globs.values()) if (g.io && g.io.mode !== 'closed' && g.io.wbuf !== '') out.push(g.io);
  for (const io of vm.img.handles) if (io.mode !== 'closed' && io.wbuf !== '' && !out.includes(io)) out.push(io);
  return out;
}

/** die: unwind to the innermost eval, or report and exit. */
export function dieImpl(vm: Vm, value: Val, noHook = false): number {
  const img = vm.img;
  const hook = noHook ? undefined : gvFetch(vm, 'main::SIG', false)?.hv?.h.get('__DIE__')?.v;
  if (hook !== undefined && !img.inDieHook) {
    const cv = codeOf(vm, hook);
    if (cv) {
      img.inDieHook = true;
      img.pendingDie = value;
      return vm.callSub(cv, [value], 0, RET.DROP, 'diehook' as Frame['kind']);
    }
  }
  const ev = img.evals[img.evals.length - 1];
  value = beginFailed(vm, value, ev ? ev.frameDepth : 0);
  // A die inside DESTROY (with no eval of its own) becomes a warning.
  for (let i = img.frames.length - 1; i >= 0 && (!ev || i >= ev.frameDepth); i--) {
    const f = img.frames[i]!;
    if (f.kind === 'destroy') {
      // "(in cleanup)" is a 'misc' warning: printed only where warnings are on.
      const warn = img.frames[img.frames.length - 1]!.warn;
      unwindFrames(vm, i);
      if (warn) img.pending.push({ depth: img.frames.length, k: 'warn', msg: `\t(in cleanup) ${valStr(vm, value)}` } as never);
      return Flow.SWITCH;
    }
  }
  if (!ev) {
    const msg = valStr(vm, value);
    // An uncaught die's message goes to STDERR itself, not through $SIG{__WARN__}.
    img.pending.push({ depth: img.frames.length, k: 'warn', msg, raw: true, at: vm.where() });
    const errno = img.errno;
    const child = img.childStatus >> 8;
    if (img.exit) img.exit.aborted = true;
    startExit(vm, errno ? errno : child ? child : 255);
    img.endBlocks.length = img.endBlocks.length;
    return Flow.SWITCH;
  }
  img.evals.pop();
  const keep = isRef(value) ? value.to : null;
  if (keep) keep.rc++;
  unwindFrames(vm, ev.frameDepth);
  vm.unwindSave(ev.saveLen);
  freeTmps(vm, ev.tmpsLen);
  img.stack.length = ev.stackLen;
  img.stack.push(ev.want === 2 ? [] : undefined);
  const at = gvSv(vm, 'main::@');
  setSv(vm, at, value);
  if (keep) decref(vm, keep);
  const f = img.frames[img.frames.length - 1]!;
  f.pc = ev.catchPc;
  f.opState = null;
  return Flow.SWITCH;
}

/**
 * A die that leaves a `use`'s import (a frame at or above `depth` waiting in
 * __use) ends its BEGIN: perl adds "BEGIN failed--compilation aborted".
 */
function beginFailed(vm: Vm, value: Val, depth: number): Val {
  if (typeof value !== 'string' || value.includes('BEGIN failed--compilation aborted')) return value;
  for (let i = vm.img.frames.length - 1; i >= depth; i--) {
    const f = vm.img.frames[i]!;
    if (!f.opState?.useImport) continue;
    return `${value}BEGIN failed--compilation aborted${f.line ? ` at ${f.file} line ${f.line}` : ''}.\n`;
  }
  return value;
}

/** Pop frames above index `depth - 1` (so `depth` frames remain). */
function unwindFrames(vm: Vm, depth: number): void {
  const img = vm.img;
  while (img.frames.length > depth) {
    const f = img.frames.pop()!;
    vm.unwindSave(f.saveFloor);
    freeTmps(vm, f.tmpsFloor);
    img.stack.length = f.base;
    releaseFramePad(vm, f);
    if (f.cv) decref(vm, f.cv);
    if (f.kind === 'signal' && img.warnHandlerDepth) img.warnHandlerDepth--;
  }
}
