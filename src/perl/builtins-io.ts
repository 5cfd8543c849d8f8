/**
 * Builtins for files and handles (perlfunc "Input and output functions",
 * "Functions for filehandles, files, or directories"): open close binmode
 * fileno eof read sysread syswrite seek tell getc flock truncate opendir
 * readdir closedir unlink mkdir rmdir rename chdir stat lstat chmod utime
 * link symlink readlink select umask pipe. Errors set $! and return false.
 */
import { ERESTARTSYS, EBADF, EINTR } from '../abi/errno.ts';
import { O_APPEND, O_CREAT, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, O_DIRECTORY } from '../abi/fcntl.ts';
import { def, died, BLOCKED, type FlowReq } from './builtins.ts';
import { Flow } from './flow.ts';
import { resumedAfterSignal, runHandlerThen } from './signals.ts';
import type { Vm } from './vm.ts';
import type { Frame, Want } from './image.ts';
import { setSv } from './refcount.ts';
import { isRef, newSv, type Gv, type Io, type Sv, type Val } from './values.ts';
import { isList, val, valNum, valStr, type Item } from './scalar.ts';
import { gvOfItem, ioClose, ioFill, ioFlush, ioPrevError, newIo, toBytes, fromBytes, type StdIo } from './io.ts';
import { assignSv } from './ops-core.ts';
import { gvFetch } from './symbols.ts';
import { commandArgv, forkOpen, forkOpenChild, missingProgram, setChildStatus, spawnCommand } from './process.ts';
import { subOf } from './code.ts';

const flat = (args: Item[]): Item[] => args.flatMap((a) => (isList(a) ? a : [a]));
const S = (vm: Vm, x: Item | undefined): string => (x === undefined ? '' : valStr(vm, val(vm, x)));
const N = (vm: Vm, x: Item | undefined): number => (x === undefined ? 0 : valNum(vm, val(vm, x)));


/** The glob an open() target names, vivifying `open my $fh` to a new anonymous glob. */
export function targetGlob(vm: Vm, x: Item): Gv | null {
  const g = gvOfItem(vm, x);
  if (g) return g;
  if (typeof x === 'object' && x !== null && (x as Sv).t === 's' && val(vm, x) === undefined) {
    // perl names the handle after the variable: "$fh", "$sock".
    const f = vm.frame;
    const slot = (f.pad as unknown[]).indexOf(x);
    const pn = slot >= 0 ? subOf(f.unit, f.sub).padNames[slot] : undefined;
    const gv: Gv = { t: 'g', rc: 0, pkg: 'main', name: pn && pn.startsWith('$') ? pn : '$fh' };
    setSv(vm, x as Sv, { t: 'r', to: gv });
    return gv;
  }
  if (typeof x === 'string' || (typeof x === 'object' && x !== null && (x as Sv).t === 's')) {
    const name = S(vm, x);
    if (name) return gvFetch(vm, name.includes('::') ? name : `main::${name}`, true)!;
  }
  return null;
}

export function fail(vm: Vm, errno: number): Val {
  vm.img.errno = errno;
  return '';
}

/** A failed open: $! set, and undef returned (perlfunc open). */
function openFail(vm: Vm, errno: number): Val {
  vm.img.errno = errno;
  return undefined;
}

/**
 * Make `io` the handle of glob `g`, closing what it had. A handle open on
 * fd 0-2 keeps its fd number: the new file is dup2'ed onto it, as perl does
 * when STDIN/STDOUT/STDERR are reopened (doio.c, PL_maxsysfd).
 */
export function installIo(vm: Vm, g: Gv, io: Io, fdopen = false): void {
  // Reopening keeps the handle's IO settings ($| set before open stays).
  if (g.io?.autoflush) io.autoflush = true;
  const old = g.io;
  if (old && old.mode !== 'closed' && !old.mem && old.fd >= 0 && old.fd <= 2 && !io.mem && io.fd >= 0 && io.fd !== old.fd) {
    ioFlush(vm, old);
    if (vm.sys.dup2(io.fd, old.fd) === old.fd) {
      // An fdopen (`>&=N`) leaves fd N open: it belongs to another handle.
      if (!fdopen) vm.sys.close(io.fd);
      io.fd = old.fd;
      // The handle stays perl's own (reopened in place): STDERR stays unbuffered.
      if ((old as StdIo).unbuf) (io as StdIo).unbuf = true;
      old.mode = 'closed';
      old.rbuf = old.wbuf = '';
    }
  }
  if (g.io && g.io.mode !== 'closed') ioClose(vm, g.io);
  g.io = io;
  io.name = g.name;
  vm.img.handles = vm.img.handles.filter((h) => h.mode !== 'closed');
  vm.img.handles.push(io);
}

/** Parse a 2-arg open spec into mode and path. */
function twoArg(spec: string): { mode: string; path: string } {
  const s = spec.trim();
  const m = /^(\+?[<>]{1,2}&?=?|\|)?\s*(.*?)\s*(\|)?$/.exec(s)!;
  if (m[3]) return { mode: '-|', path: m[2]! };
  if (m[1] === '|') return { mode: '|-', path: m[2]! };
  return { mode: m[1] ?? '<', path: m[2]! };
}

def('open', (vm, args, _w: Want, pc, f) => {
  const [fhItem, modeItem, ...rest] = args;
  const g = targetGlob(vm, fhItem!);
  if (!g) return died(vm.dieMsg(`Can't use an undefined value as filehandle reference`));
  let mode: string, path: string;
  let target: Item | undefined;
  if (rest.length === 0) ({ mode, path } = twoArg(S(vm, modeItem)));
  else { mode = S(vm, modeItem).trim(); target = flat(rest)[0]; path = S(vm, target); }
  const layers = /:.*$/.exec(mode)?.[0];
  mode = mode.replace(/:.*$/, '').trim() || '<';
  // in-memory file
  const tv = target === undefined ? undefined : val(vm, target);
  if (isRef(tv) && tv.to.t === 's') {
    const sv = tv.to;
    const io = newIo(-1, g.name, mode.includes('<') && !mode.includes('+') ? 'r' : 'w');
    if (mode === '>' || mode === '+>') sv.v = '';
    if (sv.v === undefined) sv.v = '';
    // The handle owns its scalar (`open $fh, '<', \"text"` reads a temporary).
    sv.rc++;
    io.mem = { sv, pos: mode.includes('>>') ? String(sv.v).length : 0 };
    installIo(vm, g, io);
    return 1;
  }
  if (mode === '-|' || mode === '|-') return openPipe(vm, g, mode, rest.length > 1 ? flat(rest).map((x) => S(vm, x)) : [path], pc, f);
  if (/&/.test(mode)) {
    const srcIo = /^\d+$/.test(path) ? undefined : gvFetch(vm, path.replace(/^\*/, '').includes('::') ? path.replace(/^\*/, '') : `main::${path.replace(/^\*/, '')}`, false)?.io ?? (isRef(tv) || (typeof tv === 'object' && tv) ? gvOfItem(vm, target!)?.io : undefined);
    const src = /^\d+$/.test(path) ? Number(path) : srcIo?.fd;
    // The handle duplicated is flushed first (doio.c), so its output comes before the copy's.
    if (srcIo && ioFlush(vm, srcIo) === Flow.BLOCK) return BLOCKED;
    if (src === undefined) {
      // A handle name that no glob has (pp_open: "Bad filehandle").
      const name = path.replace(/^\*/, '');
      const known = typeof tv !== 'string' || gvFetch(vm, name.includes('::') ? name : `main::${name}`, false) !== undefined;
      return known ? openFail(vm, EBADF) : died(vm.dieMsg(`Bad filehandle: ${name}`));
    }
    const fd = mode.includes('=') ? src : vm.sys.dup(src);
    if (fd < 0) return openFail(vm, -fd);
    installIo(vm, g, newIo(fd, g.name, mode.startsWith('+') ? 'rw' : mode.startsWith('<') ? 'r' : 'w'), mode.includes('='));
    return 1;
  }
  if (path === '-' && (mode === '<' || mode === '>')) {
    installIo(vm, g, newIo(mode === '<' ? 0 : 1, g.name, mode === '<' ? 'r' : 'w'));
    return 1;
  }
  const flags = ({ '<': O_RDONLY, '>': O_WRONLY | O_CREAT | O_TRUNC, '>>': O_WRONLY | O_CREAT | O_APPEND, '+<': O_RDWR, '+>': O_RDWR | O_CREAT | O_TRUNC, '+>>': O_RDWR | O_CREAT | O_APPEND } as Record<string, number>)[mode];
  if (flags === undefined) return died(vm.dieMsg(`Unknown open() mode '${mode}'`));
  const fd = vm.sys.open(path, flags, 0o666);
  if (fd === -ERESTARTSYS) return BLOCKED;
  if (fd < 0) return openFail(vm, -fd);
  warnOppositeStd(vm, g, fd, mode);
  const io = newIo(fd, g.name, mode === '<' ? 'r' : mode.startsWith('+') ? 'rw' : 'w');
  if (layers) { const bad = applyLayers(vm, io, layers); if (bad) return bad; }
  installIo(vm, g, io);
  return 1;
});

/** perldiag "Filehandle STDIN reopened as %s only for output" (and STDOUT/STDERR for input): the new file got a closed standard fd. */
function warnOppositeStd(vm: Vm, g: Gv, fd: number, mode: string): void {
  if (!vm.frame.warn) return;
  if (mode === '>' && fd === 0) vm.warn(`Filehandle STDIN reopened as ${g.name} only for output`);
  else if (mode === '<' && (fd === 1 || fd === 2)) vm.warn(`Filehandle STD${fd === 1 ? 'OUT' : 'ERR'} reopened as ${g.name} only for input`);
}

function openPipe(vm: Vm, g: Gv, mode: string, cmd: string[], pc: number, f: Frame): Val | FlowReq {
  const reading = mode === '-|';
  if (cmd.length === 1 && (cmd[0] === '-' || cmd[0] === '')) {
    const st = vm.opState(pc);
    if (st?.phase === 'fork-open-child') return forkOpenChild(vm, st, f);
    const r = forkOpen(vm, reading, pc, f);
    if (typeof r === 'number') return openFail(vm, -r);
    if ('flow' in r) return r;
    const io = newIo(r.fd, g.name, reading ? 'r' : 'w');
    io.pipePid = r.pid;
    installIo(vm, g, io);
    return r.pid;
  }
  const p = vm.sys.pipe();
  if (typeof p === 'number') return openFail(vm, -p);
  const [r, w] = p;
  const argv = commandArgv(vm, cmd);
  if (missingProgram(vm, argv)) { vm.sys.close(r); vm.sys.close(w); return undefined; }
  const pid = spawnCommand(vm, argv, reading ? [[w, 1]] : [[r, 0]], [r, w]);
  vm.sys.close(reading ? w : r);
  if (pid < 0) { vm.sys.close(reading ? r : w); return openFail(vm, -pid); }
  const io = newIo(reading ? r : w, g.name, reading ? 'r' : 'w');
  io.pipePid = pid;
  installIo(vm, g, io);
  return pid;
}

def('close', (vm, [x], _w, pc, f) => {
  const g = x === undefined ? vm.img.selected : gvOfItem(vm, x);
  const io = g?.io;
  if (!io || (io.mode === 'closed' && io.pipePid === undefined)) return fail(vm, EBADF);
  const prev = ioPrevError(io);
  const r = io.mode === 'closed' ? 0 : ioClose(vm, io);
  if (r === -2 /* Flow.BLOCK */) return BLOCKED;
  if (io.pipePid !== undefined) return closePipe(vm, io, pc, f);
  if (r < 0) return fail(vm, -r);
  return prev ? fail(vm, prev) : 1;
});

/**
 * The end of close on a piped open: wait for the child (perlfunc close).
 * False with $! = 0 when the child did not exit with 0; $? is its status.
 */
function closePipe(vm: Vm, io: Io, pc: number, f: Frame): Val | FlowReq {
  const w = vm.sys.wait4(io.pipePid!, 0);
  if (w === -ERESTARTSYS) return BLOCKED;
  if (w === -EINTR) {
    const sw = vm.checkSignals(pc, f);
    return sw === Flow.SWITCH ? { flow: sw, reexec: true } : BLOCKED;
  }
  io.pipePid = undefined;
  if (typeof w === 'number') { vm.img.childStatus = -1; return fail(vm, -w); }
  setChildStatus(vm, w.status);
  if (w.status === 0) return 1;
  vm.img.errno = 0;
  return '';
}

/** binmode FH, LAYER: :raw/:bytes/:crlf change nothing here; :utf8 and :encoding(UTF-8) write characters as UTF-8. */
def('binmode', (vm, [x, l]) => {
  const io = openIo(vm, x, 'binmode');
  if (!io) return '';
  return applyLayers(vm, io, l === undefined ? ':raw' : S(vm, l)) ?? 1;
});

/** `use open ':std', LAYERS`: STDIN, STDOUT and STDERR take the layers. */
def('__std_layers', (vm, [l]) => {
  for (const name of ['STDIN', 'STDOUT', 'STDERR']) {
    const io = gvFetch(vm, `main::${name}`, false)?.io;
    if (io) { const bad = applyLayers(vm, io, S(vm, l)); if (bad) return bad; }
  }
  return 1;
});

/** Layers of binmode or an open mode (`:utf8`, `:encoding(UTF-8)`, `:raw`); a die request for an unknown encoding. */
function applyLayers(vm: Vm, io: Io, layer: string): FlowReq | undefined {
  for (const m of layer.matchAll(/:(\w+)(?:\(([^)]*)\))?/g)) {
    const name = m[1]!, arg = (m[2] ?? '').toLowerCase().replace(/[-_]/g, '');
    if (name === 'utf8' || (name === 'encoding' && arg === 'utf8')) io.utf8 = true;
    else if (name === 'raw' || name === 'bytes' || name === 'pop') io.utf8 = false;
    else if (name === 'encoding') return died(vm.dieMsg(`Cannot find encoding "${m[2]}"`));
  }
  return undefined;
}
def('fileno', (vm, [x]) => { const io = gvOfItem(vm, x!)?.io; return io && io.mode !== 'closed' ? (io.mem ? -1 : io.fd) : undefined; });
def('eof', (vm, [x]) => {
  const g = x === undefined ? (vm.img.lastRead ? null : gvFetch(vm, 'main::STDIN', false)!) : gvOfItem(vm, x);
  const io = g ? g.io : vm.img.lastRead;
  if (!io || io.mode === 'closed') return 1;
  if (io.rbuf !== '') return '';
  if (io.eof) return 1;
  const r = ioFill(vm, io);
  if (r === -2) return BLOCKED;
  if (r <= 0) { io.eof = false; return 1; }
  return '';
});

/** The open io of a handle argument; warns "NAME() on closed filehandle F" and sets EBADF when there is none. */
function openIo(vm: Vm, x: Item | undefined, name: string, dir?: 'r' | 'w'): Io | null {
  const g = x === undefined ? null : gvOfItem(vm, x);
  const io = g?.io;
  if (io && io.mode !== 'closed' && (dir === undefined || io.mem || io.mode !== (dir === 'r' ? 'w' : 'r'))) return io;
  if (io && io.mode !== 'closed') {
    if (vm.frame.warn) vm.warn(`Filehandle ${g!.name} opened only for ${io.mode === 'r' ? 'input' : 'output'}`);
  } else if (vm.frame.warn) vm.warn(g ? `${name}() on ${io ? 'closed' : 'unopened'} filehandle ${g.name}` : `${name}() on unopened filehandle`);
  vm.img.errno = EBADF;
  return null;
}

/** read/sysread FH, SCALAR, LENGTH, OFFSET */
function readInto(vm: Vm, args: Item[], sys: boolean, pc: number, f: Frame): Val | FlowReq {
  const again = resumedAfterSignal(vm, pc, f);
  if (again) return again.value;
  const [x, buf, len, off] = args;
  const io = openIo(vm, x, sys ? 'sysread' : 'read', 'r');
  if (!io) return undefined;
  const n = Math.trunc(N(vm, len));
  let data: string;
  // read() is buffered: it waits for LENGTH bytes or end of file (a handled signal restarts it).
  while (!sys && !io.mem && io.rbuf.length < n && !io.eof) {
    const r = ioFill(vm, io);
    if (r === Flow.BLOCK) return BLOCKED;
    if (r === -EINTR) {
      const sw = vm.checkSignals(pc, f);
      if (sw === Flow.SWITCH) return { flow: sw, reexec: true };
      return BLOCKED;
    }
    if (r <= 0) break;
  }
  if (io.rbuf.length || io.mem || (!sys && io.eof)) {
    if (io.mem && !io.rbuf) ioFill(vm, io);
    data = io.rbuf.slice(0, n);
    io.rbuf = io.rbuf.slice(data.length);
    if (io.eof && io.rbuf === '' && !io.mem) io.eof = false;
  } else {
    const r = vm.sys.read(io.fd, n);
    if (r === -ERESTARTSYS) return BLOCKED;
    // sysread cut short by a handled signal: the handler runs, then undef with EINTR.
    if (r === -EINTR) return runHandlerThen(vm, pc, f, undefined, EINTR) ?? (vm.img.errno = EINTR, undefined);
    if (typeof r === 'number') { vm.img.errno = -r; return undefined; }
    data = fromBytes(r);
  }
  const sv = buf as Sv;
  const cur = S(vm, sv);
  const o = off === undefined ? 0 : Math.trunc(N(vm, off));
  assignSv(vm, sv, (o ? cur.slice(0, o).padEnd(o, '\0') : '') + data);
  return data.length;
}
def('read', (vm, args, _w, pc, f) => readInto(vm, args, false, pc, f));
def('sysread', (vm, args, _w, pc, f) => readInto(vm, args, true, pc, f));
def('syswrite', (vm, [x, d, l, o]) => {
  const io = openIo(vm, x, 'syswrite', 'w');
  if (!io) return undefined;
  let s = S(vm, d);
  if (o !== undefined) {
    let off = Math.trunc(N(vm, o));
    if (off < 0) off += s.length;
    if (off < 0 || off > s.length) return died(vm.dieMsg('Offset outside string'));
    s = s.slice(off);
  }
  if (l !== undefined) s = s.slice(0, Math.trunc(N(vm, l)));
  const r = vm.sys.write(io.fd, toBytes(vm, s, 'syswrite'));
  if (r === -ERESTARTSYS) return BLOCKED;
  if (r < 0) { vm.img.errno = -r; return undefined; }
  return r;
});
def('getc', (vm, [x]) => {
  const io = x === undefined ? gvFetch(vm, 'main::STDIN', false)?.io : openIo(vm, x, 'getc', 'r');
  if (!io) return undefined;
  if (io.rbuf === '' && !io.eof) { const r = ioFill(vm, io); if (r === -2) return BLOCKED; }
  if (io.rbuf === '') return undefined;
  const c = io.rbuf[0]!;
  io.rbuf = io.rbuf.slice(1);
  return c;
});
def('seek', (vm, [x, o, w]) => {
  const io = gvOfItem(vm, x!)?.io;
  if (!io) return '';
  if (io.mem) { io.mem.pos = Math.trunc(N(vm, o)); io.rbuf = ''; io.eof = false; return 1; }
  const fl = ioFlush(vm, io);
  if (fl === -2) return BLOCKED;
  io.rbuf = '';
  io.eof = false;
  const r = vm.sys.lseek(io.fd, Math.trunc(N(vm, o)), Math.trunc(N(vm, w)));
  return r < 0 ? fail(vm, -r) : 1;
});
def('sysseek', (vm, [x, o, w]) => { const io = gvOfItem(vm, x!)?.io; if (!io) return ''; const r = vm.sys.lseek(io.fd, Math.trunc(N(vm, o)), Math.trunc(N(vm, w))); return r < 0 ? fail(vm, -r) : r === 0 ? '0 but true' : r; });
def('tell', (vm, [x]) => {
  const io = (x === undefined ? vm.img.lastRead ? { io: vm.img.lastRead } : null : gvOfItem(vm, x))?.io;
  if (!io) return -1;
  if (io.mem) return io.mem.pos - io.rbuf.length;
  const r = vm.sys.lseek(io.fd, 0, 1);
  return r < 0 ? -1 : r - io.rbuf.length + io.wbuf.length;
});
def('flock', (vm, [x, op]) => {
  const io = gvOfItem(vm, x!)?.io;
  if (!io) return fail(vm, EBADF);
  const r = vm.sys.flock(io.fd, Math.trunc(N(vm, op)));
  if (r === -ERESTARTSYS) return BLOCKED;
  return r < 0 ? fail(vm, -r) : 1;
});
def('truncate', (vm, [x, l]) => {
  const io = gvOfItem(vm, x!)?.io;
  const r = io ? vm.sys.ftruncate(io.fd, Math.trunc(N(vm, l))) : vm.sys.truncate(S(vm, x), Math.trunc(N(vm, l)));
  return r < 0 ? fail(vm, -r) : 1;
});

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
  const entries = dirEntries(vm, S(vm, p));
  if (typeof entries === 'number') return openFail(vm, -entries);
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
def('chmod', (vm, args) => { const [m, ...files] = flat(args); const mode = Math.trunc(N(vm, m)); return eachPath(vm, files, (p) => vm.sys.chmod(p, mode)); });
def('chown', (vm, args) => { const [u, g, ...files] = flat(args); return eachPath(vm, files, (p) => vm.sys.chown(p, Math.trunc(N(vm, u)), Math.trunc(N(vm, g)))); });
def('utime', (vm, args) => { const [a, m, ...files] = flat(args); return eachPath(vm, files, (p) => vm.sys.utimes(p, N(vm, a) * 1000, N(vm, m) * 1000)); });
def('umask', (vm, [m]) => (m === undefined ? (() => { const o = vm.sys.umask(0o22); vm.sys.umask(o); return o; })() : vm.sys.umask(Math.trunc(N(vm, m)))));

function statList(vm: Vm, x: Item | undefined, l: boolean, want: Want): Val | Val[] {
  const g = x === undefined ? null : gvOfItem(vm, x);
  const st = g?.io && typeof val(vm, x!) !== 'string' ? vm.sys.fstat(g.io.fd) : l ? vm.sys.lstat(S(vm, x)) : vm.sys.stat(S(vm, x));
  if (typeof st === 'number') { vm.img.errno = -st; return want === 2 ? [] : ''; }
  const t = (ms: number): number => Math.floor(ms / 1000);
  const list: Val[] = [st.dev, st.ino, st.mode, st.nlink, st.uid, st.gid, st.rdev, st.size, t(st.atimeMs), t(st.mtimeMs), t(st.ctimeMs), st.blksize, st.blocks];
  return want === 2 ? list : 1;
}
def('stat', (vm, [x], want) => statList(vm, x, false, want));
def('lstat', (vm, [x], want) => statList(vm, x, true, want));

def('select', (vm, [x]) => {
  const old = vm.img.selected;
  const name = old.pkg === 'main' ? `main::${old.name}` : `${old.pkg}::${old.name}`;
  if (x !== undefined) { const g = gvOfItem(vm, x) ?? targetGlob(vm, x); if (g) vm.img.selected = g; }
  return old.name.startsWith('$') ? { t: 'r', to: old } : name;
});
def('__select4', (vm, [, , , t]) => {
  const ms = t === undefined || val(vm, t) === undefined ? -1 : N(vm, t) * 1000;
  const r = vm.sys.poll([], ms);
  if (r === -ERESTARTSYS) return BLOCKED;
  return 0;
});

/** sysopen FH, PATH, FLAGS [, PERMS]: open(2) with the caller's flags; true, or undef with $!. */
def('sysopen', (vm, [fh, p, fl, perm]) => {
  const g = targetGlob(vm, fh!);
  if (!g) return died(vm.dieMsg(`Can't use an undefined value as filehandle reference`));
  const flags = Math.trunc(N(vm, fl!));
  const mode = perm === undefined ? 0o666 : Math.trunc(N(vm, perm));
  const fd = vm.sys.open(S(vm, p!), flags, mode);
  if (fd === -ERESTARTSYS) return BLOCKED;
  if (fd < 0) return openFail(vm, -fd);
  const acc = flags & 3;
  installIo(vm, g, newIo(fd, g.name, acc === O_RDONLY ? 'r' : acc === O_WRONLY ? 'w' : 'rw'));
  return 1;
});

def('pipe', (vm, [r, w]) => {
  const p = vm.sys.pipe();
  if (typeof p === 'number') return fail(vm, -p);
  const gr = targetGlob(vm, r!), gw = targetGlob(vm, w!);
  if (!gr || !gw) return '';
  installIo(vm, gr, newIo(p[0], gr.name, 'r'));
  installIo(vm, gw, newIo(p[1], gw.name, 'w'));
  return 1;
});

def('readline', (vm, [x], want) => {
  void vm; void x; void want;
  return died(vm.dieMsg('readline() as a function is not supported; use <FH>'));
});

export { newSv };
