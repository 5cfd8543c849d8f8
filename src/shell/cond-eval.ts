/** Conditional expressions: the shared file/string/integer tests, `[[ ]]`, and `test`/`[`. */
import { F_OK, R_OK, W_OK, X_OK } from '../abi/fcntl.ts';
import { S_IFMT, S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFREG, S_IFSOCK, S_ISGID, S_ISUID, S_ISVTX } from '../abi/stat.ts';
import type { Stat } from '../abi/sys.ts';
import type { Gen } from '../programs/runtime.ts';
import { ExpandError, expandParts, expandPattern, expandString, isBrk } from './expand.ts';
import { compileEre } from '../regex/posix.ts';
import { isRegexError, matchResult, runMatch, startMatch } from '../regex/index.ts';
import type { CondExpr, Word } from './parse/ast.ts';
import { matchGen } from './pattern.ts';
import type { Shell } from './shell.ts';
import { lookup, setArray } from './vars.ts';

/** A unary test (-f, -z, ...) on an already expanded argument. */
export function unaryTest(sh: Shell, op: string, arg: string): boolean {
  const stat = (): Stat | null => {
    const r = sh.sys.stat(arg);
    return typeof r === 'number' ? null : r;
  };
  const type = (t: number): boolean => ((stat()?.mode ?? 0) & S_IFMT) === t;
  switch (op) {
    case '-z': return arg === '';
    case '-n': return arg !== '';
    case '-e': case '-a': return stat() !== null;
    case '-f': return type(S_IFREG);
    case '-d': return type(S_IFDIR);
    case '-b': return type(S_IFBLK);
    case '-c': return type(S_IFCHR);
    case '-p': return type(S_IFIFO);
    case '-S': return type(S_IFSOCK);
    case '-h': case '-L': {
      const r = sh.sys.lstat(arg);
      return typeof r !== 'number' && (r.mode & S_IFMT) === S_IFLNK;
    }
    case '-s': return (stat()?.size ?? 0) > 0;
    case '-r': return arg !== '' && sh.sys.access(arg, R_OK) === 0;
    case '-w': return arg !== '' && sh.sys.access(arg, W_OK) === 0;
    case '-x': return arg !== '' && sh.sys.access(arg, X_OK) === 0;
    case '-g': return ((stat()?.mode ?? 0) & S_ISGID) !== 0;
    case '-u': return ((stat()?.mode ?? 0) & S_ISUID) !== 0;
    case '-k': return ((stat()?.mode ?? 0) & S_ISVTX) !== 0;
    case '-O': return stat()?.uid === sh.sys.geteuid();
    case '-G': return stat()?.gid === sh.sys.getegid();
    case '-N': { const s = stat(); return !!s && s.mtimeMs > s.atimeMs; }
    case '-t': return /^[0-9]+$/.test(arg) && typeof sh.sys.ttyname(Number(arg)) === 'string';
    case '-o': return optionSet(sh, arg);
    case '-v': return varIsSet(sh, arg);
    case '-R': return false;
  }
  return false;
  void F_OK;
}

function optionSet(sh: Shell, name: string): boolean {
  const o = sh.st.opts as unknown as Record<string, boolean>;
  return Object.prototype.hasOwnProperty.call(o, name) ? !!o[name] : false;
}

function varIsSet(sh: Shell, ref: string): boolean {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$/.exec(ref);
  if (!m) return false;
  const v = lookup(sh.st, m[1]!);
  if (!v?.val) return false;
  if (m[2] === undefined) return v.val.k === 'str' || v.val.v.size > 0 && (v.val.k === 'idx' ? v.val.v.has(0) : v.val.v.has('0'));
  if (m[2] === '@' || m[2] === '*') return v.val.k !== 'str' ? v.val.v.size > 0 : true;
  if (v.val.k === 'assoc') return v.val.v.has(m[2]);
  if (v.val.k === 'idx') return v.val.v.has(Number(sh.arithEval(m[2])));
  return m[2] === '0';
}

/** Binary test on expanded operands; `intOf` converts integer operands (may throw). */
export function binaryTest(sh: Shell, op: string, a: string, b: string, intOf: (s: string) => bigint): boolean {
  switch (op) {
    case '=': case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '>': return a > b;
    case '-eq': return intOf(a) === intOf(b);
    case '-ne': return intOf(a) !== intOf(b);
    case '-lt': return intOf(a) < intOf(b);
    case '-le': return intOf(a) <= intOf(b);
    case '-gt': return intOf(a) > intOf(b);
    case '-ge': return intOf(a) >= intOf(b);
    case '-nt': case '-ot': {
      const sa = sh.sys.stat(a), sb = sh.sys.stat(b);
      const ta = typeof sa === 'number' ? null : sa.mtimeMs, tb = typeof sb === 'number' ? null : sb.mtimeMs;
      if (op === '-nt') return ta !== null && (tb === null || ta > tb);
      return tb !== null && (ta === null || ta < tb);
    }
    case '-ef': {
      const sa = sh.sys.stat(a), sb = sh.sys.stat(b);
      return typeof sa !== 'number' && typeof sb !== 'number' && sa.ino === sb.ino && sa.dev === sb.dev;
    }
  }
  return false;
}

function* condWord(sh: Shell, w: Word): Gen<string> {
  return yield* expandString(sh, w);
}

function* evalExpr(sh: Shell, e: CondExpr): Gen<boolean> {
  switch (e.k) {
    case 'and': return (yield* evalExpr(sh, e.l)) && (yield* evalExpr(sh, e.r));
    case 'or': return (yield* evalExpr(sh, e.l)) || (yield* evalExpr(sh, e.r));
    case 'not': return !(yield* evalExpr(sh, e.e));
    case 'word': return (yield* condWord(sh, e.w)) !== '';
    case 'unary': return unaryTest(sh, e.op, yield* condWord(sh, e.arg));
    case 'binary': {
      const a = yield* condWord(sh, e.left);
      if (e.op === '==' || e.op === '=' || e.op === '!=') {
        const pat = yield* expandPattern(sh, e.right);
        const opts = { nocase: sh.st.shopt.get('nocasematch') ?? false, extglob: true };
        const hit = yield* matchGen(pat, a, opts, (n) => sh.tick(n));
        return e.op === '!=' ? !hit : hit;
      }
      if (e.op === '=~') return yield* regexMatch(sh, a, e.right);
      const b = yield* condWord(sh, e.right);
      return binaryTest(sh, e.op, a, b, (s) => sh.arithEval(s));
    }
  }
}

/** An invalid regular expression: [[ ]] returns 2. */
class BadRegex {}

/** Characters an ERE gives a meaning to (quoted parts of the pattern match literally). */
const ERE_SPECIAL = /[\\.[\]()*+?{}|^$]/g;

/**
 * [[ s =~ re ]]: a POSIX extended regular expression (GNU flavour, as
 * bash's regcomp), matched on the project's preemptible engine; the match
 * and its groups go to BASH_REMATCH.
 */
function* regexMatch(sh: Shell, s: string, w: Word): Gen<boolean> {
  const segs = yield* expandParts(sh, w.parts, false);
  const src = segs.map((g) => (isBrk(g) ? ' ' : g.q ? g.s.replace(ERE_SPECIAL, '\\$&') : g.s)).join('');
  const re = compileEre(src, sh.st.shopt.get('nocasematch') ?? false);
  if (isRegexError(re)) throw new BadRegex();
  const st = startMatch(re, s, 0);
  for (;;) {
    const r = runMatch(st, 20_000);
    if (r !== 'budget') break;
    yield* sh.tick(20_000);
  }
  const m = matchResult(st);
  const arr: [string | null, string][] = [];
  if (m) {
    for (let g = 0; 2 * g < m.offsets.length; g++) {
      const a = m.offsets[2 * g]!, b = m.offsets[2 * g + 1]!;
      arr.push([null, a < 0 ? '' : s.slice(a, b)]);
    }
  }
  setArray(sh.st, 'BASH_REMATCH', arr, false);
  return m !== null;
}

/** Evaluate [[ expr ]]: 0 true, 1 false, 2 on error. */
export function* evalCond(sh: Shell, e: CondExpr): Gen<number> {
  try {
    return (yield* evalExpr(sh, e)) ? 0 : 1;
  } catch (err) {
    if (err instanceof BadRegex) return 2;
    if (err instanceof ExpandError && !/unbound variable|parameter null/.test(err.message)) {
      yield* sh.error(err.message);
      return 1;
    }
    throw err;
  }
}
