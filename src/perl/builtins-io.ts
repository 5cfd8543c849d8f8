/**
 * Builtins for files and handles (perlfunc "Input and output functions"):
 * open close binmode fileno eof read sysread syswrite seek tell getc flock
 * truncate select sysopen pipe, and `local *FH`. Directories and the file
 * system are in builtins-fs.ts. Errors set $! and return false.
 */
import { ERESTARTSYS, EBADF, EEXIST, EINTR, EINVAL, ENOTTY, ESPIPE } from '../abi/errno.ts';
import { O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, SEEK_CUR, SEEK_END } from '../abi/fcntl.ts';
import { def, died, BLOCKED, type FlowReq } from './builtins.ts';
import { Flow } from './flow.ts';
import { resumedAfterSignal, runHandlerThen } from './signals.ts';
import type { Vm } from './vm.ts';
import type { Frame, Want } from './image.ts';
import { setSv } from './refcount.ts';
import { isRef, newAv, newHv, newSv, type Gv, type Io, type Sv, type Val } from './values.ts';
import { isList, val, valNum, valStr, type Item } from './scalar.ts';
import { cloexecBySysFd, maxSysFd, gvOfItem, ioClose, ioDropReadBuffer, ioFill, ioFlush, ioPrevError, newIo, toBytes, fromBytes, type StdIo, type SharedIo } from './io.ts';
import { assignSv } from './ops-core.ts';
import { gvFetch, gvSv } from './symbols.ts';
import { charLength, charSlice, firstChar } from './astral.ts';
import { commandArgv, flushAll, forkOpen, forkOpenChild, missingProgram, setChildStatus, spawnCommand } from './process.ts';
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
 * fd 0-2 (or up to $^F) keeps its fd number: the new file is dup2'ed onto
 * it, as perl does when STDIN/STDOUT/STDERR are reopened (doio.c,
 * PL_maxsysfd). The descriptor is then close-on-exec if above $^F.
 */
export function installIo(vm: Vm, g: Gv, io: Io, fdopen = false): void {
  // Reopening keeps the handle's IO settings ($| set before open stays).
  if (g.io?.autoflush) io.autoflush = true;
  if (fdopen) (io as SharedIo).fdShared = true;
  const old = g.io;
  const wasOpen = old !== undefined && old.mode !== 'closed' && !old.dir;
  if (old && old.mode !== 'closed' && !old.mem && old.fd >= 0 && old.fd <= Math.max(2, maxSysFd(vm)) && !io.mem && io.fd >= 0 && io.fd !== old.fd) {
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
  // $. survives a reopen without an intervening close (perlvar).
  if (wasOpen) io.lines = old!.lines;
  g.io = io;
  io.name = g.name;
  vm.img.handles = vm.img.handles.filter((h) => h.mode !== 'closed');
  vm.img.handles.push(io);
  // An fdopen of another handle's descriptor leaves its flags alone.
  if (!fdopen && !io.mem) cloexecBySysFd(vm, io.fd);
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
  const interrupted = resumedAfterSignal(vm, pc, f);
  if (interrupted) return interrupted.value;
  const [fhItem, modeItem, ...rest] = args;
  const g = targetGlob(vm, fhItem!);
  if (!g) return died(vm.dieMsg(`Can't use an undefined value as filehandle reference`));
  if (g.io?.dir && g.io.mode !== 'closed') return died(vm.dieMsg(`Cannot open ${g.name} as a filehandle: it is already open as a dirhandle`));
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
    // PerlIO::scalar maps bytes only.
    if (/[^\x00-\xff]/.test(valStr(vm, sv.v))) {
      if (f.warn) vm.warn('Strings with code points over 0xFF may not be mapped into in-memory file handles\n');
      return openFail(vm, EINVAL);
    }
    // The handle owns its scalar (`open $fh, '<', \"text"` reads a temporary).
    sv.rc++;
    io.mem = { sv, pos: mode.includes('>>') ? String(sv.v).length : 0 };
    if (layers && !applyLayers(vm, io, layers)) { sv.rc--; return openFail(vm, EINVAL); }
    installIo(vm, g, io);
    return 1;
  }
  if (mode === '-|' || mode === '|-') return openPipe(vm, g, mode, rest.length ? flat(rest).map((x) => S(vm, x)) : [path], pc, f);
  if (rest.length && tv === undefined && flat(rest).length === 1) return openAnon(vm, g, mode);
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
    if (srcIo) ioDropReadBuffer(vm, srcIo);
    const fd = mode.includes('=') ? (typeof vm.sys.fstat(src) === 'number' ? -EBADF : src) : vm.sys.dup(src);
    if (fd < 0) return openFail(vm, -fd);
    installIo(vm, g, newIo(fd, g.name, mode.startsWith('+') ? 'rw' : mode.startsWith('<') ? 'r' : 'w'), mode.includes('='));
    // `&=N` names a bare number: perl sets its close-on-exec flag by $^F as for a new descriptor.
    if (mode.includes('=') && /^\d+$/.test(path)) cloexecBySysFd(vm, fd);
    return openedErrno(vm, fd);
  }
  if (path === '-' && rest.length === 0 && (mode === '<' || mode === '>')) return openStd(vm, g, mode === '<' ? 'STDIN' : 'STDOUT');
  const flags = ({ '<': O_RDONLY, '>': O_WRONLY | O_CREAT | O_TRUNC, '>>': O_WRONLY | O_CREAT | O_APPEND, '+<': O_RDWR, '+>': O_RDWR | O_CREAT | O_TRUNC, '+>>': O_RDWR | O_CREAT | O_APPEND } as Record<string, number>)[mode];
  if (flags === undefined) {
    // What follows a valid mode is read as layers first (PerlIO_parse_layers).
    const extra = /^\+?(?:<|>>?)([^:\s].*)$/.exec(mode)?.[1];
    if (extra && f.warn) vm.warn(`Invalid separator character '${extra[0]}' in PerlIO layer specification ${extra}`);
    return died(vm.dieMsg(`Unknown open() mode '${mode}'`));
  }
  const fd = vm.sys.open(path, flags, 0o666);
  if (fd === -ERESTARTSYS) return BLOCKED;
  if (fd === -EINTR) return runHandlerThen(vm, pc, f, undefined, EINTR, true) ?? openFail(vm, EINTR);
  if (fd < 0) return openFail(vm, -fd);
  warnOppositeStd(vm, g, fd, mode);
  const io = newIo(fd, g.name, mode === '<' ? 'r' : mode.startsWith('+') ? 'rw' : 'w');
  if (layers && !applyLayers(vm, io, layers)) { vm.sys.close(fd); return openFail(vm, EINVAL); }
  // -Ci / -Co: :utf8 is the default layer of input / output opens.
  if (!layers && ((vm.img.unicode ?? 0) & (io.mode === 'r' ? 8 : 16))) io.utf8 = true;
  installIo(vm, g, io);
  // An append handle starts at the end: tell() says the size (PerlIO seeks there).
  if (mode.endsWith('>>')) vm.sys.lseek(io.fd, 0, SEEK_END);
  return openedErrno(vm, io.fd);
});

/**
 * perl leaves errno as its probes after a successful open left it: ENOTTY
 * from the isatty check on a file, ESPIPE from the tell on a pipe or
 * terminal. A later bare `die` exits with that value, as perl's does.
 */
function openedErrno(vm: Vm, fd: number): Val {
  vm.img.errno = vm.sys.lseek(fd, 0, SEEK_CUR) < 0 ? ESPIPE : ENOTTY;
  return 1;
}

/** `open FH, '-'` and `open FH, '>-'`: FH shares STDIN's or STDOUT's handle; closing it leaves the standard one open. */
function openStd(vm: Vm, g: Gv, std: 'STDIN' | 'STDOUT'): Val {
  const sg = gvFetch(vm, `main::${std}`, false);
  if (!sg?.io || sg.io.mode === 'closed') return openFail(vm, EBADF);
  if (g.io && g.io !== sg.io && g.io.mode !== 'closed') ioClose(vm, g.io);
  g.io = sg.io;
  return 1;
}

/** Whether closing `g` must leave its io open: it shares a standard handle (`open FH, '-'`). */
function sharesStd(vm: Vm, g: Gv, io: Io): boolean {
  if (g.pkg === 'main' && ['STDIN', 'STDOUT', 'STDERR'].includes(g.name)) return false;
  return ['STDIN', 'STDOUT', 'STDERR'].some((n) => gvFetch(vm, `main::${n}`, false)?.io === io);
}



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
    vm.img.errno = ESPIPE;
    return r.pid;
  }
  // Output waiting in perl's buffers goes out before the child starts (PERL_FLUSHALL_FOR_CHILD).
  if (!flushAll(vm)) return BLOCKED;
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
  vm.img.errno = ESPIPE;
  return pid;
}

def('close', (vm, [x], _w, pc, f) => {
  const g = x === undefined ? vm.img.selected : gvOfItem(vm, x);
  const io = g?.io;
  if (!io || (io.mode === 'closed' && io.pipePid === undefined)) return fail(vm, EBADF);
  if (sharesStd(vm, g!, io)) { g!.io = undefined; return ioFlush(vm, io) === Flow.BLOCK ? BLOCKED : 1; }
  io.lines = 0;
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

/** binmode FH [, LAYER]: no layer means :raw; true, or false (with perl's warning) for an unknown layer. */
def('binmode', (vm, [x, l]) => {
  const io = openIo(vm, x, 'binmode');
  if (!io) return undefined;
  return applyLayers(vm, io, l === undefined ? ':raw' : S(vm, l)) ? 1 : '';
});

/** `use open ':std', LAYERS`: STDIN, STDOUT and STDERR take the layers. */
def('__std_layers', (vm, [l]) => {
  for (const name of ['STDIN', 'STDOUT', 'STDERR']) {
    const io = gvFetch(vm, `main::${name}`, false)?.io;
    if (io) applyLayers(vm, io, S(vm, l));
  }
  return 1;
});

const BYTE_ENCODINGS = new Set(['latin1', 'iso88591', 'ascii', 'usascii', 'binary']);

/**
 * Layers of binmode or an open mode: :utf8 and :encoding(UTF-8), :crlf,
 * :raw/:bytes/:pop/:perlio/:unix, and the byte encodings (latin1, ascii).
 * False, with perl's warning, for an unknown layer or encoding.
 */
function applyLayers(vm: Vm, io: Io, layer: string): boolean {
  for (const m of layer.matchAll(/:?(\w+)(?:\(([^)]*)\))?/g)) {
    const name = m[1]!, arg = (m[2] ?? '').toLowerCase().replace(/[-_]/g, '');
    if (name === 'utf8' || (name === 'encoding' && (arg === 'utf8' || arg === 'utf8strict'))) io.utf8 = vm.img.charNames = true;
    else if (name === 'crlf') io.crlf = true;
    else if (name === 'raw' || name === 'pop') { io.utf8 = false; io.crlf = false; }
    else if (name === 'bytes' || (name === 'encoding' && BYTE_ENCODINGS.has(arg))) io.utf8 = false;
    else if (name === 'perlio' || name === 'unix' || name === 'stdio') continue;
    else {
      // The encoding one is always said; the layer one only under warnings.
      if (name === 'encoding') vm.warn(`Cannot find encoding "${m[2]}"`);
      else if (vm.frame.warn) vm.warn(`Unknown PerlIO layer "${name}"`);
      vm.img.errno = EINVAL;
      return false;
    }
  }
  return true;
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
  if (r <= 0) return 1;
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
  if (sys && io.utf8) return died(vm.dieMsg(`sysread() isn't allowed on :utf8 handles`));
  // pp_sysread starts from errno 0 (read and sysread alike).
  vm.img.errno = 0;
  const n = Math.trunc(N(vm, len));
  if (n < 0) return died(vm.dieMsg('Negative length'));
  // A negative OFFSET counts from the end of the buffer; before its start is an error (pp_sysread).
  let o = off === undefined ? 0 : Math.trunc(N(vm, off));
  if (o < 0) { o += charLength(S(vm, buf)); if (o < 0) return died(vm.dieMsg('Offset outside string')); }
  let data: string;
  // read() is buffered: it waits for LENGTH bytes or end of file (a handled signal restarts it).
  // LENGTH counts characters: on a :utf8 handle one above U+FFFF is two code units of rbuf.
  const have = (): number => (io.utf8 ? charLength(io.rbuf) : io.rbuf.length);
  while (!sys && !io.mem && have() < n && !io.eof) {
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
    data = io.utf8 ? charSlice(io.rbuf, 0, n) : io.rbuf.slice(0, n);
    io.rbuf = io.rbuf.slice(data.length);
  } else {
    const r = vm.sys.read(io.fd, n);
    if (r === -ERESTARTSYS) return BLOCKED;
    // sysread cut short by a handled signal: the handler runs, then undef with EINTR.
    if (r === -EINTR) return runHandlerThen(vm, pc, f, undefined, EINTR, true) ?? (vm.img.errno = EINTR, undefined);
    if (typeof r === 'number') { vm.img.errno = -r; return undefined; }
    data = fromBytes(r);
  }
  const sv = buf as Sv;
  const cur = S(vm, sv);
  const head = o ? charSlice(cur, 0, o) : '';
  assignSv(vm, sv, (o ? head + '\0'.repeat(Math.max(0, o - charLength(head))) : '') + data);
  return charLength(data);
}
def('read', (vm, args, _w, pc, f) => readInto(vm, args, false, pc, f));
def('sysread', (vm, args, _w, pc, f) => readInto(vm, args, true, pc, f));
def('syswrite', (vm, [x, d, l, o], _w, pc, f) => {
  const interrupted = resumedAfterSignal(vm, pc, f);
  if (interrupted) return interrupted.value;
  const io = openIo(vm, x, 'syswrite', 'w');
  if (!io) return undefined;
  if (io.utf8) return died(vm.dieMsg(`syswrite() isn't allowed on :utf8 handles`));
  vm.img.errno = 0;
  let s = S(vm, d);
  if (o !== undefined) {
    let off = Math.trunc(N(vm, o));
    if (off < 0) off += s.length;
    if (off < 0 || off > s.length) return died(vm.dieMsg('Offset outside string'));
    s = s.slice(off);
  }
  if (l !== undefined) s = s.slice(0, Math.trunc(N(vm, l)));
  // A wide character is fatal to syswrite (perl 5.30 on).
  if (/[^\x00-\xff]/.test(s)) return died(vm.dieMsg('Wide character in syswrite'));
  const r = vm.sys.write(io.fd, toBytes(vm, s, null));
  if (r === -ERESTARTSYS) return BLOCKED;
  if (r === -EINTR) return runHandlerThen(vm, pc, f, undefined, EINTR, true) ?? (vm.img.errno = EINTR, undefined);
  if (r < 0) { vm.img.errno = -r; return undefined; }
  return r;
});
def('getc', (vm, [x]) => {
  const io = x === undefined ? gvFetch(vm, 'main::STDIN', false)?.io : openIo(vm, x, 'getc', 'r');
  if (!io) return undefined;
  if (io.rbuf === '' && !io.eof) { const r = ioFill(vm, io); if (r === -2) return BLOCKED; }
  if (io.rbuf === '') return undefined;
  const c = firstChar(io.rbuf);
  io.rbuf = io.rbuf.slice(c.length);
  return c;
});
/** `open FH, MODE, undef`: a new anonymous temporary file, already unlinked (perlfunc open). */
function openAnon(vm: Vm, g: Gv, mode: string): Val {
  for (let n = 0; n < 100; n++) {
    const path = `/tmp/PerlIO_${vm.sys.getpid()}_${n}`;
    const fd = vm.sys.open(path, O_RDWR | O_CREAT | O_EXCL, 0o600);
    if (fd === -EEXIST) continue;
    if (fd < 0) return openFail(vm, -fd);
    vm.sys.unlink(path);
    installIo(vm, g, newIo(fd, g.name, mode.startsWith('+') ? 'rw' : mode.includes('>') ? 'w' : 'r'));
    return openedErrno(vm, fd);
  }
  return openFail(vm, EEXIST);
}

/** perl's "NAME() on unopened filehandle F" (or closed) for tell and seek, under warnings; EBADF. */
function noHandle(vm: Vm, x: Item, name: string): void {
  const g = gvOfItem(vm, x);
  if (g && vm.frame.warn) vm.warn(`${name}() on ${g.io ? 'closed' : 'unopened'} filehandle ${g.name}`);
  vm.img.errno = EBADF;
}
def('seek', (vm, [x, o, w]) => {
  const io = gvOfItem(vm, x!)?.io;
  if (!io || io.mode === 'closed') { noHandle(vm, x!, 'seek'); return ''; }
  const whence = Math.trunc(N(vm, w));
  let off = Math.trunc(N(vm, o));
  if (io.mem) {
    const base = whence === SEEK_CUR ? io.mem.pos - io.rbuf.length : whence === SEEK_END ? valStr(vm, io.mem.sv.v).length : 0;
    if (base + off < 0) return fail(vm, EINVAL);
    io.mem.pos = base + off; io.rbuf = ''; io.eof = false;
    return 1;
  }
  const fl = ioFlush(vm, io);
  if (fl === -2) return BLOCKED;
  // The fd is ahead of the reader by what sits in the read buffer.
  if (whence === SEEK_CUR && io.rbuf !== '') off -= io.utf8 ? toBytes(vm, io.rbuf, null).length : io.rbuf.length;
  io.rbuf = '';
  io.eof = false;
  const r = vm.sys.lseek(io.fd, off, whence);
  return r < 0 ? fail(vm, -r) : 1;
});
def('sysseek', (vm, [x, o, w]) => { const io = gvOfItem(vm, x!)?.io; if (!io) return ''; const r = vm.sys.lseek(io.fd, Math.trunc(N(vm, o)), Math.trunc(N(vm, w))); return r < 0 ? fail(vm, -r) : r === 0 ? '0 but true' : r; });
def('tell', (vm, [x]) => {
  const io = (x === undefined ? vm.img.lastRead ? { io: vm.img.lastRead } : null : gvOfItem(vm, x))?.io;
  if (!io || io.mode === 'closed') { if (x !== undefined) noHandle(vm, x, 'tell'); return -1; }
  if (io.mem) return io.mem.pos - io.rbuf.length;
  const r = vm.sys.lseek(io.fd, 0, 1);
  return r < 0 ? -1 : r - (io.utf8 ? toBytes(vm, io.rbuf, null).length : io.rbuf.length) + io.wbuf.length;
});
def('flock', (vm, [x, op], _w, pc, f) => {
  const again = resumedAfterSignal(vm, pc, f);
  if (again) return again.value;
  const io = gvOfItem(vm, x!)?.io;
  if (!io) return fail(vm, EBADF);
  const r = vm.sys.flock(io.fd, Math.trunc(N(vm, op)));
  if (r === -ERESTARTSYS) return BLOCKED;
  // Interrupted: the handler runs at once; the call is re-issued under SA_RESTART, else fails with EINTR.
  if (r === -EINTR) return runHandlerThen(vm, pc, f, '', EINTR, true) ?? fail(vm, EINTR);
  return r < 0 ? fail(vm, -r) : 1;
});
def('truncate', (vm, [x, l]) => {
  const io = gvOfItem(vm, x!)?.io;
  const r = io ? vm.sys.ftruncate(io.fd, Math.trunc(N(vm, l))) : vm.sys.truncate(S(vm, x), Math.trunc(N(vm, l)));
  return r < 0 ? fail(vm, -r) : 1;
});

export { dirEntries } from './builtins-fs.ts';

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
def('sysopen', (vm, [fh, p, fl, perm], _w, pc, f) => {
  const interrupted = resumedAfterSignal(vm, pc, f);
  if (interrupted) return interrupted.value;
  const g = targetGlob(vm, fh!);
  if (!g) return died(vm.dieMsg(`Can't use an undefined value as filehandle reference`));
  const flags = Math.trunc(N(vm, fl!));
  const mode = perm === undefined ? 0o666 : Math.trunc(N(vm, perm));
  const fd = vm.sys.open(S(vm, p!), flags, mode);
  if (fd === -ERESTARTSYS) return BLOCKED;
  if (fd === -EINTR) return runHandlerThen(vm, pc, f, undefined, EINTR, true) ?? openFail(vm, EINTR);
  if (fd < 0) return openFail(vm, -fd);
  const acc = flags & 3;
  installIo(vm, g, newIo(fd, g.name, acc === O_RDONLY ? 'r' : acc === O_WRONLY ? 'w' : 'rw'));
  return openedErrno(vm, fd);
});

/** `local *NAME`: the glob's scalar, array, hash and handle are saved and fresh until the scope ends. */
def('__local_glob', (vm, [n]) => {
  const g = gvFetch(vm, S(vm, n), true)!;
  const save = vm.img.save;
  save.push({ k: 'gvsv', gv: g, old: g.sv }); g.sv = newSv();
  save.push({ k: 'gvav', gv: g, old: g.av }); g.av = newAv();
  save.push({ k: 'gvhv', gv: g, old: g.hv }); g.hv = newHv();
  save.push({ k: 'gvio', gv: g, old: g.io, cv: g.cv }); g.io = undefined; g.cv = undefined;
  return g;
});

def('pipe', (vm, [r, w]) => {
  const p = vm.sys.pipe();
  if (typeof p === 'number') return fail(vm, -p);
  const gr = targetGlob(vm, r!), gw = targetGlob(vm, w!);
  if (!gr || !gw) return '';
  installIo(vm, gr, newIo(p[0], gr.name, 'r'));
  installIo(vm, gw, newIo(p[1], gw.name, 'w'));
  vm.img.errno = ESPIPE;
  return 1;
});

def('readline', (vm, [x], want) => {
  void vm; void x; void want;
  return died(vm.dieMsg('readline() as a function is not supported; use <FH>'));
});

export { newSv };
