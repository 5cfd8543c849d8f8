/**
 * Ops: print/printf/say, readline (<FH>, <$fh>, <>) and the -X file tests.
 * Each may block; a blocked op leaves its operands on the stack and keeps
 * its progress in the frame's opState, so re-running it continues the work.
 */
import { EBADF, EINTR, ENOENT } from '../abi/errno.ts';
import { O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY } from '../abi/fcntl.ts';
import { OP } from './opcodes.ts';
import { Flow, type Handler } from './flow.ts';
import type { Vm } from './vm.ts';
import type { Frame } from './image.ts';
import { subOf } from './code.ts';
import { setSv } from './refcount.ts';
import { isRef, type Io, type Val } from './values.ts';
import { isList, uninitWarn, val, valStr, type Item } from './scalar.ts';
import { gvAv, gvFetch, gvSv } from './symbols.ts';
import { cloexecBySysFd, gvOfItem, ioAfterPrint, ioAppend, ioClose, ioFill, ioReadRecord, newIo, toBytes } from './io.ts';
import { def, BLOCKED } from './builtins.ts';
import { sprintfValues } from './builtins-string.ts';
import { LAST_STAT } from './parse-term.ts';
import { convertListItems } from './overload.ts';
import { versionFace } from './version-object.ts';

export const H: Record<number, Handler> = {};

function fhLabel(vm: Vm, x: Item | undefined): string {
  const g = x === undefined ? vm.img.selected : gvOfItem(vm, x);
  return g ? g.name : '';
}

function onlyVersionObjects(vm: Vm, list: Item[]): boolean {
  let any = false;
  for (const x of list) {
    const v = val(vm, x);
    if (!isRef(v) || v.to.blessed === undefined) continue;
    if (versionFace(vm, v) === null) return false;
    any = true;
  }
  return any;
}

H[OP.PRINT] = (vm, code, pc, f) => {
  const kind = code[pc + 1]!;
  const count = code[pc + 2]!;
  const s = vm.img.stack;
  let st = vm.opState(pc);
  if (!st || st.phase === 'ovlL') {
    const list = s[s.length - 1] as Item[];
    // printf formats version objects itself (%vd takes their parts), so a list whose only objects are those is not converted.
    const sw = kind === 1 && onlyVersionObjects(vm, list) ? 0 : convertListItems(vm, pc, f, list);
    if (sw) return sw;
    const fhItem = count === 2 ? (s[s.length - 2] as Item) : undefined;
    const g = fhItem === undefined ? vm.img.selected : gvOfItem(vm, fhItem);
    const io = g?.io;
    const name = kind === 0 ? 'print' : kind === 1 ? 'printf' : 'say';
    if (!io || io.mode === 'closed' || io.mode === 'r') {
      if (f.warn) vm.warn(g ? io?.mode === 'r' ? `Filehandle ${g.name} opened only for input` : `${name}() on ${!io ? 'unopened' : 'closed'} filehandle ${g.name}` : `${name}() on unopened filehandle`);
      vm.img.errno = EBADF;
      if (!g && fhItem !== undefined && val(vm, fhItem) === undefined) return vm.dieMsg(`Can't use an undefined value as filehandle reference`);
      s.length -= count;
      // pp_print's failure is undef, not the empty string.
      s.push(undefined);
      return pc + 3;
    }
    let text: string;
    if (kind === 1) text = sprintfValues(vm, list.map((x) => val(vm, x)), list, 'printf');
    else {
      const sep = valStr(vm, gvSv(vm, 'main::,').v);
      const warn = f.warn ? name : undefined;
      text = list.map((x) => { const v = val(vm, x); if (v === undefined && warn) uninitWarn(vm, x, warn); return valStr(vm, v); }).join(sep);
      if (kind === 2) text += '\n';
      else text += valStr(vm, gvSv(vm, 'main::\\').v);
    }
    ioAppend(vm, io, text, name);
    st = { pc, phase: 'flush', io };
  }
  const io = st.io as Io;
  const r = ioAfterPrint(vm, io);
  if (r === Flow.BLOCK) { f.opState = st; return r; }
  f.opState = null;
  s.length -= count;
  s.push(r < 0 ? undefined : 1);
  return pc + 3;
};

/** The next file of <> (ARGV), or STDIN when @ARGV was empty. */
function argvHandle(vm: Vm): Io | null | number {
  const g = gvFetch(vm, 'main::ARGV', true)!;
  if (g.io && g.io.mode !== 'closed' && !(g.io.eof && g.io.rbuf === '')) return g.io;
  const argv = gvAv(vm, 'main::ARGV');
  if (!vm.img.argvUsed) {
    vm.img.argvUsed = true;
    if (argv.a.length === 0) {
      g.io = newIo(0, 'ARGV', 'r'); gvSv(vm, 'main::ARGV').v = '-'; argvLayers(vm, g.io, true); return g.io;
    }
  }
  const lines = g.io?.lines ?? 0;
  const suffix = inPlaceSuffix(vm);
  while (argv.a.length) {
    const sv = argv.a.shift()!;
    const path = valStr(vm, sv.v);
    gvSv(vm, 'main::ARGV').v = path;
    if (path === '-') { g.io = newIo(0, 'ARGV', 'r'); g.io.lines = lines; argvLayers(vm, g.io, true); return g.io; }
    const fd = vm.sys.open(path, O_RDONLY);
    if (vm.blocked(fd)) { argv.a.unshift(sv); return Flow.BLOCK; }
    if (fd < 0) {
      vm.warn(`Can't open ${path}: ${errText(-fd)}${argvWhere(vm, lines)}`);
      continue;
    }
    cloexecBySysFd(vm, fd);
    g.io = newIo(fd, 'ARGV', 'r');
    g.io.lines = lines;
    argvLayers(vm, g.io, false);
    if (suffix !== null) inPlace(vm, path, suffix);
    return g.io;
  }
  if (suffix !== null) endInPlace(vm);
  return null;
}

/** ARGV reading STDIN shares its :utf8 layer; a file takes -Ci's default layer. */
function argvLayers(vm: Vm, io: Io, stdin: boolean): void {
  if (stdin) io.utf8 = gvFetch(vm, 'main::STDIN', false)?.io?.utf8 === true;
  else if ((vm.img.unicode ?? 0) & 8) io.utf8 = true;
}

/** " at FILE line N, <> line L.": the ARGV handle between two files still counts for $. */
function argvWhere(vm: Vm, lines: number): string {
  const sep = gvSv(vm, 'main::/').v;
  const at = noStatementLine(vm, lines) ? '' : ` at ${vm.frame.file} line ${vm.frame.line}`;
  return `${at}${lines > 0 ? `, <> ${sep === '\n' ? 'line' : 'chunk'} ${lines}` : ''}.\n`;
}

/**
 * perl names the line of the statement run last, and none for line 0. In
 * the -n/-p loop that is line 0 before the first record (no statement has
 * run) and, under -p, after each record too (its print is on line 0).
 */
function noStatementLine(vm: Vm, lines: number): boolean {
  const sw = vm.img.switches;
  if (!(sw.n || sw.p) || vm.img.frames.length !== 1) return false;
  return sw.p || lines === 0;
}

/** The in-place edit suffix: $^I when the program set it, else the -i switch's; null when not editing. */
function inPlaceSuffix(vm: Vm): string | null {
  const v = gvFetch(vm, 'main::^I', false)?.sv?.v;
  return v !== undefined ? valStr(vm, v) : vm.img.switches.i;
}

/** eof() with empty parentheses: true only after the last file of <>; it opens the next file to look (perlfunc eof). */
def('__eof_argv', (vm) => {
  for (;;) {
    const io = argvHandle(vm);
    if (io === Flow.BLOCK) return BLOCKED;
    if (io === null || typeof io === 'number') return 1;
    if (io.rbuf !== '') return '';
    const r = ioFill(vm, io);
    if (r === Flow.BLOCK) return BLOCKED;
    if (r > 0) return '';
    if (!gvAv(vm, 'main::ARGV').a.length) return 1;
    ioClose(vm, io);
  }
});

/** -i[SUFFIX]: keep (or drop) the original and send the default output to a new file at its path. */
function inPlace(vm: Vm, path: string, suffix: string): void {
  endInPlace(vm);
  if (suffix) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const bak = suffix.includes('*') ? path.slice(0, path.length - base.length) + suffix.replace(/\*/g, base) : path + suffix;
    vm.sys.rename(path, bak);
  } else vm.sys.unlink(path);
  const fd = vm.sys.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
  if (fd < 0) { vm.warn(`Can't do inplace edit on ${path}: ${errText(-fd)}`); return; }
  cloexecBySysFd(vm, fd);
  const out = gvFetch(vm, 'main::ARGVOUT', true)!;
  out.io = newIo(fd, 'ARGVOUT', 'w');
  vm.img.selected = out;
}

/** The edited file is complete: close it and print to STDOUT again. */
function endInPlace(vm: Vm): void {
  const out = gvFetch(vm, 'main::ARGVOUT', false);
  if (!out?.io || out.io.mode === 'closed') return;
  ioClose(vm, out.io);
  if (vm.img.selected === out) vm.img.selected = gvFetch(vm, 'main::STDOUT', true)!;
}

import { strerror } from '../abi/errno.ts';
const errText = (e: number): string => strerror(e);

H[OP.READLINE] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const want = code[pc + 1]!;
  const x = s[s.length - 1] as Item;
  const g = gvOfItem(vm, x);
  const isArgv = g !== null && g.pkg === 'main' && g.name === 'ARGV';
  let st = vm.opState(pc);
  if (!st) { st = { pc, phase: 'read', lines: [] as string[] }; }
  const lines = st.lines as string[];
  for (;;) {
    let io: Io | null | number = g?.io ?? null;
    if (isArgv) io = argvHandle(vm);
    if (io === Flow.BLOCK) { f.opState = st; return Flow.BLOCK; }
    if (io === null || typeof io === 'number' || io.mode === 'closed') {
      if (!isArgv && f.warn && g) vm.warn(`readline() on ${io && typeof io === 'object' ? 'closed' : 'unopened'} filehandle ${g.name}`);
      break;
    }
    if (io.mode === 'w' && !io.mem) {
      // Reading a write-only handle fails with EBADF and leaves its error flag set (close then fails).
      if (f.warn && g) vm.warn(`Filehandle ${g.name} opened only for output`);
      vm.img.errno = EBADF;
      io.err = true;
      break;
    }
    const rec = ioReadRecord(vm, io, gvSv(vm, 'main::/').v);
    if (rec === Flow.BLOCK) { f.opState = st; return Flow.BLOCK; }
    if (rec === -EINTR) {
      f.opState = st;
      const r = vm.checkSignals(pc, f);
      if (r === Flow.SWITCH) return r;
      continue;
    }
    vm.img.lastRead = io;
    if (rec === null || typeof rec === 'number') {
      if (isArgv && vm.img.argvUsed && gvAv(vm, 'main::ARGV').a.length) { ioClose(vm, io); continue; }
      break;
    }
    if (want !== 2) {
      f.opState = null;
      s[s.length - 1] = rec;
      return pc + 2;
    }
    lines.push(rec);
  }
  f.opState = null;
  s[s.length - 1] = want === 2 ? lines : undefined;
  return pc + 2;
};

/**
 * -T / -B (pp_fttext): look at the first block. Empty: both true. A NUL or
 * more than a third odd bytes (controls other than \n \r \t \b \f ESC, and
 * bytes above 127 that are not UTF-8) make it binary. An open handle on a
 * file is judged by what its buffer holds (filled first when empty).
 */
function textTest(vm: Vm, what: string | Io, binary: boolean, type: number): Val {
  if (type === 0o040000) return '';
  let r: Uint8Array | number;
  if (typeof what === 'object') {
    if (type !== 0o100000) return binary ? '' : 1;
    if (what.rbuf === '' && !what.eof && !what.mem) ioFill(vm, what);
    r = toBytes(vm, what.rbuf.slice(0, 512), null);
  } else {
    const fd = vm.sys.open(what, O_RDONLY);
    if (fd < 0) { vm.img.errno = -fd; return undefined; }
    r = vm.sys.read(fd, 512);
    vm.sys.close(fd);
  }
  if (typeof r === 'number') return binary ? '' : 1;
  if (r.length === 0) return 1;
  let odd = 0;
  let utf8 = true;
  try { new TextDecoder('utf-8', { fatal: true }).decode(r); } catch { utf8 = false; }
  for (const b of r) {
    if (b === 0) return binary ? 1 : '';
    if ((b < 32 && ![10, 13, 9, 8, 12, 27].includes(b)) || (b > 127 && !utf8)) odd++;
  }
  const isBinary = odd * 3 > r.length;
  return isBinary === binary ? 1 : '';
}

/** The `_` of a stat or file test on a handle: this prefix and the fd. */
export const STAT_FD = '\0fd:';

/** -r/-w/-x of an open handle, from its mode bits (root reads and writes anything, executes what has an x bit). */
function modeAccess(vm: Vm, st: { mode: number; uid: number; gid: number }, bit: number): boolean {
  const uid = vm.sys.geteuid();
  if (uid === 0) return bit !== 1 || (st.mode & 0o111) !== 0;
  const shift = st.uid === uid ? 6 : st.gid === vm.sys.getegid() ? 3 : 0;
  return ((st.mode >> shift) & bit) !== 0;
}

/** -e -f -d -s ... (perlfunc -X). */
H[OP.FILETEST] = (vm, code, pc, f) => {
  const s = vm.img.stack;
  const op = subOf(f.unit, f.sub).consts[code[pc + 1]!] as string;
  const x = s.pop() as Item;
  const g = gvOfItem(vm, x);
  const isFh = g?.io !== undefined && typeof val(vm, x) !== 'string';
  if (op === 't') {
    const fd = isFh ? g!.io!.fd : 0;
    s.push(typeof vm.sys.tcgetattr(fd) === 'object' ? 1 : '');
    return pc + 2;
  }
  if (g && (!isFh || g.io!.mode === 'closed') && typeof val(vm, x) !== 'string') {
    // A handle with nothing open (perldiag "-%c on unopened filehandle %s").
    if (f.warn) vm.warn(`-${op} on ${g.io ? 'closed' : 'unopened'} filehandle ${g.name}`);
    vm.img.errno = EBADF;
    s.push(undefined);
    return pc + 2;
  }
  let path = valStr(vm, val(vm, x));
  const last = path === LAST_STAT;
  if (last) path = vm.img.lastStatPath ?? '';
  // After a stat of a handle, `_` names its descriptor.
  const fd = isFh ? g!.io!.fd : path.startsWith(STAT_FD) ? Number(path.slice(STAT_FD.length)) : -1;
  const st = fd >= 0 ? vm.sys.fstat(fd) : op === 'l' ? vm.sys.lstat(path) : vm.sys.stat(path);
  vm.img.lastStatPath = isFh ? STAT_FD + fd : path;
  if (typeof st === 'number') {
    vm.img.errno = -st;
    s.push(undefined);
    return pc + 2;
  }
  const type = st.mode & 0o170000;
  const res = ((): Val => {
    switch (op) {
      case 'e': return 1;
      case 'f': return type === 0o100000 ? 1 : '';
      case 'd': return type === 0o040000 ? 1 : '';
      case 'l': return type === 0o120000 ? 1 : '';
      case 'p': return type === 0o010000 ? 1 : '';
      case 'S': return type === 0o140000 ? 1 : '';
      case 'b': return type === 0o060000 ? 1 : '';
      case 'c': return type === 0o020000 ? 1 : '';
      case 's': return st.size;
      case 'z': return st.size === 0 ? 1 : '';
      case 'r': case 'R': return (fd >= 0 ? modeAccess(vm, st, 4) : vm.sys.access(path, 4) === 0) ? 1 : '';
      case 'w': case 'W': return (fd >= 0 ? modeAccess(vm, st, 2) : vm.sys.access(path, 2) === 0) ? 1 : '';
      case 'x': case 'X': return (fd >= 0 ? modeAccess(vm, st, 1) : vm.sys.access(path, 1) === 0) ? 1 : '';
      case 'o': case 'O': return st.uid === vm.sys.geteuid() ? 1 : '';
      case 'u': return st.mode & 0o4000 ? 1 : '';
      case 'g': return st.mode & 0o2000 ? 1 : '';
      case 'k': return st.mode & 0o1000 ? 1 : '';
      case 'M': case 'A': case 'C': {
        const start = Number(gvSv(vm, 'main::^T').v) || 0;
        const t = op === 'M' ? st.mtimeMs : op === 'A' ? st.atimeMs : st.ctimeMs;
        return (start - t / 1000) / 86400;
      }
      case 'T': case 'B': return textTest(vm, isFh ? g!.io! : path, op === 'B', type);
    }
    return '';
  })();
  void ENOENT;
  s.push(res);
  return pc + 2;
};

export { isList, setSv };
