/**
 * Compiler from the syntax tree to bytecode (opcodes.ts). This file holds
 * the per-sub emitter (pads, lexical scopes, closures, jumps, stack depth)
 * and statements; compile-expr.ts does expressions and compile-func.ts the
 * builtins' argument shapes.
 */
import type { Node, SubDef } from './ast.ts';
import { addUnit, type CompiledSub, type LoopRange, type Unit } from './code.ts';
import { OP, OPS, opLen, checkStackDepth } from './opcodes.ts';
import { compileExpr, compileCond } from './compile-expr.ts';
import { BINOP_ID, type Cx } from './operators.ts';
import { STD_WARNINGS, runtimeWarnFlag, type WarnState } from './warn-compile-registry.ts';
import { CompileError } from './diag-error.ts';
import { CompileDiags, type DiagPhase } from './diag-collect.ts';

export { CompileError };

interface Scope { names: Map<string, number>; strictVars: boolean; strictRefs: boolean; warn: WarnState; ours: Map<string, string>; integer?: boolean; oursHere?: Set<string>; pkg?: string }

export interface LoopInfo {
  label?: string;
  depth: number;
  floorSlot: number;
  bodySlot: number;
  nexts: number[];
  lasts: number[];
  redoTarget: number;
  pkgSeq?: number;
  start?: number;
}

/** Lexical names visible to a string eval: name -> outer pad slot. */
export interface EvalScope { names: [string, number][]; pkg: string; strictVars: boolean; strictRefs: boolean; warn?: WarnState; ours: [string, string][]; subs?: string[]; protos?: [string, string][] }

/** Emitter for one sub (or the main body). */
export class SubCtx {
  readonly code: number[] = [];
  readonly consts: unknown[] = [];
  private constIdx = new Map<unknown, number>();
  readonly padNames: string[] = [];
  readonly captures: { outer: number; inner: number }[] = [];
  scopes: Scope[] = [];
  loops: LoopInfo[] = [];
  /** Contexts of the `eval { }` blocks being compiled: a `return` inside one ends the eval. */
  evalCx: Cx[] = [];
  /** Counts `package` statements compiled (a loop exit restores the package when its body had one). */
  pkgSeq = 0;
  /** Every loop of the sub, for last/next from a called sub. */
  loopTable: LoopRange[] = [];
  depth = 0;
  line = 0;
  /** Pending lexicals: declared in the current statement, visible from the next. */
  pendingNames: [string, number][] = [];
  /** This sub's index in the unit. */
  index = 0;

  constructor(
    readonly comp: Compiler,
    readonly parent: SubCtx | null,
    readonly name: string,
    public pkg: string,
    inherit?: Scope,
    readonly evalScope?: EvalScope,
  ) {
    this.scopes.push({
      names: new Map(),
      strictVars: inherit?.strictVars ?? evalScope?.strictVars ?? false,
      strictRefs: inherit?.strictRefs ?? evalScope?.strictRefs ?? false,
      warn: inherit?.warn ?? evalScope?.warn ?? STD_WARNINGS,
      ours: new Map(inherit?.ours ?? evalScope?.ours ?? []),
    });
  }

  get scope(): Scope { return this.scopes[this.scopes.length - 1]!; }

  /** Add (or reuse) a constant; returns its index. */
  k(v: unknown): number {
    const key = typeof v === 'string' ? 's:' + v : typeof v === 'number' ? 'n:' + v : v;
    const hit = this.constIdx.get(key);
    if (hit !== undefined) return hit;
    this.consts.push(v);
    this.constIdx.set(key, this.consts.length - 1);
    return this.consts.length - 1;
  }

  /** Emit one instruction; tracks stack depth. Returns its pc. */
  emit(op: number, ...operands: number[]): number {
    const pc = this.code.length;
    const info = OPS[op]!;
    if (operands.length !== info.operands.length) throw new Error(`bad operand count for ${info.name}`);
    if (op === OP.NEXTSTATE) {
      const on = runtimeWarnFlag(this.scope.warn);
      operands[0] = (operands[0]! << 2) | (on && this.scope.warn.fatal ? 2 : 0) | (on ? 1 : 0);
    }
    this.code.push(op, ...operands);
    if (op === OP.POPTO) { this.depth = operands[0]!; return pc; }
    const pops = typeof info.pops === 'number' ? info.pops : operands[Number(info.pops.slice(1))]! + (info.popsExtra ?? 0);
    this.depth += info.pushes - pops;
    if (info.flow === 'keep') this.depth += 0;
    return pc;
  }

  /** Emit a jump-family op with a target to patch later; returns the operand position. */
  emitJump(op: number, ...pre: number[]): number {
    const pc = this.emit(op, ...pre, -1);
    return pc + opLen(op) - 1;
  }

  /** Emit a jump with a placeholder in operand `which` (index) and return its position. */
  patchHere(pos: number): void { this.code[pos] = this.code.length; }
  patchTo(pos: number, target: number): void { this.code[pos] = target; }
  here(): number { return this.code.length; }

  newSlot(name = ''): number {
    this.padNames.push(name);
    return this.padNames.length - 1;
  }

  /** Declarations still pending in enclosing scopes (a block inside a statement does not publish them). */
  private outerPending: [string, number][][] = [];

  pushScope(): void {
    const s = this.scope;
    this.scopes.push({ names: new Map(), strictVars: s.strictVars, strictRefs: s.strictRefs, warn: s.warn, ours: new Map(s.ours), integer: s.integer, pkg: this.pkg });
    this.outerPending.push(this.pendingNames);
    this.pendingNames = [];
  }

  popScope(): void {
    this.flushPending();
    const s = this.scopes.pop();
    // `package` is scoped to its block: the outer package comes back at its end.
    if (s?.pkg !== undefined && s.pkg !== this.pkg) { this.pkg = s.pkg; this.emit(OP.SETPKG, this.k(s.pkg)); }
    this.pendingNames = this.outerPending.pop() ?? [];
  }

  /** The package in force where the innermost block began. */
  blockPkg(): string { return this.scope.pkg ?? this.pkg; }

  /** Declare a lexical (`$x`, `@a`, `%h`); visible after the current statement. */
  declare(sigilName: string, immediate = false): number {
    const again = this.scope.names.has(sigilName) ? 'scope' : this.pendingNames.some(([n]) => n === sigilName) ? 'statement' : null;
    if (again) this.comp.warn(this, 'shadow', `"my" variable ${sigilName} masks earlier declaration in same ${again}`, this.line);
    const slot = this.newSlot(sigilName);
    if (immediate) this.scope.names.set(sigilName, slot);
    else this.pendingNames.push([sigilName, slot]);
    return slot;
  }

  flushPending(): void {
    for (const [n, s] of this.pendingNames) this.scope.names.set(n, s);
    this.pendingNames = [];
  }

  /** Pad slot of a visible lexical, capturing from enclosing subs as closures do. */
  lookup(sigilName: string): number | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const s = this.scopes[i]!.names.get(sigilName);
      if (s !== undefined) return s;
    }
    if (this.evalScope) {
      const hit = this.evalScope.names.find(([n]) => n === sigilName);
      if (hit) return this.capture(sigilName, hit[1]);
    }
    if (!this.parent) return undefined;
    const outer = this.parent.lookup(sigilName);
    if (outer === undefined) return undefined;
    return this.capture(sigilName, outer);
  }

  private capture(sigilName: string, outer: number): number {
    const inner = this.newSlot(sigilName);
    this.captures.push({ outer, inner });
    this.scopes[0]!.names.set(sigilName, inner);
    return inner;
  }

  /** `our` declarations map a short name to a package variable. */
  ourName(sigilName: string): string | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const s = this.scopes[i]!.ours.get(sigilName);
      if (s !== undefined) return s;
    }
    return undefined;
  }

  /** Snapshot of visible lexicals for a string eval compiled at run time. */
  evalSnapshot(): EvalScope {
    const names = new Map<string, number>();
    const chain: SubCtx[] = [];
    for (let c: SubCtx | null = this; c; c = c.parent) chain.push(c);
    const visible = new Set<string>();
    for (const c of chain) for (const sc of c.scopes) for (const n of sc.names.keys()) visible.add(n);
    for (const n of visible) { const slot = this.lookup(n); if (slot !== undefined) names.set(n, slot); }
    return { names: [...names], pkg: this.pkg, strictVars: this.scope.strictVars, strictRefs: this.scope.strictRefs, warn: this.scope.warn, ours: [...this.scope.ours], subs: this.comp.knownNamedSubs(), protos: [...this.comp.protos] };
  }

  finish(proto?: string): CompiledSub {
    return { name: this.name, pkg: this.pkg, file: this.comp.file, code: this.code, consts: this.consts, nPad: this.padNames.length, padNames: this.padNames, captures: this.captures, proto, line: this.line, parent: this.parent ? this.parent.index : -1, ...(this.loopTable.length ? { loops: this.loopTable } : {}) };
  }
}

/** Compiles one file (or eval string) into a unit. */
export class Compiler {
  readonly subs: CompiledSub[] = [];
  readonly named: { sub: number; name: string; form?: boolean }[] = [];
  /** Formats declared in this unit (a second one of a name is "Format NAME redefined"). */
  readonly formats = new Set<string>();
  readonly errors: string[] = [];
  readonly diags: CompileDiags;
  /** Compiling the main program (not a required file or an eval string). */
  isMain = false;
  /** perl -c: the main program runs its BEGIN and CHECK blocks, then reports "syntax OK" and stops. */
  checkOnly = false;

  constructor(readonly file: string) { this.diags = new CompileDiags(file); }

  /** Named subs this unit defines, and those defined before an eval string was compiled. */
  private readonly definedSubs = new Set<string>();

  /** Prototypes of the named subs compiled so far (and those an eval string sees). */
  readonly protos = new Map<string, string>();

  /** Note the definition of `full`; false when it was already defined (a redefinition). */
  defineNamed(full: string): boolean {
    const known = this.definedSubs.has(full) || (this.evalSubs?.includes(full) ?? false);
    this.definedSubs.add(full);
    return !known;
  }

  /** Named subs visible to the eval string being compiled. */
  private evalSubs: string[] | undefined;

  /** Every named sub known here (for an eval compiled inside this unit). */
  knownNamedSubs(): string[] { return [...new Set([...(this.evalSubs ?? []), ...this.definedSubs])]; }

  /** Blocks that run before the main body, by phase (perlmod "BEGIN, UNITCHECK, CHECK, INIT and END"). */
  readonly phases: { BEGIN: number[]; UNITCHECK: number[] } = { BEGIN: [], UNITCHECK: [] };
  /** The END blocks among phases.BEGIN: registered (not run) where they stand in compile order. */
  readonly endBlocks = new Set<number>();
  /** The CHECK and INIT blocks among phases.BEGIN, queued there; `late`: perl's warning when compiled too late to run. */
  readonly queued = new Map<number, { kind: 'CHECK' | 'INIT'; late: string }>();

  /**
   * Compile a sub whose code `emit` writes (a `use` run at compile time),
   * as a child of `parent`; returns its index.
   */
  compileSubWith(parent: SubCtx, name: string, line: number, emit: (c: SubCtx) => void): number {
    const idx = this.reserve();
    const ctx = new SubCtx(this, parent, `${parent.pkg}::${name}`, parent.pkg, parent.scope);
    ctx.index = idx;
    ctx.line = line;
    emit(ctx);
    ctx.emit(OP.EMPTYLIST);
    ctx.emit(OP.RETURN);
    this.subs[idx] = ctx.finish();
    return idx;
  }

  /**
   * The prologue: compile-time warnings, then BEGIN blocks and `use`s in
   * order (END, CHECK and INIT blocks are registered where they stand), the
   * unit's UNITCHECK blocks last first; for the main program then every
   * queued CHECK block last first and INIT block first first.
   */
  private emitPrologue(ctx: SubCtx, warnings: string[]): void {
    for (const w of warnings) {
      ctx.emit(OP.CONST, ctx.k(w));
      ctx.emit(OP.FUNC, ctx.k('warn'), 1, 0);
      ctx.emit(OP.POP);
    }
    const checkOnly = this.isMain && this.checkOnly;
    // ${^GLOBAL_PHASE} goes START, CHECK, INIT, RUN while the main program is prepared (perlvar).
    const phase = (name: string): void => {
      if (!this.isMain) return;
      ctx.emit(OP.CONST, ctx.k(name));
      ctx.emit(OP.FUNC, ctx.k('__phase'), 1, 0);
      ctx.emit(OP.POP);
    };
    phase('START');
    this.emitBlocks(ctx, [...this.phases.BEGIN, ...[...this.phases.UNITCHECK].reverse()]);
    if (!this.isMain) return;
    phase('CHECK');
    this.emitRunQueue(ctx, 'CHECK');
    if (checkOnly) {
      ctx.emit(OP.CONST, ctx.k(this.file));
      ctx.emit(OP.FUNC, ctx.k('__perl_c_ok'), 1, 0);
      ctx.emit(OP.POP);
      return;
    }
    phase('INIT');
    this.emitRunQueue(ctx, 'INIT');
    phase('RUN');
  }

  /** Run the CHECK or INIT blocks every unit compiled with the main program queued. */
  private emitRunQueue(ctx: SubCtx, kind: 'CHECK' | 'INIT'): void {
    ctx.emit(OP.CONST, ctx.k(kind));
    ctx.emit(OP.FUNC, ctx.k('__run_phase'), 1, 0);
    ctx.emit(OP.POP);
  }

  /** Calls of the phase blocks `run`, in order; an END block is registered instead. */
  private emitBlocks(ctx: SubCtx, run: number[]): void {
    for (const idx of run) {
      const q = this.queued.get(idx);
      if (q) {
        ctx.emit(OP.ANONSUB, ctx.k(idx));
        ctx.emit(OP.CONST, ctx.k(q.kind));
        ctx.emit(OP.CONST, ctx.k(q.late));
        ctx.emit(OP.FUNC, ctx.k('__queue_phase'), 3, 0);
        ctx.emit(OP.POP);
        continue;
      }
      if (this.endBlocks.has(idx)) {
        // `perl -c` runs no END block.
        if (this.isMain && this.checkOnly) continue;
        // One nested in a sub gets that sub's variables when the sub first reaches it (`__bind_end`).
        if (this.subs[idx]!.parent !== ctx.index) {
          ctx.emit(OP.CONST, ctx.k(idx));
          ctx.emit(OP.FUNC, ctx.k('__end_unbound'), 1, 0);
        } else ctx.emit(OP.ANONSUB, ctx.k(idx));
        ctx.emit(OP.FUNC, ctx.k('__push_end'), 1, 0);
        ctx.emit(OP.POP);
        continue;
      }
      ctx.emit(OP.ANONSUB, ctx.k(idx));
      ctx.emit(OP.LIST, 0);
      ctx.emit(OP.CALLDYN, 0);
      ctx.emit(OP.POP);
    }
  }

  /** A fatal compile-time error (perl croaks): compilation stops here. */
  croak(msg: string, line: number): never {
    const warnings = this.diags.warnings;
    throw new CompileError([...warnings, ...this.errors, this.diags.at(msg, line)], true, warnings.length);
  }

  /** A compile-time warning of category `cat` at the current statement of `ctx`. */
  warn(ctx: SubCtx, cat: string, msg: string, line: number, phase: DiagPhase = 'parse'): boolean {
    // The later phases of a sub's code run when the sub is finished, while the program is parsed.
    return this.diags.warn(ctx.scope.warn, cat, this.diags.at(msg, line), false, ctx.parent ? 'parse' : phase);
  }

  error(msg: string, line: number): void {
    this.errors.push(`${msg} at ${this.file} line ${line}.\n`);
  }

  /** Reserve a sub index (so nested subs can refer to it before it is finished). */
  reserve(): number {
    this.subs.push(null as unknown as CompiledSub);
    return this.subs.length - 1;
  }

  /** Compile a whole program body; returns the unit id or throws CompileError. */
  compileUnit(body: Node[], data: string | null, opts: { pkg?: string; evalScope?: EvalScope; strict?: boolean; warnings?: boolean; cacheKey?: string } = {}): number {
    const mainIdx = this.reserve();
    const ctx = new SubCtx(this, null, 'main', opts.evalScope?.pkg ?? opts.pkg ?? 'main', undefined, opts.evalScope);
    // The main program is the unit compiled with neither a package (require) nor an eval scope.
    this.isMain = !opts.pkg && !opts.evalScope;
    this.evalSubs = opts.evalScope?.subs;
    for (const [n, pr] of opts.evalScope?.protos ?? []) this.protos.set(n, pr);
    // The unit starts by jumping to its compile-time warnings (known only at the end).
    const pkg0 = ctx.pkg;
    const toPrologue = ctx.emitJump(OP.JUMP);
    const start = ctx.here();
    compileStatements(ctx, body, opts.evalScope ? 2 : 0, true);
    if (this.isMain) this.diags.usedOnce();
    const warnings = this.diags.warnings;
    if (this.errors.length) throw new CompileError([...warnings, ...this.errors], false, warnings.length);
    ctx.patchHere(toPrologue);
    this.emitPrologue(ctx, warnings);
    if (ctx.pkg !== pkg0) ctx.emit(OP.SETPKG, ctx.k(pkg0));
    ctx.emit(OP.JUMP, start);
    this.subs[mainIdx] = ctx.finish();
    for (const s of this.subs) {
      const err = checkStackDepth(s.code);
      if (err) throw new Error(`internal compiler error in ${s.name}: ${err}`);
    }
    const pkgAtData = ctx.pkg;
    return addUnit((id): Unit => ({ id, file: this.file, subs: this.subs, named: this.named, data, pkgAtData }), opts.cacheKey);
  }

  /** Compile a sub definition; returns its index in the unit. */
  compileSub(parent: SubCtx, def: SubDef): number {
    const idx = this.reserve();
    const fullName = def.name ? (def.name.includes('::') ? def.name : `${parent.pkg}::${def.name}`) : `${parent.pkg}::__ANON__`;
    const ctx = new SubCtx(this, parent, fullName, parent.pkg, parent.scope);
    ctx.index = idx;
    ctx.line = def.line;
    if (def.sig) compileSignature(ctx, def);
    compileStatements(ctx, def.body, 2, true);
    this.subs[idx] = ctx.finish(def.proto);
    return idx;
  }
}

/**
 * Compile a statement list. `valueCx` is the context of the last
 * statement's value when `asReturn` (sub bodies return it).
 */
export function compileStatements(ctx: SubCtx, body: Node[], valueCx: Cx, asReturn: boolean): void {
  // A `my` in any statement (a postfix `if` included) is visible from the next one.
  if (!asReturn) {
    body.forEach((st, i) => { if (i > 0) warnUnreachable(ctx, body[i - 1]!, st); compileStatement(ctx, st); ctx.flushPending(); });
    return;
  }
  const last = body.length - 1;
  body.forEach((st, i) => {
    if (i > 0) warnUnreachable(ctx, body[i - 1]!, st);
    if (i === last) compileTail(ctx, st);
    else { compileStatement(ctx, st); ctx.flushPending(); }
  });
  if (last < 0 || !endsWithValue(body[last]!)) {
    ctx.emit(OP.EMPTYLIST);
    ctx.emit(OP.RETURN);
  }
}

function endsWithValue(st: Node): boolean {
  return (st.k === 'expr' && !st.label) || (st.k === 'if' && !st.postfix && !!st.elseBody) || (st.k === 'block' && !st.label);
}

/** The last statement of a sub: its value is returned in the caller's context. */
function compileTail(ctx: SubCtx, st: Node): void {
  if (st.k === 'expr' && !st.label) {
    ctx.comp.diags.parsed(ctx.scope.warn, st.diags, !!ctx.parent);
    ctx.emit(OP.NEXTSTATE, st.copLine ?? st.line);
    ctx.line = st.line;
    // The main program's last statement is in void context (a sub's or an eval's is its value).
    if (!ctx.parent && ctx.comp.isMain && st.e!.k !== 'return') warnVoid(ctx, st.e!, st.line);
    compileReturnValue(ctx, st.e!.k === 'return' ? st.e!.e : st.e!);
    return;
  }
  if (st.k === 'if' && !st.postfix && st.elseBody) {
    ctx.emit(OP.NEXTSTATE, st.line);
    const ends: number[] = [];
    for (const { c, body } of st.conds!) {
      compileCond(ctx, c);
      // A `my` in the condition is seen by every branch (`if (my $pid = fork) {...} else {...}`).
      ctx.flushPending();
      const jf = ctx.emitJump(OP.JFALSE);
      compileBlockTail(ctx, body);
      ends.push(ctx.emitJump(OP.JUMP));
      ctx.patchHere(jf);
    }
    compileBlockTail(ctx, st.elseBody);
    for (const e of ends) ctx.patchHere(e);
    return;
  }
  if (st.k === 'block' && !st.label) {
    compileBlockTail(ctx, st.body!);
    return;
  }
  compileStatement(ctx, st);
}

function compileBlockTail(ctx: SubCtx, body: Node[]): void {
  ctx.pushScope();
  const slot = ctx.newSlot();
  ctx.emit(OP.ENTER, slot);
  const last = body.length - 1;
  body.forEach((s, i) => (i === last ? compileTail(ctx, s) : compileStatement(ctx, s)));
  if (last < 0 || !endsWithValue(body[last]!)) { ctx.emit(OP.EMPTYLIST); ctx.emit(OP.RETURN); }
  ctx.popScope();
  // RETURN unwinds the save stack itself.
}

/** `return EXPR`: compiled for scalar and list callers; RETURN picks by JWANT. */
export function compileReturnValue(ctx: SubCtx, e: Node | undefined): void {
  const d = ctx.depth;
  const evalCx = ctx.evalCx[ctx.evalCx.length - 1];
  if (evalCx !== undefined) {
    if (e) compileExpr(ctx, e, evalCx); else ctx.emit(evalCx === 2 ? OP.EMPTYLIST : OP.UNDEF);
    ctx.emit(OP.EVAL_RETURN);
    ctx.depth = d;
    return;
  }
  if (!e) { ctx.emit(OP.EMPTYLIST); ctx.emit(OP.RETURN); ctx.depth = d; return; }
  const simple = e.k === 'num' || e.k === 'str' || e.k === 'interp' || (e.k === 'var' && e.sigil === '$');
  if (simple) {
    compileExpr(ctx, e, 1);
    ctx.emit(OP.RETURN);
    ctx.depth = d;
    return;
  }
  const js = ctx.emitJump(OP.JWANT);
  compileExpr(ctx, e, 2);
  ctx.emit(OP.RETURN);
  ctx.depth = d;
  ctx.patchHere(js);
  // The scalar and void versions repeat the list version's diagnostics: keep one set.
  const nErrors = ctx.comp.errors.length;
  const nWarnings = ctx.comp.diags.mark();
  // In void context (wantarray undef) the expression runs in void context too.
  ctx.emit(OP.WANTARRAY);
  const jscalar = ctx.emitJump(OP.DOR);
  compileExpr(ctx, e, 0);
  ctx.emit(OP.EMPTYLIST);
  ctx.emit(OP.RETURN);
  ctx.depth = d + 1;
  ctx.patchHere(jscalar);
  ctx.emit(OP.POP);
  compileExpr(ctx, e, 1);
  ctx.comp.errors.length = nErrors;
  ctx.comp.diags.reset(nWarnings);
  ctx.emit(OP.RETURN);
  ctx.depth = d;
}

function compileSignature(ctx: SubCtx, def: SubDef): void {
  const params = def.sig!;
  const required = params.filter((p) => p.sigil === '$' && !p.defOp).length;
  const slurpy = params.some((p) => p.sigil !== '$');
  const max = slurpy ? -1 : params.length;
  ctx.emit(OP.CONST, ctx.k(required));
  ctx.emit(OP.CONST, ctx.k(max));
  ctx.emit(OP.FUNC, ctx.k('__sigcheck'), 2, 1);
  ctx.emit(OP.POP);
  params.forEach((p, i) => {
    if (!p.name) return;
    const slot = ctx.declare(p.sigil + p.name, true);
    if (p.sigil === '$') {
      const argAt = (): void => {
        ctx.emit(OP.GVAV, ctx.k('main::_'));
        ctx.emit(OP.CONST, ctx.k(i));
        ctx.emit(OP.AELEM, 0);
      };
      if (p.def) {
        ctx.emit(OP.GVAV, ctx.k('main::_'));
        ctx.emit(OP.SCALAR_AGG);
        ctx.emit(OP.CONST, ctx.k(i + 1));
        ctx.emit(OP.BINOP, BINOP_ID.get('>=')!, -1);
        const jelse = ctx.emitJump(OP.JFALSE);
        argAt();
        const jend = ctx.emitJump(OP.JUMP);
        ctx.patchHere(jelse);
        compileExpr(ctx, p.def, 1);
        ctx.patchHere(jend);
      } else argAt();
      ctx.emit(OP.PADSV_MY, slot);
      ctx.emit(OP.SASSIGN);
      ctx.emit(OP.POP);
    } else {
      ctx.emit(OP.GVAV, ctx.k('main::_'));
      ctx.emit(OP.FLATTEN);
      ctx.emit(OP.CONST, ctx.k(i));
      ctx.emit(OP.FUNC, ctx.k('__tail'), 2, 2);
      ctx.emit(p.sigil === '@' ? OP.PADAV_MY : OP.PADHV_MY, slot);
      ctx.emit(OP.AASSIGN, 1, 0);
      ctx.emit(OP.POP);
    }
  });
}

import { compileStatement, warnVoid, warnUnreachable } from './compile-stmt.ts';
export { compileStatement };
