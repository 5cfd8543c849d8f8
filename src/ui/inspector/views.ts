/**
 * The inspector's table views as DOM: the process tree with its session and
 * group boxes, the socket table (ss -tanp's columns), and files and locks.
 * Each function builds a fresh element from a snapshot; text goes in through
 * textContent only.
 */
import type { MachineSnapshot, ProcRow, SocketRow } from '../../inspect/snapshot.ts';
import type { TraceEvent } from '../../inspect/stream.ts';
import { statusText } from '../../inspect/lifecycle.ts';
import { signalName } from '../../abi/signals.ts';
import { processTree, sessionBoxes } from '../../inspect/tree.ts';

type Attrs = Record<string, string>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...kids: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of kids) e.append(c);
  return e;
}

function table(cls: string, head: string[], rows: HTMLTableRowElement[]): HTMLTableElement {
  const thead = el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {}, h))));
  return el('table', { class: `insp-table ${cls}` }, thead, el('tbody', {}, ...rows));
}

function row(cells: Array<string | Node>, attrs: Attrs = {}): HTMLTableRowElement {
  return el('tr', attrs, ...cells.map((c) => el('td', {}, c)));
}

/** One line of the recent-events list under the process tree. */
export function eventText(e: TraceEvent): string {
  switch (e.type) {
    case 'spawn': return `spawn ${e.pid} (ppid ${e.ppid})`;
    case 'fork': return `fork ${e.pid} → ${e.child}`;
    case 'exec': return `exec ${e.pid} ${e.argv.join(' ')}`;
    case 'exit': return `exit ${e.pid} ${statusText(e.status)} (zombie)`;
    case 'reap': return `reap ${e.pid} by ${e.by}`;
    case 'setsid': return `setsid ${e.pid} → session ${e.sid}`;
    case 'setpgid': return `setpgid ${e.pid} → group ${e.pgid}`;
    case 'signal': return `SIG${signalName(e.sig) ?? e.sig} → ${e.pid} (${e.action})`;
    case 'reparent': return `reparent ${e.pid}: ppid ${e.from} → ${e.to}`;
    case 'flock': return `flock ${e.pid} ${e.op === 'acquire' ? `LOCK_${e.kind.toUpperCase()}` : 'LOCK_UN'} ${e.path}`;
    case 'packet': return `${e.src} > ${e.dst} [${e.flags}] len ${e.len}`;
  }
}

function procRow(p: ProcRow, depth: number, fresh: boolean, onPick: (pid: number) => void): HTMLTableRowElement {
  const indent = depth ? `${'  '.repeat(depth - 1)}└ ` : '';
  const cls = [p.state === 'Z' ? 'zombie' : '', p.ppid === 1 ? 'under-init' : '', fresh ? 'fresh' : ''].filter(Boolean);
  const cmd = p.state === 'Z' ? `[${p.comm}] <defunct>` : p.cmdline || p.comm;
  const r = row([String(p.pid), String(p.ppid), String(p.pgid), String(p.sid), p.tty, p.state,
    p.lastSignal ? `SIG${p.lastSignal}` : '', el('span', { class: 'cmd' }, indent + cmd)],
  { 'data-pid': String(p.pid), class: cls.join(' '), title: 'show this process\'s life' });
  r.addEventListener('click', () => onPick(p.pid));
  return r;
}

/** The process tree, the session/group boxes and the latest process events. */
export function processesView(snap: MachineSnapshot, events: readonly TraceEvent[], known: Set<number>,
  onPick: (pid: number) => void): HTMLElement {
  const rows = processTree(snap.procs).map((r) => procRow(r.proc, r.depth, !known.has(r.proc.pid), onPick));
  const tree = table('procs', ['PID', 'PPID', 'PGID', 'SID', 'TTY', 'STAT', 'SIGNAL', 'COMMAND'], rows);
  const byPid = new Map(snap.procs.map((p) => [p.pid, p]));
  const boxes = el('div', { class: 'sessions' }, ...sessionBoxes(snap.procs).map((s) =>
    el('div', { class: 'session', 'data-sid': String(s.sid) },
      el('div', { class: 'box-title' }, `session ${s.sid}${s.tty !== '?' ? ` · ${s.tty}` : ' · no tty'}`),
      ...s.groups.map((g) => el('div', { class: `group${g.foreground ? ' fg' : ''}`, 'data-pgid': String(g.pgid) },
        el('div', { class: 'box-title' }, `group ${g.pgid}${g.foreground ? ' · foreground' : ''}`),
        ...g.pids.map((pid) => {
          const p = byPid.get(pid)!;
          return el('span', { class: `chip${p.state === 'Z' ? ' zombie' : ''}`, 'data-pid': String(pid) }, `${pid} ${p.comm}`);
        }))))));
  const recent = events.filter((e) => e.type !== 'packet' && !(e.type === 'signal' && e.pid === 1)).slice(-14);
  const log = el('ol', { class: 'event-log' }, ...recent.map((e) => el('li', {}, eventText(e))));
  return el('div', { class: 'view-processes' }, tree, el('div', { class: 'side' }, boxes, el('h4', {}, 'recent'), log));
}

function usersText(s: SocketRow): string {
  if (!s.users.length) return '';
  return `users:(${s.users.map((u) => `("${u.comm}",pid=${u.pid},fd=${u.fd})`).join(',')})`;
}

/** Sockets with ss -tanp's columns (plus Netid, since UDP and Unix sockets are listed too). */
export function socketsView(snap: MachineSnapshot): HTMLElement {
  const rows = snap.sockets.map((s) => row([s.proto, s.state, String(s.recvQ), String(s.sendQ), s.local, s.peer, usersText(s)],
    { 'data-state': s.state }));
  return el('div', { class: 'view-sockets' },
    table('sockets', ['Netid', 'State', 'Recv-Q', 'Send-Q', 'Local Address:Port', 'Peer Address:Port', 'Process'], rows),
    snap.sockets.length ? '' : el('p', { class: 'empty' }, 'no sockets'));
}

/** Who holds which flock, and every process's open descriptors. */
export function filesView(snap: MachineSnapshot): HTMLElement {
  const locks = table('locks', ['PATH', 'LOCK', 'PID', 'SHARED BY'], snap.locks.map((l) =>
    row([l.path, l.kind === 'ex' ? 'LOCK_EX' : 'LOCK_SH', String(l.pid), l.holders.join(' ')])));
  const fds = snap.procs.filter((p) => p.fds.length).map((p) =>
    el('details', { class: 'fds', 'data-pid': String(p.pid), open: '' },
      el('summary', {}, `${p.pid} ${p.comm} — ${p.fds.length} open`),
      table('fd-table', ['FD', 'KIND', 'MODE', 'PATH', 'LOCK'], p.fds.map((f) =>
        row([String(f.fd), f.kind, f.mode, f.path, f.lock ? (f.lock === 'ex' ? 'LOCK_EX' : 'LOCK_SH') : ''])))));
  return el('div', { class: 'view-files' }, el('h4', {}, 'flock'),
    snap.locks.length ? locks : el('p', { class: 'empty' }, 'no locks held'), el('h4', {}, 'open descriptors'), ...fds);
}
