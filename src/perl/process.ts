/**
 * Builtins for processes and time (perlfunc "Functions for processes",
 * "Time-related functions"): fork wait waitpid system exec readpipe (``)
 * kill sleep alarm time times localtime gmtime getppid getpgrp setpgrp
 * setsid. fork copies the whole image; system/``/pipe opens start a small
 * spawn image that only arranges fds and execs.
 */
import { ERESTARTSYS, EINTR, ECHILD, EACCES, ENOENT, strerror } from '../abi/errno.ts';
import { signalByName, SIGINT, SIGQUIT } from '../abi/signals.ts';
import type { SigDisposition } from '../abi/sys.ts';
import { F_SETFD, X_OK } from '../abi/fcntl.ts';
import { def, died, BLOCKED, type FlowReq } from './builtins.ts';
import type { Vm } from './vm.ts';
import type { Frame, Image, OpState } from './image.ts';
import { Flow } from './flow.ts';
import { resumedAfterSignal, runHandlerThen } from './signals.ts';
import { isList, val, valNum, valStr, type Item } from './scalar.ts';
import { gvFetch, gvHv, gvSv } from './symbols.ts';
import { fromBytes, ioDropReadBuffer, ioFlush } from './io.ts';
import type { Val } from './values.ts';
import { localInfo, programTz } from './tz.ts';
import { kernelArgs } from './sysnames.ts';

const flat = (args: Item[]): Item[] => args.flatMap((a) => (isList(a) ? a : [a]));
const S = (vm: Vm, x: Item | undefined): string => (x === undefined ? '' : valStr(vm, val(vm, x)));
const N = (vm: Vm, x: Item | undefined): number => (x === undefined ? 0 : valNum(vm, val(vm, x)));

/**
 * Flush every handle before the process is copied or replaced
 * (PERL_FLUSHALL_FOR_CHILD): output goes out, and input read ahead from a
 * seekable file is given back, so a child reading the same fd goes on where
 * perl's reader stopped.
 */
export function flushAll(vm: Vm): boolean {
  for (const g of vm.img.globs.values()) if (g.io && g.io.mode !== 'closed') { if (ioFlush(vm, g.io) === Flow.BLOCK) return false; ioDropReadBuffer(vm, g.io); }
  for (const io of vm.img.handles) if (io.mode !== 'closed') { if (ioFlush(vm, io) === Flow.BLOCK) return false; ioDropReadBuffer(vm, io); }
  return true;
}

/** %ENV as envp. */
export function envp(vm: Vm): string[] {
  const env = gvHv(vm, 'main::ENV');
  return [...env.h].map(([k, v]) => `${k}=${valStr(vm, v.v)}`);
}

/** Resolve a command name along $PATH. */
function whichPath(vm: Vm, name: string): string | null {
  if (name.includes('/')) return name;
  const path = valStr(vm, gvHv(vm, 'main::ENV').h.get('PATH')?.v ?? '/usr/local/bin:/usr/bin:/bin');
  for (const dir of path.split(':')) {
    const p = `${dir || '.'}/${name}`;
    if (vm.sys.access(p, X_OK) === 0) return p;
  }
  return null;
}

/** argv arrays commandArgv made that run /bin/sh, or that want stderr on stdout (a trailing `2>&1`). */
const PLANS = new WeakMap<string[], 'shell' | 'errToOut'>();
const SHELL_META = /[$&*(){}[\]'";\\|?<>~`\n]/;

/**
 * argv for system/exec/qx/pipe opens from one command string, as perl's
 * do_exec3 decides: a string with shell metacharacters (or starting with
 * `exec `, `. ` or VAR=) runs as `sh -c STRING`; otherwise it is split on
 * whitespace and run directly, a final newline dropped and a final ` 2>&1`
 * done by perl itself. Several words are the argv as they are.
 */
export function commandArgv(vm: Vm, words: string[]): string[] {
  if (words.length !== 1) return words;
  const cmd = words[0]!.replace(/^\s+/, '');
  const shell = (): string[] => { const a = ['sh', '-c', cmd]; PLANS.set(a, 'shell'); return a; };
  if (/^(\.|exec)\s/.test(cmd) || /^\w*=/.test(cmd)) return shell();
  let end = cmd.length;
  let errToOut = false;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i]!;
    if (!SHELL_META.test(c)) continue;
    if (c === '\n' && i === cmd.length - 1) { end = i; break; }
    if (c === '>' && /^ 2>&1\s*$/.test(cmd.slice(i - 2))) { end = i - 2; errToOut = true; break; }
    return shell();
  }
  const argv = cmd.slice(0, end).split(/\s+/).filter((w) => w !== '');
  if (argv.length === 0) argv.push('');
  if (errToOut) PLANS.set(argv, 'errToOut');
  return argv;
}

/** Start a child that dup2s fds and execs argv (the program `prog`, by default argv[0]). Returns its pid or -errno. */
export function spawnCommand(vm: Vm, argv: string[], dup: [number, number][], close: number[], prog = argv[0]!): number {
  const plan = PLANS.get(argv);
  if (plan === 'errToOut') dup = [...dup, [1, 2]];
  const path = plan === 'shell' ? '/bin/sh' : whichPath(vm, prog) ?? prog;
  const child = { spawn: { path: kernelArgs(vm.img, [path])[0]!, argv: kernelArgs(vm.img, argv), envp: kernelArgs(vm.img, envp(vm)), dup, close } };
  return vm.sys.fork(child);
}

/** Run the spawn image (in the child). */
export function runSpawn(img: Pick<Image, 'spawn'>, sys: Vm['sys']): number {
  const sp = img.spawn!;
  // A pipe end already on its fd keeps it across exec (dup2 clears close-on-exec for the others).
  for (const [from, to] of sp.dup) if (from !== to) sys.dup2(from, to); else sys.fcntl(to, F_SETFD, 0);
  for (const fd of sp.close) if (!sp.dup.some(([, to]) => to === fd)) sys.close(fd);
  const r = sys.execve(sp.path, sp.argv, sp.envp);
  if (r === -ERESTARTSYS) return 1;
  const msg = `Can't exec "${sp.argv[0]}": ${r === -ENOENT ? 'No such file or directory' : 'Permission denied'}\n`;
  sys.write(2, new TextEncoder().encode(msg));
  sys.exit(255);
  return 1;
}

def('fork', (vm, _args, want, pc, f) => {
  if (!flushAll(vm)) return BLOCKED;
  const s = vm.img.stack;
  const savedPc = f.pc;
  f.pc = pc + 4;
  s.push(want === 2 ? [0] : 0);
  const child = structuredClone(vm.img);
  s.pop();
  f.pc = savedPc;
  const pid = vm.sys.fork(child);
  if (pid < 0) { vm.img.errno = -pid; return undefined; }
  return pid;
});

/**
 * The forking open, open(FH, '-|') / open(FH, '|-') with no command
 * (perlfunc open, perlipc "Safe Pipe Opens"): a pipe, then a copy of this
 * image. The copy re-runs the open op at `pc`, which finds its opState and
 * calls forkOpenChild. Returns { pid, fd } (the parent's end of the pipe),
 * BLOCKED while flushing, or -errno.
 */
export function forkOpen(vm: Vm, reading: boolean, pc: number, f: Frame): { pid: number; fd: number } | typeof BLOCKED | number {
  if (!flushAll(vm)) return BLOCKED;
  const p = vm.sys.pipe();
  if (typeof p === 'number') return p;
  const [r, w] = p;
  const savedPc = f.pc;
  f.pc = pc;
  f.opState = { pc, phase: 'fork-open-child', from: reading ? w : r, to: reading ? 1 : 0, close: [r, w] };
  const child = structuredClone(vm.img);
  f.opState = null;
  f.pc = savedPc;
  const pid = vm.sys.fork(child);
  vm.sys.close(reading ? w : r);
  if (pid < 0) { vm.sys.close(reading ? r : w); return pid; }
  return { pid, fd: reading ? r : w };
}

/** In the child of a forking open: its end of the pipe becomes STDOUT (or STDIN); open returns 0. */
export function forkOpenChild(vm: Vm, st: OpState, f: Frame): number {
  f.opState = null;
  const to = st.to as number;
  if (st.from === to) vm.sys.fcntl(to, F_SETFD, 0);
  else vm.sys.dup2(st.from as number, to);
  for (const fd of st.close as number[]) if (fd !== to) vm.sys.close(fd);
  // The handle keeps its buffers (as stdio's do across fork) but is no longer a terminal.
  const io = gvFetch(vm, to === 0 ? 'main::STDIN' : 'main::STDOUT', false)?.io;
  if (io && io.fd === to) io.tty = undefined;
  return 0;
}

/**
 * $? and ${^CHILD_ERROR_NATIVE} after a wait (perlvar): the native status
 * as wait4 gave it; $? the same for an exit or a signal, and 0 for a
 * stopped child, which perl's $? cannot describe.
 */
export function setChildStatus(vm: Vm, status: number): void {
  vm.img.childStatus = status !== -1 && (status & 0xff) === 0x7f ? 0 : status;
  gvSv(vm, 'main::^CHILD_ERROR_NATIVE').v = status;
}

function waitFor(vm: Vm, pid: number, flags: number, pc: number): Val | typeof BLOCKED | { flow: number } {
  const r = vm.sys.wait4(pid, flags);
  if (r === -ERESTARTSYS) return BLOCKED;
  if (r === -EINTR) {
    const sw = vm.checkSignals(pc, vm.frame);
    if (sw === Flow.SWITCH) return { flow: sw, reexec: true } as never;
    return BLOCKED;
  }
  if (typeof r === 'number') { vm.img.errno = -r; setChildStatus(vm, -1); return -1; }
  // WNOHANG with nothing to report: $? is -1 too (pp_waitpid).
  setChildStatus(vm, r.pid > 0 ? r.status : -1);
  return r.pid;
}
def('wait', (vm, _a, _w, pc) => waitFor(vm, -1, 0, pc));
def('waitpid', (vm, [p, fl], _w, pc) => waitFor(vm, Math.trunc(N(vm, p)), Math.trunc(N(vm, fl)), pc));

/**
 * A program run without a shell that cannot be run (missing, a directory, no
 * execute bit): perl's exec in the child fails and tells the parent, so perl
 * warns (under warnings), sets $! and runs nothing. (system and `` also set
 * $? to -1; a pipe open leaves it.)
 */
export function missingProgram(vm: Vm, argv: string[]): boolean {
  if (PLANS.get(argv) === 'shell') return false;
  const path = whichPath(vm, argv[0]!);
  let err = ENOENT;
  if (path !== null) {
    const st = vm.sys.stat(path);
    if (typeof st === 'number') err = -st;
    else if ((st.mode & 0o170000) === 0o040000 || vm.sys.access(path, X_OK) !== 0) err = EACCES;
    else return false;
  }
  vm.img.errno = err;
  if (vm.frame.warn) vm.warn(`Can't exec "${argv[0]}": ${strerror(err)}`);
  return true;
}

/**
 * system LIST / system { PROGRAM } LIST (perlfunc system): run the command,
 * wait, return $?. With `prog`, LIST is the whole argv and no shell is used.
 */
function systemImpl(vm: Vm, words: string[], prog: string | null, pc: number, f: Frame): Val | typeof BLOCKED {
  let st = vm.opState(pc);
  if (!st) {
    if (!flushAll(vm)) return BLOCKED;
    const argv = prog === null ? commandArgv(vm, words) : words;
    if (missingProgram(vm, prog === null ? argv : [prog])) { vm.img.childStatus = -1; return -1; }
    const pid = spawnCommand(vm, argv, [], [], prog ?? argv[0]);
    if (pid < 0) { vm.img.errno = -pid; return -1; }
    // The parent ignores SIGINT and SIGQUIT while it waits (perlfunc system).
    const saved = [vm.sys.sigdisposition(SIGINT), vm.sys.sigdisposition(SIGQUIT)];
    vm.sys.sigaction(SIGINT, 'ignore');
    vm.sys.sigaction(SIGQUIT, 'ignore');
    st = { pc, phase: 'wait', pid, saved };
    f.opState = st;
  }
  const r = vm.sys.wait4(st.pid as number, 0);
  if (r === -ERESTARTSYS || r === -EINTR) return BLOCKED;
  f.opState = null;
  const [int, quit] = st.saved as SigDisposition[];
  vm.sys.sigaction(SIGINT, int!);
  vm.sys.sigaction(SIGQUIT, quit!);
  if (typeof r === 'number') { vm.img.childStatus = -1; return -1; }
  setChildStatus(vm, r.status);
  return r.status;
}
def('system', (vm, args, _w, pc, f) => systemImpl(vm, flat(args).map((x) => S(vm, x)), null, pc, f));
def('__system_prog', (vm, args, _w, pc, f) => {
  const [prog, ...argv] = flat(args).map((x) => S(vm, x));
  return systemImpl(vm, argv, prog ?? '', pc, f);
});

/**
 * exec LIST / exec { PROGRAM } LIST (perlfunc exec): replace the process.
 * It returns only on failure: 0, with $! set and a warning.
 */
function execImpl(vm: Vm, words: string[], prog: string | null): Val | FlowReq {
  if (!flushAll(vm)) return BLOCKED;
  const argv = prog === null ? commandArgv(vm, words) : words;
  const name = prog ?? argv[0]!;
  const plan = PLANS.get(argv);
  const path = plan === 'shell' ? '/bin/sh' : whichPath(vm, name);
  if (plan === 'errToOut') vm.sys.dup2(1, 2);
  if (!path) { vm.img.errno = ENOENT; if (vm.frame.warn) vm.warn(`Can't exec "${name}": No such file or directory`); return 0; }
  const r = vm.sys.execve(path, argv.length ? argv : [name], envp(vm));
  if (r === -ERESTARTSYS) return { flow: Flow.STOP };
  vm.img.errno = -r;
  if (vm.frame.warn) vm.warn(`Can't exec "${name}": ${strerror(-r)}`);
  return 0;
}
def('exec', (vm, args) => execImpl(vm, flat(args).map((x) => S(vm, x)), null));
def('__exec_prog', (vm, args) => {
  const [prog, ...argv] = flat(args).map((x) => S(vm, x));
  return execImpl(vm, argv, prog ?? '');
});

/** `cmd` / qx//: run through /bin/sh -c, collect stdout. */
def('readpipe', (vm, [c], want, pc, f) => {
  let st = vm.opState(pc);
  if (!st) {
    if (!flushAll(vm)) return BLOCKED;
    const argv = commandArgv(vm, [S(vm, c)]);
    if (missingProgram(vm, argv)) { vm.img.childStatus = -1; return want === 2 ? [] : undefined; }
    const p = vm.sys.pipe();
    if (typeof p === 'number') { vm.img.errno = -p; return undefined; }
    const pid = spawnCommand(vm, argv, [[p[1], 1]], [p[0], p[1]]);
    vm.sys.close(p[1]);
    st = { pc, phase: 'read', pid, fd: p[0], out: '' };
    f.opState = st;
  }
  if (st.phase === 'read') {
    for (;;) {
      const r = vm.sys.read(st.fd as number, 65536);
      if (r === -ERESTARTSYS || r === -EINTR) return BLOCKED;
      if (typeof r === 'number' || r.length === 0) break;
      st.out = (st.out as string) + fromBytes(r);
    }
    vm.sys.close(st.fd as number);
    st.phase = 'wait';
  }
  const w = vm.sys.wait4(st.pid as number, 0);
  if (w === -ERESTARTSYS || w === -EINTR) return BLOCKED;
  f.opState = null;
  if (typeof w === 'object') setChildStatus(vm, w.status);
  const out = st.out as string;
  if (want !== 2) return out;
  return splitRecords(vm, out, gvFetch(vm, 'main::/', true)!.sv?.v);
});

/**
 * Backticks in list context: the output cut into records by $/ (perlvar):
 * undef keeps it whole, "" is paragraph mode, a reference to a number gives
 * records of that many characters.
 */
function splitRecords(vm: Vm, out: string, rs: Val): string[] {
  if (out === '') return [];
  if (rs === undefined) return [out];
  if (typeof rs === 'object' && rs !== null && rs.t === 'r') {
    const size = Math.max(1, Math.trunc(valNum(vm, (rs.to as { v?: Val }).v)));
    const recs: string[] = [];
    for (let i = 0; i < out.length; i += size) recs.push(out.slice(i, i + size));
    return recs;
  }
  const sep = valStr(vm, rs);
  if (sep === '') {
    // Paragraphs: leading newlines skipped, each record ends in exactly "\n\n" (the last may end in less).
    return (out.replace(/^\n+/, '').match(/[^]*?(?:\n\n+|$)/g) ?? []).filter((r) => r !== '').map((r) => r.replace(/\n\n+$/, '\n\n'));
  }
  const recs: string[] = [];
  let rest = out;
  for (let i = rest.indexOf(sep); i >= 0; i = rest.indexOf(sep)) { recs.push(rest.slice(0, i + sep.length)); rest = rest.slice(i + sep.length); }
  if (rest) recs.push(rest);
  return recs;
}

const STOP_SIGNALS = new Set([19, 20, 21, 22]);

def('kill', (vm, args, _w, pc, f) => {
  const st = vm.opState(pc);
  if (st?.phase === 'stopped-self') { f.opState = null; return st.n as number; }
  const again = resumedAfterSignal(vm, pc, f);
  if (again) return again.value;
  const [sigItem, ...pids] = flat(args);
  const sv = val(vm, sigItem!);
  let sig: number | undefined;
  let group = false;
  if (typeof sv === 'string' && !/^-?\d+$/.test(sv)) { let name = sv; if (name.startsWith('-')) { group = true; name = name.slice(1); } sig = name === 'ZERO' ? 0 : /[a-z]/.test(name) ? undefined : signalByName(name); }
  else { sig = Math.trunc(N(vm, sigItem)); if (sig < 0) { group = true; sig = -sig; } }
  if (sig === undefined) return died(vm.dieMsg(`Unrecognized signal name "${sv}"`));
  let n = 0;
  let stopsSelf = false;
  for (const p of pids) {
    const pv = val(vm, p);
    if (typeof pv === 'string' && !/^\s*-?\d/.test(pv)) return died(vm.dieMsg(`Can't kill a non-numeric process ID`));
    const pid = Math.trunc(N(vm, p));
    const r = vm.sys.kill(group ? -Math.abs(pid) : pid, sig);
    if (r === 0) n++; else vm.img.errno = -r;
    if (r === 0 && STOP_SIGNALS.has(sig) && (pid === 0 || (group ? Math.abs(pid) === vm.sys.getpgrp() : pid === vm.sys.getpid()))) stopsSelf = true;
  }
  // A stop signal sent to ourselves stops us before the next statement: give
  // the processor back, and finish the kill once continued.
  if (stopsSelf) { f.opState = { pc, phase: 'stopped-self', n }; return BLOCKED; }
  // A signal sent to ourselves is handled before the next statement starts.
  if (n && sig && vm.sys.sigpending()) return runHandlerThen(vm, pc, f, n) ?? n;
  return n;
});

def('sleep', (vm, [x], _w, pc, f) => {
  const again = resumedAfterSignal(vm, pc, f);
  if (again) return again.value;
  const secs = x === undefined ? 1e9 : Math.max(0, Math.trunc(N(vm, x)));
  const r = vm.sys.nanosleep(secs * 1000);
  if (r === -ERESTARTSYS) return BLOCKED;
  if (r === -EINTR) {
    // perl returns the whole seconds slept, after the handler has run.
    const slept = Math.round((secs * 1000 - vm.sys.sleepRemainingMs()) / 1000);
    return runHandlerThen(vm, pc, f, slept) ?? slept;
  }
  return secs;
});
def('alarm', (vm, [x]) => vm.sys.alarm(Math.trunc(N(vm, x))));
def('time', (vm) => vm.sys.clockGettime('realtime')[0]);
def('times', (vm, _a, want) => { const t = vm.sys.times(); const l = [t.utime / 100, t.stime / 100, t.cutime / 100, t.cstime / 100]; return want === 2 ? l : l[0]; });
def('getppid', (vm) => vm.sys.getppid());
def('getpgrp', (vm, [p]) => { const pid = p === undefined ? 0 : Math.trunc(N(vm, p)); const r = pid === 0 ? vm.sys.getpgrp() : vm.sys.getpgid(pid); return r < 0 ? (vm.img.errno = -r, -1) : r; });
def('setpgrp', (vm, [p, g]) => { const r = vm.sys.setpgid(Math.trunc(N(vm, p)), Math.trunc(N(vm, g))); return r < 0 ? (vm.img.errno = -r, '') : 1; });
def('setsid', (vm) => { const r = vm.sys.setsid(); return r < 0 ? (vm.img.errno = -r, -1) : r; });
def('getlogin', (vm) => valStr(vm, gvHv(vm, 'main::ENV').h.get('USER')?.v));

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Broken-down time (perlfunc localtime, gmtime): local time follows $ENV{TZ} (a POSIX TZ string; see tz.ts). */
function timeParts(vm: Vm, x: Item | undefined, want: number, local: boolean): Val | Val[] {
  const secs = x === undefined || val(vm, x) === undefined ? vm.sys.clockGettime('realtime')[0] : Math.trunc(N(vm, x));
  const info = local ? localInfo(programTz(vm), secs) : { offset: 0, isdst: 0 };
  const d = new Date((secs + info.offset) * 1000);
  const yday = Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000);
  if (want === 2) return [d.getUTCSeconds(), d.getUTCMinutes(), d.getUTCHours(), d.getUTCDate(), d.getUTCMonth(), d.getUTCFullYear() - 1900, d.getUTCDay(), yday, info.isdst];
  const p2 = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}
def('localtime', (vm, [x], want) => timeParts(vm, x, want, true));
def('gmtime', (vm, [x], want) => timeParts(vm, x, want, false));

export { ECHILD };
