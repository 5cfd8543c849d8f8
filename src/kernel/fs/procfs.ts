/**
 * /proc: per-process directories (stat, statm, status, cmdline, comm,
 * environ, cwd, exe, fd/) in Linux's formats, and a few system files (stat,
 * uptime, loadavg, meminfo, version, locks, mounts). Contents are computed
 * when opened.
 */
import { S_IFCHR, S_IFDIR, S_IFLNK, S_IFREG } from '../../abi/stat.ts';
import type { Kernel } from '../kernel.ts';
import type { Process } from '../proc.ts';
import { processBytes } from '../memory.ts';
import type { Inode } from './inode.ts';
import { procNetFiles } from './procnet.ts';
import { ownerPid } from '../posix-locks.ts';
import { cpuTimes, procStatm, procStatText, vmBytes } from './procstat.ts';

const enc = new TextEncoder();
const STATE_LETTER = { runnable: 'R', blocked: 'S', stopped: 'T', zombie: 'Z' } as const;
const STATE_WORD = { runnable: 'R (running)', blocked: 'S (sleeping)', stopped: 'T (stopped)', zombie: 'Z (zombie)' } as const;
const hex16 = (n: number): string => (n >>> 0).toString(16).padStart(16, '0');

function file(k: Kernel, ino: number, uid: number, gen: () => string, mode = 0o444): Inode {
  const i = k.vfs.alloc(S_IFREG | mode, uid, uid);
  i.ino = ino;
  i.nlink = 1;
  i.generate = () => enc.encode(gen());
  return i;
}

function link(k: Kernel, ino: number, uid: number, target: () => string): Inode {
  const i = k.vfs.alloc(S_IFLNK | 0o777, uid, uid);
  i.ino = ino;
  i.nlink = 1;
  i.target = target();
  i.size = i.target.length;
  return i;
}

function dir(k: Kernel, ino: number, uid: number, entries: () => string[], lookup: (n: string) => Inode | null, parent: Inode): Inode {
  const i = k.vfs.alloc(S_IFDIR | 0o555, uid, uid);
  i.ino = ino;
  i.nlink = 2;
  i.parent = parent;
  i.dynamic = { list: entries, lookup };
  return i;
}

function ttyNr(p: Process): number {
  return p.ctty ? (136 << 8) | p.ctty.index : 0;
}

export function procStat(k: Kernel, p: Process): string {
  const rss = processBytes(p);
  const tpgid = p.ctty ? p.ctty.fgPgrp || -1 : -1;
  const ticks = (ns: number): number => Math.floor(ns / 1e7);
  const fields = [
    p.pid, `(${p.comm})`, STATE_LETTER[p.state], p.ppid, p.pgid, p.sid, ttyNr(p), tpgid,
    4194304, 0, 0, 0, 0, ticks(p.cpuNs), 0, ticks(p.childCpuNs), 0, 20, 0, 1, 0,
    ticks(p.startNs), vmBytes(p), Math.ceil(rss / 4096),
  ];
  return fields.join(' ') + ' 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n';
}

export function procStatus(p: Process): string {
  let ign = 0;
  let cgt = 0;
  for (let s = 1; s < 32; s++) {
    if (p.actions[s]!.disp === 'ignore') ign |= 1 << (s - 1);
    if (p.actions[s]!.disp === 'catch') cgt |= 1 << (s - 1);
  }
  const kb = Math.ceil(processBytes(p) / 1024);
  return [
    `Name:\t${p.comm}`, `Umask:\t${p.umask.toString(8).padStart(4, '0')}`, `State:\t${STATE_WORD[p.state]}`,
    `Tgid:\t${p.pid}`, `Ngid:\t0`, `Pid:\t${p.pid}`, `PPid:\t${p.ppid}`, `TracerPid:\t0`,
    `Uid:\t${p.uid}\t${p.euid}\t${p.suid}\t${p.euid}`, `Gid:\t${p.gid}\t${p.egid}\t${p.sgid}\t${p.egid}`,
    `FDSize:\t64`, `Groups:\t${p.groups.join(' ')}${p.groups.length ? ' ' : ''}`,
    `NStgid:\t${p.pid}`, `NSpid:\t${p.pid}`, `NSpgid:\t${p.pgid}`, `NSsid:\t${p.sid}`,
    `VmSize:\t${String(Math.ceil(vmBytes(p) / 4096) * 4).padStart(8)} kB`, `VmRSS:\t${String(kb).padStart(8)} kB`, `Threads:\t1`, `SigQ:\t0/63388`,
    `SigPnd:\t${hex16(0)}`, `ShdPnd:\t${hex16(p.sigPending)}`, `SigBlk:\t${hex16(p.sigMask)}`,
    `SigIgn:\t${hex16(ign)}`, `SigCgt:\t${hex16(cgt)}`,
  ].join('\n') + '\n';
}

function fdTarget(p: Process, fd: number): string {
  const f = p.fds[fd]?.file;
  if (!f) return '';
  if (f.ops.kind === 'pipe') return `pipe:[${f.ino || f.id}]`;
  if (f.ops.kind === 'socket') return `socket:[${(f.ops as unknown as { ino: number }).ino}]`;
  if (f.ops.tty) return f.ops.tty.name;
  return f.path;
}

/** /proc/PID/fd/N: a magic link; opening it reopens what the descriptor refers to. */
function fdLink(k: Kernel, p: Process, fd: number, ino: number): Inode {
  const l = link(k, ino, p.uid, () => fdTarget(p, fd));
  l.mode = S_IFLNK | 0o700;
  l.magic = () => {
    const f = p.fds[fd]?.file;
    if (!f || f.ops.kind === 'file' || f.ops.kind === 'dir') return null;
    const dev = k.vfs.alloc(S_IFCHR | 0o600, p.uid, p.gid);
    dev.ino = f.ino || ino;
    dev.device = {
      open: (_c, flags) => {
        f.ops.reopen?.(flags);
        return f.ops;
      },
    };
    return dev;
  };
  return l;
}

function pidDir(k: Kernel, p: Process, parent: Inode): Inode {
  const base = 0x10000000 + p.pid * 64;
  const uid = p.uid;
  let self: Inode;
  const fdDir = (): Inode => dir(k, base + 1, uid,
    () => p.fds.map((e, i) => (e ? String(i) : '')).filter(Boolean),
    (n) => (p.fds[Number(n)] ? fdLink(k, p, Number(n), base + 0x100000 + Number(n)) : null), self);
  const entries: Record<string, () => Inode> = {
    stat: () => file(k, base + 2, uid, () => procStat(k, p)),
    status: () => file(k, base + 3, uid, () => procStatus(p)),
    statm: () => file(k, base + 10, uid, () => procStatm(p)),
    cmdline: () => file(k, base + 4, uid, () => (p.state === 'zombie' ? '' : p.argv.map((a) => a + '\0').join(''))),
    comm: () => file(k, base + 5, uid, () => `${p.comm}\n`, 0o644),
    environ: () => file(k, base + 6, uid, () => p.envp.map((a) => a + '\0').join(''), 0o400),
    cwd: () => link(k, base + 7, uid, () => p.cwd),
    exe: () => link(k, base + 8, uid, () => p.exePath),
    fd: fdDir,
    cgroup: () => file(k, base + 9, uid, () => `0::${p.cgroup}\n`),
  };
  self = dir(k, base, uid, () => Object.keys(entries), (n) => entries[n]?.() ?? null, parent);
  return self;
}

/** /proc/locks: flock locks, then fcntl record locks (classic and OFD), as fs/locks.c lock_get_status prints them. */
function procLocks(k: Kernel): string {
  const rows = k.flocks.list().map((l) => `FLOCK  ADVISORY  ${l.kind === 'ex' ? 'WRITE' : 'READ '} ${l.pid} 08:01:${l.ino} 0 EOF`);
  for (const l of k.flocks.records.list()) {
    const kind = l.owner > 0 ? 'POSIX ' : 'OFDLCK';
    rows.push(`${kind} ADVISORY  ${l.type === 'write' ? 'WRITE' : 'READ '} ${ownerPid(l.owner)} 08:01:${l.ino} ${l.start} ${l.end === Infinity ? 'EOF' : l.end}`);
  }
  return rows.map((r, i) => `${i + 1}: ${r}\n`).join('');
}

export function mountProc(k: Kernel): void {
  const root = k.vfs.mkdirp('/proc');
  root.mode = S_IFDIR | 0o555;
  const sys: Record<string, () => string> = {
    uptime: () => {
      // Seconds since boot, then the idle seconds of all CPUs together (as /proc/stat's idle).
      // Both in hundredths, truncated as Linux prints them.
      const cs = (n: number): string => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
      return `${cs(Math.floor(k.clock.nowNs / 1e7))} ${cs(cpuTimes(k).idle)}\n`;
    },
    loadavg: () => `0.00 0.00 0.00 1/${k.procs.size} ${k.procs.size ? Math.max(...k.procs.keys()) : 0}\n`,
    meminfo: () => 'MemTotal:         524288 kB\nMemFree:          393216 kB\nMemAvailable:     458752 kB\nBuffers:               0 kB\nCached:            65536 kB\nSwapTotal:             0 kB\nSwapFree:              0 kB\n',
    version: () => 'Linux version 6.1.0-terrarium (terrarium) #1 SMP PREEMPT_DYNAMIC\n',
    mounts: () => 'rootfs / rootfs rw 0 0\nproc /proc proc rw,nosuid,nodev,noexec,relatime 0 0\ndevpts /dev/pts devpts rw 0 0\ncgroup2 /sys/fs/cgroup cgroup2 ro,nosuid,nodev,noexec,relatime 0 0\n',
    locks: () => procLocks(k),
    stat: () => procStatText(k),
    cpuinfo: () => 'processor\t: 0\nmodel name\t: Terrarium virtual CPU\n\n',
  };
  const nodes = new Map<string, Inode>();
  let n = 0x20000000;
  for (const name of Object.keys(sys)) nodes.set(name, file(k, n++, 0, sys[name]!));
  const netIno = n++;
  nodes.set('net', dir(k, netIno, 0, () => Object.keys(procNetFiles(k)), (name) => {
    const gen = procNetFiles(k)[name];
    return gen ? file(k, netIno + 0x100 + Object.keys(procNetFiles(k)).indexOf(name), 0, gen) : null;
  }, root));
  root.dynamic = {
    list: () => [...[...k.procs.keys()].sort((a, b) => a - b).map(String), 'self', ...nodes.keys()],
    lookup: (name) => {
      if (name === 'self') {
        const cur = k.current;
        return cur ? link(k, 0x1fffffff, cur.uid, () => String(cur.pid)) : null;
      }
      if (/^\d+$/.test(name)) {
        const p = k.procs.get(Number(name));
        return p ? pidDir(k, p, root) : null;
      }
      return nodes.get(name) ?? null;
    },
  };
}
