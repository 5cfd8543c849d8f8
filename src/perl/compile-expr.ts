/**
 * Expressions. `compileExpr(ctx, node, cx)` leaves exactly one item on the
 * stack for scalar (a scalar) and list (a list) context, none for void.
 */
import type { Node } from './ast.ts';
import { OP } from './opcodes.ts';
import { warnOn } from './warn-compile-registry.ts';
import { protoError } from './diag-proto.ts';
import { BINOP_ID, UNOP_ID, INC, type Cx } from './operators.ts';
import type { SubCtx } from './compiler.ts';
import { compileFunc, compilePrint, compileSort, compileMapGrep } from './compile-func.ts';
import { compileMatch, compileSubst, compileTrans, compileQr } from './compile-regex.ts';
import { compileLoopCtl, compileScopedBlock } from './compile-stmt.ts';
import { compileReturnValue, compileStatements } from './compiler.ts';

/** Finish a scalar-producing sequence for the wanted context. */
function fromScalar(ctx: SubCtx, cx: Cx): void {
  if (cx === 0) ctx.emit(OP.POP);
  else if (cx === 2) ctx.emit(OP.LIST, 1);
}

/** Finish a list-producing sequence for the wanted context (scalar: last element). */
function fromList(ctx: SubCtx, cx: Cx): void {
  if (cx === 0) ctx.emit(OP.POP);
  else if (cx === 1) ctx.emit(OP.TO_SCALAR);
}

export function compileCond(ctx: SubCtx, n: Node): void {
  compileExpr(ctx, n, 1);
}

/** Resolve a variable: lexical slot, or a package name. Reports strict vars. */
export function resolveVar(ctx: SubCtx, sigil: string, name: string, line: number): { slot?: number; global?: string } {
  if (!name.includes('::')) {
    const slot = ctx.lookup(sigil + name);
    if (slot !== undefined) return { slot };
    const our = ctx.ourName(sigil + name);
    if (our) return { global: our };
    // Punctuation variables and ENV, INC, ARGV, STDIN... always live in main, strict or not.
    if (/^(?:_|\d+|\W|\^\w+|ENV|INC|ARGV|ARGVOUT|STDIN|STDOUT|STDERR|SIG)$/.test(name)) return { global: `main::${name}` };
    if (ctx.scope.strictVars && !/^[ab]$/.test(name)) {
      const shown = sigil === '@' || sigil === '%' || sigil === '$' ? sigil : '$';
      ctx.comp.error(`Global symbol "${shown}${name}" requires explicit package name (did you forget to declare "my ${shown}${name}"?)`, line);
    }
    return { global: `${ctx.pkg}::${name}` };
  }
  return { global: name.startsWith('main::') || name.includes('::') ? name : name };
}

/** Push the container of a variable: scalar container, array or hash. */
export function compileVarContainer(ctx: SubCtx, n: Node): void {
  const sigil = n.sigil!;
  const r = resolveVar(ctx, sigil, n.name!, n.line);
  if (r.global !== undefined) ctx.comp.diags.noteGlobal(n, r.global, n.line, ctx.scope.warn);
  if (r.slot !== undefined) ctx.emit(sigil === '$' ? OP.PADSV : sigil === '@' ? OP.PADAV : OP.PADHV, r.slot);
  else ctx.emit(sigil === '$' ? OP.GVSV : sigil === '@' ? OP.GVAV : OP.GVHV, ctx.k(r.global!));
}

/** Push an array aggregate (for push, splice, element access...). `lv` autovivifies refs. */
export function compileArray(ctx: SubCtx, n: Node, lv = 1): void {
  if (n.k === 'var') compileVarContainer(ctx, { ...n, sigil: '@' });
  else if (n.k === 'deref') { innerForDeref(ctx, n.e!, lv); ctx.emit(OP.RV2AV, lv | (ctx.scope.strictRefs ? 2 : 0)); }
  else if (n.k === 'my') compileLvalueVar(ctx, n);
  else { ctx.comp.error('Type of arg 1 must be array (not ' + n.k + ')', n.line); ctx.emit(OP.UNDEF); }
}

/** The reference expression of a deref: vivified as an lvalue when it is a variable or element. */
function innerForDeref(ctx: SubCtx, e: Node, lv: number): void {
  if (lv && (e.k === 'elem' || e.k === 'helem' || (e.k === 'var' && e.sigil === '$'))) compileLvalue(ctx, e);
  else compileExpr(ctx, e, 1);
}

export function compileHash(ctx: SubCtx, n: Node, lv = 1): void {
  if (n.k === 'var') compileVarContainer(ctx, { ...n, sigil: '%' });
  else if (n.k === 'deref') { innerForDeref(ctx, n.e!, lv); ctx.emit(OP.RV2HV, lv | (ctx.scope.strictRefs ? 2 : 0)); }
  else if (n.k === 'my') compileLvalueVar(ctx, n);
  else { ctx.comp.error('Type of arg 1 must be hash (not ' + n.k + ')', n.line); ctx.emit(OP.UNDEF); }
}

/** `my $x` / `my @a` / `my %h` / `our ...`: push the new container(s). */
export function compileLvalueVar(ctx: SubCtx, n: Node): void {
  const items = n.vars!;
  for (const v of items) compileDeclVar(ctx, v, n.decl!);
  if (n.paren || items.length > 1) ctx.emit(OP.LIST, items.length);
}

function compileDeclVar(ctx: SubCtx, v: Node, decl: string): void {
  const sigil = v.sigil!;
  if (sigil === 'undef') { ctx.emit(OP.UNDEF); return; }
  if (decl === 'our') {
    const full = `${ctx.pkg}::${v.name}`;
    if (ctx.scope.ours.get(sigil + v.name) === full) {
      const here = ctx.scope.oursHere?.has(sigil + v.name);
      if (ctx.comp.warn(ctx, 'shadow', `"our" variable ${sigil}${v.name} redeclared`, v.line) && !here) ctx.comp.diags.more('\t(Did you mean "local" instead of "our"?)\n', 'parse');
    }
    (ctx.scope.oursHere ??= new Set()).add(sigil + v.name);
    ctx.scope.ours.set(sigil + v.name, full);
    ctx.comp.diags.declareGlobal(full);
    ctx.emit(sigil === '$' ? OP.GVSV : sigil === '@' ? OP.GVAV : OP.GVHV, ctx.k(full));
    return;
  }
  const slot = ctx.declare(sigil + v.name);
  if (decl === 'state') {
    ctx.emit(OP.STATE, slot, ctx.here() + 3);
    return;
  }
  ctx.emit(sigil === '$' ? OP.PADSV_MY : sigil === '@' ? OP.PADAV_MY : OP.PADHV_MY, slot);
}

/** Compile `n` for assignment: push its container(s). */
export function compileLvalue(ctx: SubCtx, n: Node): void {
  switch (n.k) {
    case 'var':
      if (n.sigil === '$') { compileVarContainer(ctx, n); return; }
      if (n.sigil === '@' || n.sigil === '%') { compileVarContainer(ctx, n); return; }
      break;
    case 'my': compileLvalueVar(ctx, n); return;
    case 'elem': compileArray(ctx, n.l!); compileExpr(ctx, n.r!, 1); ctx.emit(OP.AELEM, 1); return;
    case 'helem': compileHash(ctx, n.l!); compileExpr(ctx, n.r!, 1); ctx.emit(OP.HELEM, 1); return;
    case 'deref':
      if (n.sigil === '*' || n.sigil === '&') break;
      compileExpr(ctx, n.e!, 1);
      if (n.sigil === '$') ctx.emit(OP.RV2SV, 1 | (ctx.scope.strictRefs ? 2 : 0));
      else if (n.sigil === '@') ctx.emit(OP.RV2AV, 1 | (ctx.scope.strictRefs ? 2 : 0));
      else ctx.emit(OP.RV2HV, 1 | (ctx.scope.strictRefs ? 2 : 0));
      return;
    case 'local': compileLocal(ctx, n.e!); return;
    case 'list': {
      if (n.items!.length === 1 && n.paren && (n.items![0]!.k === 'assign' || n.items![0]!.k === 'my' && !n.items![0]!.paren)) { compileLvalue(ctx, n.items![0]!); return; }
      for (const it of n.items!) compileLvalue(ctx, it);
      ctx.emit(OP.LIST, n.items!.length);
      return;
    }
    case 'slice': compileArray(ctx, n.l!); compileExpr(ctx, n.r!, 2); ctx.emit(OP.ASLICE, 1); return;
    case 'hslice': compileHash(ctx, n.l!); compileExpr(ctx, n.r!, 2); ctx.emit(OP.HSLICE, 1); return;
    case 'cond': {
      compileCond(ctx, n.c!);
      const jf = ctx.emitJump(OP.JFALSE);
      compileLvalue(ctx, n.l!);
      const je = ctx.emitJump(OP.JUMP);
      ctx.depth--;
      ctx.patchHere(jf);
      compileLvalue(ctx, n.r!);
      ctx.patchHere(je);
      return;
    }
    case 'func':
      // substr and pos as lvalues are proxies that write through to their string (ref() says LVALUE).
      if (n.name === 'substr' && n.args && n.args.length >= 2 && n.args.length <= 3) { compileExpr(ctx, { ...n, name: '__substr_lv' }, 1); return; }
      if (n.name === 'pos') { compileExpr(ctx, { ...n, name: '__pos_lv', args: n.args?.length ? n.args : [{ k: 'var', line: n.line, sigil: '$', name: 'main::_' } as Node] }, 1); return; }
      if (n.name === 'substr' || n.name === 'undef' || n.name === 'local') { compileExpr(ctx, n, 1); return; }
      break;
    // A list assignment as an lvalue (`chomp(my @l = ...)`) is the list of its targets.
    case 'assign': compileExpr(ctx, n, n.op === '=' && isListLhs(n.l!) ? 2 : 1); return;
    case 'preinc': case 'predec': compileExpr(ctx, n, 1); return;
    case 'lastidx': break;
  }
  compileExpr(ctx, n, 1);
}

function isListLhs(n: Node): boolean {
  if (n.k === 'list') return true;
  if (n.k === 'my') return !!n.paren || n.vars!.some((v) => v.sigil !== '$');
  if (n.k === 'var') return n.sigil === '@' || n.sigil === '%';
  if (n.k === 'deref') return n.sigil === '@' || n.sigil === '%';
  if (n.k === 'slice' || n.k === 'hslice') return true;
  if (n.k === 'local') return isListLhs(n.e!);
  return false;
}

/** `($a, $b) = split ...` without a limit splits into one field more than there are scalars (perlfunc split). */
function splitLimited(r: Node, lhs: Node[]): Node {
  if (r.k !== 'func' || r.name !== 'split' || (r.args?.length ?? 0) >= 3) return r;
  if (!lhs.every((x) => (x.k === 'var' || x.k === 'my') && (x.sigil ?? '$') === '$' && !x.vars)) return r;
  const args = r.args ?? [];
  const pat = args[0] ?? { k: 'str', line: r.line, v: ' ' } as Node;
  const str = args[1] ?? { k: 'var', line: r.line, sigil: '$', name: '_' } as Node;
  return { ...r, args: [pat, str, { k: 'num', line: r.line, v: lhs.length + 1 } as Node] };
}

function compileAssign(ctx: SubCtx, n: Node, cx: Cx): void {
  const l = n.l!;
  if (n.op === '=') {
    if (l.k === 'func' && (l.name === 'vec' || l.name === 'substr') && l.args) {
      // vec(...) = X and substr(...) = X: one builtin that stores into the string.
      const a = l.args;
      const args = l.name === 'vec' ? [...a, n.r!] : [a[0]!, a[1]!, a[2] ?? { k: 'func', line: n.line, name: 'undef', args: [] } as Node, n.r!];
      compileExpr(ctx, { k: 'func', line: n.line, name: l.name === 'vec' ? '__vec_set' : 'substr', args }, cx);
      return;
    }
    if (l.k === 'func' && l.name === 'pos') {
      // pos($s) = N: one builtin that sets the match position.
      const target = l.args?.[0] ?? ({ k: 'var', line: n.line, sigil: '$', name: 'main::_' } as Node);
      compileExpr(ctx, { k: 'func', line: n.line, name: '__pos_set', args: [target, n.r!] }, cx);
      return;
    }
    if (l.k === 'lastidx') {
      compileArray(ctx, l.e!);
      compileExpr(ctx, n.r!, 1);
      ctx.emit(OP.SET_LASTIDX);
      fromScalar(ctx, cx);
      return;
    }
    if (isListLhs(l)) {
      const items = l.k === 'list' ? l.items! : l.k === 'my' && (l.paren || l.vars!.length > 1) ? null : [l];
      compileExpr(ctx, splitLimited(n.r!, items ?? l.vars!), 2);
      if (items) for (const it of items) compileLvalue(ctx, it);
      else for (const v of l.vars!) compileDeclVar(ctx, v, l.decl!);
      const count = items ? items.length : l.vars!.length;
      if (cx === 0) ctx.emit(OP.AASSIGN_VOID, count);
      else ctx.emit(OP.AASSIGN, count, cx);
      return;
    }
    if (l.k === 'my' && l.decl === 'state') {
      const v = l.vars![0]!;
      const slot = ctx.declare(v.sigil! + v.name);
      const j = ctx.emitJump(OP.STATE, slot);
      compileExpr(ctx, n.r!, 1);
      ctx.emit(OP.SWAP);
      ctx.emit(OP.SASSIGN);
      ctx.patchHere(j);
      fromScalar(ctx, cx);
      return;
    }
    const errs = ctx.comp.errors;
    const n0 = errs.length;
    compileExpr(ctx, n.r!, 1);
    const rhsErrors = errs.splice(n0);
    const slot = cx === 0 && l.k === 'var' && l.sigil === '$' && !l.name!.includes('::') ? ctx.lookup('$' + l.name) : undefined;
    if (slot !== undefined) { errs.push(...rhsErrors); ctx.emit(OP.SASSIGN_PAD, slot); return; }
    compileLvalue(ctx, l);
    // perl reports in source order: the left side's diagnostics first.
    errs.push(...rhsErrors);
    ctx.emit(OP.SASSIGN);
    fromScalar(ctx, cx);
    return;
  }
  if (n.op === '//') {
    // DOR jumps with the copy still on the stack when it is defined, so that path pops it.
    compileLvalue(ctx, l);
    ctx.emit(OP.DUP);
    const defined = ctx.emitJump(OP.DOR);
    compileExpr(ctx, n.r!, 1);
    ctx.emit(OP.SWAP);
    ctx.emit(OP.SASSIGN);
    const over = ctx.emitJump(OP.JUMP);
    ctx.patchHere(defined);
    ctx.emit(OP.POP);
    ctx.patchHere(over);
    fromScalar(ctx, cx);
    return;
  }
  if (n.op === '||' || n.op === '&&') {
    compileLvalue(ctx, l);
    ctx.emit(OP.DUP);
    const j = ctx.emitJump(n.op === '||' ? OP.JTRUE : OP.JFALSE);
    compileExpr(ctx, n.r!, 1);
    ctx.emit(OP.SWAP);
    ctx.emit(OP.SASSIGN);
    ctx.patchHere(j);
    fromScalar(ctx, cx);
    return;
  }
  if (isListLhs(l) && (n.op === 'x' || n.op === '.')) {
    ctx.comp.error(`Can't modify array in ${n.op}=`, n.line);
  }
  if (l.k === 'var' && l.sigil === '@' && n.op === 'x') { compileExpr(ctx, l, 2); compileExpr(ctx, n.r!, 1); ctx.emit(OP.REPEAT_LIST); compileLvalue(ctx, l); ctx.emit(OP.AASSIGN, 1, cx); if (cx === 0) ctx.emit(OP.POP); return; }
  compileLvalue(ctx, l);
  compileExpr(ctx, n.r!, 1);
  ctx.emit(OP.OPASSIGN, BINOP_ID.get(n.op!)!, warnInfo(ctx, n.op!, l, n.r!));
  fromScalar(ctx, cx);
}

/** Names of simple variable operands for "Use of uninitialized value $x in ..." (or -1). */
function warnInfo(ctx: SubCtx, _op: string, l: Node | null, r: Node | null): number {
  if (!warnOn(ctx.scope.warn, 'uninitialized')) return -1;
  return ctx.k([varLabel(ctx, l), varLabel(ctx, r)]);
}

/** How perl names a variable in an uninitialized warning ("$x", "$h{"a"}", "$a[0]"). */
export function varLabel(ctx: SubCtx, n: Node | null): string {
  if (!n) return '';
  const short = (name: string): string => name.replace(/^main::/, '');
  if (n.k === 'var' && n.sigil === '$') return '$' + short(n.name!.includes('::') ? n.name! : resolveVar(ctx, '$', n.name!, n.line).global?.replace(/^main::/, '') ?? n.name!);
  if (n.k === 'elem' && n.l!.k === 'var' && (n.r!.k === 'num' || n.r!.k === 'str')) return `$${short(n.l!.name!)}[${n.r!.v}]`;
  // A lexical index is named by its value when the warning is printed (scalar.ts uninitWarn).
  if (n.k === 'elem' && n.l!.k === 'var' && n.r!.k === 'var' && n.r!.sigil === '$' && ctx.lookup('$' + n.r!.name) !== undefined) return `$${short(n.l!.name!)}[\0$${n.r!.name}\0]`;
  if (n.k === 'helem' && n.l!.k === 'var' && n.r!.k === 'var' && n.r!.sigil === '$' && ctx.lookup('$' + n.r!.name) !== undefined) return `$${short(n.l!.name!)}{"\0$${n.r!.name}\0"}`;
  if (n.k === 'helem' && n.l!.k === 'var' && n.r!.k === 'str') return `$${short(n.l!.name!)}{"${n.r!.v}"}`;
  return '';
}

function compileLocal(ctx: SubCtx, e: Node): void {
  switch (e.k) {
    case 'var': {
      if (!e.name!.includes('::') && !ctx.ourName(e.sigil! + e.name!) && ctx.lookup(e.sigil! + e.name!) !== undefined) ctx.comp.croak(`Can't localize lexical variable ${e.sigil}${e.name}`, e.line);
      const name = e.name!.includes('::') ? e.name! : (ctx.ourName(e.sigil! + e.name!) ?? `${ctx.pkg}::${e.name}`);
      // `local *FH` saves every slot of the glob, its handle too (builtins-io __local_glob).
      if (e.sigil === '*') { ctx.emit(OP.CONST, ctx.k(name)); ctx.emit(OP.FUNC, ctx.k('__local_glob'), 1, 1); return; }
      ctx.emit(e.sigil === '$' ? OP.LOCAL_GVSV : e.sigil === '@' ? OP.LOCAL_GVAV : OP.LOCAL_GVHV, ctx.k(name));
      return;
    }
    case 'helem': compileHash(ctx, e.l!); compileExpr(ctx, e.r!, 1); ctx.emit(OP.LOCAL_HELEM); return;
    case 'elem': compileArray(ctx, e.l!); compileExpr(ctx, e.r!, 1); ctx.emit(OP.LOCAL_ELEM); return;
    case 'list': for (const it of e.items!) compileLocal(ctx, it); ctx.emit(OP.LIST, e.items!.length); return;
    case 'deref': if (e.sigil === '$') { compileExpr(ctx, e.e!, 1); ctx.emit(OP.RV2SV, 1); ctx.emit(OP.LOCAL_SV); return; } break;
  }
  ctx.comp.error(`Can't localize that kind of expression`, e.line);
  ctx.emit(OP.UNDEF);
}

export function compileExpr(ctx: SubCtx, n: Node, cx: Cx): void {
  switch (n.k) {
    case 'num': case 'str':
      if (n.k === 'str' && n.name === 'bareword' && ctx.scope.strictVars !== undefined && ctx.scope.strictRefs && !n.maybeClass) { /* class names */ }
      if (n.k === 'str' && n.name === 'bareword' && ctx.scope.strictRefs && cx !== 0 && !isClassLike(n)) {
        ctx.comp.error(`Bareword "${n.v}" not allowed while "strict subs" in use`, n.line);
      }
      if (cx === 0) return;
      ctx.emit(OP.CONST, ctx.k(n.v));
      fromScalar(ctx, cx);
      return;
    case 'interp': {
      for (const p of n.items!) compileExpr(ctx, p, 1);
      ctx.emit(OP.CONCAT_N, n.items!.length);
      fromScalar(ctx, cx);
      return;
    }
    case 'var': return compileVar(ctx, n, cx);
    case 'my': {
      compileLvalueVar(ctx, n);
      if (n.paren || n.vars!.length > 1) { if (cx === 1) ctx.emit(OP.TO_SCALAR); else if (cx === 0) ctx.emit(OP.POP); return; }
      const s = n.vars![0]!.sigil;
      if (s === '$') fromScalar(ctx, cx);
      else if (cx === 2) ctx.emit(OP.FLATTEN);
      else if (cx === 1) ctx.emit(OP.SCALAR_AGG);
      else ctx.emit(OP.POP);
      return;
    }
    case 'elem': compileArray(ctx, n.l!, 1); compileExpr(ctx, n.r!, 1); ctx.emit(OP.AELEM, 0); fromScalar(ctx, cx); return;
    case 'helem': compileHash(ctx, n.l!, 1); compileExpr(ctx, n.r!, 1); ctx.emit(OP.HELEM, 0); fromScalar(ctx, cx); return;
    case 'slice':
      if (n.op === 'list') { compileExpr(ctx, n.l!, 2); compileExpr(ctx, n.r!, 2); ctx.emit(OP.LSLICE); fromList(ctx, cx); return; }
      compileArray(ctx, n.l!, 0); compileExpr(ctx, n.r!, 2); ctx.emit(OP.ASLICE, 0); fromList(ctx, cx); return;
    case 'hslice': compileHash(ctx, n.l!, 0); compileExpr(ctx, n.r!, 2); ctx.emit(OP.HSLICE, 0); fromList(ctx, cx); return;
    case 'kvhslice':
      if (n.op === '{') compileHash(ctx, n.l!, 0); else compileArray(ctx, n.l!, 0);
      compileExpr(ctx, n.r!, 2); ctx.emit(OP.KVSLICE, n.op === '{' ? 1 : 0); fromList(ctx, cx); return;
    case 'deref': return compileDeref(ctx, n, cx);
    case 'lastidx': compileArray(ctx, n.e!, 0); ctx.emit(OP.LASTIDX); fromScalar(ctx, cx); return;
    case 'assign': return compileAssign(ctx, n, cx);
    case 'binop': return compileBinop(ctx, n, cx);
    case 'logop': {
      compileExpr(ctx, n.l!, 1);
      const j = ctx.emitJump(n.op === '&&' ? OP.AND : n.op === '||' ? OP.OR : OP.DOR);
      if (cx === 2 && n.r!.k !== 'return' && n.r!.k !== 'loopctl') {
        // In list context the right side keeps its list (`undef || ()` is empty); the left is one scalar.
        compileExpr(ctx, n.r!, 2);
        const over = ctx.emitJump(OP.JUMP);
        ctx.patchHere(j);
        fromScalar(ctx, cx);
        ctx.patchHere(over);
        return;
      } else compileExpr(ctx, n.r!, n.r!.k === 'return' || n.r!.k === 'loopctl' ? 1 : 1);
      ctx.patchHere(j);
      fromScalar(ctx, cx);
      return;
    }
    case 'unop': compileExpr(ctx, n.e!, 1); ctx.emit(OP.UNOP, UNOP_ID.get(n.op!)!, warnInfo(ctx, n.op!, n.e!, null)); fromScalar(ctx, cx); return;
    case 'preinc': case 'predec': case 'postinc': case 'postdec': {
      compileLvalue(ctx, n.e!);
      const f = n.k === 'preinc' ? INC.PRE_INC : n.k === 'predec' ? INC.PRE_DEC : n.k === 'postinc' ? INC.POST_INC : INC.POST_DEC;
      if (cx === 0) { ctx.emit(OP.INCDEC_VOID, f); return; }
      ctx.emit(OP.INCDEC, f);
      fromScalar(ctx, cx);
      return;
    }
    case 'cond': {
      compileCond(ctx, n.c!);
      const jf = ctx.emitJump(OP.JFALSE);
      const c2: Cx = cx === 0 ? 1 : cx;
      compileExpr(ctx, n.l!, c2);
      const je = ctx.emitJump(OP.JUMP);
      ctx.depth--;
      ctx.patchHere(jf);
      compileExpr(ctx, n.r!, c2);
      ctx.patchHere(je);
      if (cx === 0) ctx.emit(OP.POP);
      return;
    }
    case 'list': {
      if (cx === 2) {
        for (const it of n.items!) compileExpr(ctx, it, 2);
        ctx.emit(OP.LIST, n.items!.length);
        return;
      }
      if (n.items!.length === 0) { if (cx === 1) ctx.emit(OP.UNDEF); return; }
      n.items!.forEach((it, i) => compileExpr(ctx, it, i === n.items!.length - 1 ? cx : 0));
      return;
    }
    case 'anonarray':
      compileExpr(ctx, n.items![0] ?? { k: 'list', line: n.line, items: [] }, 2);
      ctx.emit(OP.ANONLIST); fromScalar(ctx, cx); return;
    case 'anonhash':
      compileExpr(ctx, n.items![0] ?? { k: 'list', line: n.line, items: [] }, 2);
      ctx.emit(OP.ANONHASH); fromScalar(ctx, cx); return;
    case 'anonsub': {
      const idx = ctx.comp.compileSub(ctx, n.sub!);
      ctx.emit(OP.ANONSUB, ctx.k(idx));
      fromScalar(ctx, cx);
      return;
    }
    case 'refgen': return compileRefgen(ctx, n, cx);
    case 'call': case 'dyncall': case 'method': return compileCall(ctx, n, cx);
    case 'func': return n.name === 'sprintf' && n.args?.length ? compileSprintf(ctx, n, cx) : compileFunc(ctx, n, cx);
    case 'print': return compilePrint(ctx, n, cx);
    case 'sort': return compileSort(ctx, n, cx);
    case 'mapgrep': return compileMapGrep(ctx, n, cx);
    case 'match': return compileMatch(ctx, n, cx);
    case 'subst': return compileSubst(ctx, n, cx);
    case 'trans': return compileTrans(ctx, n, cx);
    case 'qr': return compileQr(ctx, n, cx);
    case 'range':
      if (cx !== 2) {
        // The flags tell __flipflop which operands are numeric literals (compared with $.) and whether it is `...`.
        const flags = (n.l!.k === 'num' ? 1 : 0) | (n.r!.k === 'num' ? 2 : 0) | (n.op === '...' ? 4 : 0);
        compileExpr(ctx, n.l!, 1); compileExpr(ctx, n.r!, 1); ctx.emit(OP.CONST, ctx.k(flags)); ctx.emit(OP.FUNC, ctx.k('__flipflop'), 3, 1); fromScalar(ctx, cx); return;
      }
      compileExpr(ctx, n.l!, 1); compileExpr(ctx, n.r!, 1); ctx.emit(OP.RANGE); return;
    case 'filetest': compileExpr(ctx, n.e!, 1); ctx.emit(OP.FILETEST, ctx.k(n.op!)); fromScalar(ctx, cx); return;
    case 'readline': {
      if (n.e) compileExpr(ctx, n.e, 1); else ctx.emit(OP.GV, ctx.k(n.name!.includes('::') ? n.name! : n.name === 'ARGV' ? 'main::ARGV' : `${ctx.pkg}::${n.name}`));
      ctx.emit(OP.READLINE, cx === 2 ? 2 : 1);
      if (cx === 0) ctx.emit(OP.POP);
      return;
    }
    case 'glob': compileExpr(ctx, n.e!, 1); ctx.emit(OP.FUNC, ctx.k('glob'), 1, cx === 2 ? 2 : 1); if (cx === 0) ctx.emit(OP.POP); return;
    case 'backtick': compileExpr(ctx, n.e!, 1); ctx.emit(OP.FUNC, ctx.k('readpipe'), 1, cx === 2 ? 2 : 1); if (cx === 0) ctx.emit(OP.POP); return;
    case 'wantarray': ctx.emit(OP.WANTARRAY); fromScalar(ctx, cx); return;
    case 'local': {
      compileLocal(ctx, n.e!);
      const isAgg = n.e!.k === 'var' && n.e!.sigil !== '$';
      if (n.e!.k === 'list') { if (cx === 1) ctx.emit(OP.TO_SCALAR); else if (cx === 0) ctx.emit(OP.POP); return; }
      if (isAgg) { if (cx === 2) ctx.emit(OP.FLATTEN); else if (cx === 1) ctx.emit(OP.SCALAR_AGG); else ctx.emit(OP.POP); return; }
      fromScalar(ctx, cx);
      return;
    }
    case 'do_block': {
      ctx.pushScope();
      const slot = ctx.newSlot();
      ctx.emit(OP.ENTER, slot);
      const body = n.body!;
      const c2: Cx = cx === 0 ? 0 : cx;
      body.forEach((st, i) => {
        if (i === body.length - 1 && st.k === 'expr' && c2 !== 0) { ctx.emit(OP.NEXTSTATE, st.copLine ?? st.line); compileExpr(ctx, st.e!, c2); ctx.flushPending(); }
        else if (i === body.length - 1 && c2 !== 0 && st.k === 'if' && !st.postfix) compileIfValue(ctx, st, c2);
        else { ctx.emit(OP.NEXTSTATE, st.line); compileStatementsOne(ctx, st); if (i === body.length - 1 && c2 !== 0) ctx.emit(c2 === 2 ? OP.EMPTYLIST : OP.UNDEF); }
      });
      if (body.length === 0 && c2 !== 0) ctx.emit(c2 === 2 ? OP.EMPTYLIST : OP.UNDEF);
      if (c2 !== 0) ctx.emit(OP.RVAL);
      ctx.emit(OP.LEAVE, slot);
      ctx.popScope();
      return;
    }
    case 'eval_block': return compileEvalBlock(ctx, n, cx);
    case 'do_file': compileExpr(ctx, n.e!, 1); ctx.emit(OP.FUNC, ctx.k('do'), 1, cx); if (cx === 0) ctx.emit(OP.POP); return;
    case 'return': {
      const d = ctx.depth;
      compileReturnValue(ctx, n.e);
      ctx.depth = d;
      if (cx !== 0) ctx.emit(OP.UNDEF);
      return;
    }
    case 'loopctl': compileLoopCtl(ctx, n); if (cx === 0) ctx.emit(OP.POP); else if (cx === 2) ctx.emit(OP.LIST, 1); return;
    case 'stringify': compileExpr(ctx, n.e!, 1); ctx.emit(OP.CONCAT_N, 1); fromScalar(ctx, cx); return;
    case 'fh': ctx.emit(OP.GV, ctx.k(fhGlobal(ctx, n))); fromScalar(ctx, cx); return;
  }
  ctx.comp.error(`Unsupported expression (${n.k})`, n.line);
  if (cx !== 0) ctx.emit(OP.UNDEF);
}

/** Glob name of a bareword filehandle. */
/** The glob name of a bareword filehandle node, counted as a mention for "used only once". */
export function fhGlobal(ctx: SubCtx, n: Node): string {
  const full = fhName(ctx, n.name!);
  ctx.comp.diags.noteGlobal(n, full, n.line, ctx.scope.warn);
  return full;
}

export function fhName(ctx: SubCtx, name: string): string {
  if (name.includes('::')) return name;
  if (['STDIN', 'STDOUT', 'STDERR', 'ARGV', 'DATA'].includes(name) && name !== 'DATA') return 'main::' + name;
  return `${ctx.pkg}::${name}`;
}

function isClassLike(n: Node): boolean {
  return !!n.maybeClass && (/^[A-Z]/.test(String(n.v)) || String(n.v).includes('::'));
}

function compileStatementsOne(ctx: SubCtx, st: Node): void {
  compileStatements(ctx, [st], 0, false);
}

function compileIfValue(ctx: SubCtx, st: Node, cx: Cx): void {
  ctx.emit(OP.NEXTSTATE, st.line);
  const ends: number[] = [];
  const d = ctx.depth;
  for (const { c, body } of st.conds!) {
    compileCond(ctx, c);
    const jf = ctx.emitJump(OP.JFALSE);
    compileExpr(ctx, { k: 'do_block', line: st.line, body }, cx);
    ends.push(ctx.emitJump(OP.JUMP));
    ctx.depth = d;
    ctx.patchHere(jf);
  }
  if (st.elseBody) compileExpr(ctx, { k: 'do_block', line: st.line, body: st.elseBody }, cx);
  else ctx.emit(cx === 2 ? OP.EMPTYLIST : OP.UNDEF);
  for (const e of ends) ctx.patchHere(e);
}

function compileEvalBlock(ctx: SubCtx, n: Node, cx: Cx): void {
  const c2: Cx = cx === 0 ? 1 : cx;
  const pc = ctx.emit(OP.EVAL_ENTER, -1, c2);
  ctx.evalCx.push(c2);
  const seq = ctx.pkgSeq;
  compileExpr(ctx, { k: 'do_block', line: n.line, body: n.body! }, c2);
  ctx.evalCx.pop();
  ctx.emit(OP.EVAL_LEAVE);
  const jend = ctx.emitJump(OP.JUMP);
  ctx.code[pc + 1] = ctx.here();
  ctx.patchHere(jend);
  // A die or return out of a block with a package statement: the outer package again.
  if (ctx.pkgSeq !== seq) ctx.emit(OP.SETPKG, ctx.k(ctx.pkg));
  if (cx === 0) ctx.emit(OP.POP);
}

function compileVar(ctx: SubCtx, n: Node, cx: Cx): void {
  if (n.sigil === '$') { compileVarContainer(ctx, n); fromScalar(ctx, cx); return; }
  if (n.sigil === '@' || n.sigil === '%') {
    compileVarContainer(ctx, n);
    if (cx === 2) ctx.emit(OP.FLATTEN);
    else if (cx === 1) ctx.emit(OP.SCALAR_AGG);
    else ctx.emit(OP.POP);
    return;
  }
  if (n.sigil === '*') { ctx.emit(OP.GV, ctx.k(fhName(ctx, n.name!))); fromScalar(ctx, cx); return; }
  ctx.comp.error('Unsupported variable', n.line);
}

function compileDeref(ctx: SubCtx, n: Node, cx: Cx): void {
  const strict = ctx.scope.strictRefs ? 2 : 0;
  compileExpr(ctx, n.e!, 1);
  switch (n.sigil) {
    case '$': ctx.emit(OP.RV2SV, strict); fromScalar(ctx, cx); return;
    case '@': case '%':
      ctx.emit(n.sigil === '@' ? OP.RV2AV : OP.RV2HV, strict);
      if (cx === 2) ctx.emit(OP.FLATTEN); else if (cx === 1) ctx.emit(OP.SCALAR_AGG); else ctx.emit(OP.POP);
      return;
    case '*': ctx.emit(OP.RV2GV); fromScalar(ctx, cx); return;
    case '&': ctx.emit(OP.GVAV, ctx.k('main::_')); ctx.emit(OP.FLATTEN); ctx.emit(OP.CALLDYN, cx); if (cx === 0) ctx.emit(OP.POP); return;
  }
}

function compileBinop(ctx: SubCtx, n: Node, cx: Cx): void {
  if (n.op === 'x' && n.l!.k === 'list' && n.l!.paren) {
    compileExpr(ctx, n.l!, 2);
    compileExpr(ctx, n.r!, 1);
    ctx.emit(OP.REPEAT_LIST);
    fromList(ctx, cx);
    return;
  }
  compileExpr(ctx, n.l!, 1);
  compileExpr(ctx, n.r!, 1);
  // Under `use integer` the arithmetic, comparison and bit operators have integer versions (perlop "Integer Arithmetic").
  const iop = ctx.scope.integer && BINOP_ID.has('i' + n.op!) ? 'i' + n.op! : n.op!;
  ctx.emit(OP.BINOP, BINOP_ID.get(iop)!, warnInfo(ctx, n.op!, n.l!, n.r!));
  fromScalar(ctx, cx);
}

/** sprintf FORMAT, LIST: as the builtin's arguments (format in scalar context), one SPRINTF. */
function compileSprintf(ctx: SubCtx, n: Node, cx: Cx): void {
  // A lone scalar variable or constant needs no list around it (SPRINTF takes both).
  const single = (a: Node): boolean => (a.k === 'var' && a.sigil === '$') || a.k === 'num' || a.k === 'str';
  n.args!.forEach((a, i) => compileExpr(ctx, a, i === 0 || single(a) ? 1 : 2));
  ctx.emit(OP.SPRINTF, n.args!.length, cx);
  if (cx === 0) ctx.emit(OP.POP);
}

function compileRefgen(ctx: SubCtx, n: Node, cx: Cx): void {
  const e = n.e!;
  if (e.k === 'list' && e.paren || (e.k === 'my' && e.paren)) {
    compileExpr(ctx, e, 2);
    ctx.emit(OP.REFGEN_LIST);
    fromList(ctx, cx);
    return;
  }
  if (e.k === 'call' && e.amp && !e.args) {
    ctx.emit(OP.CONST, ctx.k(e.name!.includes('::') ? e.name! : `${ctx.pkg}::${e.name}`));
    ctx.emit(OP.FUNC, ctx.k('__coderef'), 1, 1);
    fromScalar(ctx, cx);
    return;
  }
  if (e.k === 'dyncall' && e.amp && !e.args) {
    compileExpr(ctx, e.e!, 1);
    ctx.emit(OP.FUNC, ctx.k('__coderef'), 1, 1);
    fromScalar(ctx, cx);
    return;
  }
  if ((e.k === 'var' || e.k === 'deref') && (e.sigil === '@' || e.sigil === '%')) {
    if (e.sigil === '@') compileArray(ctx, e); else compileHash(ctx, e);
  } else if (e.k === 'my' && e.vars!.length === 1 && e.vars![0]!.sigil !== '$') compileLvalueVar(ctx, e);
  else if (e.k === 'var' && e.sigil === '*') ctx.emit(OP.GV, ctx.k(fhName(ctx, e.name!)));
  else if (e.k === 'anonsub') compileExpr(ctx, e, 1);
  else if (e.k === 'str' && e.version !== undefined) {
    // A v-string literal keeps its magic: ref(\v1.2) is VSTRING.
    ctx.emit(OP.CONST, ctx.k(e.v));
    ctx.emit(OP.CONST, ctx.k(e.version));
    ctx.emit(OP.FUNC, ctx.k('__vstring'), 2, 1);
  } else if (e.k === 'num' || (e.k === 'str' && e.name !== 'bareword')) ctx.emit(OP.CONST_RO, ctx.k(e.v));
  else compileLvalue(ctx, e);
  ctx.emit(OP.REFGEN);
  fromScalar(ctx, cx);
}

/** Compile call arguments as one list. */
export function compileArgs(ctx: SubCtx, args: Node[]): void {
  for (const a of args) compileExpr(ctx, a, 2);
  ctx.emit(OP.LIST, args.length);
}

/** A list whose elements get aliased (sub arguments, foreach, map/grep): literals become read-only containers. */
export function compileAliasedList(ctx: SubCtx, args: Node[]): void {
  for (const a of args) compileAliased(ctx, a);
  ctx.emit(OP.LIST, args.length);
}

function compileAliased(ctx: SubCtx, n: Node): void {
  if (n.k === 'num' || (n.k === 'str' && n.name !== 'bareword')) { ctx.emit(OP.CONST_RO, ctx.k(n.v)); ctx.emit(OP.LIST, 1); return; }
  if (n.k === 'list') { compileAliasedList(ctx, n.items!); return; }
  compileExpr(ctx, n, 2);
}

function compileCall(ctx: SubCtx, n: Node, cx: Cx): void {
  const want = cx;
  const to = n.k === 'call' && /(^|::)goto$/.test(n.name!) && !n.amp && n.args?.length === 1 ? n.args[0]! : undefined;
  if (to) {
    // `goto &name` / `goto &$code`: the current sub's frame is replaced by the call.
    if (!(to.amp && !to.args && (to.k === 'call' || to.k === 'dyncall'))) compileExpr(ctx, to, 1);
    else if (to.k === 'call') ctx.emit(OP.CONST, ctx.k(to.name!.includes('::') ? to.name! : `${ctx.pkg}::${to.name}`)); else compileExpr(ctx, to.e!, 1);
    ctx.emit(OP.GOTO_SUB);
    if (cx === 0) ctx.emit(OP.POP);
    return;
  }
  if (n.k === 'call') {
    const name = n.name!.includes('::') ? n.name! : `${ctx.pkg}::${n.name}`;
    const proto = n.amp ? undefined : ctx.comp.protos.get(name);
    const bad = proto === undefined ? null : protoError(n, name, proto, ctx.comp.file);
    if (bad) ctx.comp.errors.push(bad);
    if (n.amp && !n.args) {
      ctx.emit(OP.CALL_AMP, ctx.k(name), want);
    } else {
      compileAliasedList(ctx, n.args ?? []);
      ctx.emit(OP.CALL, ctx.k(name), want);
    }
  } else if (n.k === 'dyncall') {
    compileExpr(ctx, n.e!, 1);
    if (n.amp && !n.args) { ctx.emit(OP.GVAV, ctx.k('main::_')); ctx.emit(OP.FLATTEN); }
    else compileAliasedList(ctx, n.args ?? []);
    ctx.emit(OP.CALLDYN, want | (ctx.scope.strictRefs ? 4 : 0));
  } else {
    const inv = n.e!;
    if (n.dynMethod) {
      compileExpr(ctx, n.dynMethod, 1);
      // The invocant is a scalar (`gmtime(...)->ymd` calls the override in scalar context).
      compileExpr(ctx, inv, 1);
      for (const a of n.args ?? []) compileExpr(ctx, a, 2);
      ctx.emit(OP.LIST, 1 + (n.args ?? []).length);
      ctx.emit(OP.METHOD_DYN, want);
    } else {
      compileExpr(ctx, inv.k === 'str' ? { ...inv, name: undefined } : inv, 1);
      for (const a of n.args ?? []) compileExpr(ctx, a, 2);
      ctx.emit(OP.LIST, 1 + (n.args ?? []).length);
      ctx.emit(OP.METHOD, ctx.k(n.name!.startsWith('SUPER::') ? `${ctx.pkg}::${n.name}` : n.name!), want);
    }
  }
  if (cx === 0) ctx.emit(OP.POP);
}

export { compileScopedBlock };
