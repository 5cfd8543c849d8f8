/** test(1) and [ : POSIX expression evaluation with GNU's messages. */
import { defineProgram } from './runtime.ts';
import type { Ctx } from './runtime.ts';
import type { Program, Stat } from '../abi/sys.ts';
import { S_IFMT, S_IFDIR, S_IFREG, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK, S_ISUID, S_ISGID, S_ISVTX } from '../abi/stat.ts';
import { R_OK, W_OK, X_OK } from '../abi/fcntl.ts';

class TestError extends Error {}

const UNARY = new Set(['-e', '-f', '-d', '-r', '-w', '-x', '-s', '-L', '-h', '-p', '-S', '-b', '-c', '-n', '-z', '-t', '-u', '-g', '-k', '-O', '-G']);
const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef', '<', '>']);

/** Evaluate test's arguments; throws TestError(message) on a syntax error. */
export function evalTest(ctx: Ctx, args: string[], q: (s: string) => string): boolean {
  let i = 0;
  const st = (p: string, l = false): Stat | null => { const s = l ? ctx.sys.lstat(p) : ctx.sys.stat(p); return typeof s === 'number' ? null : s; };
  const int = (s: string): number => {
    if (!/^\s*[+-]?\d+\s*$/.test(s)) throw new TestError(`invalid integer ${q(s)}`);
    return Number(s);
  };
  const unary = (op: string, a: string): boolean => {
    const s = op === '-L' || op === '-h' ? st(a, true) : st(a);
    const type = (t: number): boolean => s !== null && (s.mode & S_IFMT) === t;
    switch (op) {
      case '-e': return s !== null;
      case '-f': return type(S_IFREG);
      case '-d': return type(S_IFDIR);
      case '-L': case '-h': return type(S_IFLNK);
      case '-p': return type(S_IFIFO);
      case '-S': return type(S_IFSOCK);
      case '-b': return type(S_IFBLK);
      case '-c': return type(S_IFCHR);
      case '-s': return s !== null && s.size > 0;
      case '-r': return ctx.sys.access(a, R_OK) === 0;
      case '-w': return ctx.sys.access(a, W_OK) === 0;
      case '-x': return ctx.sys.access(a, X_OK) === 0;
      case '-u': return s !== null && (s.mode & S_ISUID) !== 0;
      case '-g': return s !== null && (s.mode & S_ISGID) !== 0;
      case '-k': return s !== null && (s.mode & S_ISVTX) !== 0;
      case '-O': return s !== null && s.uid === ctx.sys.geteuid();
      case '-G': return s !== null && s.gid === ctx.sys.getegid();
      case '-n': return a.length > 0;
      case '-z': return a.length === 0;
      case '-t': return typeof ctx.sys.tiocgwinsz(int(a)) !== 'number';
      default: return false;
    }
  };
  const binary = (a: string, op: string, b: string): boolean => {
    switch (op) {
      case '=': case '==': return a === b;
      case '!=': return a !== b;
      case '<': return a < b;
      case '>': return a > b;
      case '-eq': return int(a) === int(b);
      case '-ne': return int(a) !== int(b);
      case '-lt': return int(a) < int(b);
      case '-le': return int(a) <= int(b);
      case '-gt': return int(a) > int(b);
      case '-ge': return int(a) >= int(b);
      case '-nt': { const x = st(a), y = st(b); return x !== null && (y === null || x.mtimeMs > y.mtimeMs); }
      case '-ot': { const x = st(a), y = st(b); return y !== null && (x === null || x.mtimeMs < y.mtimeMs); }
      case '-ef': { const x = st(a), y = st(b); return x !== null && y !== null && x.ino === y.ino && x.dev === y.dev; }
      default: return false;
    }
  };
  const primary = (): boolean => {
    const a = args[i];
    if (a === undefined) throw new TestError(`missing argument after ${q(args[i - 1] ?? '')}`);
    if (a === '!') { i++; return !primary(); }
    if (a === '(' && args.length - i > 1) {
      i++;
      const v = orExpr();
      if (args[i] !== ')') throw new TestError(`missing ${q(')')}`);
      i++;
      return v;
    }
    if (i + 2 < args.length + 0 && BINARY.has(args[i + 1]!) ) {
      const op = args[i + 1]!;
      const b = args[i + 2];
      if (b === undefined) throw new TestError(`missing argument after ${q(op)}`);
      i += 3;
      return binary(a, op, b);
    }
    if (BINARY.has(args[i + 1] ?? '') && args[i + 2] === undefined) throw new TestError(`missing argument after ${q(args[i + 1]!)}`);
    if (UNARY.has(a) && i + 1 < args.length) { i += 2; return unary(a, args[i - 1]!); }
    if (UNARY.has(a) && args.length - i === 1) { i++; return true; }
    i++;
    return a.length > 0;
  };
  const andExpr = (): boolean => {
    let v = primary();
    while (args[i] === '-a') { i++; const r = primary(); v = v && r; }
    return v;
  };
  const orExpr = (): boolean => {
    let v = andExpr();
    while (args[i] === '-o') { i++; const r = andExpr(); v = v || r; }
    return v;
  };
  if (args.length === 0) return false;
  if (args.length === 1) return args[0]!.length > 0;
  if (args.length === 2 && args[0] === '!') return args[1]!.length === 0;
  if (args.length === 2 && UNARY.has(args[0]!)) return unary(args[0]!, args[1]!);
  if (args.length === 3 && BINARY.has(args[1]!)) return binary(args[0]!, args[1]!, args[2]!);
  const v = orExpr();
  if (i < args.length) throw new TestError(i === 1 && args.length === 2 ? `${q(args[0]!)}: unary operator expected` : `extra argument ${q(args[i]!)}`);
  return v;
}

const test = defineProgram('test', function* (ctx) {
  let args = ctx.argv.slice(1);
  if (ctx.name === '[') {
    if (args[args.length - 1] !== ']') { yield* ctx.err(`${ctx.prog}: missing ${ctx.q(']')}\n`); return 2; }
    args = args.slice(0, -1);
  }
  try {
    return evalTest(ctx, args, (s) => ctx.q(s)) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    if (args.length === 2 && !UNARY.has(args[0]!) && args[0] !== '!') { yield* ctx.err(`${ctx.prog}: missing argument after ${ctx.q(args[1]!)}\n`); return 2; }
    yield* ctx.err(`${ctx.prog}: ${e.message}\n`);
    return 2;
  }
});

export function testPrograms(): Record<string, Program> {
  return { '/usr/bin/test': test, '/usr/bin/[': test };
}
