/**
 * Builtin calls: how each builtin's arguments are compiled (its argument
 * spec), then one FUNC instruction naming the builtin. Also print/say/printf,
 * sort and map/grep, which have their own opcodes.
 */
import type { Node } from './ast.ts';
import { BUILTINS } from './builtins-table.ts';
import { OP } from './opcodes.ts';
import type { Cx } from './operators.ts';
import type { SubCtx } from './compiler.ts';
import { compileExpr, compileArray, compileHash, compileLvalue, fhName, fhGlobal, compileArgs, compileAliasedList } from './compile-expr.ts';
import { regexConst, compileQr } from './compile-regex.ts';

/**
 * Argument specs: S scalar, L list, V lvalue container, A array, X array or
 * hash, F filehandle (glob or scalar container), B buffer (a scalar; a
 * constant perl folds is passed read-only). A trailing `*` repeats the
 * last letter for the remaining arguments.
 */
const SPECS: Record<string, string> = {
  index: 'SSS', rindex: 'SSS', substr: 'VSSS', sprintf: 'SL*', join: 'SL*', atan2: 'SS', bless: 'SS',
  pack: 'SL*', unpack: 'SS', crypt: 'SS', push: 'AL*', unshift: 'AL*', splice: 'ASSL*',
  keys: 'X', values: 'X', each: 'X', pop: 'A', shift: 'A',
  open: 'FSL*', close: 'F', binmode: 'FS', eof: 'F', fileno: 'F', seek: 'FSS', tell: 'F', sysseek: 'FSS',
  read: 'FVSS', sysread: 'FVSS', syswrite: 'FSSS', getc: 'F', truncate: 'FS', flock: 'FS',
  opendir: 'FS', readdir: 'F', closedir: 'F', rewinddir: 'F', telldir: 'F', seekdir: 'FS', readline: 'F',
  socket: 'FSSS', bind: 'FS', connect: 'FS', listen: 'FS', accept: 'FF', shutdown: 'FS',
  setsockopt: 'FSSS', getsockopt: 'FSS', send: 'FSSS', recv: 'FVSS', getpeername: 'F', getsockname: 'F',
  socketpair: 'FFSSS', pipe: 'FF', sysopen: 'FSSS', fcntl: 'FSB', ioctl: 'FSB',
  mkdir: 'SS', rename: 'SS', link: 'SS', symlink: 'SS', waitpid: 'SS', vec: 'SSS', __vec_set: 'VSSS', __pos_set: 'VS', __substr_lv: 'VSS', __pos_lv: 'V', __globslot: 'SS',
  chomp: 'V*', chop: 'V*', pos: 'V', undef: 'V', stat: 'F', lstat: 'S', select: 'F', write: 'F',
};

export function compileFunc(ctx: SubCtx, n: Node, cx: Cx): void {
  const name = n.name!;
  let args = n.args ?? [];
  const d0 = ctx.depth;
  switch (name) {
    case 'defined': {
      // perlfunc defined: on an aggregate it is a fatal error since 5.22.
      const a = args[0];
      if (a && (a.k === 'var' || a.k === 'deref') && (a.sigil === '@' || a.sigil === '%')) ctx.comp.croak(`Can't use 'defined(${a.sigil === '@' ? '@array' : '%hash'})' (Maybe you should just omit the defined()?)`, n.line);
      return compileDefined(ctx, n, cx);
    }
    case 'exists': case 'delete': return compileExistsDelete(ctx, n, cx);
    case 'scalar': compileExpr(ctx, args[0]!, 1); return finish(ctx, cx, 1);
    case 'split': return compileSplit(ctx, n, cx);
    case 'require': {
      // `require VERSION` (a number or v-string literal) checks this perl's version instead of loading a file.
      const a = args[0];
      const text = a?.k === 'num' && typeof a.v === 'number' ? String(a.v) : a?.k === 'str' && a.version ? a.version : null;
      if (text === null) break;
      ctx.emit(OP.CONST, ctx.k(text));
      ctx.emit(OP.CONST, ctx.k('require'));
      ctx.emit(OP.FUNC, ctx.k('__version_check'), 2, 1);
      return finish(ctx, cx, 1);
    }
    case 'eval': {
      if (args.length === 0) args = [topic(n)];
      compileExpr(ctx, args[0]!, 1);
      ctx.emit(OP.CONST, ctx.k(ctx.evalSnapshot()));
      ctx.emit(OP.FUNC, ctx.k('eval'), 2, cx);
      if (cx === 0) ctx.emit(OP.POP);
      return;
    }
    case 'undef':
      if (args.length === 0) { if (cx !== 0) { ctx.emit(OP.UNDEF); if (cx === 2) ctx.emit(OP.LIST, 1); } return; }
      if (args[0]!.k === 'call' && args[0]!.amp) {
        ctx.emit(OP.CONST, ctx.k(qualifySub(ctx, args[0]!.name!)));
        ctx.emit(OP.FUNC, ctx.k('__undef_sub'), 1, 1);
        return finish(ctx, cx, 1);
      }
      break;
    case 'shift': case 'pop':
      if (args.length === 0) args = [{ k: 'var', line: n.line, sigil: '@', name: ctx.parent ? 'main::_' : 'main::ARGV' }];
      break;
    case 'select':
      if (args.length === 4) {
        for (const a of args) compileExpr(ctx, a, 1);
        ctx.emit(OP.FUNC, ctx.k('__select4'), 4, cx);
        if (cx === 0) ctx.emit(OP.POP);
        return;
      }
      break;
    case 'readline': {
      // readline(FH) is <FH>.
      const a = args[0];
      const bare = a && (a.k === 'fh' || (a.k === 'str' && a.name === 'bareword') || (a.k === 'var' && a.sigil === '*'));
      const rl: Node = !a ? { k: 'readline', line: n.line, name: 'ARGV' } : bare ? { k: 'readline', line: n.line, name: ((nm) => (/^(STDIN|STDOUT|STDERR)$/.test(nm) ? `main::${nm}` : nm))(String(a.name ?? a.v)) } : { k: 'readline', line: n.line, e: a };
      compileExpr(ctx, rl, cx);
      return;
    }
    case 'formline': return compileFormline(ctx, n, cx);
    case '__SUB__': ctx.emit(OP.FUNC, ctx.k('__SUB__'), 0, cx); if (cx === 0) ctx.emit(OP.POP); return;
    case 'not': compileExpr(ctx, args[0] ?? { k: 'list', line: n.line, items: [] }, 1); ctx.emit(OP.UNOP, 1, -1); return finish(ctx, cx, 1);
  }
  const info = BUILTINS.get(name);
  if (args.length === 0 && info?.defaultTopic && !['print', 'say', 'unlink', 'mkdir'].includes(name) || (args.length === 0 && (name === 'unlink' || name === 'rmdir' || name === 'mkdir'))) {
    args = [topic(n)];
  }
  const spec = SPECS[name] ?? (info?.shape === 'u' ? 'S' : 'L*');
  args.forEach((a, i) => {
    let letter = spec[i] ?? (spec.endsWith('*') ? spec[spec.length - 2]! : 'L');
    if (letter === '*') letter = spec[spec.length - 2]!;
    compileArg(ctx, a, letter);
  });
  ctx.emit(OP.FUNC, ctx.k(name), args.length, cx);
  ctx.depth = d0 + 1;
  if (cx === 0) ctx.emit(OP.POP);
}

/**
 * formline PICTURE, LIST: the arguments are aliases (a `^` field chops its
 * variable). A `~~` line that printed something runs the whole statement
 * again, arguments and all (pp_formline returns to its first op): the
 * builtin answers false then, and the code loops back.
 */
function compileFormline(ctx: SubCtx, n: Node, cx: Cx): void {
  const [pic, ...rest] = n.args ?? [];
  const top = ctx.here();
  compileExpr(ctx, pic ?? { k: 'str', line: n.line, v: '' }, 1);
  compileAliasedList(ctx, rest);
  ctx.emit(OP.FUNC, ctx.k('__formline'), 2, 1);
  ctx.patchTo(ctx.emitJump(OP.JFALSE), top);
  if (cx !== 0) ctx.emit(OP.CONST, ctx.k(1));
  if (cx === 2) ctx.emit(OP.LIST, 1);
}

function finish(ctx: SubCtx, cx: Cx, _have: 1): void {
  if (cx === 0) ctx.emit(OP.POP);
  else if (cx === 2) ctx.emit(OP.LIST, 1);
}

const topic = (n: Node): Node => ({ k: 'var', line: n.line, sigil: '$', name: 'main::_' });

function qualifySub(ctx: SubCtx, name: string): string {
  return name.includes('::') ? name : `${ctx.pkg}::${name}`;
}

function compileArg(ctx: SubCtx, a: Node, letter: string): void {
  switch (letter) {
    case 'S': compileExpr(ctx, a, 1); return;
    case 'V': compileLvalue(ctx, a); return;
    case 'A': compileArray(ctx, a); return;
    case 'X':
      if ((a.k === 'var' || a.k === 'deref') && a.sigil === '%') compileHash(ctx, a);
      else if ((a.k === 'var' || a.k === 'deref') && a.sigil === '@') compileArray(ctx, a);
      else compileExpr(ctx, a, 1);
      return;
    case 'F':
      if (a.k === 'fh') ctx.emit(OP.GV, ctx.k(fhGlobal(ctx, a)));
      else if (a.k === 'str' && a.name === 'bareword') ctx.emit(OP.GV, ctx.k(fhName(ctx, String(a.v))));
      else if (a.k === 'var' && a.sigil === '*') ctx.emit(OP.GV, ctx.k(fhGlobal(ctx, a)));
      else if (a.k === 'my' || (a.k === 'var' && a.sigil === '$') || a.k === 'helem' || a.k === 'elem') compileLvalue(ctx, a);
      else compileExpr(ctx, a, 1);
      return;
    case 'B':
      compileExpr(ctx, a, 1);
      if (isFolded(a)) ctx.emit(OP.FUNC, ctx.k('__readonly'), 1, 1);
      return;
    default: compileExpr(ctx, a, 2);
  }
}

/** Builtins perl folds when all their arguments are constants. */
const FOLDED_FUNCS = new Set(['pack', 'sprintf', 'join', 'chr', 'ord', 'lc', 'uc', 'lcfirst', 'ucfirst', 'length', 'abs', 'int', 'hex', 'oct', 'substr', 'index', 'rindex', 'quotemeta']);
const FOLDED_OPS = new Set(['x', '.', '+', '-', '*', '/', '%', '**', '<<', '>>', '&', '|', '^']);

/** Whether perl's constant folding turns `n` into a constant (read-only) value. */
function isFolded(n: Node): boolean {
  switch (n.k) {
    case 'num': case 'str': return n.version === undefined;
    case 'call': return n.constSub === true;
    case 'binop': return FOLDED_OPS.has(n.op!) && isFolded(n.l!) && isFolded(n.r!);
    case 'unop': return n.op === 'neg' && isFolded(n.e!);
    case 'func': return FOLDED_FUNCS.has(n.name!) && (n.args ?? []).length > 0 && n.args!.every(isFolded);
    default: return false;
  }
}

function compileDefined(ctx: SubCtx, n: Node, cx: Cx): void {
  const a = n.args?.[0] ?? topic(n);
  if (a.k === 'call' && a.amp && !a.args) {
    ctx.emit(OP.CONST, ctx.k(qualifySub(ctx, a.name!)));
    ctx.emit(OP.FUNC, ctx.k('__defined_sub'), 1, 1);
    finish(ctx, cx, 1);
    return;
  }
  if (a.k === 'dyncall' && a.amp && !a.args) {
    // `defined &$ref` / `defined &{"name"}` test the sub's existence, never call it.
    compileExpr(ctx, a.e!, 1);
    ctx.emit(OP.FUNC, ctx.k('__defined_sub'), 1, 1);
    finish(ctx, cx, 1);
    return;
  }
  if ((a.k === 'var' || a.k === 'deref') && (a.sigil === '@' || a.sigil === '%')) {
    if (a.sigil === '@') compileArray(ctx, a, 0); else compileHash(ctx, a, 0);
    ctx.emit(OP.SCALAR_AGG);
  } else compileExpr(ctx, a, 1);
  ctx.emit(OP.FUNC, ctx.k('defined'), 1, 1);
  finish(ctx, cx, 1);
}

function compileExistsDelete(ctx: SubCtx, n: Node, cx: Cx): void {
  const a = n.args![0]!;
  const isDel = n.name === 'delete';
  // As in perl, the containers on the way to the element are vivified (exists $h{a}{b} creates $h{a}).
  if (a.k === 'helem') { compileHash(ctx, a.l!, 1); compileExpr(ctx, a.r!, 1); ctx.emit(isDel ? OP.DELETE : OP.EXISTS, 1); }
  else if (a.k === 'elem') { compileArray(ctx, a.l!, 1); compileExpr(ctx, a.r!, 1); ctx.emit(isDel ? OP.DELETE : OP.EXISTS, 0); }
  else if (a.k === 'hslice' && isDel) { compileHash(ctx, a.l!, 0); compileExpr(ctx, a.r!, 2); ctx.emit(OP.DELETE, 2); return finishList(ctx, cx); }
  else if (a.k === 'call' && a.amp) { ctx.emit(OP.CONST, ctx.k(qualifySub(ctx, a.name!))); ctx.emit(OP.FUNC, ctx.k(isDel ? '__defined_sub' : '__exists_sub'), 1, 1); }
  else if (a.k === 'dyncall' && a.amp && !a.args && !isDel) { compileExpr(ctx, a.e!, 1); ctx.emit(OP.FUNC, ctx.k('__exists_sub'), 1, 1); }
  else if (a.k === 'local' && isDel) { compileExpr(ctx, { ...n, args: [a.e!] }, cx); return; }
  else { ctx.comp.error(`${n.name} argument is not a HASH or ARRAY element or slice`, n.line); ctx.emit(OP.UNDEF); }
  finish(ctx, cx, 1);
}

function finishList(ctx: SubCtx, cx: Cx): void {
  if (cx === 0) ctx.emit(OP.POP);
  else if (cx === 1) ctx.emit(OP.TO_SCALAR);
}

function compileSplit(ctx: SubCtx, n: Node, cx: Cx): void {
  const args = n.args ?? [];
  const pat = args[0];
  if (!pat) ctx.emit(OP.CONST, ctx.k(' '));
  else if (pat.k === 'match' && !pat.e && pat.re!.literal !== null) ctx.emit(OP.CONST, ctx.k(regexConst(ctx, pat)));
  else if (pat.k === 'match' && !pat.e) compileQr(ctx, { ...pat, k: 'qr' }, 1);
  else compileExpr(ctx, pat, 1);
  compileExpr(ctx, args[1] ?? topic(n), 1);
  if (args[2]) compileExpr(ctx, args[2], 1); else ctx.emit(OP.CONST, ctx.k(0));
  if (pat && pat.k === 'match' && !pat.e && pat.re!.literal === null) {
    // Interpolated pattern: compile its parts as a string at run time.
    ctx.emit(OP.FUNC, ctx.k('split'), 3, cx);
  } else ctx.emit(OP.FUNC, ctx.k('split'), 3, cx);
  if (cx === 0) ctx.emit(OP.POP);
}

/** print / printf / say, with optional filehandle. */
export function compilePrint(ctx: SubCtx, n: Node, cx: Cx): void {
  const kind = n.name === 'print' ? 0 : n.name === 'printf' ? 1 : 2;
  let count = 1;
  if (n.fh) {
    if (n.fh.k === 'fh') ctx.emit(OP.GV, ctx.k(fhGlobal(ctx, n.fh)));
    else compileExpr(ctx, n.fh, 1);
    count = 2;
  }
  const args = n.args!.length === 0 && kind !== 1 ? [topic(n)] : n.args!;
  compileArgs(ctx, args);
  ctx.emit(OP.PRINT, kind, count);
  if (cx === 0) ctx.emit(OP.POP);
  else if (cx === 2) ctx.emit(OP.LIST, 1);
}

/** sort: comparator as a closure (or a sub name / code ref) and the list. */
export function compileSort(ctx: SubCtx, n: Node, cx: Cx): void {
  if (n.block) {
    const idx = ctx.comp.compileSub(ctx, { name: null, pkg: ctx.pkg, body: n.block, line: n.line });
    ctx.emit(OP.ANONSUB, ctx.k(idx));
  } else if (n.e) {
    if (n.e.k === 'str') { ctx.emit(OP.CONST, ctx.k(n.e.v)); ctx.emit(OP.FUNC, ctx.k('__coderef'), 1, 1); }
    else compileExpr(ctx, n.e, 1);
  } else ctx.emit(OP.UNDEF);
  compileArgs(ctx, n.args!);
  // A block that is only `$a <=> $b`, `$b <=> $a`, `$a cmp $b` or `$b cmp $a` is sorted without calls, as perl does.
  const simple = n.block ? simpleComparator(n.block) : '';
  ctx.emit(OP.SORT, ctx.k(simple ? `${ctx.pkg}\0${simple}` : ctx.pkg));
  finishList(ctx, cx);
}

function simpleComparator(block: Node[]): string {
  const st = block.length === 1 && block[0]!.k === 'expr' ? block[0]!.e! : null;
  if (!st || st.k !== 'binop' || (st.op !== '<=>' && st.op !== 'cmp')) return '';
  const isVar = (x: Node, name: string): boolean => x.k === 'var' && x.sigil === '$' && x.name === name;
  if (isVar(st.l!, 'a') && isVar(st.r!, 'b')) return st.op;
  if (isVar(st.l!, 'b') && isVar(st.r!, 'a')) return st.op === '<=>' ? '>=<' : 'pmc';
  return '';
}

/** map/grep: an inline loop over the list with $_ aliased to each element. */
export function compileMapGrep(ctx: SubCtx, n: Node, cx: Cx): void {
  const isMap = n.name === 'map';
  const st = ctx.newSlot();
  const floor = ctx.newSlot();
  const body = ctx.newSlot();
  compileAliasedList(ctx, n.args!);
  ctx.emit(OP.ENTER, floor);
  ctx.emit(OP.MG_START, st);
  const top = ctx.here();
  const jend = ctx.emitJump(OP.MG_NEXT, st);
  ctx.emit(OP.ENTER, body);
  ctx.pushScope();
  const blk = n.block!;
  const exprOnly = blk.length === 1 && blk[0]!.k === 'expr';
  if (exprOnly) compileExpr(ctx, blk[0]!.e!, isMap ? 2 : 1);
  else compileExpr(ctx, { k: 'do_block', line: n.line, body: blk }, isMap ? 2 : 1);
  ctx.popScope();
  ctx.emit(isMap ? OP.MAP_PUSH : OP.GREP_PUSH, st);
  ctx.emit(OP.LEAVE, body);
  ctx.emit(OP.JUMP, top);
  ctx.patchHere(jend);
  ctx.emit(OP.LEAVE, floor);
  ctx.emit(OP.MG_END, st, cx);
  if (cx === 0) ctx.emit(OP.POP);
}
