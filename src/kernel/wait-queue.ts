/**
 * A wait queue: the processes parked on one event (a pipe becoming readable,
 * a child exiting, a lock being released). Waking makes them runnable; each
 * re-issues its call and either succeeds or parks again.
 */
export interface Waker {
  /** Make the process runnable if it is still parked (idempotent). */
  wake(pid: number): void;
}

export class WaitQueue {
  private readonly pids = new Set<number>();
  constructor(private readonly waker: Waker) {}

  /** Record that `pid` waits here. The caller also parks the process. */
  add(pid: number): void {
    this.pids.add(pid);
  }

  remove(pid: number): void {
    this.pids.delete(pid);
  }

  /** Wake every waiter (in the order they came, which keeps runs deterministic). */
  wakeAll(): void {
    if (this.pids.size === 0) return;
    const list = [...this.pids];
    this.pids.clear();
    for (const pid of list) this.waker.wake(pid);
  }

  get size(): number {
    return this.pids.size;
  }
}
