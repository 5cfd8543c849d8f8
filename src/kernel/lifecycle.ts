/**
 * A process's life: fork, execve (with #! scripts and program markers),
 * exit (zombies, reparenting to init, SIGCHLD, orphaned groups, hangup of a
 * controlling terminal) and wait4 (WNOHANG, WUNTRACED, WCONTINUED).
 */
import {
  E2BIG, EACCES, EAGAIN, ECHILD, EINVAL, ELOOP, ENOEXEC, ERESTARTSYS,
} from '../abi/errno.ts';
import { LIMITS } from '../abi/limits.ts';
import { SIGCHLD, SIGCONT, SIGHUP } from '../abi/signals.ts';
import { S_ISGID, S_ISUID } from '../abi/stat.ts';
import type { Program, WaitResult } from '../abi/sys.ts';
import { W_CONTINUED, W_STOPCODE, WCONTINUED, WNOHANG, WUNTRACED } from '../abi/wait.ts';
import { isDir, isReg } from './fs/inode.ts';
import { MAY_EXEC } from './fs/vfs.ts';
import type { Kernel } from './kernel.ts';
import { Process } from './proc.ts';
import { isOrphanedPgrp, killPgrp, sendSignal } from './signal.ts';
import { makeSys } from './sys.ts';

/** First bytes of an executable that names a built-in program: "\x7fTRM\n<name>\n". */
export const PROGRAM_MAGIC = '\x7fTRM\n';

export function programMarker(name: string): Uint8Array {
  return new TextEncoder().encode(`${PROGRAM_MAGIC}${name}\n`);
}

/** Create a process directly (init, and what the host spawns). Caller sets ids, fds, tty. */
export function createProcess(k: Kernel, ppid: number, program: Program, image: unknown): Process {
  const p = new Process(k.allocPid(), ppid, program, image, k);
  p.startNs = k.clock.nowNs;
  p.sys = makeSys(k, p);
  k.procs.set(p.pid, p);
  k.procs.get(ppid)?.children.add(p.pid);
  k.enqueue(p);
  k.events.emit({ type: 'spawn', pid: p.pid, ppid });
  return p;
}

/** fork(2): the child shares open file descriptions, copies ids, mask, dispositions, cwd. */
export function fork(k: Kernel, parent: Process, childImage: unknown): number {
  if (k.liveCount() >= LIMITS.maxProcs) return -EAGAIN;
  const c = new Process(k.allocPid(), parent.pid, parent.program, childImage, k);
  c.pgid = parent.pgid;
  c.sid = parent.sid;
  c.uid = parent.uid; c.euid = parent.euid; c.suid = parent.suid;
  c.gid = parent.gid; c.egid = parent.egid; c.sgid = parent.sgid;
  c.groups = [...parent.groups];
  c.cwd = parent.cwd;
  c.umask = parent.umask;
  c.comm = parent.comm;
  c.argv = parent.argv;
  c.argAreaBytes = parent.argAreaBytes;
  c.envp = parent.envp;
  c.exePath = parent.exePath;
  c.ctty = parent.ctty;
  c.sigMask = parent.sigMask;
  c.actions = parent.actions.map((a) => ({ ...a }));
  c.memBytes = parent.memBytes;
  c.cgroup = parent.cgroup;
  c.startNs = k.clock.nowNs;
  c.fds = parent.fds.map((e) => {
    if (!e) return null;
    e.file.refs++;
    return { file: e.file, cloexec: e.cloexec };
  });
  c.sys = makeSys(k, c);
  k.procs.set(c.pid, c);
  parent.children.add(c.pid);
  k.enqueue(c);
  k.trace('proc', `fork ${parent.pid} -> ${c.pid}`);
  k.events.emit({ type: 'fork', pid: parent.pid, child: c.pid });
  return c.pid;
}

interface Loaded {
  program: Program;
  argv: string[];
  path: string;
  mode: number;
  uid: number;
  gid: number;
}

/** Find what `path` runs: a program marker, or a #! interpreter (recursively). */
function loadExecutable(k: Kernel, p: Process, path: string, argv: string[], depth: number): Loaded | number {
  if (depth > 4) return -ELOOP;
  const r = k.vfs.resolve(p.cwd, path, p);
  if (typeof r === 'number') return r;
  const ino = r.inode;
  if (isDir(ino) || !isReg(ino)) return -EACCES;
  const perm = k.vfs.permission(ino, p, MAY_EXEC);
  if (perm < 0) return perm;
  const head = new TextDecoder('latin1').decode(k.vfs.readAt(ino, 0, 256));
  if (head.startsWith(PROGRAM_MAGIC)) {
    const name = head.slice(PROGRAM_MAGIC.length).split('\n')[0]!;
    const program = k.programs.get(name);
    if (!program) return -ENOEXEC;
    return { program, argv, path: r.path, mode: ino.mode, uid: ino.uid, gid: ino.gid };
  }
  if (head.startsWith('#!')) {
    const nl = head.indexOf('\n');
    const line = (nl < 0 ? head.slice(2) : head.slice(2, nl)).trim();
    if (!line) return -ENOEXEC;
    const sp = line.search(/[ \t]/);
    const interp = sp < 0 ? line : line.slice(0, sp);
    const arg = sp < 0 ? '' : line.slice(sp).trim();
    const next = [interp, ...(arg ? [arg] : []), path, ...argv.slice(1)];
    return loadExecutable(k, p, interp, next, depth + 1);
  }
  return -ENOEXEC;
}

/** execve(2). On success the process runs the new program from its start. */
export function execve(k: Kernel, p: Process, path: string, argv: string[], envp: string[]): number {
  if (argv.join('').length + envp.join('').length > 2 * 1024 * 1024) return -E2BIG;
  const l = loadExecutable(k, p, path, argv, 0);
  if (typeof l === 'number') return l;
  for (let fd = 0; fd < p.fds.length; fd++) {
    if (p.fds[fd]?.cloexec) k.closeFd(p, fd);
  }
  for (let s = 1; s < p.actions.length; s++) {
    const a = p.actions[s]!;
    if (a.disp === 'catch') p.actions[s] = { disp: 'default', flags: 0, mask: 0 };
  }
  if (l.mode & S_ISUID) p.euid = p.suid = l.uid;
  if (l.mode & S_ISGID) p.egid = p.sgid = l.gid;
  p.program = l.program;
  p.argv = [...l.argv];
  p.argAreaBytes = -1;
  p.envp = [...envp];
  p.exePath = l.path;
  p.comm = (path.split('/').pop() ?? path).slice(0, 15);
  p.image = l.program.load(l.argv, envp);
  p.inflight = null;
  (p.sys as unknown as { retire(): void }).retire();
  p.sys = makeSys(k, p);
  k.trace('proc', `exec ${p.pid} ${l.path}`);
  k.events.emit({ type: 'exec', pid: p.pid, path: l.path, argv: [...p.argv] });
  return -ERESTARTSYS;
}

function reparentChildren(k: Kernel, p: Process): void {
  const init = k.procs.get(1);
  for (const cpid of p.children) {
    const c = k.procs.get(cpid);
    if (!c) continue;
    k.events.emit({ type: 'reparent', pid: cpid, from: c.ppid, to: 1 });
    c.ppid = 1;
    init?.children.add(cpid);
    if (c.state === 'zombie') init?.childWq.wakeAll();
  }
  p.children.clear();
}

/** Groups that the exit of `p` may orphan: its own and its children's. */
function orphanCheck(k: Kernel, p: Process, childGroups: Set<number>): void {
  const groups = new Set([p.pgid, ...childGroups]);
  for (const g of groups) {
    const members = [...k.procs.values()].filter((q) => q.pgid === g && q.state !== 'zombie');
    if (!members.some((q) => q.state === 'stopped')) continue;
    if (!isOrphanedPgrp(k, g)) continue;
    killPgrp(k, g, SIGHUP);
    killPgrp(k, g, SIGCONT);
  }
}

/** Turn `p` into a zombie with wait status `status`, releasing what it held. */
export function exitProcess(k: Kernel, p: Process, status: number): void {
  if (p.state === 'zombie') return;
  if (p.pid === 1) {
    k.trace('proc', 'init exited');
  }
  (p.sys as unknown as { retire(): void }).retire();
  for (let fd = 0; fd < p.fds.length; fd++) if (p.fds[fd]) k.closeFd(p, fd);
  for (const q of p.blockedOn) q.remove(p.pid);
  p.blockedOn = [];
  if (p.wakeTimer) k.clock.cancel(p.wakeTimer);
  if (p.alarmTimer) k.clock.cancel(p.alarmTimer);
  p.wakeTimer = p.alarmTimer = 0;
  p.state = 'zombie';
  p.exitStatus = status;
  k.events.emit({ type: 'exit', pid: p.pid, status });
  if (k.hostWatched.delete(p.pid)) k.hostStatus.set(p.pid, status);
  p.sigPending = 0;
  const childGroups = new Set<number>();
  for (const c of p.children) {
    const cp = k.procs.get(c);
    if (cp) childGroups.add(cp.pgid);
  }
  if (p.isSessionLeader() && p.ctty && p.ctty.sid === p.sid) {
    const tty = p.ctty;
    if (tty.fgPgrp) {
      killPgrp(k, tty.fgPgrp, SIGHUP);
      killPgrp(k, tty.fgPgrp, SIGCONT);
    }
    tty.sid = 0;
    tty.fgPgrp = 0;
    for (const q of k.procs.values()) if (q.sid === p.sid) q.ctty = null;
  }
  reparentChildren(k, p);
  orphanCheck(k, p, childGroups);
  k.trace('proc', `exit ${p.pid} status ${status}`);
  const parent = k.procs.get(p.ppid);
  if (!parent) {
    k.procs.delete(p.pid);
    return;
  }
  const chld = parent.actions[SIGCHLD]!;
  if (chld.disp === 'ignore' || chld.flags & 2 /* SA_NOCLDWAIT */) {
    reap(k, parent, p);
    parent.childWq.wakeAll();
    return;
  }
  parent.childWq.wakeAll();
  sendSignal(k, parent, SIGCHLD);
}

function reap(k: Kernel, parent: Process, c: Process): void {
  parent.children.delete(c.pid);
  k.events.emit({ type: 'reap', pid: c.pid, by: parent.pid });
  parent.childCpuNs += c.cpuNs + c.childCpuNs;
  k.procs.delete(c.pid);
}

function matches(c: Process, parent: Process, pid: number): boolean {
  if (pid > 0) return c.pid === pid;
  if (pid === -1) return true;
  if (pid === 0) return c.pgid === parent.pgid;
  return c.pgid === -pid;
}

/** wait4(2). Returns a result, {pid: 0} under WNOHANG, -ECHILD, or blocks. */
export function wait4(k: Kernel, p: Process, pid: number, options: number): WaitResult | number {
  if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | 0x40000000 | 0x80000000)) return -EINVAL;
  let any = false;
  for (const cpid of [...p.children].sort((a, b) => a - b)) {
    const c = k.procs.get(cpid);
    if (!c || !matches(c, p, pid)) continue;
    any = true;
    if (c.state === 'zombie') {
      const status = c.exitStatus;
      reap(k, p, c);
      return { pid: c.pid, status };
    }
    if (options & WUNTRACED && c.state === 'stopped' && c.stopReport) {
      const sig = c.stopReport;
      c.stopReport = 0;
      return { pid: c.pid, status: W_STOPCODE(sig) };
    }
    if (options & WCONTINUED && c.contReport) {
      c.contReport = false;
      return { pid: c.pid, status: W_CONTINUED };
    }
  }
  if (!any) return -ECHILD;
  if (options & WNOHANG) return { pid: 0, status: 0 };
  return k.block(p, [p.childWq]);
}

