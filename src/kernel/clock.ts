/**
 * The virtual clock and its timers. Time is passed in by the scheduler (it
 * advances per executed step and jumps over idle periods); nothing here reads
 * a real clock. Timers fire in (time, creation) order, so runs are
 * deterministic.
 */
export interface Timer {
  id: number;
  atNs: number;
  cb: () => void;
}

/** 2026-01-01T00:00:00Z: the machine's wall clock at boot, unless told otherwise. */
export const DEFAULT_EPOCH_MS = Date.UTC(2026, 0, 1, 0, 0, 0);

export class Clock {
  /** Virtual nanoseconds since boot. */
  nowNs = 0;
  private nextId = 1;
  private timers: Timer[] = [];

  constructor(readonly epochMs: number = DEFAULT_EPOCH_MS) {}

  /** Schedule cb at absolute virtual time atNs. Returns an id for cancel. */
  add(atNs: number, cb: () => void): number {
    const t: Timer = { id: this.nextId++, atNs, cb };
    // Insert keeping (atNs, id) order; timer lists are short.
    let i = this.timers.length;
    while (i > 0 && this.timers[i - 1]!.atNs > atNs) i--;
    this.timers.splice(i, 0, t);
    return t.id;
  }

  cancel(id: number): void {
    const i = this.timers.findIndex((t) => t.id === id);
    if (i >= 0) this.timers.splice(i, 1);
  }

  /** Deadline of the earliest timer, or null. */
  nextDeadline(): number | null {
    return this.timers.length ? this.timers[0]!.atNs : null;
  }

  /** Run every timer due at the current time. Returns how many fired. */
  fireDue(): number {
    let n = 0;
    while (this.timers.length && this.timers[0]!.atNs <= this.nowNs) {
      const t = this.timers.shift()!;
      t.cb();
      n++;
    }
    return n;
  }

  advance(ns: number): void {
    this.nowNs += ns;
  }

  /** Jump forward to `atNs` if that is later (idle time costs nothing). */
  jumpTo(atNs: number): void {
    if (atNs > this.nowNs) this.nowNs = atNs;
  }

  realtimeMs(): number {
    return this.epochMs + this.nowNs / 1e6;
  }
}
