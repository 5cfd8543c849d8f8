/**
 * The inspector panel's state and every change to it, as immer producers:
 * what is open, the machine's last snapshot, the events received so far,
 * and each view's choices (connection or port, time cut, chosen process).
 * No DOM here; the panel renders whatever state it holds.
 */
import { produce, castDraft } from 'immer';
import type { MachineSnapshot } from '../../inspect/snapshot.ts';
import type { InspectView } from '../../inspect/spec.ts';
import type { TraceEvent } from '../../inspect/stream.ts';
import type { InspectPoll } from '../../worker/inspect-service.ts';

export type ViewName = InspectView['view'];

/** Events the page keeps (older ones are dropped, as the worker's ring does). */
export const PAGE_EVENTS = 20_000;

export interface InspectorState {
  open: boolean;
  view: ViewName;
  generation: number;
  cursor: number;
  events: TraceEvent[];
  /** Events no longer held: dropped by the worker's ring before the page read them, or by the page. */
  lost: number;
  snapshot: MachineSnapshot | null;
  sequence: {
    /** Connection key, or null for every connection on `port` (null port: all traffic). */
    conn: string | null;
    port: number | null;
    /** Virtual-time cut from the slider; null follows the newest packet. */
    atNs: number | null;
  };
  lifecycle: { pid: number | null; comm: string | null; match: string | null };
  /** A view spec that could not be applied, shown in the panel. */
  error: string | null;
}

export function initialState(open = false): InspectorState {
  return {
    open, view: 'processes', generation: 0, cursor: 0, events: [], lost: 0, snapshot: null,
    sequence: { conn: null, port: null, atNs: null },
    lifecycle: { pid: null, comm: null, match: null },
    error: null,
  };
}

/**
 * Merge a poll's answer: a new generation (Reset) starts the stream over.
 * The event list and the snapshot are frozen here, so immer neither drafts
 * nor walks the thousands of events on every poll.
 */
export const applyPoll = (s: InspectorState, p: InspectPoll): InspectorState => {
  const fresh = p.generation !== s.generation;
  const kept = fresh ? [] : s.events;
  let events = kept;
  let trimmed = 0;
  if (p.events.length) {
    const all = [...kept, ...p.events.map((e) => Object.freeze(e))];
    trimmed = Math.max(0, all.length - PAGE_EVENTS);
    events = Object.freeze(trimmed ? all.slice(trimmed) : all) as TraceEvent[];
  }
  const snapshot = p.snapshot && Object.freeze(p.snapshot);
  return produce(s, (d) => {
    if (fresh) {
      d.generation = p.generation;
      d.lost = 0;
      d.sequence.atNs = null;
    }
    if (events !== kept || fresh) d.events = castDraft(events);
    d.cursor = p.cursor;
    d.lost += p.lost + trimmed;
    d.snapshot = castDraft(snapshot);
  });
};

export const setOpen = (s: InspectorState, open: boolean): InspectorState =>
  produce(s, (d) => {
    d.open = open;
  });

export const setView = (s: InspectorState, view: ViewName): InspectorState =>
  produce(s, (d) => {
    d.view = view;
    d.error = null;
  });

/** Open the panel on a view as a spec names it (a scenario's `inspect:`). */
export const showView = (s: InspectorState, v: InspectView): InspectorState =>
  produce(s, (d) => {
    d.open = true;
    d.view = v.view;
    d.error = null;
    if (v.view === 'sequence') d.sequence = { conn: v.conn ?? null, port: v.port ?? null, atNs: null };
    if (v.view === 'lifecycle') d.lifecycle = { pid: v.pid ?? null, comm: v.comm ?? null, match: v.match ?? null };
  });

export const showError = (s: InspectorState, error: string): InspectorState =>
  produce(s, (d) => {
    d.error = error;
  });

/** Pick a connection key ("" for everything on the port). */
export const chooseConnection = (s: InspectorState, conn: string): InspectorState =>
  produce(s, (d) => {
    d.sequence.conn = conn || null;
    d.sequence.atNs = null;
  });

export const scrubTo = (s: InspectorState, atNs: number | null): InspectorState =>
  produce(s, (d) => {
    d.sequence.atNs = atNs;
  });

export const choosePid = (s: InspectorState, pid: number): InspectorState =>
  produce(s, (d) => {
    d.lifecycle = { pid, comm: null, match: null };
  });

/**
 * The pid the lifecycle view shows: the chosen pid, else the newest process
 * (live in the snapshot, or seen in the stream) whose comm or command line matches.
 */
export function lifecyclePid(s: InspectorState): number | null {
  const l = s.lifecycle;
  if (l.pid !== null) return l.pid;
  if (l.comm === null && l.match === null) return null;
  const ok = (comm: string, cmd: string): boolean =>
    (l.comm === null || comm === l.comm) && (l.match === null || cmd.includes(l.match));
  const live = (s.snapshot?.procs ?? []).filter((p) => ok(p.comm, p.cmdline));
  if (live.length) return live[live.length - 1]!.pid;
  for (let i = s.events.length - 1; i >= 0; i--) {
    const e = s.events[i]!;
    if (e.type === 'exec' && ok(e.path.split('/').pop() ?? '', e.argv.join(' '))) return e.pid;
  }
  return null;
}
