/**
 * The interpreter loop and the machinery every op shares: frames and sub
 * calls (always VM frames, never JS recursion), die/eval unwinding, the
 * pending queue (DESTROY, implicit closes, warnings), deferred signals and
 * the exit sequence. A Vm object is transient: it wraps one image and one
 * Sys for the duration of a `run` call and holds nothing that must survive.
 */
import { ERESTARTSYS } from '../abi/errno.ts';
import type { Sys } from '../abi/sys.ts';
import { subOf, type LoopRange } from './code.ts';
import { RET, type EvalCx, type Frame, type Image, type OpState, type Want, type SaveEntry } from './image.ts';
import { decref, freeTmps, incref, mortalRef, setSv, type RcHost } from './refcount.ts';
import { newAv, newSv, isRef, type Av, type Cv, type Gv, type Sv, type Val, type Referent, type Container } from './values.ts';
import { HANDLERS } from './ops-table.ts';
import { Flow, NATIVE_TABLE } from './flow.ts';
import type { Item } from './scalar.ts';
import { toStr, isList } from './scalar.ts';
import { resolveMethod, gvFetch, gvSv as gvSvOf } from './symbols.ts';
import { processPending, startExit, runExitSequence, outOfMemory } from './lifecycle.ts';
import { batchedSignal, handlerEnded, takeSignal } from './signals.ts';
import { ioClose } from './io.ts';
import { LIMITS } from '../abi/limits.ts';
import { magicSet } from './magic.ts';

/**
 * What one sub call is reckoned to cost (frame, pad, @_, save and operand
 * stack entries): the frame stack may hold the process's memory cap's worth.
 * Past it a call fails as perl's malloc does, with "Out of memory!".
 */
const FRAME_BYTES = 1024;
const MAX_FRAMES = Math.floor(LIMITS.memPerProc / FRAME_BYTES);

/** A warning made fatal by `use warnings FATAL`: thrown from vm.warn, caught by the run loop and turned into a die. */
class FatalWarning {
  constructor(readonly text: string) {}
}

export class Vm implements RcHost {
  steps = 0;
  /** True while ops run (a fatal warning can then unwind to the run loop). */
  private inOps = false;
  budget = 0;
  /** Constants of the code runFrame is executing (handlers read it instead of looking the sub up). */
  consts: unknown[] = [];

  /** sys.sigpending, looked up once: it is asked at every statement. */
  private readonly sigpending: () => number;

  constructor(readonly img: Image, readonly sys: Sys) {
    this.sigpending = sys.sigpending.bind(sys);
  }

  get frame(): Frame { return this.img.frames[this.img.frames.length - 1]!; }

  /** Run up to `budget` steps. Returns the steps used. */
  run(budget: number): number {
    this.steps = 0;
    this.budget = budget;
    const img = this.img;
    while (this.steps < budget) {
      if (this.sys.gone) return Math.max(1, this.steps);
      if (img.retryNative) {
        const { cv, args, want, retMode } = img.retryNative;
        img.retryNative = undefined;
        const r = this.callSub(cv, args, want, retMode);
        if (r === Flow.BLOCK) return Math.max(1, this.steps);
        continue;
      }
      if (img.pending.length && img.pending[0]!.depth >= img.frames.length) {
        const r = processPending(this);
        if (r === Flow.BLOCK) return Math.max(1, this.steps);
        if (r === Flow.SWITCH) continue;
        if (img.pending.length && img.pending[0]!.depth >= img.frames.length) continue;
      }
      if (img.exit && img.frames.length === 0) {
        if (runExitSequence(this) === Flow.BLOCK) return Math.max(1, this.steps);
        if (this.sys.gone) return Math.max(1, this.steps);
        continue;
      }
      if (img.frames.length === 0) { startExit(this, 0); continue; }
      let r: number;
      this.inOps = true;
      try {
        r = this.runFrame();
      } catch (e) {
        if (!(e instanceof FatalWarning)) throw e;
        this.inOps = false;
        this.die(e.text);
        continue;
      }
      this.inOps = false;
      if (r === Flow.BLOCK || r === Flow.YIELD) return Math.max(1, this.steps);
    }
    return this.steps;
  }

  /** Execute instructions of the top frame until it switches, blocks or the budget ends. */
  private runFrame(): number {
    const f = this.frame;
    const sub = subOf(f.unit, f.sub);
    const code = sub.code;
    this.consts = sub.consts;
    const img = this.img;
    const pending = img.pending;
    const handlers = HANDLERS;
    const budget = this.budget;
    let pc = f.pc;
    for (;;) {
      const r = handlers[code[pc]!]!(this, code, pc, f);
      if (r >= 0) {
        pc = r;
        if (++this.steps >= budget || (pending.length !== 0 && pending[0]!.depth >= img.frames.length)) { f.pc = pc; return Flow.SWITCH; }
        continue;
      }
      this.steps++;
      if (r === Flow.BLOCK || r === Flow.YIELD) {
        // A blocked native sub is re-called on resume; its caller has already moved past the call.
        if (!img.retryNative) f.pc = pc;
        return r;
      }
      return r;
    }
  }

  /**
   * perl's CvDEPTH for a call of `cv` about to be pushed as `fr`: the calls of
   * `cv` running, this one included. `cv.top` (the index of its innermost
   * running call) is a hint kept by callSub and returnFrom; when another way
   * out of a frame (die, exit, last) left it stale, the stack is searched once.
   */
  private enterDepth(cv: Cv, fr: { depth?: number; below?: number }): number {
    const frames = this.img.frames;
    let t = cv.top ?? -1;
    if (t >= frames.length || (t >= 0 && frames[t]!.cv !== cv)) {
      t = frames.length - 1;
      while (t >= 0 && frames[t]!.cv !== cv) t--;
    }
    fr.below = t;
    fr.depth = t < 0 ? 1 : (frames[t]!.depth ?? 1) + 1;
    cv.top = frames.length;
    return fr.depth;
  }

  /** perl's "Deep recursion" warning text (perldiag), given when a sub's 100th nested call starts. */
  private recursionWarning(cv: Cv): string {
    const anon = cv.name === '__ANON__' || cv.name === '';
    return anon ? 'Deep recursion on anonymous subroutine' : `Deep recursion on subroutine "${cv.pkg}::${cv.name}"`;
  }

  /** Call a code value as a sub. Sets the caller's pc for the return first. */
  callSub(cv: Cv, args: (Val | Sv)[], want: Want, retMode: 0 | 1 | 2, kind: Frame['kind'] = 'sub', argsAv?: Av): number {
    const caller = this.img.frames[this.img.frames.length - 1];
    if (cv.native) return this.callNative(cv, args, want, retMode);
    if (cv.unit < 0) return this.dieMsg(`Undefined subroutine &${cv.pkg}::${cv.name} called`);
    if (this.img.frames.length >= MAX_FRAMES) return outOfMemory(this);
    // perl warns as the 100th nested call starts, at the caller's line (dying there under FATAL warnings).
    const nest: { depth?: number; below?: number } = {};
    let deep = this.enterDepth(cv, nest) === 100 && caller?.warn ? this.recursionWarning(cv) : null;
    if (deep !== null && caller!.fatal) { this.warn(deep); deep = null; }
    const sub = subOf(cv.unit, cv.sub);
    const pad: unknown[] = new Array(sub.nPad);
    sub.captures.forEach((c, i) => { const x = cv.captured[i]; if (x) { incref(x); pad[c.inner] = x; } });
    let av = argsAv;
    if (!av) {
      av = newAv(args.map((a) => { if (typeof a === 'object' && a !== null && (a as Sv).t === 's') { incref(a as Sv); return a as Sv; } const s = newSv(); setSv(this, s, a as Val); return s; }));
    } else incref(av);
    const fr: Frame = {
      unit: cv.unit, sub: cv.sub, pc: 0, pad, base: this.img.stack.length, want, retMode,
      args: av, saveFloor: this.img.save.length, tmpsFloor: this.img.tmps.length, cv,
      line: sub.line, pkg: sub.pkg, file: sub.file, callLine: caller?.line ?? 0, kind, opState: null,
      name: sub.name, depth: nest.depth, below: nest.below,
    };
    incref(cv);
    const at = deep === null ? '' : this.where();
    this.img.frames.push(fr);
    // The warning is shown before the callee's first statement.
    if (deep !== null) this.img.pending.push({ depth: this.img.frames.length, k: 'warn', msg: deep + at });
    this.img.save.push({ k: 'match', old: this.img.lastMatch });
    return Flow.SWITCH;
  }

  /** Natives are TS functions of a module (Scalar::Util, POSIX...). */
  private callNative(cv: Cv, args: (Val | Sv)[], want: Want, retMode: 0 | 1 | 2): number {
    if (cv.native === '__const') {
      // A scalar constant comes as a read-only scalar, as perl's constant subs return theirs (a list one copies).
      const cvals = cv.constVal ?? [];
      const vals = cvals.length === 1 && !isRef(cvals[0]) ? [{ t: 's', v: cvals[0], rc: 0, ro: true } as Sv] : cvals;
      const caller = this.frame;
      void caller;
      this.deliver(want === 2 ? vals.slice() : vals[vals.length - 1], want, retMode);
      return Flow.SWITCH;
    }
    const own = NATIVE_TABLE.get(cv.native!);
    const r = own ? own(this, args, want) : callNativeImpl(this, cv.native!, args, want);
    if (typeof r === 'object' && r !== null && !Array.isArray(r) && 'flow' in r && !('t' in r)) {
      const flow = (r as { flow: number }).flow;
      // A native that blocks is called again, with the same arguments, when the process resumes.
      if (flow === Flow.BLOCK) this.img.retryNative = { cv, args, want, retMode };
      return flow;
    }
    this.deliver(r as Item, want, retMode);
    return Flow.SWITCH;
  }

  /** Hand a result to the top frame as a finished call would. */
  deliver(result: Item, want: Want, retMode: number): void {
    const f = this.frame;
    if (retMode === RET.STACK) this.img.stack.push(want === 2 ? (isList(result) ? result : [result]) : isList(result) ? lastOf(result) : result);
    else if (retMode === RET.STATE && f.opState) f.opState.ret = result;
  }

  /** Return from the top frame with `result` (a list or a scalar item). */
  returnFrom(result: Item): number {
    const img = this.img;
    const f = img.frames.pop()!;
    let out: Item;
    if (f.want === 2) out = (isList(result) ? result : [result]).map((x) => copyOut(x));
    else if (f.want === 1) out = copyOut(isList(result) ? lastOf(result) : result);
    else out = undefined;
    // Returned references stay alive until the caller's next statement.
    const keep: Referent[] = [];
    const hold = (v: unknown): void => { if (isRef(v)) { incref(v.to); keep.push(v.to); } };
    if (Array.isArray(out)) out.forEach(hold); else hold(out);
    // A signal handler returning (not dying) gets the mask it started under back whole.
    if (f.kind === 'signal') for (let i = f.saveFloor; i < img.save.length; i++) { const e = img.save[i]!; if (e.k === 'sigmask') e.returned = true; }
    this.unwindSave(f.saveFloor);
    freeTmps(this, f.tmpsFloor);
    releasePad(this, f);
    if (f.args) decref(this, f.args);
    if (f.cv) { f.cv.top = f.below; decref(this, f.cv); }
    while (img.evals.length && img.evals[img.evals.length - 1]!.owner >= img.frames.length) img.evals.pop();
    if (f.kind === 'eval') setSv(this, gvSvOf(this, 'main::@'), '');
    if (f.kind === 'signal' && img.warnHandlerDepth) img.warnHandlerDepth--;
    if (f.kind === 'diehook') {
      img.stack.length = f.base;
      img.inDieHook = false;
      return dieImpl(this, img.pendingDie, true);
    }
    img.stack.length = f.base;
    for (const r of keep) img.tmps.push(r);
    // The main program falling off its end exits 0; an END block returning only lets the exit sequence go on.
    if (img.frames.length === 0) { if (!img.exit) startExit(this, 0, f); return Flow.SWITCH; }
    if (f.kind === 'require' && f.retMode === RET.STATE) { this.deliver(out, 1, RET.STATE); return Flow.SWITCH; }
    this.deliver(out, f.want, f.retMode);
    return Flow.SWITCH;
  }

  /** `goto &code`: leave the top (sub) frame and call `cv` in its place, with its @_, context and return slot. */
  gotoSub(cv: Cv): number {
    const img = this.img;
    const f = img.frames.pop()!;
    const args = f.args!;
    incref(args);
    this.unwindSave(f.saveFloor);
    freeTmps(this, f.tmpsFloor);
    releasePad(this, f);
    decref(this, args);
    if (f.cv) { f.cv.top = f.below; decref(this, f.cv); }
    while (img.evals.length && img.evals[img.evals.length - 1]!.owner >= img.frames.length) img.evals.pop();
    img.stack.length = f.base;
    const r = this.callSub(cv, args.a.map((e) => e ?? newSv()), f.want, f.retMode, 'sub', cv.native ? undefined : args);
    decref(this, args);
    if (r === Flow.SWITCH && img.frames.length && img.frames[img.frames.length - 1]!.args === args) {
      const nf = img.frames[img.frames.length - 1]!;
      nf.callLine = f.callLine;
      if (f.callPkg !== undefined) nf.callPkg = f.callPkg;
    }
    return r;
  }

  /**
   * last/next of a loop in a calling frame: leave the frames above it (with
   * perl's "Exiting subroutine via last" warnings) and continue at the loop's
   * exit or next iteration. Undefined when no enclosing frame runs such a loop.
   */
  loopExit(op: 'last' | 'next' | 'redo', label: string | undefined): number | undefined {
    const img = this.img;
    let target = -1;
    let loop: LoopRange | undefined;
    for (let i = img.frames.length - 2; i >= 0 && !loop; i--) {
      const up = img.frames[i + 1]!;
      if (up.kind !== 'sub' && up.kind !== 'eval' && up.kind !== 'require') {
        // A sort block is a pseudo-block: perl says so, then finds no loop.
        if (up.kind === 'sort' && this.frame.warn) {
          const at = this.where();
          for (let j = img.frames.length - 1; j > i + 1; j--) this.warn(`Exiting ${img.frames[j]!.kind === 'sub' ? 'subroutine' : 'eval'} via ${op}${at}`);
          this.warn(`Exiting pseudo-block via ${op}${at}`);
        }
        return undefined;
      }
      const fr = img.frames[i]!;
      for (const l of subOf(fr.unit, fr.sub).loops ?? []) {
        if (op === 'redo' && (l.redo === undefined || l.redo < 0)) continue;
        if (fr.pc < l.from || fr.pc >= l.to || (label !== undefined && l.label !== label)) continue;
        if (!loop || l.from > loop.from) loop = l;
      }
      target = i;
    }
    if (!loop) return undefined;
    const floor = (img.frames[target]!.pad as unknown[])[loop.floorSlot];
    const leaving = (ev: EvalCx): boolean => ev.owner > target || (typeof floor === 'number' && ev.saveLen > floor);
    const warns: string[] = [];
    if (this.frame.warn) {
      // One warning per context left, innermost first: eval blocks, then the frame holding them.
      let e = img.evals.length - 1;
      for (let i = img.frames.length - 1; i >= target; i--) {
        for (; e >= 0 && img.evals[e]!.owner >= i && leaving(img.evals[e]!); e--) if (img.evals[e]!.frameDepth > img.evals[e]!.owner) warns.push('eval');
        if (i > target) warns.push(img.frames[i]!.kind === 'sub' ? 'subroutine' : 'eval');
      }
      const at = this.where();
      for (let k = 0; k < warns.length; k++) warns[k] = `Exiting ${warns[k]} via ${op}${at}`;
      if (warns.length && this.frame.fatal) this.warn(warns[0]!);
    }
    while (img.frames.length > target + 1) {
      const f = img.frames.pop()!;
      this.unwindSave(f.saveFloor);
      freeTmps(this, f.tmpsFloor);
      img.stack.length = f.base;
      releasePad(this, f);
      if (f.args) decref(this, f.args);
      if (f.cv) { f.cv.top = f.below; decref(this, f.cv); }
    }
    const f = this.frame;
    while (img.evals.length && leaving(img.evals[img.evals.length - 1]!)) img.evals.pop();
    img.stack.length = f.base + loop.depth;
    if (op === 'last' && typeof floor === 'number') this.unwindSave(floor);
    if (op === 'redo') {
      const body = (f.pad as unknown[])[loop.bodySlot!];
      if (typeof body === 'number' && img.save.length > body) this.unwindSave(body);
    }
    f.opState = null;
    f.pc = op === 'last' ? loop.last : op === 'next' ? loop.next : loop.redo!;
    for (const msg of warns) img.pending.push({ depth: img.frames.length, k: 'warn', msg });
    return Flow.SWITCH;
  }

  /** Undo save-stack entries down to `floor` (scope exit, local() restore). */
  unwindSave(floor: number): void {
    const save = this.img.save;
    while (save.length > floor) restoreEntry(this, save.pop()!);
  }

  /** The named glob, created on demand. */
  gv(name: string, create = true): Gv | undefined {
    return gvFetch(this, name, create);
  }

  hasDestroy(cls: string): boolean {
    return resolveMethod(this, cls, 'DESTROY') !== null;
  }

  /** Die with a message; " at FILE line N.\n" is appended unless it ends in a newline. */
  dieMsg(msg: string): number {
    return this.die(msg.endsWith('\n') ? msg : `${msg}${this.where()}`);
  }

  /** " at FILE line N.\n", with ", <FH> line M" while a handle has been read from (perl's $. note). */
  where(): string {
    const io = this.img.lastRead;
    let fh = '';
    if (io && io.lines > 0 && io.mode !== 'closed') {
      const sep = this.img.globs.get('main::/')?.sv?.v;
      fh = `, <${io.name === 'ARGV' ? '' : io.name}> ${sep === '\n' ? 'line' : 'chunk'} ${io.lines}`;
    }
    // Code on line 0 (the -M/-n preamble) has no location, as in perl's mess().
    const line = this.frame?.line ?? 0;
    return `${line ? ` at ${this.frame?.file ?? '-e'} line ${line}` : ''}${fh}.\n`;
  }

  /** perl's die: unwind to the innermost eval, or print and exit. */
  die(value: Val): number {
    return dieImpl(this, value);
  }

  /** Queue a warning (goes through $SIG{__WARN__} or to STDERR between ops). */
  warn(msg: string): void {
    const text = msg.endsWith('\n') ? msg : `${msg}${this.where()}`;
    // Under `use warnings FATAL => ...` the warning dies instead, where the op raised it.
    if (this.inOps && this.frame.fatal) throw new FatalWarning(text);
    this.img.pending.push({ depth: this.img.frames.length, k: 'warn', msg: text } as never);
  }

  /** Set or read the resumable state of the op at `pc` in the top frame. */
  opState(pc: number): OpState | null {
    const s = this.frame.opState;
    return s && s.pc === pc ? s : null;
  }

  /** Block handling for a syscall result: true when the op must stop and be re-run. */
  blocked(r: unknown): boolean {
    return r === -ERESTARTSYS;
  }

  /** Deferred signals: take one and start its handler frame. */
  checkSignals(pc: number, f: Frame): number {
    // Nothing pending (the common case): skip the kernel's scan of every signal.
    if (this.sigpending() === 0 && !(this.img.sigBatch && batchedSignal(this))) return 0;
    return takeSignal(this, pc, f);
  }

  str(x: Item): string { return toStr(this, x); }
  mortalRef(r: Referent): Val { return mortalRef(this, r); }
}

function lastOf(l: Item[]): Item {
  return l.length ? l[l.length - 1] : undefined;
}

/** Return values are copies (new values), not the callee's containers. */
function copyOut(x: Item): Val {
  if (typeof x === 'object' && x !== null && (x as Sv).t === 's') return (x as Sv).mg ? readMagic(x as Sv) : (x as Sv).v;
  return x as Val;
}

let readMagic: (sv: Sv) => Val = (sv) => sv.v;
export function setMagicReader(f: (sv: Sv) => Val): void { readMagic = f; }

let callNativeImpl: (vm: Vm, name: string, args: (Val | Sv)[], want: Want) => Item | { flow: number } = () => undefined;
export function setNativeCaller(f: typeof callNativeImpl): void { callNativeImpl = f; }

let dieImpl: (vm: Vm, value: Val, noHook?: boolean) => number = () => Flow.STOP;
export function setDieImpl(f: typeof dieImpl): void { dieImpl = f; }

function releasePad(vm: Vm, f: Frame): void {
  const pad = f.pad as unknown[];
  for (let i = 0; i < pad.length; i++) {
    const c = pad[i];
    if (c && typeof c === 'object' && 'rc' in (c as object) && 't' in (c as object)) {
      const t = (c as Container).t;
      if (t === 's' || t === 'a' || t === 'h') decref(vm, c as Container);
    }
    pad[i] = undefined;
  }
}

/** Restore one save-stack entry. */
export function restoreEntry(vm: Vm, e: SaveEntry): void {
  switch (e.k) {
    case 'clear': {
      const c = e.pad[e.slot] as Container | undefined;
      if (!c) return;
      if (c.rc <= 1 && c.blessed === undefined) {
        if (c.t === 's') { const v = c.v; c.v = undefined; if (isRef(v) && !v.weak) decref(vm, v.to); }
        else if (c.t === 'a') { const a = c.a; c.a = []; for (const x of a) if (x) decref(vm, x); }
        else { const h = c.h; c.h = new Map(); for (const x of h.values()) decref(vm, x); }
      } else {
        e.pad[e.slot] = undefined;
        decref(vm, c);
      }
      return;
    }
    case 'padset': {
      const cur = e.pad[e.slot] as Container | undefined;
      e.pad[e.slot] = e.old;
      if (cur) decref(vm, cur);
      return;
    }
    case 'gvsv': {
      const cur = e.gv.sv; e.gv.sv = e.old; if (cur) decref(vm, cur);
      if (e.old?.mg?.k === 'child') vm.img.childStatus = e.old.v as number;
      else if (e.old?.mg?.k === 'errno') { vm.img.errno = e.old.v as number; e.old.v = undefined; }
      // `local $0`: the process takes its old title back.
      else if (e.old?.mg?.k === 'progname' || e.old?.mg?.k === 'form') magicSet(vm, e.old);
      return;
    }
    case 'gvav': { const cur = e.gv.av; e.gv.av = e.old; if (cur) decref(vm, cur); return; }
    case 'gvhv': { const cur = e.gv.hv; e.gv.hv = e.old; if (cur) decref(vm, cur); return; }
    case 'gvio': {
      const cur = e.gv.io; e.gv.io = e.old; e.gv.cv = e.cv;
      if (cur && cur !== e.old && cur.mode !== 'closed') ioClose(vm, cur);
      return;
    }
    case 'helem': {
      const cur = e.hv.h.get(e.key);
      if (e.old) e.hv.h.set(e.key, e.old); else e.hv.h.delete(e.key);
      if (cur) decref(vm, cur);
      return;
    }
    case 'aelem': { const cur = e.av.a[e.idx]; e.av.a[e.idx] = e.old; if (cur) decref(vm, cur); return; }
    case 'svval': setSv(vm, e.sv, e.old); return;
    case 'release': for (const r of e.refs) decref(vm, r); return;
    case 'match': vm.img.lastMatch = e.old; return;
    case 'selected': vm.img.selected = e.old; return;
    case 'sigmask': handlerEnded(vm, e); return;
  }
}
