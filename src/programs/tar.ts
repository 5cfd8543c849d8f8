/**
 * tar, as GNU tar 1.34 behaves for the common modes: -c (create, ustar
 * headers), -x (extract), -t (list), with -v/-vv, -f ARCHIVE ("-" or none:
 * stdin/stdout), -z (gzip; also detected when reading), -C DIR (in order
 * among the operands), -O, --owner, --group, --mtime, --sort=name,
 * --numeric-owner. Exit status 2 after an error, as GNU's TAREXIT_FAILURE.
 */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program, Stat } from '../abi/sys.ts';
import { readInput, loadPasswd, loadGroups, userName, groupName } from './lib/io.ts';
import type { PasswdEntry, GroupEntry } from './lib/io.ts';
import { BLOCK, RECORD, encodeHeader, readArchive } from './lib/tar-format.ts';
import type { EntryType, Member, TarEntry } from './lib/tar-format.ts';
import { gzipEncode, gzipDecode, isGzip } from './lib/gzip-format.ts';
import { strftime, parseDate } from './lib/time.ts';
import { strerror } from '../abi/errno.ts';
import { O_RDONLY, O_DIRECTORY, O_WRONLY, O_CREAT, O_TRUNC } from '../abi/fcntl.ts';
import { S_ISDIR, S_ISREG, S_ISLNK, S_ISCHR, S_ISFIFO, S_IFMT, S_IFBLK } from '../abi/stat.ts';
import { tarExtract } from './tar-extract.ts';

/** An operand in command-line order: a member name, or a -C directory. */
export type Operand = { kind: 'name'; name: string } | { kind: 'chdir'; dir: string };

export interface TarOpts {
  mode: 'c' | 'x' | 't' | null;
  verbose: number;
  file: string | null;
  gzip: boolean;
  toStdout: boolean;
  owner: string | null;
  group: string | null;
  mtime: string | null;
  sortName: boolean;
  numeric: boolean;
  operands: Operand[];
}

/** State of one run: the failure flag and the running width of the long listing. */
export interface TarRun {
  ctx: Ctx; o: TarOpts; failed: boolean; ugsWidth: number; warnedSlash: boolean;
  users: PasswdEntry[]; groups: GroupEntry[];
}

const SHORT_ARG = new Set(['f', 'C']);

export function* tarError(r: TarRun, msg: string): Gen<void> {
  yield* r.ctx.err(`tar: ${msg}\n`);
  r.failed = true;
}

function* usage(ctx: Ctx, msg: string, status = 2): Gen<number> {
  yield* ctx.err(`tar: ${msg}\nTry 'tar --help' or 'tar --usage' for more information.\n`);
  return status;
}

/** Parse GNU tar's command line (old-style first word "cvf x.tar", short and long options). */
function* parseTar(ctx: Ctx): Gen<TarOpts | number> {
  const o: TarOpts = { mode: null, verbose: 0, file: null, gzip: false, toStdout: false, owner: null, group: null, mtime: null, sortName: false, numeric: false, operands: [] };
  const args = ctx.argv.slice(1);
  if (args.length > 0 && !args[0]!.startsWith('-')) {
    const first = args.shift()!;
    const takes: string[] = [];
    for (const c of first) if (SHORT_ARG.has(c)) takes.push(c);
    const vals = args.splice(0, takes.length);
    args.unshift(...[...first].map((c) => (SHORT_ARG.has(c) ? [`-${c}`, vals.shift() ?? ''] : [`-${c}`])).flat());
  }
  const setMode = function* (m: 'c' | 'x' | 't'): Gen<number> {
    if (o.mode !== null && o.mode !== m) return yield* usage(ctx, "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option");
    o.mode = m;
    return 0;
  };
  const LONG: Record<string, string> = { create: 'c', extract: 'x', get: 'x', list: 't', verbose: 'v', file: 'f', gzip: 'z', gunzip: 'z', ungzip: 'z', directory: 'C', 'to-stdout': 'O' };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { for (const n of args.slice(i + 1)) o.operands.push({ kind: 'name', name: n }); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq < 0 ? undefined : eq);
      const val = (): string => (eq >= 0 ? a.slice(eq + 1) : args[++i] ?? '');
      if (name === 'owner') o.owner = val();
      else if (name === 'group') o.group = val();
      else if (name === 'mtime') o.mtime = val();
      else if (name === 'sort') o.sortName = val() === 'name';
      else if (name === 'numeric-owner') o.numeric = true;
      else if (LONG[name] !== undefined) {
        const r = yield* shortOpt(LONG[name]!, SHORT_ARG.has(LONG[name]!) ? val() : undefined);
        if (r !== 0) return r;
      } else return yield* usage(ctx, `unrecognized option '${a}'`, 64);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        let v: string | undefined;
        if (SHORT_ARG.has(c)) {
          v = a.slice(j + 1) !== '' ? a.slice(j + 1) : args[++i];
          if (v === undefined) return yield* usage(ctx, `option requires an argument -- '${c}'`, 64);
          j = a.length;
        }
        const r = yield* shortOpt(c, v);
        if (r !== 0) return r;
      }
      continue;
    }
    o.operands.push({ kind: 'name', name: a });
  }
  return o;

  function* shortOpt(c: string, v: string | undefined): Gen<number> {
    if (c === 'c' || c === 'x' || c === 't') return yield* setMode(c);
    if (c === 'v') o.verbose++;
    else if (c === 'f') o.file = v!;
    else if (c === 'z') o.gzip = true;
    else if (c === 'O') o.toStdout = true;
    else if (c === 'C') o.operands.push({ kind: 'chdir', dir: v! });
    else return yield* usage(ctx, `invalid option -- '${c}'`, 64);
    return 0;
  }
}

function modeString(e: TarEntry): string {
  const t: Record<EntryType, string> = { file: '-', dir: 'd', symlink: 'l', hardlink: 'h', char: 'c', block: 'b', fifo: 'p', other: '-' };
  const m = e.mode;
  const bit = (b: number, ch: string): string => (m & b ? ch : '-');
  const x = (exec: number, special: number, on: string, off: string): string => (m & special ? (m & exec ? on : off) : m & exec ? 'x' : '-');
  return t[e.type] + bit(0o400, 'r') + bit(0o200, 'w') + x(0o100, 0o4000, 's', 'S') + bit(0o40, 'r') + bit(0o20, 'w') + x(0o10, 0o2000, 's', 'S')
    + bit(0o4, 'r') + bit(0o2, 'w') + x(0o1, 0o1000, 't', 'T');
}

/** One line of `tar tv` (GNU's print_header): the user/group/size column only ever widens. */
export function longLine(r: TarRun, e: TarEntry): string {
  const user = r.o.numeric || e.uname === '' ? String(e.uid) : e.uname;
  const group = r.o.numeric || e.gname === '' ? String(e.gid) : e.gname;
  const size = String(e.type === 'file' ? e.size : 0);
  const pad = user.length + 1 + group.length + size.length;
  if (pad > r.ugsWidth) r.ugsWidth = pad;
  let line = `${modeString(e)} ${user}/${group} ${size.padStart(r.ugsWidth - pad + size.length)} ${strftime('%Y-%m-%d %H:%M', e.mtime)} ${e.name}`;
  if (e.type === 'symlink') line += ` -> ${e.linkname}`;
  if (e.type === 'hardlink') line += ` link to ${e.linkname}`;
  return line + '\n';
}

/** Where verbose output goes: stderr when stdout carries the archive (-cf -) or the members (-xO). */
export function* verboseOut(r: TarRun, text: string): Gen<void> {
  if ((r.o.mode === 'c' && (r.o.file === null || r.o.file === '-')) || (r.o.mode === 'x' && r.o.toStdout)) yield* r.ctx.err(text);
  else yield* r.ctx.out(text);
}

/** Strip leading slashes from a member name, warning once as GNU does. */
export function* safeName(r: TarRun, name: string): Gen<string> {
  const s = name.replace(/^\/+/, '');
  if (s !== name && !r.warnedSlash) {
    r.warnedSlash = true;
    yield* r.ctx.err("tar: Removing leading `/' from member names\n");
  }
  return s === '' ? '.' : s;
}

function entryType(st: Stat): EntryType {
  if (S_ISREG(st.mode)) return 'file';
  if (S_ISDIR(st.mode)) return 'dir';
  if (S_ISLNK(st.mode)) return 'symlink';
  if (S_ISCHR(st.mode)) return 'char';
  if ((st.mode & S_IFMT) === S_IFBLK) return 'block';
  if (S_ISFIFO(st.mode)) return 'fifo';
  return 'other';
}

interface Creator { r: TarRun; out: Uint8Array[]; links: Map<string, string>; mtime: number | null; self: Stat | null }

function* addPath(cr: Creator, path: string): Gen<void> {
  const { r, ctx } = { r: cr.r, ctx: cr.r.ctx };
  yield* ctx.tick(4);
  const st = ctx.sys.lstat(path);
  if (typeof st === 'number') return yield* tarError(r, `${path}: Cannot stat: ${strerror(st)}`);
  if (cr.self && st.dev === cr.self.dev && st.ino === cr.self.ino) { yield* ctx.err(`tar: ${path}: file is the archive; not dumped\n`); return; }
  let name = yield* safeName(r, path);
  const type = entryType(st);
  if (type === 'dir' && !name.endsWith('/')) name += '/';
  const e: TarEntry = {
    name, mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, size: type === 'file' ? st.size : 0, mtime: cr.mtime ?? Math.floor(st.mtimeMs / 1000),
    type, linkname: '', uname: userName(r.users, st.uid), gname: groupName(r.groups, st.gid),
  };
  if (r.o.owner !== null) { const [n, id] = r.o.owner.split(':'); e.uname = /^\d+$/.test(n!) ? '' : n!; e.uid = Number(id ?? (/^\d+$/.test(n!) ? n : r.users.find((u) => u.name === n)?.uid ?? st.uid)); }
  if (r.o.group !== null) { const [n, id] = r.o.group.split(':'); e.gname = /^\d+$/.test(n!) ? '' : n!; e.gid = Number(id ?? (/^\d+$/.test(n!) ? n : r.groups.find((g) => g.name === n)?.gid ?? st.gid)); }
  let data: Uint8Array = new Uint8Array(0);
  const key = `${st.dev}:${st.ino}`;
  if (type === 'symlink') {
    const l = ctx.sys.readlink(path);
    e.linkname = typeof l === 'number' ? '' : l;
  } else if (type === 'file' && st.nlink > 1 && cr.links.has(key)) {
    e.type = 'hardlink'; e.linkname = cr.links.get(key)!; e.size = 0;
  } else if (type === 'file') {
    if (st.nlink > 1) cr.links.set(key, name);
    const d = yield* readInput(ctx, path);
    if (typeof d === 'number') return yield* tarError(r, `${path}: Cannot open: ${strerror(d)}`);
    data = d;
    e.size = d.length;
  } else if (type === 'other') return yield* ctx.err(`tar: ${path}: socket ignored\n`);
  const h = encodeHeader(e);
  if (h === null) return yield* tarError(r, `${path}: file name is too long (max 256); not dumped`);
  cr.out.push(h);
  if (data.length > 0) { cr.out.push(data); if (data.length % BLOCK) cr.out.push(new Uint8Array(BLOCK - (data.length % BLOCK))); }
  if (r.o.verbose > 1) yield* verboseOut(r, longLine(r, e));
  else if (r.o.verbose === 1) yield* verboseOut(r, `${e.name}\n`);
  if (type === 'dir') {
    for (const child of yield* listDir(cr.r, path)) yield* addPath(cr, path.endsWith('/') ? path + child : `${path}/${child}`);
  }
}

function* listDir(r: TarRun, path: string): Gen<string[]> {
  const fd = r.ctx.sys.open(path, O_RDONLY | O_DIRECTORY);
  if (fd < 0) { yield* tarError(r, `${path}: Cannot open: ${strerror(fd)}`); return []; }
  const names: string[] = [];
  for (;;) {
    const ents = r.ctx.sys.getdents(fd);
    if (typeof ents === 'number' || ents.length === 0) break;
    for (const e of ents) if (e.name !== '.' && e.name !== '..') names.push(e.name);
  }
  r.ctx.sys.close(fd);
  if (r.o.sortName) names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names;
}

function* create(r: TarRun): Gen<number> {
  const { ctx, o } = r;
  const names = o.operands.filter((x) => x.kind === 'name');
  if (names.length === 0) return yield* usage(ctx, 'Cowardly refusing to create an empty archive');
  let mtime: number | null = null;
  if (o.mtime !== null) {
    const [now] = ctx.sys.clockGettime('realtime');
    mtime = /^@\d+$/.test(o.mtime) ? Number(o.mtime.slice(1)) : parseDate(o.mtime, now);
    if (mtime === null) return yield* usage(ctx, `Substituting ${strftime('%Y-%m-%d %H:%M:%S', now)} for unknown date format '${o.mtime}'`);
    if (o.verbose > 0) yield* ctx.err(`tar: Option --mtime: Treating date '${o.mtime}' as ${strftime('%Y-%m-%d %H:%M:%S', mtime)}\n`);
  }
  const toStdout = o.file === null || o.file === '-';
  const cwd = ctx.sys.getcwd();
  const archivePath = toStdout ? null : o.file!.startsWith('/') ? o.file! : `${cwd}/${o.file}`;
  const cr: Creator = { r, out: [], links: new Map(), mtime, self: null };
  if (archivePath !== null) {
    const fd = yield* ctx.call(() => ctx.sys.open(archivePath, O_WRONLY | O_CREAT | O_TRUNC, 0o666));
    if (fd < 0) { yield* ctx.err(`tar: ${o.file}: Cannot open: ${strerror(fd)}\ntar: Error is not recoverable: exiting now\n`); return 2; }
    const st = ctx.sys.fstat(fd);
    cr.self = typeof st === 'number' ? null : st;
    ctx.sys.close(fd);
  }
  for (const op of o.operands) {
    if (op.kind === 'chdir') {
      const c = ctx.sys.chdir(op.dir);
      if (c < 0) { yield* ctx.err(`tar: ${op.dir}: Cannot open: ${strerror(c)}\ntar: Error is not recoverable: exiting now\n`); return 2; }
      continue;
    }
    yield* addPath(cr, op.name);
  }
  let len = BLOCK * 2;
  for (const p of cr.out) len += p.length;
  let archive: Uint8Array = new Uint8Array(Math.ceil(len / RECORD) * RECORD);
  let at = 0;
  for (const p of cr.out) { archive.set(p, at); at += p.length; }
  if (o.gzip) archive = yield* gzipEncode(archive, null, 0, (n) => ctx.tick(n));
  ctx.sys.chdir(cwd);
  if (archivePath === null) yield* ctx.out(archive);
  else {
    const fd = yield* ctx.call(() => ctx.sys.open(archivePath, O_WRONLY | O_CREAT | O_TRUNC, 0o666));
    const w = fd < 0 ? fd : yield* ctx.write(fd, archive);
    if (fd >= 0) ctx.sys.close(fd);
    if (w < 0) return yield* fatal(r, `${o.file}: Cannot write: ${strerror(w)}`);
  }
  return yield* finish(r);
}

function* fatal(r: TarRun, msg: string): Gen<number> {
  yield* r.ctx.err(`tar: ${msg}\ntar: Error is not recoverable: exiting now\n`);
  return 2;
}

function* finish(r: TarRun): Gen<number> {
  if (!r.failed) return 0;
  yield* r.ctx.err('tar: Exiting with failure status due to previous errors\n');
  return 2;
}

/** Read and decode the archive for -t and -x; a status when it cannot be read. */
function* loadArchive(r: TarRun): Gen<Member[] | number> {
  const { ctx, o } = r;
  const name = o.file === null ? '-' : o.file;
  let d = yield* readInput(ctx, name);
  if (typeof d === 'number') return yield* fatal(r, `${name}: Cannot open: ${strerror(d)}`);
  if (isGzip(d)) {
    const g = yield* gzipDecode(d, (n) => ctx.tick(n));
    if (typeof g === 'string' || g.error !== undefined) {
      yield* ctx.err(`\ngzip: stdin: ${typeof g === 'string' ? g : g.error}\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\n`);
      return 2;
    }
    d = g.out;
  } else if (o.gzip && d.length > 0) {
    yield* ctx.err('\ngzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\n');
    return 2;
  }
  const a = readArchive(d);
  if (a.error === 'not tar') {
    yield* tarError(r, 'This does not look like a tar archive');
    return yield* finish(r);
  }
  if (a.error === 'eof') {
    r.ctx.sys.trace('tar', 'archive ends inside a member');
    return Object.assign(a.members, { eof: true });
  }
  return a.members;
}

/** Whether member `name` is selected by the operands (exact, or inside a named directory). */
export function selected(names: string[], name: string, hits: Set<string>): boolean {
  if (names.length === 0) return true;
  const n = name.replace(/\/$/, '');
  for (const s of names) {
    const t = s.replace(/\/+$/, '');
    if (n === t || n.startsWith(t + '/')) { hits.add(s); return true; }
  }
  return false;
}

function* list(r: TarRun, members: Member[]): Gen<number> {
  const names = r.o.operands.flatMap((x) => (x.kind === 'name' ? [x.name] : []));
  const hits = new Set<string>();
  for (const m of members) {
    if (!selected(names, m.entry.name, hits)) continue;
    yield* r.ctx.out(r.o.verbose > 0 ? longLine(r, m.entry) : `${m.entry.name}\n`);
    yield* r.ctx.tick(2);
  }
  return yield* endOfMembers(r, members, names, hits);
}

/** Report unmatched operands and a truncated archive, then the exit status. */
export function* endOfMembers(r: TarRun, members: Member[], names: string[], hits: Set<string>): Gen<number> {
  if ((members as Member[] & { eof?: boolean }).eof) return yield* fatal(r, 'Unexpected EOF in archive');
  for (const n of names) if (!hits.has(n)) yield* tarError(r, `${n}: Not found in archive`);
  return yield* finish(r);
}

const tar = defineProgram('tar', function* (ctx) {
  const o = yield* parseTar(ctx);
  if (typeof o === 'number') return o;
  if (o.mode === null) return yield* usage(ctx, "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options");
  const r: TarRun = { ctx, o, failed: false, ugsWidth: 18, warnedSlash: false, users: yield* loadPasswd(ctx), groups: yield* loadGroups(ctx) };
  if (o.mode === 'c') return yield* create(r);
  const members = yield* loadArchive(r);
  if (typeof members === 'number') return members;
  if (o.mode === 't') return yield* list(r, members);
  return yield* tarExtract(r, members);
});

/** Install path of tar. */
export function tarPrograms(): Record<string, Program> {
  return { '/bin/tar': tar };
}
