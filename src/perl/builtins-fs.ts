/**
 * Builtins for directories and the file system (perlfunc "Functions for
 * filehandles, files, or directories"): opendir readdir telldir seekdir
 * rewinddir closedir unlink rmdir mkdir rename link symlink readlink chdir
 * chmod chown utime umask stat lstat. Errors set $! and return false.
 */
import { EBADF } from '../abi/errno.ts';
import { O_DIRECTORY, O_RDONLY } from '../abi/fcntl.ts';
import { def, died } from './builtins.ts';
import type { Vm } from './vm.ts';
import type { Want } from './image.ts';
import type { Val } from './values.ts';
import { isList, val, valNum, valStr, type Item } from './scalar.ts';
import { gvOfItem, newIo } from './io.ts';
import { gvFetch } from './symbols.ts';
import { fail, targetGlob } from './builtins-io.ts';
import { STAT_FD } from './ops-io.ts';
import { LAST_STAT } from './parse-term.ts';

const flat = (args: Item[]): Item[] => args.flatMap((a) => (isList(a) ? a : [a]));
const S = (vm: Vm, x: Item | undefined): string => (x === undefined ? '' : valStr(vm, val(vm, x)));
const N = (vm: Vm, x: Item | undefined): number => (x === undefined ? 0 : valNum(vm, val(vm, x)));

/** `use utf8` at compile time: the program deals in characters (sysnames.ts). */
def('__char_names', (vm) => { vm.img.charNames = true; return undefined; });

// ---- directories
/** The names in directory `path` (with . and ..), or a negative errno. */
export function dirEntries(vm: Vm, path: string): string[] | number {
  const fd = vm.sys.open(path, O_RDONLY | O_DIRECTORY);
  if (fd < 0) return fd;
  const entries: string[] = [];
  for (;;) {
    const d = vm.sys.getdents(fd);
    if (typeof d === 'number' || d.length === 0) break;
    for (const e of d) entries.push(e.name);
  }
  vm.sys.close(fd);
  return entries;
}

def('opendir', (vm, [x, p]) => {
  const g = targetGlob(vm, x!);
  if (!g) return '';
  if (g.io && !g.io.dir && g.io.mode !== 'closed') return died(vm.dieMsg(`Cannot open ${g.name} as a dirhandle: it is already open as a filehandle`));
  const entries = dirEntries(vm, S(vm, p));
  if (typeof entries === 'number') { vm.img.errno = -entries; return undefined; }
  const io = newIo(-1, g.name, 'r');
  io.dir = { entries, pos: 0 };
  g.io = io;
  return 1;
});
def('readdir', (vm, [x], want) => {
  const io = gvOfItem(vm, x!)?.io;
  if (!io?.dir) return want === 2 ? [] : undefined;
  if (want === 2) { const rest = io.dir.entries.slice(io.dir.pos); io.dir.pos = io.dir.entries.length; return rest; }
  return io.dir.pos < io.dir.entries.length ? io.dir.entries[io.dir.pos++]! : undefined;
});
def('closedir', (vm, [x]) => { const io = gvOfItem(vm, x!)?.io; if (io) { io.dir = undefined; io.mode = 'closed'; } return 1; });
def('rewinddir', (vm, [x]) => { const io = gvOfItem(vm, x!)?.io; if (io?.dir) io.dir.pos = 0; return 1; });
/** telldir/seekdir: a position is the index of the next entry. */
def('telldir', (vm, [x]) => { const io = gvOfItem(vm, x!)?.io; return io?.dir ? io.dir.pos : fail(vm, EBADF) && undefined; });
def('seekdir', (vm, [x, p]) => { const io = gvOfItem(vm, x!)?.io; if (!io?.dir) return fail(vm, EBADF); io.dir.pos = Math.max(0, Math.min(io.dir.entries.length, Math.trunc(N(vm, p)))); return 1; });

// ---- file system
function eachPath(vm: Vm, args: Item[], op: (p: string) => number): number {
  let n = 0;
  for (const x of flat(args)) { const r = op(S(vm, x)); if (r < 0) vm.img.errno = -r; else n++; }
  return n;
}
def('unlink', (vm, args) => eachPath(vm, args, (p) => vm.sys.unlink(p)));
def('rmdir', (vm, [x]) => { const r = vm.sys.rmdir(S(vm, x)); return r < 0 ? fail(vm, -r) : 1; });
def('mkdir', (vm, [x, m]) => { const r = vm.sys.mkdir(S(vm, x), m === undefined ? 0o777 : Math.trunc(N(vm, m))); return r < 0 ? fail(vm, -r) : 1; });
def('rename', (vm, [a, b]) => { const r = vm.sys.rename(S(vm, a), S(vm, b)); return r < 0 ? fail(vm, -r) : 1; });
def('link', (vm, [a, b]) => { const r = vm.sys.link(S(vm, a), S(vm, b)); return r < 0 ? fail(vm, -r) : 1; });
def('symlink', (vm, [a, b]) => { const r = vm.sys.symlink(S(vm, a), S(vm, b)); return r < 0 ? fail(vm, -r) : 1; });
def('readlink', (vm, [a]) => { const r = vm.sys.readlink(S(vm, a)); return typeof r === 'number' ? (vm.img.errno = -r, undefined) : r; });
def('chdir', (vm, [x]) => {
  const dir = x === undefined ? (gvFetch(vm, 'main::ENV', true)!.hv?.h.get('HOME')?.v as string ?? '/') : S(vm, x);
  const r = vm.sys.chdir(dir);
  return r < 0 ? fail(vm, -r) : 1;
});
def('chmod', (vm, args) => {
  const [m, ...files] = flat(args);
  const mode = Math.trunc(N(vm, m));
  let n = 0;
  // A handle among the names is changed with fchmod (perlfunc chmod).
  for (const x of files) {
    const io = typeof val(vm, x) === 'string' ? null : gvOfItem(vm, x)?.io;
    const r = io && io.mode !== 'closed' && io.fd >= 0 ? vm.sys.fchmod(io.fd, mode) : vm.sys.chmod(S(vm, x), mode);
    if (r < 0) vm.img.errno = -r; else n++;
  }
  return n;
});
def('chown', (vm, args) => { const [u, g, ...files] = flat(args); return eachPath(vm, files, (p) => vm.sys.chown(p, Math.trunc(N(vm, u)), Math.trunc(N(vm, g)))); });
function nowMs(vm: Vm): number {
  const [sec, ns] = vm.sys.clockGettime('realtime');
  return sec * 1000 + Math.floor(ns / 1e6);
}
def('utime', (vm, args) => {
  const [a, m, ...files] = flat(args);
  // Both undef: the current time (utime(2) with a null times pointer); seconds are whole.
  const now = val(vm, a!) === undefined && val(vm, m!) === undefined ? nowMs(vm) : null;
  const at = now ?? Math.trunc(N(vm, a)) * 1000, mt = now ?? Math.trunc(N(vm, m)) * 1000;
  return eachPath(vm, files, (p) => vm.sys.utimes(p, at, mt));
});
def('umask', (vm, [m]) => (m === undefined ? (() => { const o = vm.sys.umask(0o22); vm.sys.umask(o); return o; })() : vm.sys.umask(Math.trunc(N(vm, m)))));

function statList(vm: Vm, x: Item | undefined, l: boolean, want: Want): Val | Val[] {
  const g = x === undefined ? null : gvOfItem(vm, x);
  const isFh = !!g?.io && g.io.mode !== 'closed' && g.io.fd >= 0 && typeof val(vm, x!) !== 'string';
  // `stat _` repeats the last stat or file test (of a path, or of a handle's fd).
  let path = g && g.name === '_' && g.pkg === 'main' && typeof val(vm, x!) !== 'string' ? vm.img.lastStatPath ?? '' : isFh ? STAT_FD + g!.io!.fd : S(vm, x);
  if (path === LAST_STAT) path = vm.img.lastStatPath ?? '';
  const fd = path.startsWith(STAT_FD) ? Number(path.slice(STAT_FD.length)) : -1;
  vm.img.lastStatPath = path;
  const st = fd >= 0 ? vm.sys.fstat(fd) : l ? vm.sys.lstat(path) : vm.sys.stat(path);
  if (typeof st === 'number') { vm.img.errno = -st; return want === 2 ? [] : ''; }
  const t = (ms: number): number => Math.floor(ms / 1000);
  const list: Val[] = [st.dev, st.ino, st.mode, st.nlink, st.uid, st.gid, st.rdev, st.size, t(st.atimeMs), t(st.mtimeMs), t(st.ctimeMs), st.blksize, st.blocks];
  return want === 2 ? list : 1;
}
def('stat', (vm, [x], want) => statList(vm, x, false, want));
def('lstat', (vm, [x], want) => statList(vm, x, true, want));

