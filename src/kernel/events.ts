/**
 * The kernel's structured event bus: one typed record for each change of a
 * process's life or of a lock that the inspector and `--trace` draw from
 * (fork, exec, exit, reap, setsid, setpgid, a signal generated, reparenting
 * to init, flock acquire and release). Emitting costs one call and a length
 * check when nobody listens; listeners run synchronously, in virtual-time
 * order, and must not call back into the kernel.
 */

export type KernelEvent =
  /** A process created by the host (init, login shells, services), not by fork. */
  | { type: 'spawn'; pid: number; ppid: number }
  | { type: 'fork'; pid: number; child: number }
  | { type: 'exec'; pid: number; path: string; argv: readonly string[] }
  /** Became a zombie with wait status `status`. */
  | { type: 'exit'; pid: number; status: number }
  /** A zombie was collected by its parent `by` (wait4, or SIGCHLD ignored). */
  | { type: 'reap'; pid: number; by: number }
  | { type: 'setsid'; pid: number; sid: number }
  | { type: 'setpgid'; pid: number; pgid: number }
  /** `sig` generated for `pid`; `action` is its disposition there at that moment. */
  | { type: 'signal'; pid: number; sig: number; action: 'default' | 'ignore' | 'catch' }
  /** The parent exited; `pid` now has parent `to` (init). */
  | { type: 'reparent'; pid: number; from: number; to: number }
  | { type: 'flock'; pid: number; op: 'acquire' | 'release'; kind: 'sh' | 'ex'; ino: number; path: string };

export type KernelEventListener = (e: KernelEvent, timeNs: number) => void;

export class EventBus {
  private listeners: KernelEventListener[] = [];

  constructor(private readonly nowNs: () => number) {}

  emit(e: KernelEvent): void {
    if (this.listeners.length === 0) return;
    const t = this.nowNs();
    for (const l of this.listeners) l(e, t);
  }

  /** Call `l` for every future event; returns the unsubscribe function. */
  subscribe(l: KernelEventListener): () => void {
    this.listeners = [...this.listeners, l];
    return () => {
      this.listeners = this.listeners.filter((x) => x !== l);
    };
  }
}
