/** Conditional expressions: the shared file/string/integer tests, `[[ ]]`, and `test`/`[`. */
import { F_OK, R_OK, W_OK, X_OK } from '../abi/fcntl.ts';
import { S_IFMT, S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFREG, S_IFSOCK, S_ISGID, S_ISUID, S_ISVTX } from '../abi/stat.ts';
import type { Stat } from '../abi/sys.ts';
import type { Gen } from '../programs/runtime.ts';
import { ExpandError, expandPattern, expandString } from './expand.ts';
import type { CondExpr, Word } from './parse/ast.ts';
import { matchPattern } from './pattern.ts';
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

/** Convert a POSIX ERE (as [[ =~ ]] takes it) to a JS RegExp source. */
export function ereToJs(re: string): string {
  const classes: Record<string, string> = {
    alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\n\\r\\f\\v',
    blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', word: '\\w', cntrl: '\\x00-\\x1f\\x7f', print: ' -~', graph: '!-~',
  };
  let out = '';
  for (let i = 0; i < re.length; i++) {
    const c = re[i]!;
    if (c === '\\') {
      out += c + (re[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      let j = i + 1;
      let body = '';
      if (re[j] === '^') {
        body += '^';
        j++;
      }
      if (re[j] === ']') {
        body += '\\]';
        j++;
      }
      for (; j < re.length && re[j] !== ']'; j++) {
        if (re[j] === '[' && re[j + 1] === ':') {
          const e = re.indexOf(':]', j + 2);
          if (e > 0) {
            body += classes[re.slice(j + 2, e)] ?? '';
            j = e + 1;
            continue;
          }
        }
        body += re[j] === '\\' ? '\\\\' : re[j];
      }
      out += '[' + body + ']';
      i = j;
    } else out += c;
  }
  return out;
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
        const hit = matchPattern(pat, a, { nocase: sh.st.shopt.get('nocasematch') ?? false });
        return e.op === '!=' ? !hit : hit;
      }
      if (e.op === '=~') return yield* regexMatch(sh, a, e.right);
      const b = yield* condWord(sh, e.right);
      return binaryTest(sh, e.op, a, b, (s) => sh.arithEval(s));
    }
  }
}

function* regexMatch(sh: Shell, s: string, w: Word): Gen<boolean> {
  const segs = yield* expandPattern(sh, w);
  const src = segs.replace(/\\([*?[\]\\])/g, (m, c: string) => (c === '\\' ? '\\\\' : '\\' + c));
  let re: RegExp;
  try {
    re = new RegExp(ereToJs(src));
  } catch {
    return false;
  }
  const m = re.exec(s);
  const arr: [string | null, string][] = m ? [...m].map((x) => [null, x ?? ''] as [null, string]) : [];
  setArray(sh.st, 'BASH_REMATCH', arr, false);
  return m !== null;
}

/** Evaluate [[ expr ]]: 0 true, 1 false, 2 on error. */
export function* evalCond(sh: Shell, e: CondExpr): Gen<number> {
  try {
    return (yield* evalExpr(sh, e)) ? 0 : 1;
  } catch (err) {
    if (err instanceof ExpandError && !/unbound variable|parameter null/.test(err.message)) {
      yield* sh.error(err.message);
      return 1;
    }
    throw err;
  }
}
