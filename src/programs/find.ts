/** find(1): -name -iname -path -type -size -mtime -newer -perm -user -maxdepth -mindepth -empty -print -print0 -printf -exec -delete, ! -a -o ( ). */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program, Stat } from '../abi/sys.ts';
import { joinPath, baseName, loadPasswd, dirNames } from './lib/io.ts';
import { runChild, statusOf } from './lib/exec.ts';
import { globMatch } from './lib/glob.ts';
import { strerror } from '../abi/errno.ts';
import { O_RDONLY, O_DIRECTORY } from '../abi/fcntl.ts';
import { S_IFMT, S_IFDIR, S_IFREG, S_IFLNK, S_IFIFO, S_IFSOCK, S_IFCHR, S_IFBLK, S_ISDIR } from '../abi/stat.ts';

type Node =
  | { k: 'and' | 'or'; a: Node; b: Node }
  | { k: 'not'; a: Node }
  | { k: 'test'; name: string; arg: string; arg2?: string[] };

class FindError extends Error {}

const TESTS_WITH_ARG = new Set(['-name', '-iname', '-path', '-ipath', '-wholename', '-type', '-size', '-mtime', '-mmin', '-newer', '-perm', '-user', '-group', '-maxdepth', '-mindepth', '-regex', '-uid', '-gid', '-links', '-printf', '-fprint']);
const TESTS_NO_ARG = new Set(['-print', '-print0', '-delete', '-empty', '-true', '-false', '-prune', '-quit', '-ls', '-depth', '-readable', '-writable', '-executable', '-xdev', '-mount', '-nouser', '-follow']);

function parseExpr(args: string[]): { node: Node | null; hasAction: boolean } {
  let i = 0;
  let hasAction = false;
  const primary = (): Node => {
    const a = args[i++]!;
    if (a === '(') { const n = orE(); if (args[i++] !== ')') throw new FindError("invalid expression; I was expecting to find a ')' somewhere but did not see one."); return n; }
    if (a === '!' || a === '-not') return { k: 'not', a: primary() };
    if (a === '-exec' || a === '-execdir' || a === '-ok') {
      const cmd: string[] = [];
      while (i < args.length && args[i] !== ';' && args[i] !== '+') cmd.push(args[i++]!);
      if (i >= args.length) throw new FindError(`missing argument to \`${a}'`);
      const term = args[i++]!;
      hasAction = true;
      return { k: 'test', name: a, arg: term, arg2: cmd };
    }
    if (TESTS_WITH_ARG.has(a)) {
      if (i >= args.length) throw new FindError(`missing argument to \`${a}'`);
      if (a === '-printf' || a === '-fprint') hasAction = true;
      return { k: 'test', name: a, arg: args[i++]! };
    }
    if (TESTS_NO_ARG.has(a)) { if (['-print', '-print0', '-delete', '-ls', '-quit'].includes(a)) hasAction = true; return { k: 'test', name: a, arg: '' }; }
    throw new FindError(a.startsWith('-') ? `unknown predicate \`${a}'` : `paths must precede expression: \`${a}'`);
  };
  const andE = (): Node => {
    let n = primary();
    while (i < args.length && args[i] !== ')' && args[i] !== '-o' && args[i] !== '-or' && args[i] !== ',') {
      if (args[i] === '-a' || args[i] === '-and') i++;
      n = { k: 'and', a: n, b: primary() };
    }
    return n;
  };
  const orE = (): Node => {
    let n = andE();
    while (args[i] === '-o' || args[i] === '-or') { i++; n = { k: 'or', a: n, b: andE() }; }
    return n;
  };
  if (args.length === 0) return { node: null, hasAction: false };
  const node = orE();
  if (i < args.length) throw new FindError(`unexpected extra predicate '${args[i]}'`);
  return { node, hasAction };
}

interface FindState { now: number; status: number; quit: boolean; prune: boolean; maxdepth: number; mindepth: number; depthFirst: boolean; users: Array<{ name: string; uid: number }> }

function typeChar(st: Stat): string {
  switch (st.mode & S_IFMT) {
    case S_IFDIR: return 'd'; case S_IFREG: return 'f'; case S_IFLNK: return 'l'; case S_IFIFO: return 'p';
    case S_IFSOCK: return 's'; case S_IFCHR: return 'c'; case S_IFBLK: return 'b'; default: return '?';
  }
}

function cmpNum(spec: string, v: number): boolean {
  const n = Number(spec.replace(/^[+-]/, ''));
  return spec.startsWith('+') ? v > n : spec.startsWith('-') ? v < n : v === n;
}

function* evalNode(ctx: Ctx, n: Node, path: string, st: Stat, s: FindState): Gen<boolean> {
  if (n.k === 'not') return !(yield* evalNode(ctx, n.a, path, st, s));
  if (n.k === 'and') return (yield* evalNode(ctx, n.a, path, st, s)) && (yield* evalNode(ctx, n.b, path, st, s));
  if (n.k !== 'test') return (yield* evalNode(ctx, n.a, path, st, s)) || (yield* evalNode(ctx, n.b, path, st, s));
  const a = n.arg;
  switch (n.name) {
    case '-name': return globMatch(a, baseName(path));
    case '-iname': return globMatch(a.toLowerCase(), baseName(path).toLowerCase());
    case '-path': case '-wholename': return globMatch(a, path);
    case '-ipath': return globMatch(a.toLowerCase(), path.toLowerCase());
    case '-type': return a.split(',').includes(typeChar(st));
    case '-size': {
      const m = /^([+-]?\d+)([bckMG]?)$/.exec(a);
      if (!m) return false;
      const unit = { b: 512, c: 1, k: 1024, M: 1048576, G: 1073741824, '': 512 }[m[2]!]!;
      return cmpNum(m[1]!, Math.ceil(st.size / unit));
    }
    case '-mtime': return cmpNum(a, Math.floor((s.now - st.mtimeMs / 1000) / 86400));
    case '-mmin': return cmpNum(a, Math.ceil((s.now - st.mtimeMs / 1000) / 60));
    case '-newer': { const r = ctx.sys.stat(a); return typeof r !== 'number' && st.mtimeMs > r.mtimeMs; }
    case '-perm': {
      const want = parseInt(a.replace(/^[-/]/, ''), 8);
      const have = st.mode & 0o7777;
      return a.startsWith('-') ? (have & want) === want : a.startsWith('/') ? (have & want) !== 0 : have === want;
    }
    case '-user': return s.users.find((u) => u.name === a)?.uid === st.uid || String(st.uid) === a;
    case '-uid': return cmpNum(a, st.uid);
    case '-gid': return cmpNum(a, st.gid);
    case '-links': return cmpNum(a, st.nlink);
    case '-empty': {
      if (S_ISDIR(st.mode)) return (yield* listDir(ctx, path)).length === 0;
      return (st.mode & S_IFMT) === S_IFREG && st.size === 0;
    }
    case '-true': return true;
    case '-false': return false;
    case '-prune': s.prune = true; return true;
    case '-quit': s.quit = true; return true;
    case '-print': yield* ctx.out(path + '\n'); return true;
    case '-print0': yield* ctx.out(path + '\0'); return true;
    case '-printf': yield* ctx.out(findPrintf(a, path, st)); return true;
    case '-delete': {
      const r = S_ISDIR(st.mode) ? ctx.sys.rmdir(path) : ctx.sys.unlink(path);
      if (r < 0) { yield* ctx.err(`${ctx.prog}: cannot delete '${path}': ${strerror(r)}\n`); s.status = 1; return false; }
      return true;
    }
    case '-exec': case '-execdir': case '-ok': {
      const argv = n.arg2!.map((x) => x.split('{}').join(path));
      yield* ctx.flush();
      const ws = yield* runChild(ctx, argv);
      if (ws < 0) { yield* ctx.err(`${ctx.prog}: '${argv[0]}': ${strerror(ws)}\n`); s.status = 1; return false; }
      return statusOf(ws) === 0;
    }
    default: return true;
  }
}

function findPrintf(fmt: string, path: string, st: Stat): string {
  return fmt.replace(/\\n|\\t|\\0|%[psfhmdkuUgGTtyn%]/g, (m) => {
    switch (m) {
      case '\\n': return '\n'; case '\\t': return '\t'; case '\\0': return '\0';
      case '%p': return path; case '%f': return baseName(path); case '%s': return String(st.size);
      case '%h': { const i = path.lastIndexOf('/'); return i < 0 ? '.' : path.slice(0, i) || '/'; }
      case '%m': return (st.mode & 0o7777).toString(8); case '%y': return typeChar(st);
      case '%U': return String(st.uid); case '%G': return String(st.gid); case '%n': return String(st.nlink);
      case '%k': return String(Math.ceil(st.blocks / 2)); case '%%': return '%';
      default: return m;
    }
  });
}

function* listDir(ctx: Ctx, p: string): Gen<string[]> {
  const names = dirNames(ctx, p);
  return typeof names === 'number' ? [] : names;
}

function* visit(ctx: Ctx, path: string, depth: number, node: Node | null, print: boolean, s: FindState): Gen<void> {
  if (s.quit) return;
  const st = ctx.sys.lstat(path);
  if (typeof st === 'number') { yield* ctx.err(`${ctx.prog}: ${ctx.q(path)}: ${strerror(st)}\n`); s.status = 1; return; }
  yield* ctx.tick();
  const check = function* (): Gen<void> {
    if (depth < s.mindepth) return;
    s.prune = false;
    const ok = node ? yield* evalNode(ctx, node, path, st, s) : true;
    if (ok && print) yield* ctx.out(path + '\n');
  };
  if (!s.depthFirst) yield* check();
  const pruned = s.prune;
  if (S_ISDIR(st.mode) && depth < s.maxdepth && !pruned) {
    const fd = ctx.sys.open(path, O_RDONLY | O_DIRECTORY);
    if (fd < 0) { yield* ctx.err(`${ctx.prog}: ${ctx.q(path)}: ${strerror(fd)}\n`); s.status = 1; }
    else {
      ctx.sys.close(fd);
      for (const n of yield* listDir(ctx, path)) yield* visit(ctx, joinPath(path, n), depth + 1, node, print, s);
    }
  }
  if (s.depthFirst) yield* check();
}

const find = defineProgram('find', function* (ctx) {
  const args = ctx.argv.slice(1).filter((a) => a !== '-H' && a !== '-L' && a !== '-P');
  let i = 0;
  const paths: string[] = [];
  while (i < args.length && !(args[i]!.startsWith('-') && args[i]!.length > 1) && args[i] !== '(' && args[i] !== '!') paths.push(args[i++]!);
  const rest = args.slice(i);
  const s: FindState = { now: ctx.sys.clockGettime('realtime')[0], status: 0, quit: false, prune: false, maxdepth: Infinity, mindepth: 0, depthFirst: false, users: [] };
  const expr: string[] = [];
  for (let j = 0; j < rest.length; j++) {
    const a = rest[j]!;
    if (a === '-maxdepth' || a === '-mindepth') {
      const v = rest[++j];
      if (v === undefined || !/^\d+$/.test(v)) { yield* ctx.err(`${ctx.prog}: Expected a positive decimal integer argument to ${a}, but got ‘${v ?? ''}’\n`); return 1; }
      if (a === '-maxdepth') s.maxdepth = Number(v); else s.mindepth = Number(v);
      continue;
    }
    if (a === '-depth' || a === '-d') { s.depthFirst = true; continue; }
    if (a === '-delete') s.depthFirst = true;
    expr.push(a);
  }
  let parsed: { node: Node | null; hasAction: boolean };
  try { parsed = parseExpr(expr); } catch (e) {
    if (e instanceof FindError) { yield* ctx.err(`${ctx.prog}: ${e.message}\n`); return 1; }
    throw e;
  }
  if (expr.includes('-user')) s.users = yield* loadPasswd(ctx);
  for (const p of paths.length > 0 ? paths : ['.']) yield* visit(ctx, p, 0, parsed.node, !parsed.hasAction, s);
  return s.status;
});

export function findPrograms(): Record<string, Program> {
  return { '/usr/bin/find': find };
}
