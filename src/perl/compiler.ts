/**
 * Compiler from the syntax tree to bytecode (opcodes.ts). This file holds
 * the per-sub emitter (pads, lexical scopes, closures, jumps, stack depth)
 * and statements; compile-expr.ts does expressions and compile-func.ts the
 * builtins' argument shapes.
 */
import type { Node, SubDef } from './ast.ts';
import { addUnit, type CompiledSub, type Unit } from './code.ts';
import { OP, OPS, opLen, checkStackDepth } from './opcodes.ts';
import { compileExpr, compileCond } from './compile-expr.ts';
import { BINOP_ID, type Cx } from './operators.ts';

export class CompileError {
  constructor(readonly messages: string[]) {}
}

interface Scope { names: Map<string, number>; strictVars: boolean; strictRefs: boolean; warnings: boolean; ours: Map<string, string> }

export interface LoopInfo {
  label?: string;
  depth: number;
  floorSlot: number;
  bodySlot: number;
  nexts: number[];
  lasts: number[];
  redoTarget: number;
}

/** Lexical names visible to a string eval: name -> outer pad slot. */
export interface EvalScope { names: [string, number][]; pkg: string; strictVars: boolean; strictRefs: boolean; warnings: boolean; ours: [string, string][] }

/** Emitter for one sub (or the main body). */
export class SubCtx {
  readonly code: number[] = [];
  readonly consts: unknown[] = [];
  private constIdx = new Map<unknown, number>();
  readonly padNames: string[] = [];
  readonly captures: { outer: number; inner: number }[] = [];
  scopes: Scope[] = [];
  loops: LoopInfo[] = [];
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
      warnings: inherit?.warnings ?? evalScope?.warnings ?? false,
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
    if (op === OP.NEXTSTATE) operands[0] = (operands[0]! << 1) | (this.scope.warnings ? 1 : 0);
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
    this.scopes.push({ names: new Map(), strictVars: s.strictVars, strictRefs: s.strictRefs, warnings: s.warnings, ours: new Map(s.ours) });
    this.outerPending.push(this.pendingNames);
    this.pendingNames = [];
  }

  popScope(): void {
    this.flushPending();
    this.scopes.pop();
    this.pendingNames = this.outerPending.pop() ?? [];
  }

  /** Declare a lexical (`$x`, `@a`, `%h`); visible after the current statement. */
  declare(sigilName: string, immediate = false): number {
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
    return { names: [...names], pkg: this.pkg, strictVars: this.scope.strictVars, strictRefs: this.scope.strictRefs, warnings: this.scope.warnings, ours: [...this.scope.ours] };
  }

  finish(proto?: string): CompiledSub {
    return { name: this.name, pkg: this.pkg, file: this.comp.file, code: this.code, consts: this.consts, nPad: this.padNames.length, padNames: this.padNames, captures: this.captures, proto, line: this.line, parent: this.parent ? this.parent.index : -1 };
  }
}

/** Compiles one file (or eval string) into a unit. */
export class Compiler {
  readonly subs: CompiledSub[] = [];
  readonly named: { sub: number; name: string }[] = [];
  readonly errors: string[] = [];

  constructor(readonly file: string) {}

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
    if (opts.warnings) ctx.scope.warnings = true;
    compileStatements(ctx, body, opts.evalScope ? 2 : 0, true);
    this.subs[mainIdx] = ctx.finish();
    if (this.errors.length) throw new CompileError(this.errors);
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
    for (const st of body) { compileStatement(ctx, st); ctx.flushPending(); }
    return;
  }
  const last = body.length - 1;
  body.forEach((st, i) => {
    if (i === last) compileTail(ctx, st);
    else { compileStatement(ctx, st); ctx.flushPending(); }
  });
  if (last < 0 || !endsWithValue(body[last]!)) {
    ctx.emit(OP.EMPTYLIST);
    ctx.emit(OP.RETURN);
  }
}

function endsWithValue(st: Node): boolean {
  return st.k === 'expr' || (st.k === 'if' && !st.postfix && !!st.elseBody) || st.k === 'block';
}

/** The last statement of a sub: its value is returned in the caller's context. */
function compileTail(ctx: SubCtx, st: Node): void {
  if (st.k === 'expr' && !st.label) {
    ctx.emit(OP.NEXTSTATE, st.line);
    ctx.line = st.line;
    compileReturnValue(ctx, st.e!.k === 'return' ? st.e!.e : st.e!);
    return;
  }
  if (st.k === 'if' && !st.postfix && st.elseBody) {
    ctx.emit(OP.NEXTSTATE, st.line);
    const ends: number[] = [];
    for (const { c, body } of st.conds!) {
      compileCond(ctx, c);
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
  // The scalar version repeats the list version's diagnostics: keep one set.
  const nErrors = ctx.comp.errors.length;
  compileExpr(ctx, e, 1);
  ctx.comp.errors.length = nErrors;
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

import { compileStatement } from './compile-stmt.ts';
export { compileStatement };
