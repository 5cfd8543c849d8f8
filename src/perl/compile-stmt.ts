/**
 * Statements: if/unless, while/until, C-style for, foreach, bare blocks,
 * labels with last/next/redo, sub/package/use, BEGIN/END.
 */
import type { Node, SubDef } from './ast.ts';
import { OP } from './opcodes.ts';
import { applyWarnings, warnOn } from './warn-compile-registry.ts';
import { parseVersion } from './versions.ts';
import { uselessInVoid } from './diag-opdesc.ts';
import { importedVars } from './exports.ts';
import { compileAliasedList, compileArray, compileExpr, compileCond, compileLvalue, compileLvalueVar } from './compile-expr.ts';
import { compileReturnValue, compileStatements, type LoopInfo, type SubCtx } from './compiler.ts';

export function compileStatement(ctx: SubCtx, st: Node): void {
  ctx.line = st.line;
  ctx.comp.diags.parsed(ctx.scope.warn, st.diags, !!ctx.parent);
  switch (st.k) {
    case 'nop': return;
    case 'expr':
      ctx.emit(OP.NEXTSTATE, st.copLine ?? st.line);
      if (st.e!.k === 'return') compileReturnValue(ctx, st.e!.e);
      else { warnVoid(ctx, st.e!, st.line); compileExpr(ctx, st.e!, 0); }
      ctx.flushPending();
      return;
    case 'if': return compileIf(ctx, st);
    case 'while': return st.postfix ? compileDoWhile(ctx, st) : compileWhile(ctx, st);
    case 'for_c': return compileForC(ctx, st);
    case 'foreach': return compileForeach(ctx, st);
    case 'block': return compileBareBlock(ctx, st);
    case 'sub': return compileSubDecl(ctx, st);
    case 'format': {
      // A format is a sub kept in the glob's format slot (perlform), installed when the unit loads.
      if (ctx.comp.formats.has(st.name!)) ctx.comp.warn(ctx, 'redefine', `Format ${st.name!.replace(/^main::/, '')} redefined`, st.line);
      ctx.comp.formats.add(st.name!);
      const idx = ctx.comp.compileSub(ctx, st.sub!);
      ctx.comp.named.push({ sub: idx, name: st.name!, form: true });
      return;
    }
    case 'package':
      ctx.pkgSeq++;
      if (st.version) setPackageVersion(ctx, st);
      if (st.body) {
        const outer = ctx.pkg;
        ctx.pkg = st.name!;
        ctx.emit(OP.SETPKG, ctx.k(st.name!));
        compileScopedBlock(ctx, st.body);
        ctx.pkg = outer;
        ctx.emit(OP.SETPKG, ctx.k(outer));
      } else { ctx.pkg = st.name!; ctx.emit(OP.SETPKG, ctx.k(st.name!)); }
      return;
    case 'use': return compileUse(ctx, st);
    default:
      ctx.comp.error(`Unsupported statement ${st.k}`, st.line);
  }
}

/** op.c rpeep: a statement after `exec` that is not die, warn or exit. */
export function warnUnreachable(ctx: SubCtx, prev: Node, st: Node): void {
  const isCall = (n: Node | undefined, names: string[]): boolean => n?.k === 'func' && names.includes(n.name!);
  if (prev.k !== 'expr' || !isCall(prev.e, ['exec', '__exec_prog'])) return;
  if (st.k === 'expr' && isCall(st.e, ['exit', 'warn', 'die'])) return;
  if (ctx.comp.warn(ctx, 'exec', 'Statement unlikely to be reached', st.line, 'peep')) ctx.comp.diags.more('\t(Maybe you meant system() when you said exec()?)\n', ctx.parent ? 'parse' : 'peep');
}

/** `package NAME VERSION`: sets $NAME::VERSION (perlfunc package). */
function setPackageVersion(ctx: SubCtx, st: Node): void {
  const v = st.version!;
  const value: Node = { k: 'str', line: st.line, v };
  ctx.emit(OP.NEXTSTATE, st.line);
  compileExpr(ctx, { k: 'assign', line: st.line, op: '=', l: { k: 'var', line: st.line, sigil: '$', name: `${st.name}::VERSION` }, r: value }, 0);
}

/** "Useless use of ... in void context" (op.c scalarvoid) for a statement's value. */
export function warnVoid(ctx: SubCtx, e: Node, line: number): void {
  const isLexical = (v: Node): boolean => !v.name!.includes('::') && ctx.lookup(v.sigil! + v.name) !== undefined;
  const what = uselessInVoid(e, isLexical);
  if (what) ctx.comp.warn(ctx, 'void', `Useless use of ${what} in void context`, line, 'void');
}

/** A block with its own lexical scope (ENTER/LEAVE). */
export function compileScopedBlock(ctx: SubCtx, body: Node[]): void {
  ctx.pushScope();
  const slot = ctx.newSlot();
  ctx.emit(OP.ENTER, slot);
  compileStatements(ctx, body, 0, false);
  ctx.emit(OP.LEAVE, slot);
  ctx.popScope();
}

function compileIf(ctx: SubCtx, st: Node): void {
  ctx.emit(OP.NEXTSTATE, st.line);
  const ends: number[] = [];
  for (const { c, body } of st.conds!) {
    if (st.postfix) {
      compileCond(ctx, c);
      ctx.flushPending();
      const jf = ctx.emitJump(OP.JFALSE);
      const inner = body[0]!;
      if (inner.k === 'expr' && inner.e!.k === 'return') compileReturnValue(ctx, inner.e!.e);
      else if (inner.k === 'expr') { warnVoid(ctx, inner.e!, inner.line); compileExpr(ctx, inner.e!, 0); }
      else compileStatement(ctx, inner);
      ctx.patchHere(jf);
      return;
    }
    ctx.pushScope();
    const slot = ctx.newSlot();
    ctx.emit(OP.ENTER, slot);
    compileCond(ctx, c);
    ctx.flushPending();
    ctx.emit(OP.KEEPMATCH, slot);
    const jf = ctx.emitJump(OP.JFALSE);
    compileStatements(ctx, body, 0, false);
    ctx.emit(OP.LEAVE, slot);
    if (ctx.pkg !== ctx.blockPkg()) ctx.emit(OP.SETPKG, ctx.k(ctx.blockPkg()));
    ends.push(ctx.emitJump(OP.JUMP));
    ctx.patchHere(jf);
    ctx.emit(OP.LEAVE, slot);
    ctx.popScope();
  }
  if (st.elseBody) compileScopedBlock(ctx, st.elseBody);
  for (const e of ends) ctx.patchHere(e);
}

function newLoop(ctx: SubCtx, label: string | undefined): LoopInfo {
  const loop: LoopInfo = { label, depth: ctx.depth, floorSlot: ctx.newSlot(), bodySlot: ctx.newSlot(), nexts: [], lasts: [], redoTarget: -1, start: ctx.here(), pkgSeq: ctx.pkgSeq };
  ctx.loops.push(loop);
  return loop;
}

/** `next`/`last` skip the body's end: where they land, the loop's package comes back. */
function pkgFence(ctx: SubCtx, loop: LoopInfo): void {
  if (ctx.pkgSeq !== loop.pkgSeq) ctx.emit(OP.SETPKG, ctx.k(ctx.pkg));
}

function closeLoop(ctx: SubCtx, loop: LoopInfo, nextTarget: number, lastTarget: number): void {
  for (const n of loop.nexts) ctx.patchTo(n, nextTarget);
  for (const l of loop.lasts) ctx.patchTo(l, lastTarget);
  ctx.loopTable.push({ label: loop.label, from: loop.start!, to: ctx.here(), depth: loop.depth, floorSlot: loop.floorSlot, next: nextTarget, last: lastTarget, bodySlot: loop.bodySlot, redo: loop.redoTarget });
  ctx.loops.pop();
}

function compileWhile(ctx: SubCtx, st: Node): void {
  ctx.emit(OP.NEXTSTATE, st.line);
  const loop = newLoop(ctx, st.label);
  ctx.pushScope();
  ctx.emit(OP.ENTER, loop.floorSlot);
  const top = ctx.here();
  ctx.emit(OP.NEXTSTATE, st.line);
  compileWhileCond(ctx, st);
  ctx.flushPending();
  const jend = ctx.emitJump(st.until ? OP.JTRUE : OP.JFALSE);
  loop.redoTarget = ctx.here();
  ctx.emit(OP.ENTER, loop.bodySlot);
  ctx.pushScope();
  compileStatements(ctx, st.body!, 0, false);
  ctx.popScope();
  finishLoop(ctx, st, loop, top, jend);
}

/**
 * The end of a loop's body: the `next` target, the continue block, the jump
 * back to `top`, and the exit (where `jend` lands and `last` goes).
 */
function finishLoop(ctx: SubCtx, st: Node, loop: LoopInfo, top: number, jend: number): void {
  const cont = ctx.here(); pkgFence(ctx, loop);
  ctx.emit(OP.LEAVE, loop.bodySlot);
  if (st.cont) compileScopedBlock(ctx, st.cont);
  ctx.emit(OP.JUMP, top);
  const end = ctx.here(); pkgFence(ctx, loop);
  ctx.patchTo(jend, end);
  ctx.emit(OP.LEAVE, loop.floorSlot);
  ctx.popScope();
  closeLoop(ctx, loop, cont, end);
}

/** `while (<FH>)` and `while (my $l = <FH>)` test definedness and assign $_. */
function compileWhileCond(ctx: SubCtx, st: Node): void {
  const c = st.c!;
  if (c.k === 'readline' || c.k === 'glob' || (c.k === 'func' && (c.name === 'readline' || c.name === 'shift' || c.name === 'each' || c.name === 'readdir'))) {
    if (c.k === 'func' && c.name !== 'readline' && c.name !== 'readdir') { compileCond(ctx, c); return; }
    const assign: Node = { k: 'assign', line: c.line, op: '=', l: { k: 'var', line: c.line, sigil: '$', name: 'main::_' }, r: c };
    compileExpr(ctx, { k: 'func', line: c.line, name: 'defined', args: [assign] }, 1);
    return;
  }
  if (c.k === 'assign' && c.op === '=' && (c.r!.k === 'readline' || c.r!.k === 'glob' || (c.r!.k === 'func' && (c.r!.name === 'readline' || c.r!.name === 'readdir' || c.r!.name === 'shift')))) {
    compileExpr(ctx, { k: 'func', line: c.line, name: 'defined', args: [c] }, 1);
    return;
  }
  compileCond(ctx, c);
}

function compileDoWhile(ctx: SubCtx, st: Node): void {
  ctx.emit(OP.NEXTSTATE, st.line);
  const top = ctx.here();
  const body = st.body![0]!;
  compileExpr(ctx, body.e!, 0);
  compileCond(ctx, st.c!);
  ctx.emit(st.until ? OP.JFALSE : OP.JTRUE, top);
}

function compileForC(ctx: SubCtx, st: Node): void {
  ctx.emit(OP.NEXTSTATE, st.line);
  ctx.pushScope();
  const loop = newLoop(ctx, st.label);
  ctx.emit(OP.ENTER, loop.floorSlot);
  if (st.init) { compileExpr(ctx, st.init, 0); ctx.flushPending(); }
  const top = ctx.here();
  let jend = -1;
  if (st.c) {
    compileCond(ctx, st.c);
    ctx.flushPending();
    jend = ctx.emitJump(OP.JFALSE);
  }
  loop.redoTarget = ctx.here();
  ctx.emit(OP.ENTER, loop.bodySlot);
  ctx.pushScope();
  compileStatements(ctx, st.body!, 0, false);
  ctx.popScope();
  const cont = ctx.here(); pkgFence(ctx, loop);
  ctx.emit(OP.LEAVE, loop.bodySlot);
  if (st.step) compileExpr(ctx, st.step, 0);
  ctx.emit(OP.JUMP, top);
  const end = ctx.here(); pkgFence(ctx, loop);
  if (jend >= 0) ctx.patchTo(jend, end);
  ctx.emit(OP.LEAVE, loop.floorSlot);
  ctx.popScope();
  closeLoop(ctx, loop, cont, end);
}

/** ITER_NEXT operand 1: how the loop variable is bound. */
export const ITER_VAR = { PAD: 0, GLOBAL: 1 } as const;

function compileForeach(ctx: SubCtx, st: Node): void {
  ctx.emit(OP.NEXTSTATE, st.line);
  ctx.pushScope();
  const loop = newLoop(ctx, st.label);
  const iter = ctx.newSlot();
  ctx.emit(OP.ENTER, loop.floorSlot);
  const rng = st.e!.k === 'range' ? st.e! : st.e!.k === 'list' && st.e!.items?.length === 1 && st.e!.items[0]!.k === 'range' ? st.e!.items[0]! : null;
  if (rng) {
    compileExpr(ctx, rng.l!, 1);
    compileExpr(ctx, rng.r!, 1);
    ctx.emit(OP.ITER_RANGE, iter);
  } else {
    // foreach aliases its list, so `for (@{ $h{k} })` vivifies $h{k} as perl does.
    const only = st.e!.k === 'list' && st.e!.items?.length === 1 ? st.e!.items[0]! : st.e!;
    if (only.k === 'deref' && only.sigil === '@' && ['elem', 'helem'].includes(only.e!.k)) { compileArray(ctx, only, 1); ctx.emit(OP.FLATTEN); }
    else if (only.k === 'func' && only.name === 'substr') { compileLvalue(ctx, only); ctx.emit(OP.LIST, 1); }
    else compileAliasedList(ctx, [st.e!]);
    ctx.emit(OP.ITER_INIT, iter);
  }
  let kind: number = ITER_VAR.GLOBAL;
  let which = ctx.k('main::_');
  const v = st.l;
  if (v && v.k === 'my') {
    const name = '$' + v.vars![0]!.name!;
    if (v.decl === 'our') which = ctx.k(`${ctx.pkg}::${v.vars![0]!.name}`);
    else { kind = ITER_VAR.PAD; which = ctx.declare(name, true); }
  } else if (v) {
    const slot = v.name!.includes('::') ? undefined : ctx.lookup('$' + v.name);
    if (slot !== undefined) { kind = ITER_VAR.PAD; which = slot; }
    else which = ctx.k(v.name!.includes('::') ? v.name! : `${ctx.ourName('$' + v.name) ?? ctx.pkg + '::' + v.name}`);
  }
  const top = ctx.here();
  const jend = ctx.emitJump(OP.ITER_NEXT, iter, kind, which);
  loop.redoTarget = ctx.here();
  ctx.emit(OP.ENTER, loop.bodySlot);
  ctx.pushScope();
  if (st.postfix) {
    const inner = st.body![0]!;
    if (inner.k === 'expr') compileExpr(ctx, inner.e!, 0);
    else compileStatement(ctx, inner);
  } else compileStatements(ctx, st.body!, 0, false);
  ctx.popScope();
  finishLoop(ctx, st, loop, top, jend);
}

/** A bare block is a loop that runs once (last/next leave it). */
function compileBareBlock(ctx: SubCtx, st: Node): void {
  ctx.pushScope();
  const loop = newLoop(ctx, st.label);
  ctx.emit(OP.ENTER, loop.floorSlot);
  loop.redoTarget = ctx.here();
  compileStatements(ctx, st.body!, 0, false);
  const end = ctx.here();
  ctx.emit(OP.LEAVE, loop.floorSlot);
  ctx.popScope();
  closeLoop(ctx, loop, end, end);
}

/** last/next/redo LABEL: unwind scopes and jump (loops are static within a sub). */
export function compileLoopCtl(ctx: SubCtx, n: Node): void {
  let loop: LoopInfo | undefined;
  for (let i = ctx.loops.length - 1; i >= 0; i--) {
    if (!n.label || ctx.loops[i]!.label === n.label) { loop = ctx.loops[i]; break; }
  }
  if (!loop) {
    const d = ctx.depth;
    // The loop may be in a calling sub (perl's "Exiting subroutine via last").
    ctx.emit(OP.LOOPCTL_DYN, ctx.k(n.label ? `Label not found for "${n.op} ${n.label}"` : `Can't "${n.op}" outside a loop block`));
    ctx.depth = d + 1;
    return;
  }
  const d = ctx.depth;
  ctx.emit(OP.POPTO, loop.depth);
  if (n.op === 'last') { ctx.emit(OP.LEAVE, loop.floorSlot); loop.lasts.push(ctx.emitJump(OP.JUMP)); }
  else if (n.op === 'next') loop.nexts.push(ctx.emitJump(OP.JUMP));
  else { ctx.emit(OP.LEAVE, loop.bodySlot); ctx.emit(OP.JUMP, loop.redoTarget); }
  ctx.depth = d + 1;
}

function compileSubDecl(ctx: SubCtx, st: Node): void {
  const def = st.sub!;
  const name = def.name!;
  if ((def as { forward?: boolean }).forward) {
    // `sub NAME;` leaves a stub: `exists &NAME` is true, `defined &NAME` false.
    const full = name.includes('::') ? name : `${ctx.pkg}::${name}`;
    ctx.comp.named.push({ sub: -1, name: full });
    return;
  }
  if (name === 'BEGIN') {
    // BEGIN { $^W = 1 } (what -w compiles to) turns on warnings where no pragma rules.
    if (def.body.some(setsDollarW)) ctx.scope.warn = { ...ctx.scope.warn, dollarW: true };
    if (ctx.parent) { compileScopedBlock(ctx, def.body); return; }
    ctx.comp.phases.BEGIN.push(ctx.comp.compileSub(ctx, { ...def, body: [beginGuard(ctx, def)] }));
    return;
  }
  if (name === 'UNITCHECK' && !ctx.parent) {
    ctx.comp.phases.UNITCHECK.push(ctx.comp.compileSub(ctx, def));
    return;
  }
  if ((name === 'CHECK' || name === 'INIT') && !ctx.parent) {
    // Queued where it stands in compile order, for the main program's CHECK (last first) and INIT phases.
    const idx = ctx.comp.compileSub(ctx, def);
    ctx.comp.phases.BEGIN.push(idx);
    const late = warnOn(ctx.scope.warn, 'void') ? `Too late to run ${name} block at ${ctx.comp.file} line ${def.line}.\n` : '';
    ctx.comp.queued.set(idx, { kind: name, late });
    return;
  }
  const idx = ctx.comp.compileSub(ctx, def);
  // perl registers an END block when it is compiled (perlmod): one in a branch never taken, or after
  // an `exit`, still runs. One inside a sub that uses the sub's lexicals sees those of the sub's first
  // call (as a named sub nested in another does): it is bound to them when that call reaches it.
  if (name === 'END') {
    ctx.comp.phases.BEGIN.push(idx);
    ctx.comp.endBlocks.add(idx);
    if (!ctx.parent || ctx.comp.subs[idx]!.captures.length === 0) return;
    ctx.emit(OP.NEXTSTATE, st.line);
    ctx.emit(OP.ANONSUB, ctx.k(idx));
    ctx.emit(OP.FUNC, ctx.k('__bind_end'), 1, 0);
    ctx.emit(OP.POP);
    return;
  }
  const full = name.includes('::') ? name : `${ctx.pkg}::${name}`;
  if (def.proto !== undefined) ctx.comp.protos.set(full, def.proto);
  if (!ctx.comp.defineNamed(full)) ctx.comp.warn(ctx, 'redefine', `Subroutine ${name} redefined`, def.bodyLine ?? def.line);
  ctx.comp.named.push({ sub: idx, name: full });
}

/** `eval { BODY; 1 } or die $@ . "BEGIN failed--compilation aborted at FILE line N.\n"` */
function beginGuard(ctx: SubCtx, def: SubDef): Node {
  const line = def.endLine ?? def.line;
  // Line 0 is the command line's preamble (-M, -d): perl names no place there.
  const failed = `BEGIN failed--compilation aborted${line ? ` at ${ctx.comp.file} line ${line}` : ''}.\n`;
  const body = [...def.body, { k: 'expr', line, e: { k: 'num', line, v: 1 } } as Node];
  const die: Node = { k: 'func', line, name: 'die', args: [{ k: 'binop', line, op: '.', l: { k: 'var', line, sigil: '$', name: 'main::@' }, r: { k: 'str', line, v: failed } }] };
  return { k: 'expr', line, e: { k: 'logop', line, op: '||', l: { k: 'eval_block', line, body }, r: die } };
}

/** A `use` runs while the program is compiled: at the unit's start (inside a sub, where it stands). */
function atCompileTime(ctx: SubCtx, line: number, emit: (c: SubCtx) => void): void {
  if (ctx.parent) { emit(ctx); return; }
  ctx.comp.phases.BEGIN.push(ctx.comp.compileSubWith(ctx, 'BEGIN', line, emit));
}

function setsDollarW(st: Node): boolean {
  const e = st.k === 'expr' ? st.e! : null;
  return !!e && e.k === 'assign' && e.op === '=' && e.l!.k === 'var' && e.l!.name === 'main::^W' && e.r!.k === 'num' && e.r!.v !== 0;
}

function compileUse(ctx: SubCtx, st: Node): void {
  const mod = st.module!;
  const on = !st.isNo;
  const words = st.imports ? collectWords(st.imports) : [];
  if (mod === 'VERSION') {
    atCompileTime(ctx, st.line, (c) => {
      c.emit(OP.NEXTSTATE, st.line);
      c.emit(OP.CONST, c.k(st.version!));
      c.emit(OP.CONST, c.k(on ? 'use' : 'no'));
      c.emit(OP.FUNC, c.k('__version_check'), 2, 0);
      c.emit(OP.POP);
    });
    // use v5.12 and later turn strict on; v5.35 and later warnings too (feature.pm bundles).
    const minor = parseVersion(st.version!)?.parts[1] ?? 0;
    if (on && minor >= 12) { ctx.scope.strictVars = true; ctx.scope.strictRefs = true; }
    if (on && minor >= 35) ctx.scope.warn = applyWarnings(ctx.scope.warn, true, []);
    return;
  }
  if (mod === 'strict') {
    const all = words.length === 0;
    if (all || words.includes('vars')) ctx.scope.strictVars = on;
    if (all || words.includes('refs')) ctx.scope.strictRefs = on;
    return;
  }
  if (mod === 'integer') { ctx.scope.integer = on; return; }
  if (mod === 'warnings') { ctx.scope.warn = applyWarnings(ctx.scope.warn, on, words); return; }
  if (mod === 'open' && on && words.includes(':std')) {
    // use open ':std', LAYERS: the standard handles take the layers (open()'s default layers are not kept).
    const layers = words.filter((w) => w.startsWith(':') && w !== ':std').join('');
    ctx.emit(OP.NEXTSTATE, st.line);
    ctx.emit(OP.CONST, ctx.k(layers));
    ctx.emit(OP.FUNC, ctx.k('__std_layers'), 1, 0);
    ctx.emit(OP.POP);
    return;
  }
  if (mod === 'utf8' && on) {
    // A program in characters names files by their UTF-8 (sysnames.ts).
    atCompileTime(ctx, st.line, (c) => { c.emit(OP.FUNC, c.k('__char_names'), 0, 0); c.emit(OP.POP); });
    return;
  }
  if (['feature', 'utf8', 'integer', 'experimental', 'diagnostics', 'bytes', 'less', 'sort', 'autodie', 'open', 'locale', 'subs', 'filetest', 'if', 'vmsish', 'bigint', 'bignum'].includes(mod)) return;
  if (mod === 'vars') {
    for (const w of words) { ctx.scope.ours.set(w, `${ctx.pkg}::${w.slice(1)}`); ctx.comp.diags.declareGlobal(`${ctx.pkg}::${w.slice(1)}`); }
    return;
  }
  if (on && !st.noImport && /^[A-Z]/.test(mod)) {
    // Variables the module exports (%Config, $CRLF) are package variables here.
    for (const w of importedVars(mod, st.imports ? words : null)) { ctx.scope.ours.set(w, `${ctx.pkg}::${w.slice(1)}`); ctx.comp.diags.declareGlobal(`${ctx.pkg}::${w.slice(1)}`); }
  }
  if (mod === 'lib' && !on) return;
  if (mod === 'constant') ctx.comp.diags.declareGlobal('constant::declared');
  atCompileTime(ctx, st.line, (c) => emitUse(c, st, mod, on));
}

/** The run-time part of `use`: load the module and import (or the pragma's own work). */
function emitUse(ctx: SubCtx, st: Node, mod: string, on: boolean): void {
  if (mod === 'lib') {
    ctx.emit(OP.NEXTSTATE, st.line);
    compileExpr(ctx, st.imports!, 2);
    ctx.emit(OP.FUNC, ctx.k('__use_lib'), 1, 0);
    ctx.emit(OP.POP);
    return;
  }
  if (mod === 'parent' || mod === 'base') {
    ctx.emit(OP.NEXTSTATE, st.line);
    ctx.emit(OP.CONST, ctx.k(ctx.pkg));
    if (st.imports) compileExpr(ctx, st.imports, 2); else ctx.emit(OP.EMPTYLIST);
    ctx.emit(OP.FUNC, ctx.k(mod === 'parent' ? '__use_parent' : '__use_base'), 2, 0);
    ctx.emit(OP.POP);
    return;
  }
  if (mod === 'constant') {
    ctx.emit(OP.NEXTSTATE, st.line);
    ctx.emit(OP.CONST, ctx.k(ctx.pkg));
    if (st.imports) compileExpr(ctx, st.imports, 2); else ctx.emit(OP.EMPTYLIST);
    ctx.emit(OP.FUNC, ctx.k('__use_constant'), 2, 0);
    ctx.emit(OP.POP);
    return;
  }
  // use Module VERSION LIST: require, then Module->VERSION(VERSION), then the import.
  if (st.version !== undefined) emitUseVersion(ctx, st, mod);
  // use Module LIST: require at run start, then Module->import(LIST).
  ctx.emit(OP.NEXTSTATE, st.line);
  ctx.emit(OP.CONST, ctx.k(mod));
  ctx.emit(OP.CONST, ctx.k(ctx.pkg));
  if (st.noImport) ctx.emit(OP.UNDEF);
  else if (st.imports) compileExpr(ctx, st.imports, 2);
  else ctx.emit(OP.EMPTYLIST);
  ctx.emit(OP.CONST, ctx.k(on ? 1 : 0));
  ctx.emit(OP.FUNC, ctx.k('__use'), 4, 0);
  ctx.emit(OP.POP);
}


/**
 * The first half of `use Module VERSION`: the module is required (without
 * importing), then `eval { Module->VERSION(VERSION); 1 } or die $@ . "BEGIN
 * failed..."`, as perl's VERSION check fails at compile time.
 */
function emitUseVersion(ctx: SubCtx, st: Node, mod: string): void {
  const line = st.line;
  ctx.emit(OP.NEXTSTATE, line);
  ctx.emit(OP.CONST, ctx.k(mod));
  ctx.emit(OP.CONST, ctx.k(ctx.pkg));
  ctx.emit(OP.UNDEF);
  ctx.emit(OP.CONST, ctx.k(1));
  ctx.emit(OP.FUNC, ctx.k('__use'), 4, 0);
  ctx.emit(OP.POP);
  const text = st.version!;
  const ver: Node = /^\d+(\.\d+)?$/.test(text) ? { k: 'num', line, v: Number(text) } : { k: 'str', line, v: text };
  const call: Node = { k: 'method', line, e: { k: 'str', line, v: mod, maybeClass: true } as Node, name: 'VERSION', args: [ver], arrow: true } as Node;
  // Line 0 is the command line's preamble (-M, -d): perl names no place there.
  const failed = `BEGIN failed--compilation aborted${line ? ` at ${ctx.comp.file} line ${line}` : ''}.\n`;
  const die: Node = { k: 'func', line, name: 'die', args: [{ k: 'binop', line, op: '.', l: { k: 'var', line, sigil: '$', name: 'main::@' }, r: { k: 'str', line, v: failed } }] };
  const guarded: Node = { k: 'logop', line, op: '||', l: { k: 'eval_block', line, body: [{ k: 'expr', line, e: call }, { k: 'expr', line, e: { k: 'num', line, v: 1 } }] }, r: die };
  compileStatement(ctx, { k: 'expr', line, e: guarded });
}

function collectWords(n: Node): string[] {
  if (n.k === 'str') return [String(n.v)];
  if (n.k === 'list') return n.items!.flatMap(collectWords);
  return [];
}
