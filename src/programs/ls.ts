/** ls(1): long format, columns on a terminal, -a -A -d -R -1 -l -h -F -t -S -r -i -n -g -o -p. */
import { defineProgram } from './runtime.ts';
import type { Ctx, Gen } from './runtime.ts';
import type { Program, Stat } from '../abi/sys.ts';
import { parseCmd, loadPasswd, loadGroups, userName, groupName, joinPath } from './lib/io.ts';
import type { Cmdline } from './lib/io.ts';
import { renderColumns } from './lib/columns.ts';
import { strftime } from './lib/time.ts';
import { O_RDONLY, O_DIRECTORY } from '../abi/fcntl.ts';
import { S_IFMT, S_IFDIR, S_IFLNK, S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK, S_ISUID, S_ISGID, S_ISVTX, S_ISDIR, S_ISLNK } from '../abi/stat.ts';
import { strerror } from '../abi/errno.ts';

interface Entry { name: string; path: string; st: Stat | null; target?: string; targetSt?: Stat | null }

/** "drwxr-xr-x" for a mode. */
export function modeString(mode: number): string {
  const t = mode & S_IFMT;
  const type = t === S_IFDIR ? 'd' : t === S_IFLNK ? 'l' : t === S_IFCHR ? 'c' : t === S_IFBLK ? 'b' : t === S_IFIFO ? 'p' : t === S_IFSOCK ? 's' : '-';
  const rwx = (shift: number, special: number, ch: string): string => {
    const r = mode & (4 << shift) ? 'r' : '-';
    const w = mode & (2 << shift) ? 'w' : '-';
    const x = mode & (1 << shift);
    const xs = mode & special ? (x ? ch : ch.toUpperCase()) : x ? 'x' : '-';
    return r + w + xs;
  };
  return type + rwx(6, S_ISUID, 's') + rwx(3, S_ISGID, 's') + rwx(0, S_ISVTX, 't');
}

/** ls -h sizes: 1023, 1.0K, 1.5M (rounded up, one decimal below 10). */
export function humanSize(n: number): string {
  if (n < 1024) return String(n);
  const units = 'KMGTPE';
  let v = n;
  let u = -1;
  while (v >= 1024 && u < units.length - 1) { v /= 1024; u++; }
  if (v < 10) {
    let r = Math.ceil(v * 10) / 10;
    if (r >= 10) return `${Math.ceil(r)}${units[u]}`;
    return `${r.toFixed(1)}${units[u]}`;
  }
  const r = Math.ceil(v);
  if (r >= 1024 && u < units.length - 1) return `1.0${units[u + 1]}`;
  return `${r}${units[u]}`;
}

/** Does ls's shell-escape quoting need quotes for this name? */
function needsQuote(s: string): boolean {
  return /[^A-Za-z0-9_.\/,+@%=:~^\-\u0080-\uffff]/.test(s) || s === '' || /^[~#]/.test(s);
}

/** Name as ls shows it on a terminal (shell-escape quoting). */
export function quoteForTty(s: string): string {
  if (!needsQuote(s)) return s;
  if (/[\x00-\x1f\x7f]/.test(s)) {
    return "'" + s.replace(/[\x00-\x1f\x7f]/g, (c) => `'$'\\${({ '\n': 'n', '\t': 't', '\r': 'r' } as Record<string, string>)[c] ?? c.charCodeAt(0).toString(8).padStart(3, '0')}''`) + "'";
  }
  if (!s.includes("'")) return `'${s}'`;
  if (!/[$`"\\!]/.test(s)) return `"${s}"`;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function indicator(st: Stat | null, F: boolean, p: boolean): string {
  if (!st) return '';
  const t = st.mode & S_IFMT;
  if (t === S_IFDIR) return F || p ? '/' : '';
  if (!F) return '';
  if (t === S_IFLNK) return '@';
  if (t === S_IFIFO) return '|';
  if (t === S_IFSOCK) return '=';
  if (st.mode & 0o111) return '*';
  return '';
}

interface LsState { c: Cmdline; tty: boolean; width: number; now: number; users: Array<{ name: string; uid: number }>; groups: Array<{ name: string; gid: number }>; status: number; first: boolean }

function sortEntries(es: Entry[], s: LsState): Entry[] {
  const o = s.c.o;
  if (o.has('U') || o.has('f')) return es;
  const by = o.last('t', 'S', 'v', 'X');
  const name = (a: Entry, b: Entry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  let cmp = name;
  if (by === 't') cmp = (a, b) => (b.st?.mtimeMs ?? 0) - (a.st?.mtimeMs ?? 0) || name(a, b);
  if (by === 'S') cmp = (a, b) => (b.st?.size ?? 0) - (a.st?.size ?? 0) || name(a, b);
  const sorted = es.slice().sort(cmp);
  return o.has('r') ? sorted.reverse() : sorted;
}

function* statEntry(ctx: Ctx, name: string, path: string, follow: boolean): Gen<Entry> {
  const st = follow ? ctx.sys.stat(path) : ctx.sys.lstat(path);
  const e: Entry = { name, path, st: typeof st === 'number' ? null : st };
  if (e.st && S_ISLNK(e.st.mode)) {
    const t = ctx.sys.readlink(path);
    if (typeof t === 'string') e.target = t;
    const ts = ctx.sys.stat(path);
    e.targetSt = typeof ts === 'number' ? null : ts;
  }
  yield* ctx.tick();
  return e;
}

function longLines(es: Entry[], s: LsState): string[] {
  const o = s.c.o;
  const h = o.has('h');
  const rows = es.map((e) => {
    const st = e.st!;
    const size = (st.mode & S_IFMT) === S_IFCHR || (st.mode & S_IFMT) === S_IFBLK ? `${st.rdev >> 8}, ${st.rdev & 255}` : h ? humanSize(st.size) : String(st.size);
    const t = st.mtimeMs / 1000;
    const recent = t > s.now - 15778476 && t <= s.now + 3600;
    const date = strftime(recent ? '%b %e %H:%M' : '%b %e  %Y', t);
    const owner = o.has('n') ? String(st.uid) : userName(s.users as never, st.uid);
    const group = o.has('n') ? String(st.gid) : groupName(s.groups as never, st.gid);
    return { mode: modeString(st.mode), nlink: String(st.nlink), owner, group, size, date, ino: String(st.ino), blocks: String(Math.ceil(st.blocks / 2)), e };
  });
  const w = (k: 'nlink' | 'owner' | 'group' | 'size' | 'ino' | 'blocks'): number => Math.max(0, ...rows.map((r) => r[k].length));
  const W = { nlink: w('nlink'), owner: w('owner'), group: w('group'), size: w('size'), ino: w('ino'), blocks: w('blocks') };
  return rows.map((r) => {
    let line = '';
    if (o.has('i')) line += r.ino.padStart(W.ino) + ' ';
    if (o.has('s')) line += r.blocks.padStart(W.blocks) + ' ';
    line += `${r.mode} ${r.nlink.padStart(W.nlink)} `;
    if (!o.has('g')) line += r.owner.padEnd(W.owner) + ' ';
    if (!o.has('o')) line += r.group.padEnd(W.group) + ' ';
    line += `${r.size.padStart(W.size)} ${r.date} ${displayName(r.e, s)}`;
    if (r.e.target !== undefined) line += ` -> ${s.tty ? quoteForTty(r.e.target) : r.e.target}${o.has('F') ? indicator(r.e.targetSt ?? null, true, false).replace('*', '*') : ''}`;
    else line += indicator(r.e.st, o.has('F'), o.has('p'));
    return line;
  });
}

function displayName(e: Entry, s: LsState): string {
  return s.tty ? quoteForTty(e.name) : e.name;
}

function* listEntries(ctx: Ctx, es: Entry[], s: LsState): Gen<void> {
  const o = s.c.o;
  const long = o.last('l', '1', 'C', 'x', 'g', 'o') ;
  if (long === 'l' || long === 'g' || long === 'o' || (o.has('l') && long !== '1' && long !== 'C')) {
    for (const l of longLines(es, s)) yield* ctx.out(l + '\n');
    return;
  }
  const anyQuoted = s.tty && es.some((e) => needsQuote(e.name));
  const names = es.map((e) => {
    let n = displayName(e, s);
    if (anyQuoted && !needsQuote(e.name)) n = ' ' + n;
    let pre = '';
    if (o.has('i')) pre += `${e.st?.ino ?? '?'} `;
    if (o.has('s')) pre += `${e.st ? Math.ceil(e.st.blocks / 2) : 0} `;
    return pre + n + indicator(e.st, o.has('F'), o.has('p'));
  });
  const oneCol = long === '1' || (!s.tty && long !== 'C');
  if (oneCol) { for (const n of names) yield* ctx.out(n + '\n'); return; }
  yield* ctx.out(renderColumns(names, names.map((n) => [...n].length), s.width));
}

function* readDir(ctx: Ctx, path: string): Gen<string[] | number> {
  const fd = yield* ctx.call(() => ctx.sys.open(path, O_RDONLY | O_DIRECTORY));
  if (fd < 0) return fd;
  const names: string[] = [];
  for (;;) {
    const ents = ctx.sys.getdents(fd);
    if (typeof ents === 'number') { ctx.sys.close(fd); return ents; }
    if (ents.length === 0) break;
    for (const d of ents) names.push(d.name);
    yield* ctx.tick(ents.length);
  }
  ctx.sys.close(fd);
  return names;
}

function* listDir(ctx: Ctx, path: string, s: LsState, header: boolean): Gen<void> {
  const o = s.c.o;
  const names = yield* readDir(ctx, path);
  if (header) { yield* ctx.out(`${s.first ? '' : '\n'}${s.tty ? quoteForTty(path) : path}:\n`); }
  s.first = false;
  if (typeof names === 'number') {
    yield* ctx.err(`${ctx.prog}: cannot open directory '${path}': ${strerror(names)}\n`);
    s.status = 2;
    return;
  }
  const all = o.has('a') || o.has('f');
  const shown = names.filter((n) => all || (!n.startsWith('.')) || (o.has('A') && n !== '.' && n !== '..'));
  const es: Entry[] = [];
  for (const n of shown) {
    const e = yield* statEntry(ctx, n, joinPath(path, n), false);
    // Gone between readdir and lstat (e.g. ls's own fd in /proc/self/fd): GNU reports it.
    if (!e.st && (o.has('l') || o.has('g') || o.has('o') || o.has('s') || o.has('i') || o.has('F') || o.has('t') || o.has('S'))) {
      yield* ctx.err(`${ctx.prog}: cannot access '${e.path}': No such file or directory\n`);
      s.status = 1;
      continue;
    }
    es.push(e);
  }
  const sorted = sortEntries(es, s);
  if (o.has('l') || o.has('g') || o.has('o') || o.has('s')) {
    const total = sorted.reduce((a, e) => a + (e.st ? Math.ceil(e.st.blocks / 2) : 0), 0);
    if (o.has('l') || o.has('g') || o.has('o') || o.has('s')) yield* ctx.out(`total ${o.has('h') ? humanSize(total * 1024) : total}\n`);
  }
  yield* listEntries(ctx, sorted, s);
  if (o.has('R')) {
    for (const e of sorted) {
      if (e.name === '.' || e.name === '..' || !e.st || !S_ISDIR(e.st.mode)) continue;
      yield* listDir(ctx, e.path, s, true);
    }
  }
}

const ls = defineProgram('ls', function* (ctx) {
  const c = yield* parseCmd(ctx, {
    short: 'aAdFhilnoprRsStUv1CxfgT:w:',
    long: { all: 'a', 'almost-all': 'A', directory: 'd', classify: 'F', 'human-readable': 'h', inode: 'i', 'numeric-uid-gid': 'n',
      recursive: 'R', reverse: 'r', size: 's', color: 'color::', 'group-directories-first': 'gdf', width: 'w:', 'indicator-style': 'is:' },
  }, 2);
  if (typeof c === 'number') return c;
  const tty = typeof ctx.sys.tiocgwinsz(1) !== 'number';
  const ws = ctx.sys.tiocgwinsz(1);
  let width = typeof ws === 'number' ? Number(ctx.env.get('COLUMNS') ?? 80) || 80 : ws.cols || 80;
  if (c.o.has('w')) width = Number(c.o.get('w')) || 80;
  const [sec] = ctx.sys.clockGettime('realtime');
  const users = c.o.has('l') || c.o.has('g') || c.o.has('o') ? yield* loadPasswd(ctx) : [];
  const groups = c.o.has('l') || c.o.has('g') || c.o.has('o') ? yield* loadGroups(ctx) : [];
  const s: LsState = { c, tty, width, now: sec, users, groups, status: 0, first: true };
  const args = c.args.length > 0 ? c.args : ['.'];
  const files: Entry[] = [];
  const dirs: Entry[] = [];
  const follow = !c.o.has('l') || c.o.has('L');
  for (const a of args) {
    const e = yield* statEntry(ctx, a, a, false);
    if (!e.st) {
      const r = ctx.sys.lstat(a);
      yield* ctx.err(`${ctx.prog}: cannot access '${a}': ${strerror(typeof r === 'number' ? r : -2)}\n`);
      s.status = 2;
      continue;
    }
    const isDir = S_ISDIR(e.st.mode) || (follow && S_ISLNK(e.st.mode) && e.targetSt !== undefined && e.targetSt !== null && S_ISDIR(e.targetSt.mode));
    if (isDir && !c.o.has('d')) dirs.push(e); else files.push(e);
  }
  if (files.length > 0) { yield* listEntries(ctx, sortEntries(files, s), s); s.first = false; }
  const sortedDirs = sortEntries(dirs, s);
  const header = args.length > 1 || c.o.has('R');
  for (const d of sortedDirs) yield* listDir(ctx, d.path, s, header);
  return s.status;
});

export function lsPrograms(): Record<string, Program> {
  return { '/bin/ls': ls, '/usr/bin/dir': ls };
}
