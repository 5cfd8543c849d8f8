/**
 * m//, s///, tr///, qr//: the pattern is pushed as a string (interpolated
 * at run time when it has variables), the flags travel in a constant.
 */
import type { Node } from './ast.ts';
import { OP } from './opcodes.ts';
import type { Cx } from './operators.ts';
import type { SubCtx } from './compiler.ts';
import { compileExpr, compileLvalue } from './compile-expr.ts';
import { patternError, patternWarnings } from './diag-regex.ts';

/** The constant describing one regex op. */
export interface RegexInfo { flags: string; literal: string | null }

export function regexConst(_ctx: SubCtx, n: Node): RegexInfo {
  return { flags: n.re!.flags, literal: n.re!.literal };
}

function compilePattern(ctx: SubCtx, n: Node): void {
  const re = n.re!;
  if (re.literal !== null) {
    checkLiteral(ctx, re.literal, re.flags, n.line);
    ctx.emit(OP.CONST, ctx.k(re.literal));
    return;
  }
  if (re.parts.length === 1) { compileExpr(ctx, re.parts[0]!, 1); return; }
  for (const p of re.parts) compileExpr(ctx, p, 1);
  ctx.emit(OP.CONCAT_N, re.parts.length);
}

/** A pattern without variables is compiled with the program: its errors are fatal now. */
function checkLiteral(ctx: SubCtx, literal: string, flags: string, line: number): void {
  const err = patternError(literal, flags);
  if (err) ctx.comp.croak(err, line);
  for (const w of patternWarnings(literal)) ctx.comp.warn(ctx, 'regexp', w, line);
}

const topic = (n: Node): Node => ({ k: 'var', line: n.line, sigil: '$', name: 'main::_' });

export function compileMatch(ctx: SubCtx, n: Node, cx: Cx): void {
  compileExpr(ctx, n.e ?? topic(n), 1);
  compilePattern(ctx, n);
  const info = { flags: n.re!.flags, neg: !!n.neg };
  ctx.emit(OP.MATCH, ctx.k(info), cx === 0 ? 1 : cx);
  if (cx === 0) ctx.emit(OP.POP);
}

export function compileSubst(ctx: SubCtx, n: Node, cx: Cx): void {
  const flags = n.flags ?? '';
  const st = ctx.newSlot();
  if (flags.includes('r')) compileExpr(ctx, n.e ?? topic(n), 1);
  else compileLvalue(ctx, n.e ?? topic(n));
  compilePattern(ctx, n);
  ctx.emit(OP.SUBST_INIT, st, ctx.k({ flags, neg: !!n.neg }));
  const top = ctx.here();
  const jend = ctx.emitJump(OP.SUBST_NEXT, st);
  compileExpr(ctx, n.repl!, 1);
  ctx.emit(OP.SUBST_APPEND, st);
  ctx.emit(OP.JUMP, top);
  ctx.patchHere(jend);
  ctx.emit(OP.SUBST_END, st, cx);
  if (cx === 0) ctx.emit(OP.POP);
  else if (cx === 2) ctx.emit(OP.LIST, 1);
}

export function compileTrans(ctx: SubCtx, n: Node, cx: Cx): void {
  const flags = n.flags ?? '';
  if (flags.includes('r')) compileExpr(ctx, n.e ?? topic(n), 1);
  else compileLvalue(ctx, n.e ?? topic(n));
  ctx.emit(OP.TRANS, ctx.k({ from: n.from, to: n.to, flags }), 0);
  if (cx === 0) ctx.emit(OP.POP);
  else if (cx === 2) ctx.emit(OP.LIST, 1);
}

export function compileQr(ctx: SubCtx, n: Node, cx: Cx): void {
  compilePattern(ctx, n);
  ctx.emit(OP.QR, ctx.k(n.re!.flags));
  if (cx === 0) ctx.emit(OP.POP);
  else if (cx === 2) ctx.emit(OP.LIST, 1);
}
