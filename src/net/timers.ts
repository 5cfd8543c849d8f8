/**
 * The network's own timer queue, kept on top of one kernel timer. Entries
 * run in (deadline, insertion) order, so two segments sent at the same
 * instant over the same link always arrive in the order they were sent,
 * whatever order the kernel gives equal deadlines.
 */

export interface TimerHost {
  nowNs(): number;
  setTimer(atNs: number, cb: () => void): number;
  clearTimer(id: number): void;
}

interface Entry {
  id: number;
  at: number;
  cb: () => void;
}

export class NetTimers {
  private entries: Entry[] = [];
  private nextId = 1;
  private armedAt = Infinity;
  private armedId = 0;

  constructor(private readonly host: TimerHost) {}

  /** Run `cb` at virtual time `atNs` (not before now). Returns an id for cancel. */
  at(atNs: number, cb: () => void): number {
    const e: Entry = { id: this.nextId++, at: Math.max(atNs, this.host.nowNs()), cb };
    let i = this.entries.length;
    while (i > 0 && this.entries[i - 1]!.at > e.at) i--;
    this.entries.splice(i, 0, e);
    this.arm();
    return e.id;
  }

  cancel(id: number): void {
    if (id === 0) return;
    const i = this.entries.findIndex((e) => e.id === id);
    if (i >= 0) this.entries.splice(i, 1);
  }

  /** Deadline of the earliest entry, or null. */
  next(): number | null {
    return this.entries.length ? this.entries[0]!.at : null;
  }

  /** Run every entry that is due now (the kernel timer calls this). */
  runDue(): void {
    const now = this.host.nowNs();
    while (this.entries.length && this.entries[0]!.at <= now) {
      const e = this.entries.shift()!;
      e.cb();
    }
    this.arm();
  }

  private arm(): void {
    const first = this.entries[0];
    if (!first) {
      if (this.armedId) this.host.clearTimer(this.armedId);
      this.armedId = 0;
      this.armedAt = Infinity;
      return;
    }
    if (first.at >= this.armedAt) return;
    if (this.armedId) this.host.clearTimer(this.armedId);
    this.armedAt = first.at;
    this.armedId = this.host.setTimer(first.at, () => {
      this.armedId = 0;
      this.armedAt = Infinity;
      this.runDue();
    });
  }
}
