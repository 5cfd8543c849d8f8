/**
 * What the service needs from a real kernel Machine beyond the structural
 * ServiceMachine: the step-end test (the shell back at its prompt and nothing
 * runnable, as `terrarium verify` decides it), scenario files, and copying a
 * directory tree out of and into the VFS (the reader's home across reloads).
 */
import type { Machine } from '../kernel/machine.ts';
import type { Inode } from '../kernel/fs/inode.ts';
import { isDir, isLnk, isReg } from '../kernel/fs/inode.ts';
import type { ServiceMachine, TreeEntry } from './machine-service.ts';
import { arrivalOf } from './file-gate.ts';
import { installScenarioHosts } from '../net/hosts/custom.ts';

/**
 * True when nothing can run and the shell `pid` is blocked reading terminal
 * `index` while holding its foreground (at its prompt), or has exited.
 */
export function shellWaiting(m: Machine, pid: number, index: number): boolean {
  const k = m.kernel;
  if (k.hasRunnable()) return false;
  const sh = k.procs.get(pid);
  if (!sh || sh.state === 'zombie') return true;
  const pty = k.ptys.find((t) => t.index === index && !t.hungUp);
  if (!pty) return true;
  return sh.state === 'blocked' && sh.blockedOn.includes(pty.wq) && pty.fgPgrp === sh.pgid;
}

/**
 * Every file, directory and symlink under `dir` (depth first, parents before children).
 * A file whose text is still to be fetched (file-gate.ts) is waited for first.
 */
export function exportTree(m: Machine, dir: string): TreeEntry[] | Promise<TreeEntry[]> {
  const inos: number[] = [];
  const entries = walkTree(m, dir, inos);
  const waiting = arrivalOf(inos);
  return waiting ? waiting.then(() => walkTree(m, dir, [])) : entries;
}

/** The tree under `dir`; the inode numbers of its regular files go to `inos`. */
function walkTree(m: Machine, dir: string, inos: number[]): TreeEntry[] {
  const r = m.kernel.vfs.resolve('/', dir, ROOT_CALLER, true);
  if (typeof r === 'number' || !isDir(r.inode)) return [];
  const out: TreeEntry[] = [];
  const walk = (ino: Inode, rel: string): void => {
    for (const [name, child] of ino.entries ?? []) {
      const path = rel ? `${rel}/${name}` : name;
      const mode = child.mode & 0o7777;
      if (isDir(child)) {
        out.push({ path, kind: 'dir', mode });
        walk(child, path);
      } else if (isReg(child)) {
        inos.push(child.ino);
        out.push({ path, kind: 'file', mode, data: m.kernel.vfs.readAt(child, 0, child.size) });
      } else if (isLnk(child)) {
        out.push({ path, kind: 'symlink', mode, target: child.target ?? '' });
      }
    }
  };
  walk(r.inode, '');
  return out;
}

/** Recreate `entries` (from exportTree) under `dir`, owned by `uid`. */
export function importTree(m: Machine, dir: string, entries: TreeEntry[], uid: number): void {
  for (const e of entries) {
    const path = `${dir}/${e.path}`;
    if (e.kind === 'dir') m.mkdir(path, { mode: e.mode, uid });
    else if (e.kind === 'file') m.writeFile(path, e.data ?? new Uint8Array(0), { mode: e.mode, uid });
    else m.symlink(path, e.target ?? '');
  }
}

/** The inode number of `path` (symlinks followed), or null when there is none. */
export function inodeNumber(m: Machine, path: string): number | null {
  const r = m.kernel.vfs.resolve('/', path, ROOT_CALLER, true);
  return typeof r === 'number' ? null : r.inode.ino;
}

const ROOT_CALLER = { pid: 0, pgid: 0, sid: 0, uid: 0, euid: 0, gid: 0, egid: 0, groups: [] as number[], ignoresOrBlocks: () => false };

/** The service's view of a booted Machine. A stand-in without a kernel is passed through. */
export function serviceMachine(m: Machine): ServiceMachine {
  if (!(m as Partial<Machine>).kernel) return m as unknown as ServiceMachine;
  return {
    step: (opts) => m.step(opts),
    nowNs: () => m.nowNs(),
    openTerminal: (opts) => m.openTerminal(opts),
    spawn: (argv, opts) => m.spawn(argv, opts),
    exitStatus: (pid) => m.exitStatus(pid),
    shellWaiting: (pid, index) => shellWaiting(m, pid, index),
    writeFile: (path, data, opts) => m.writeFile(path, data, opts),
    exportTree: (dir) => exportTree(m, dir),
    importTree: (dir, entries, uid) => importTree(m, dir, entries, uid),
    installHosts: (hosts) => { installScenarioHosts(m, hosts); },
  };
}
