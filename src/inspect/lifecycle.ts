/**
 * A process's life as a flowchart, from the event stream: the forks that led
 * to it from its oldest recorded ancestor, what each link of that chain did
 * on the way (exec, setsid, setpgid, exit — the daemon's double fork), then
 * the process's own events (a "running" step once it is set up, signals,
 * reparenting, locks, exit, reaping). What its ancestors do after it exited
 * is not part of its life.
 */
import { signalName } from '../abi/signals.ts';
import type { TraceEvent } from './stream.ts';

export type StepKind =
  | 'spawn' | 'fork' | 'exec' | 'setsid' | 'setpgid' | 'flock' | 'reparent' | 'running' | 'signal' | 'exit' | 'reap';

export interface LifeStep {
  kind: StepKind;
  /** The process the step happened to. */
  pid: number;
  /** "fork", "setsid", "SIGTERM" ... */
  label: string;
  /** "2 → 3", "sid 3", "status 0", "caught" ... */
  detail: string;
  timeNs: number;
  /** Stream id of the event (0 for the synthetic "running" step). */
  id: number;
}

const sig = (n: number): string => `SIG${signalName(n) ?? n}`;

/** "status 3" or "killed by SIGTERM" for a wait status. */
export function statusText(status: number): string {
  const term = status & 0x7f;
  return term === 0 ? `status ${(status >> 8) & 0xff}` : `killed by ${sig(term)}`;
}

/** Ancestors of `pid` that forked it, oldest first, ending with `pid`. */
function chainOf(events: readonly TraceEvent[], pid: number, maxDepth = 6): number[] {
  const parentOf = new Map<number, number>();
  for (const e of events) if (e.type === 'fork') parentOf.set(e.child, e.pid);
  const chain = [pid];
  for (let p = parentOf.get(pid); p !== undefined && chain.length <= maxDepth; p = parentOf.get(p)) chain.unshift(p);
  return chain;
}

function step(e: TraceEvent & { type: StepKind }, label: string, detail: string): LifeStep {
  return { kind: e.type, pid: e.pid, label, detail, timeNs: e.timeNs, id: e.id };
}

/** The step an event makes for a chain member; null when it is not part of the picture. */
function stepFor(e: TraceEvent, isTarget: boolean, next: number | undefined): LifeStep | null {
  switch (e.type) {
    case 'fork':
      return e.child === next ? step(e, 'fork', `${e.pid} → ${e.child}`) : null;
    case 'spawn':
      return isTarget ? step(e, 'spawn', `ppid ${e.ppid}`) : null;
    case 'exec':
      return step(e, 'exec', e.path);
    case 'setsid':
      return step(e, 'setsid', `sid ${e.sid}`);
    case 'setpgid':
      return step(e, 'setpgid', `pgid ${e.pgid}`);
    case 'exit':
      return step(e, 'exit', statusText(e.status));
    case 'signal':
      return isTarget ? step(e, sig(e.sig), e.action === 'catch' ? 'caught' : e.action === 'ignore' ? 'ignored' : 'default action') : null;
    case 'reparent':
      return isTarget ? step(e, 'reparent', `ppid ${e.from} → ${e.to}`) : null;
    case 'flock':
      return isTarget ? step(e, `flock ${e.op === 'acquire' ? `LOCK_${e.kind.toUpperCase()}` : 'LOCK_UN'}`, e.path) : null;
    case 'reap':
      return isTarget ? step(e, 'reap', `by ${e.by}`) : null;
    case 'packet':
      return null;
  }
}

/** A setpgid to the group the process is already in (shell and child both call it, racing). */
function repeatsGroup(steps: readonly LifeStep[], s: LifeStep): boolean {
  if (s.kind !== 'setpgid') return false;
  for (let i = steps.length - 1; i >= 0; i--) {
    const x = steps[i]!;
    if (x.pid === s.pid && x.kind === 'setpgid') return x.detail === s.detail;
  }
  return false;
}

/** Where the synthetic "running" step goes: before the target's first signal, exit or reap. */
function insertRunning(steps: LifeStep[], pid: number, endNs: number): LifeStep[] {
  const i = steps.findIndex((s) => s.pid === pid && (s.kind === 'signal' || s.kind === 'exit' || s.kind === 'reap'));
  const at = i < 0 ? steps.length : i;
  const timeNs = at < steps.length ? steps[at]!.timeNs : endNs;
  const running: LifeStep = { kind: 'running', pid, label: 'running', detail: `pid ${pid}`, timeNs, id: 0 };
  return [...steps.slice(0, at), running, ...steps.slice(at)];
}

/** The flowchart of `pid`'s life from the retained stream. Empty if the stream never saw it. */
export function lifeOf(events: readonly TraceEvent[], pid: number): LifeStep[] {
  const chain = chainOf(events, pid);
  const pos = new Map(chain.map((p, i) => [p, i]));
  const root = chain[0]!;
  let rootForked = root === pid;
  const steps: LifeStep[] = [];
  let seen = false;
  let ended = false;
  for (const e of events) {
    if (e.type === 'packet') continue;
    const i = pos.get(e.pid);
    if (i === undefined || (ended && e.pid !== pid)) continue;
    if (e.pid === pid && e.type === 'exit') ended = true;
    if (e.pid === root && !rootForked) {
      if (e.type !== 'fork' || e.child !== chain[1]) continue;
      rootForked = true;
    }
    const s = stepFor(e, e.pid === pid, chain[i + 1]);
    if (!s || repeatsGroup(steps, s)) continue;
    if (e.pid === pid) seen = true;
    steps.push(s);
  }
  if (!seen && !steps.some((s) => s.kind === 'fork')) return [];
  const last = events.length ? events[events.length - 1]!.timeNs : 0;
  return insertRunning(steps, pid, last);
}
