/**
 * The process view's layout, from a snapshot: the tree by parent (children
 * under their parent, by pid) and the boxes the chapter draws around
 * processes — sessions containing process groups containing processes.
 */
import type { ProcRow } from './snapshot.ts';

export interface TreeRow {
  proc: ProcRow;
  /** Nesting under its parent (0 for roots such as init). */
  depth: number;
  /** Its parent is init although it did not start there (it was reparented or spawned so). */
  underInit: boolean;
}

export interface GroupBox {
  pgid: number;
  /** The group's leader (pid == pgid) is still alive. */
  leaderAlive: boolean;
  foreground: boolean;
  pids: number[];
}

export interface SessionBox {
  sid: number;
  tty: string;
  groups: GroupBox[];
}

/** Depth-first rows: every root (no live parent) then its children, by pid. */
export function processTree(procs: readonly ProcRow[]): TreeRow[] {
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const kids = new Map<number, ProcRow[]>();
  for (const p of procs) {
    const parent = byPid.has(p.ppid) && p.ppid !== p.pid ? p.ppid : -1;
    let list = kids.get(parent);
    if (!list) kids.set(parent, (list = []));
    list.push(p);
  }
  const rows: TreeRow[] = [];
  const walk = (parent: number, depth: number): void => {
    for (const p of (kids.get(parent) ?? []).sort((a, b) => a.pid - b.pid)) {
      rows.push({ proc: p, depth, underInit: p.ppid === 1 });
      walk(p.pid, depth + 1);
    }
  };
  walk(-1, 0);
  return rows;
}

/** Sessions by sid, their groups by pgid, members by pid. */
export function sessionBoxes(procs: readonly ProcRow[]): SessionBox[] {
  const sessions = new Map<number, SessionBox>();
  for (const p of [...procs].sort((a, b) => a.sid - b.sid || a.pgid - b.pgid || a.pid - b.pid)) {
    let s = sessions.get(p.sid);
    if (!s) sessions.set(p.sid, (s = { sid: p.sid, tty: '?', groups: [] }));
    if (p.tty !== '?') s.tty = p.tty;
    let g = s.groups.find((x) => x.pgid === p.pgid);
    if (!g) s.groups.push((g = { pgid: p.pgid, leaderAlive: false, foreground: false, pids: [] }));
    g.pids.push(p.pid);
    if (p.pid === p.pgid && p.state !== 'Z') g.leaderAlive = true;
    if (p.foreground) g.foreground = true;
  }
  return [...sessions.values()];
}
