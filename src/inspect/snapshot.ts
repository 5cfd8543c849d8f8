/**
 * Snapshots of the machine for the inspector: the process table (as `ps -ejf`
 * would show it, plus each process's open descriptors and last signal), the
 * sockets (as `ss -tanp`), and the flock table. Plain JSON-able data, built
 * by reading the kernel's tables; taking one changes nothing.
 */
import { O_ACCMODE, O_RDONLY, O_WRONLY } from '../abi/fcntl.ts';
import { signalName } from '../abi/signals.ts';
import type { Kernel } from '../kernel/kernel.ts';
import type { Process, ProcState } from '../kernel/proc.ts';
import { isSock, type Sock } from '../net/sock.ts';
import type { NetStack } from '../net/stack.ts';
import { snapshot as socketSnapshot } from '../net/syscalls.ts';

export interface FdRow {
  fd: number;
  /** "file", "dir", "pipe", "socket", "tty", "dev" ... */
  kind: string;
  /** Path it was opened by; socket:[N] for sockets. */
  path: string;
  mode: 'r' | 'w' | 'rw';
  /** Open file description id (shared after dup and fork). */
  file: number;
  /** The flock this description holds, if any. */
  lock?: 'sh' | 'ex';
}

export interface ProcRow {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  uid: number;
  /** "pts/0", or "?" without a controlling terminal. */
  tty: string;
  /** ps letter: R runnable, S sleeping (blocked), T stopped, Z zombie. */
  state: 'R' | 'S' | 'T' | 'Z';
  /** True when this group is the foreground group of its terminal. */
  foreground: boolean;
  comm: string;
  cmdline: string;
  /** "TERM" for the last signal generated for it; "" if none. */
  lastSignal: string;
  /** Wait status, once a zombie. */
  exitStatus: number | null;
  startNs: number;
  cpuNs: number;
  fds: FdRow[];
}

export interface SocketUser {
  pid: number;
  comm: string;
  fd: number;
}

export interface SocketRow {
  proto: 'tcp' | 'udp' | 'unix';
  state: string;
  local: string;
  peer: string;
  recvQ: number;
  sendQ: number;
  ino: number;
  /** Processes with a descriptor on it (ss -p's users:(...)); empty for orphans. */
  users: SocketUser[];
}

export interface LockRow {
  ino: number;
  path: string;
  kind: 'sh' | 'ex';
  /** Pid that took the lock (the description may be shared with others). */
  pid: number;
  /** Every process with a descriptor on the locked description. */
  holders: number[];
}

export interface MachineSnapshot {
  timeNs: number;
  procs: ProcRow[];
  sockets: SocketRow[];
  locks: LockRow[];
}

const STATE_LETTER: Record<ProcState, ProcRow['state']> = { runnable: 'R', blocked: 'S', stopped: 'T', zombie: 'Z' };

function modeOf(flags: number): FdRow['mode'] {
  const acc = flags & O_ACCMODE;
  return acc === O_RDONLY ? 'r' : acc === O_WRONLY ? 'w' : 'rw';
}

function fdRows(p: Process, lockOf: Map<number, 'sh' | 'ex'>): FdRow[] {
  const out: FdRow[] = [];
  p.fds.forEach((e, fd) => {
    if (!e) return;
    const f = e.file;
    const sock = f.ops.kind.startsWith('socket');
    const row: FdRow = {
      fd, kind: f.ops.kind, path: sock ? `socket:[${f.ino || f.id}]` : f.path, mode: modeOf(f.flags), file: f.id,
    };
    const lock = lockOf.get(f.id);
    if (lock) row.lock = lock;
    out.push(row);
  });
  return out;
}

function procRow(p: Process, lockOf: Map<number, 'sh' | 'ex'>): ProcRow {
  const tty = p.ctty ? p.ctty.name.replace(/^\/dev\//, '') : '?';
  return {
    pid: p.pid, ppid: p.ppid, pgid: p.pgid, sid: p.sid, uid: p.uid, tty,
    state: STATE_LETTER[p.state],
    foreground: p.ctty !== null && p.ctty.fgPgrp === p.pgid,
    comm: p.comm,
    cmdline: p.argv.join(' '),
    lastSignal: p.lastSignal ? (signalName(p.lastSignal) ?? String(p.lastSignal)) : '',
    exitStatus: p.state === 'zombie' ? p.exitStatus : null,
    startNs: p.startNs, cpuNs: p.cpuNs,
    fds: fdRows(p, lockOf),
  };
}

function socketRows(k: Kernel, net: NetStack): SocketRow[] {
  const users = new Map<number, SocketUser[]>();
  const open = new Set<Sock>();
  for (const p of k.procs.values()) {
    p.fds.forEach((e, fd) => {
      if (!e || !isSock(e.file.ops)) return;
      const s = e.file.ops;
      open.add(s);
      let list = users.get(s.ino);
      if (!list) users.set(s.ino, (list = []));
      list.push({ pid: p.pid, comm: p.comm, fd });
    });
  }
  return socketSnapshot(net, open).map((i) => ({
    proto: i.proto, state: i.state, local: i.local, peer: i.peer, recvQ: i.recvQ, sendQ: i.sendQ, ino: i.ino,
    users: i.ino ? (users.get(i.ino) ?? []) : [],
  }));
}

function lockRows(k: Kernel): LockRow[] {
  const paths = new Map<number, string>();
  const holders = new Map<number, Set<number>>();
  for (const p of k.procs.values()) {
    for (const e of p.fds) {
      if (!e) continue;
      paths.set(e.file.id, e.file.path);
      let set = holders.get(e.file.id);
      if (!set) holders.set(e.file.id, (set = new Set()));
      set.add(p.pid);
    }
  }
  return k.flocks.list().map((l) => ({
    ino: l.ino, path: paths.get(l.fileId) ?? '?', kind: l.kind, pid: l.pid,
    holders: [...(holders.get(l.fileId) ?? [])].sort((a, b) => a - b),
  }));
}

/** Read the machine's tables now. Processes by pid; sockets as ss orders them. */
export function takeSnapshot(k: Kernel, net: NetStack): MachineSnapshot {
  const lockOf = new Map<number, 'sh' | 'ex'>();
  for (const l of k.flocks.list()) lockOf.set(l.fileId, l.kind);
  const procs = [...k.procs.values()].sort((a, b) => a.pid - b.pid).map((p) => procRow(p, lockOf));
  return { timeNs: k.clock.nowNs, procs, sockets: socketRows(k, net), locks: lockRows(k) };
}
